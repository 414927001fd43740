// The numeric values declared in params.ts, validated wherever they sit in
// the file. Allowed keys at each level are derived from PARAMS, so adding a
// parameter there makes it valid here with no other change.

import type { Checker } from './errors.ts';
import { PARAMS, type ParamSpec } from './params.ts';
import type { MapEntry } from './tree.ts';
import { LIMIT_PATHS, join, num } from './validate-fields.ts';

/** Specs directly under `prefix` ('' = top level), keyed by their last segment. */
export function childSpecs(prefix: string): Map<string, ParamSpec> {
  const out = new Map<string, ParamSpec>();
  const start = prefix ? prefix + '.' : '';
  for (const s of PARAMS) {
    if (!s.path.startsWith(start)) continue;
    const rest = s.path.slice(start.length);
    if (!rest.includes('.')) out.set(rest, s);
  }
  return out;
}

/** First segments of dotted PARAMS paths: the numeric sections of the file. */
export const PARAM_SECTIONS: readonly string[] = [...new Set(PARAMS.filter((s) => s.path.includes('.')).map((s) => s.path.split('.')[0]))];

/**
 * Validates the numbers among `got` that are declared under `prefix` and
 * stores each valid one with `set(name, value)`.
 */
export function checkParams(
  c: Checker,
  got: Map<string, MapEntry>,
  prefix: string,
  set: (name: string, value: number) => void,
): void {
  for (const [name, spec] of childSpecs(prefix)) {
    const e = got.get(name);
    if (!e) continue;
    const limit = spec.path in LIMIT_PATHS;
    const v = num(c, e.value, join(prefix, name), { min: spec.min, max: spec.max, integer: spec.integer, unit: spec.unit, limit });
    if (v !== undefined) set(name, v);
  }
}
