// `when` triggers: "<indicator> <op> <number>", evaluated on last week's row.

import { INDICATORS, type Indicator, type IndicatorRow } from './indicator-names.ts';

export const CONDITION_OPS = ['<=', '>=', '<', '>', '==', '!='] as const;
export type ConditionOp = (typeof CONDITION_OPS)[number];
export interface Condition {
  indicator: Indicator;
  op: ConditionOp;
  value: number;
}

const RE = /^\s*([A-Za-z][A-Za-z0-9]*)\s*(<=|>=|==|!=|<|>)\s*(-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)\s*$/;

export function parseCondition(text: string): { ok: true; condition: Condition } | { ok: false; message: string } {
  const m = RE.exec(text);
  if (!m) return { ok: false, message: `expected "<indicator> <op> <number>" such as "activeFraction < 0.2", found "${text}"` };
  const [, name, op, num] = m;
  if (!(INDICATORS as readonly string[]).includes(name) || name === 'phase') {
    return { ok: false, message: `unknown indicator "${name}" in condition; use one of the numeric indicators (e.g. activeFraction, meanTrust)` };
  }
  return { ok: true, condition: { indicator: name as Indicator, op: op as ConditionOp, value: Number(num) } };
}

export function holds(c: Condition, row: IndicatorRow): boolean {
  const x = row[c.indicator];
  switch (c.op) {
    case '<': return x < c.value;
    case '<=': return x <= c.value;
    case '>': return x > c.value;
    case '>=': return x >= c.value;
    case '==': return x === c.value;
    case '!=': return x !== c.value;
  }
}
