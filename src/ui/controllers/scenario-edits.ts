// Typed edits of the lab's scenario: a parameter set by its declared path
// (src/scenario/params.ts), an action added or taken out of the timeline,
// and the charts' columns cut at a week. Each returns a new object; the
// validated scenario it started from is never changed in place.
import type { Columns } from '../../model/indicators.ts';
import { actionParams } from '../../scenario/actions.ts';
import { paramSpec, type ParamPath } from '../../scenario/params.ts';
import type { Action, Scenario } from '../../scenario/types.ts';

/** The first n weeks of every column. */
export function cutColumns(c: Columns, n: number): Columns {
  const cut = {} as Columns;
  for (const [k, v] of Object.entries(c)) cut[k as keyof Columns] = v.slice(0, n);
  return cut;
}

/** A declared parameter's value (dotted path as in scenario files; a misspelt one does not compile); its declared default where the scenario has none. */
export function paramValue(s: Scenario | undefined, path: ParamPath): number {
  const spec = paramSpec(path);
  // An undeclared path can still arrive from plain JavaScript (an event's detail).
  if (!spec) return NaN;
  let node: unknown = s;
  for (const key of path.split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
  return typeof node === 'number' ? node : spec.default;
}

/** The scenario with a declared parameter set: kept within its declared range, whole where it must be. */
export function withParam(s: Scenario, path: ParamPath, value: number): Scenario {
  const spec = paramSpec(path);
  if (!spec) throw new Error(`${path} is not a declared parameter`);
  const v = Math.min(spec.max, Math.max(spec.min, spec.integer ? Math.round(value) : value));
  const out = structuredClone(s);
  const keys = path.split('.');
  let node = out as unknown as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
  node[keys[keys.length - 1]] = v;
  return out;
}

/** The scenario with an action added at the end of its timeline (as the model records an intervention). */
export function withAction(s: Scenario, a: Action): Scenario {
  return { ...s, strategy: { ...s.strategy, actions: [...s.strategy.actions, a] } };
}

/** The scenario without the last timeline entry equal to `a` (undefined when none is). */
export function withoutAction(s: Scenario, a: Action): Scenario | undefined {
  const actions = s.strategy.actions;
  for (let i = actions.length - 1; i >= 0; i--) {
    if (sameAction(actions[i], a)) return { ...s, strategy: { ...s.strategy, actions: [...actions.slice(0, i), ...actions.slice(i + 1)] } };
  }
  return undefined;
}

function sameAction(x: Action, a: Action): boolean {
  if (x.type !== a.type) return false;
  for (const k of ['at', 'every', 'from', 'until', 'when'] as const) if (x[k] !== a[k]) return false;
  // Defaults filled in on both sides: an action read back from text spells them out ({ mixing: random }), the model's own record may not.
  const p = actionParams(x.type, x.params as Record<string, unknown>);
  const q = actionParams(a.type, a.params as Record<string, unknown>);
  return [...new Set([...Object.keys(p), ...Object.keys(q)])].every((k) => p[k] === q[k]);
}
