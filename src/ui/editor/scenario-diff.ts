// What Apply would change: the resolved values (defaults filled in) of the
// edited scenario that differ from the running one. Pure, so that it is
// tested on its own (test/unit/scenario-diff.test.ts); the editor words it.
// Resolved scenarios are compared, so a key added at its default is no change.
import { ACTIONS } from '../../scenario/actions.ts';
import { paramSpec } from '../../scenario/params.ts';
import type { Action, Organisation, Scenario } from '../../scenario/types.ts';
import { fixed } from '../number-format.ts';

export type ScenarioChange =
  /** A value at a dotted path; `label` is the parameter's label (params.ts) when it has one. */
  | { kind: 'value'; path: string; label?: string; from: string; to: string }
  /** An action of strategy.actions added (+) or removed (−). */
  | { kind: 'action'; sign: '+' | '−'; action: Action };

/**
 * Paths left out: the seed, because Apply keeps the run's seed whatever the
 * text says (app-shell passes it to sim.load); the editor says so apart.
 */
const SKIP = new Set(['seed']);

export function diffScenarios(running: Scenario, edited: Scenario): ScenarioChange[] {
  const out: ScenarioChange[] = [];
  walk(running, edited, '', out);
  return out;
}

function walk(a: unknown, b: unknown, path: string, out: ScenarioChange[]): void {
  if (SKIP.has(path)) return;
  if (path === 'strategy.actions') return diffActions((a ?? []) as Action[], (b ?? []) as Action[], out);
  if (path === 'population.organisations') return diffOrgs((a ?? []) as Organisation[], (b ?? []) as Organisation[], out);
  if (isRecord(a) || isRecord(b)) {
    const ra = isRecord(a) ? a : {};
    const rb = isRecord(b) ? b : {};
    for (const k of union(Object.keys(ra), Object.keys(rb))) walk(ra[k], rb[k], path ? `${path}.${k}` : k, out);
    return;
  }
  if (canonical(a) === canonical(b)) return;
  const label = paramSpec(path)?.label;
  out.push({ kind: 'value', path, ...(label ? { label } : {}), from: formatValue(a), to: formatValue(b) });
}

/** Actions as a multiset: the same action twice and once is one removal. */
function diffActions(a: Action[], b: Action[], out: ScenarioChange[]): void {
  const left = new Map<string, Action[]>();
  for (const x of a) {
    const k = canonical(x);
    left.set(k, [...(left.get(k) ?? []), x]);
  }
  const added: Action[] = [];
  for (const x of b) {
    const same = left.get(canonical(x));
    if (same?.length) same.pop();
    else added.push(x);
  }
  for (const rest of left.values()) for (const x of rest) out.push({ kind: 'action', sign: '−', action: x });
  for (const x of added) out.push({ kind: 'action', sign: '+', action: x });
}

/** Organisations by id: the list of ids when it changed, then each kept one's values. */
function diffOrgs(a: Organisation[], b: Organisation[], out: ScenarioChange[]): void {
  const ids = (l: Organisation[]) => l.map((o) => o.id);
  const path = 'population.organisations';
  if (canonical(ids(a)) !== canonical(ids(b))) out.push({ kind: 'value', path, from: ids(a).join(', ') || '—', to: ids(b).join(', ') || '—' });
  for (const o of b) {
    const before = a.find((x) => x.id === o.id);
    if (before) walk(before, o, `${path}[${o.id}]`, out);
  }
}

/** The params an action has that differ from its type's declared defaults (the rest goes without saying). */
export function nonDefaultParams(a: Action): [string, number | string][] {
  const spec = ACTIONS[a.type]?.params ?? {};
  return Object.entries(a.params as Record<string, number | string>).filter(([k, v]) => spec[k]?.default !== v);
}

export function formatValue(v: unknown): string {
  if (v === undefined || v === null) return '—';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : fixed(+v.toPrecision(4));
  if (typeof v === 'string') return v.length > 40 ? `"${v.slice(0, 37)}…"` : v.includes(' ') || v === '' ? `"${v}"` : v;
  if (Array.isArray(v)) return `[${v.map(formatValue).join(', ')}]`;
  return JSON.stringify(v);
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function union(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])];
}

/** JSON with sorted keys, so that key order never counts as a change. */
function canonical(x: unknown): string {
  return JSON.stringify(x, (_k, v: unknown) => (isRecord(v) ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, v[k]])) : v));
}
