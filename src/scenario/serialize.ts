// Scenario -> YAML text that parses back to an equal Scenario. With
// { minimal: true } values equal to their declared defaults are left out.

import { Document, isMap, isSeq, type YAMLMap } from 'yaml';
import { ACTIONS } from './actions.ts';
import { defaultScenario } from './defaults.ts';
import { PARAMS } from './params.ts';
import type { Action, Scenario } from './types.ts';

export interface StringifyOptions {
  /** Leave out every value that equals its default. */
  minimal?: boolean;
}

type Plain = Record<string, unknown>;

export function stringifyScenario(s: Scenario, opts: StringifyOptions = {}): string {
  const minimal = opts.minimal ?? false;
  const def = defaultScenario(s.strategy.preset);
  const out: Plain = { schemaVersion: s.schemaVersion };
  const keep = (a: unknown, b: unknown) => !minimal || JSON.stringify(a) !== JSON.stringify(b);

  if (keep(s.name, def.name)) out.name = s.name;
  if (keep(s.description, '')) out.description = s.description;
  if (keep(s.sourceNotes, '')) out.sourceNotes = s.sourceNotes;

  // Every number declared in params.ts, in declaration order.
  for (const spec of PARAMS) {
    const v = get(s, spec.path);
    if (v === undefined || !keep(v, spec.default)) continue;
    put(out, spec.path, v);
  }
  if (keep(s.population.organisations, def.population.organisations)) {
    put(out, 'population.organisations', s.population.organisations.map((o) => ({ ...o })));
  }

  const strategy: Plain = {};
  if (s.strategy.preset) strategy.preset = s.strategy.preset;
  if (s.strategy.actions.length > 0 || !minimal) strategy.actions = s.strategy.actions.map((a) => actionOut(a, minimal));
  // Without a strategy key the default preset applies, so "no preset" must be written.
  const defaultStrategy = s.strategy.preset === defaultScenario().strategy.preset && s.strategy.actions.length === 0;
  if (!minimal || !defaultStrategy) out.strategy = strategy;
  if (s.decisions && s.decisions.length > 0) out.decisions = s.decisions.map((d) => ({ ...d }));

  const doc = new Document(out);
  // One line per action and per organisation reads best.
  const flow = (path: string[]) => {
    const seq = doc.getIn(path, true);
    if (isSeq(seq)) for (const item of seq.items) if (isMap(item)) (item as YAMLMap).flow = true;
  };
  flow(['strategy', 'actions']);
  flow(['population', 'organisations']);
  flow(['decisions']);
  return doc.toString({ lineWidth: 0 });
}

function actionOut(a: Action, minimal: boolean): Plain {
  const o: Plain = { type: a.type };
  for (const k of ['at', 'every', 'from', 'until', 'when'] as const) if (a[k] !== undefined) o[k] = a[k];
  const params: Plain = {};
  const given = a.params as Plain;
  for (const [name, spec] of Object.entries(ACTIONS[a.type].params)) {
    const v = given[name];
    if (v !== undefined && (!minimal || v !== spec.default)) params[name] = v;
  }
  if (Object.keys(params).length > 0) o.params = params;
  return o;
}

function get(s: Scenario, path: string): unknown {
  let v: unknown = s;
  for (const k of path.split('.')) v = v !== null && typeof v === 'object' ? (v as Plain)[k] : undefined;
  return v;
}

function put(o: Plain, path: string, v: unknown): void {
  const keys = path.split('.');
  let cur = o;
  for (const k of keys.slice(0, -1)) cur = (cur[k] ??= {}) as Plain;
  cur[keys[keys.length - 1]] = v;
}
