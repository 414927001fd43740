// Experiment files (experiments/*.yaml): a named, stored experiment in the
// manner of BehaviorSpace: a base scenario, factors, a design, replications,
// a seed, what to record and the output format. Read into a checked
// Experiment, or located FILE:LINE:COL problems, like scenario files.

import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { INDICATORS, type Indicator } from '../model/indicators.ts';
import { parseCondition } from '../scenario/condition.ts';
import { parseYamlText, textLocator } from '../scenario/from-yaml.ts';
import type { Loc, MapTree, Tree } from '../scenario/tree.ts';
import { describe } from '../scenario/tree.ts';
import type { ScenarioError } from '../scenario/types.ts';
import type { Design, DesignSpec, Factor, Level } from './experiment-design.ts';
import { didYouMean } from './suggest.ts';

export const EXPERIMENT_SCHEMA_VERSION = 1;
export const DESIGNS: readonly Design[] = ['grid', 'latin-hypercube', 'random'];
export const EXPERIMENT_FORMATS = ['csv', 'jsonl', 'json'] as const;

export interface Experiment {
  file: string;
  name: string;
  description: string;
  /** The base scenario: its file (null when inline) and text. */
  scenarioFile: string;
  scenarioText: string;
  /** Where the base scenario is named in the experiment file. */
  scenarioLoc: Loc;
  sets: { path: string; value: string; loc: Loc }[];
  design: DesignSpec;
  /** Where each factor (by path) and the `set` entries are written, for relocating problems. */
  locs: Map<string, Loc>;
  replications: number | null;
  seed: number | null;
  record: { indicators: Indicator[]; every: number | null; stop: string | null };
  format: (typeof EXPERIMENT_FORMATS)[number];
}

export type ExperimentResult = { ok: true; experiment: Experiment } | { ok: false; errors: ScenarioError[] };

const TOP_KEYS = ['schemaVersion', 'name', 'description', 'scenario', 'set', 'factors', 'linked', 'exclude', 'design', 'samples', 'replications', 'seed', 'record', 'output'];

/** Whether a parsed file is an experiment rather than a scenario: it has factors or a base scenario. */
export function looksLikeExperiment(text: string): boolean {
  return /^(factors|scenario)\s*:/m.test(text);
}

function plain(t: Tree): unknown {
  if (t.kind === 'map') return Object.fromEntries(t.entries.map((e) => [e.key, plain(e.value)]));
  if (t.kind === 'seq') return t.items.map(plain);
  return t.value;
}

class Reader {
  errors: ScenarioError[] = [];
  constructor(readonly file: string) {}
  error(loc: Loc, path: string, message: string): void {
    this.errors.push({ file: loc.file, line: loc.line, column: loc.column, path, message });
  }
  map(t: Tree, path: string): MapTree | undefined {
    if (t.kind === 'map') return t;
    this.error(t.loc, path, `expected a mapping (key: value lines), found ${describe(t)}`);
    return undefined;
  }
  num(t: Tree, path: string, min: number, max: number, integer = false): number | undefined {
    const v = t.kind === 'scalar' ? t.value : undefined;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max || (integer && !Number.isInteger(v))) {
      this.error(t.loc, path, `expected ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}, found ${describe(t)}`);
      return undefined;
    }
    return v;
  }
  str(t: Tree, path: string): string | undefined {
    if (t.kind === 'scalar' && typeof t.value === 'string') return t.value;
    this.error(t.loc, path, `expected text, found ${describe(t)}`);
    return undefined;
  }
}

/** A list level: a number, or a plain word (so output columns need no quoting). */
function level(r: Reader, t: Tree, path: string): Level | undefined {
  const v = t.kind === 'scalar' ? t.value : undefined;
  if (typeof v === 'number' && Number.isFinite(v)) return { cell: v, value: String(v), loc: t.loc };
  if (typeof v === 'string' && /^[\w.-]+$/.test(v)) return { cell: v, value: v, loc: t.loc };
  if (typeof v === 'boolean') return { cell: String(v), value: String(v), loc: t.loc };
  r.error(t.loc, path, `expected a number or a plain word as a level, found ${describe(t)}; for a list or mapping value give named alternatives: { alternatives: { NAME: VALUE, ... } }`);
  return undefined;
}

function factor(r: Reader, path: string, t: Tree): Factor | undefined {
  const where = `factors.${path}`;
  if (t.kind === 'seq') {
    if (t.items.length === 0) return void r.error(t.loc, where, 'give at least one level');
    const levels = t.items.map((it, i) => level(r, it, `${where}[${i}]`));
    if (levels.some((l) => l === undefined)) return undefined;
    const seen = new Map<string, number>();
    for (const [i, l] of (levels as Level[]).entries()) {
      const before = seen.get(String(l.cell));
      if (before !== undefined) return void r.error(t.items[i].loc, `${where}[${i}]`, `the level ${l.cell} is given twice (also at [${before}]); each point must be distinct`);
      seen.set(String(l.cell), i);
    }
    return { path, kind: 'levels', levels: levels as Level[] };
  }
  const m = r.map(t, where);
  if (!m) return undefined;
  const alt = m.entries.find((e) => e.key === 'alternatives');
  if (alt) {
    const alts = r.map(alt.value, `${where}.alternatives`);
    if (!alts) return undefined;
    const levels: Level[] = [];
    for (const e of alts.entries) {
      if (!/^[\w.-]+$/.test(e.key)) return void r.error(e.keyLoc, `${where}.alternatives`, `an alternative's name must be a plain word, found "${e.key}"`);
      levels.push({ cell: e.key, value: JSON.stringify(plain(e.value)), loc: e.keyLoc });
    }
    if (levels.length === 0) return void r.error(alts.loc, `${where}.alternatives`, 'give at least one alternative');
    return { path, kind: 'levels', levels };
  }
  const known = ['from', 'to', 'step'];
  for (const e of m.entries) if (!known.includes(e.key)) r.error(e.keyLoc, `${where}.${e.key}`, `unknown key "${e.key}"; a range has from, to and step${didYouMean(e.key, known)}`);
  const get = (k: string) => m.entries.find((e) => e.key === k);
  const from = get('from');
  const to = get('to');
  if (!from || !to) return void r.error(m.loc, where, 'expected a list of levels, { from, to, step } or { alternatives: {...} }');
  const a = r.num(from.value, `${where}.from`, -1e12, 1e12);
  const b = r.num(to.value, `${where}.to`, -1e12, 1e12);
  const stepE = get('step');
  const step = stepE ? r.num(stepE.value, `${where}.step`, 1e-12, 1e12) : undefined;
  if (a === undefined || b === undefined || (stepE && step === undefined)) return undefined;
  if (b < a) return void r.error(to.value.loc, `${where}.to`, `"to" (${b}) is below "from" (${a})`);
  return { path, kind: 'range', from: a, to: b, step };
}

export function parseExperiment(text: string, file: string): ExperimentResult {
  const locate = textLocator(text, file);
  const parsed = parseYamlText(text, locate);
  if (parsed.errors.length > 0) return { ok: false, errors: parsed.errors };
  const r = new Reader(file);
  const top = { file, line: 1, column: 1 };
  const root = parsed.tree && r.map(parsed.tree, '');
  if (!root) return { ok: false, errors: r.errors.length ? r.errors : [{ ...top, path: '', message: 'the file is empty; an experiment needs schemaVersion, scenario and factors' }] };
  const get = (k: string) => root.entries.find((e) => e.key === k);
  for (const e of root.entries) {
    if (!TOP_KEYS.includes(e.key)) r.error(e.keyLoc, e.key, `unknown key "${e.key}" in an experiment${didYouMean(e.key, TOP_KEYS)}`);
  }
  const sv = get('schemaVersion');
  if (!sv) r.error(top, 'schemaVersion', `missing schemaVersion: write "schemaVersion: ${EXPERIMENT_SCHEMA_VERSION}" on the first line`);
  else if (r.num(sv.value, 'schemaVersion', 1, 1e6, true) !== undefined && (sv.value as { value: number }).value !== EXPERIMENT_SCHEMA_VERSION) {
    r.error(sv.value.loc, 'schemaVersion', `this Coalesce reads experiment files of schemaVersion ${EXPERIMENT_SCHEMA_VERSION}`);
  }
  const name = get('name') ? r.str(get('name')!.value, 'name') : undefined;
  const description = get('description') ? r.str(get('description')!.value, 'description') : '';

  // The base scenario: a path relative to this file, or inline.
  let scenarioFile = '';
  let scenarioText = '';
  const sc = get('scenario');
  if (!sc) r.error(top, 'scenario', 'missing scenario: give the path of a scenario file (relative to this file) or a scenario inline');
  else if (sc.value.kind === 'scalar' && typeof sc.value.value === 'string') {
    scenarioFile = isAbsolute(sc.value.value) ? sc.value.value : join(dirname(file), sc.value.value);
    try {
      scenarioText = readFileSync(scenarioFile, 'utf8');
    } catch {
      r.error(sc.value.loc, 'scenario', `cannot read the scenario file ${scenarioFile} (the path is relative to ${file})`);
    }
  } else if (sc.value.kind === 'map') {
    scenarioFile = `${file}(scenario)`;
    scenarioText = JSON.stringify(plain(sc.value));
  } else r.error(sc.value.loc, 'scenario', `expected a path or an inline scenario, found ${describe(sc.value)}`);

  const locs = new Map<string, Loc>();
  const sets: Experiment['sets'] = [];
  const setE = get('set');
  const setMap = setE && r.map(setE.value, 'set');
  for (const e of setMap?.entries ?? []) {
    sets.push({ path: e.key, value: e.value.kind === 'scalar' ? String(e.value.value) : JSON.stringify(plain(e.value)), loc: e.keyLoc });
    locs.set(e.key, e.keyLoc);
  }

  const factors: Factor[] = [];
  const fE = get('factors');
  const fMap = fE ? r.map(fE.value, 'factors') : undefined;
  if (!fE) r.error(top, 'factors', 'missing factors: give at least one, e.g. "factors: { facilitator.budget: [3, 6] }"');
  for (const e of fMap?.entries ?? []) {
    locs.set(e.key, e.keyLoc);
    if (sets.some((s) => s.path === e.key)) r.error(e.keyLoc, `factors.${e.key}`, `${e.key} is both under set and under factors: keep one`);
    const f = factor(r, e.key, e.value);
    if (f) factors.push(f);
  }
  if (fMap && fMap.entries.length === 0) r.error(fMap.loc, 'factors', 'give at least one factor');

  const design = (get('design') ? r.str(get('design')!.value, 'design') : 'grid') as Design;
  if (!DESIGNS.includes(design)) r.error(get('design')!.value.loc, 'design', `expected one of ${DESIGNS.join(', ')}, found "${design}"${didYouMean(design, DESIGNS)}`);
  const samplesE = get('samples');
  const samples = samplesE ? r.num(samplesE.value, 'samples', 1, 100_000, true) : undefined;
  if (design !== 'grid' && !samplesE) r.error(get('design')!.value.loc, 'samples', `a ${design} design needs "samples: N", the number of points`);
  if (design === 'grid' && samplesE) r.error(samplesE.keyLoc, 'samples', 'samples goes with design: latin-hypercube or random; a grid runs every combination');
  if (design === 'grid') {
    for (const f of factors) if (f.kind === 'range' && f.step === undefined) r.error(locs.get(f.path)!, `factors.${f.path}`, 'a range in a grid needs a step; without one it suits design: latin-hypercube or random');
  }

  const linked: string[][] = [];
  const lE = get('linked');
  if (lE) {
    if (lE.value.kind !== 'seq') r.error(lE.value.loc, 'linked', `expected a list of lists of factor paths, found ${describe(lE.value)}`);
    else {
      for (const [i, g] of lE.value.items.entries()) {
        const paths = g.kind === 'seq' ? g.items.map((p) => (p.kind === 'scalar' ? String(p.value) : '')) : [];
        if (paths.length < 2) { r.error(g.loc, `linked[${i}]`, 'expected a list of two or more factor paths varied together'); continue; }
        const missing = paths.find((p) => !factors.some((f) => f.path === p));
        if (missing !== undefined) { r.error(g.loc, `linked[${i}]`, `"${missing}" is not a factor`); continue; }
        const again = paths.find((p) => linked.some((l) => l.includes(p)));
        if (again !== undefined) { r.error(g.loc, `linked[${i}]`, `"${again}" is already linked`); continue; }
        const sizes = paths.map((p) => { const f = factors.find((x) => x.path === p)!; return f.kind === 'levels' ? f.levels.length : f.step === undefined ? -1 : Math.floor((f.to - f.from) / f.step + 1e-9) + 1; });
        if (design === 'grid' && sizes.some((n) => n !== sizes[0])) r.error(g.loc, `linked[${i}]`, `linked factors take their levels together, so they need as many levels each (found ${sizes.join(', ')})`);
        linked.push(paths);
      }
    }
  }

  const exclude: Record<string, number | string>[] = [];
  const xE = get('exclude');
  if (xE) {
    if (xE.value.kind !== 'seq') r.error(xE.value.loc, 'exclude', `expected a list of mappings like { facilitator.budget: 3, strategy.preset: weaver }, found ${describe(xE.value)}`);
    else {
      for (const [i, x] of xE.value.items.entries()) {
        const m = r.map(x, `exclude[${i}]`);
        if (!m) continue;
        const rule: Record<string, number | string> = {};
        for (const e of m.entries) {
          if (!factors.some((f) => f.path === e.key)) r.error(e.keyLoc, `exclude[${i}].${e.key}`, `"${e.key}" is not a factor`);
          const v = e.value.kind === 'scalar' ? e.value.value : undefined;
          if (typeof v === 'number' || typeof v === 'string') rule[e.key] = v;
          else r.error(e.value.loc, `exclude[${i}].${e.key}`, `expected a level (a number or a word), found ${describe(e.value)}`);
        }
        exclude.push(rule);
      }
    }
  }

  const repE = get('replications');
  const replications = repE ? r.num(repE.value, 'replications', 1, 10_000, true) : undefined;
  const seedE = get('seed');
  const seed = seedE ? r.num(seedE.value, 'seed', 0, 2 ** 32 - 1, true) : undefined;
  if (seedE && factors.some((f) => f.path === 'seed')) r.error(seedE.keyLoc, 'seed', 'seed is also a factor: keep one (a varied seed is each point\'s seed)');

  const record: Experiment['record'] = { indicators: INDICATORS.filter((n) => n !== 'week'), every: 1, stop: null };
  const recE = get('record');
  const rec = recE && r.map(recE.value, 'record');
  if (rec) {
    const known = ['indicators', 'every', 'final', 'stop'];
    for (const e of rec.entries) if (!known.includes(e.key)) r.error(e.keyLoc, `record.${e.key}`, `unknown key "${e.key}"${didYouMean(e.key, known)}; record takes ${known.join(', ')}`);
    const g = (k: string) => rec.entries.find((e) => e.key === k);
    const ind = g('indicators');
    if (ind) {
      if (ind.value.kind !== 'seq' || ind.value.items.length === 0) r.error(ind.value.loc, 'record.indicators', 'expected a list of indicator names (docs/INDICATORS.md)');
      else {
        record.indicators = [];
        for (const [i, it] of ind.value.items.entries()) {
          const n = it.kind === 'scalar' ? String(it.value) : '';
          if (!(INDICATORS as readonly string[]).includes(n)) r.error(it.loc, `record.indicators[${i}]`, `unknown indicator "${n}"${didYouMean(n, INDICATORS)} (docs/INDICATORS.md lists them)`);
          else if (n !== 'week') record.indicators.push(n as Indicator);
        }
      }
    }
    const every = g('every');
    const final = g('final');
    if (every && final) r.error(final.keyLoc, 'record.final', 'give every (record every n weeks) or final: true (the last week only), not both');
    if (every) record.every = r.num(every.value, 'record.every', 1, 10_000, true) ?? 1;
    if (final) {
      if (final.value.kind !== 'scalar' || typeof final.value.value !== 'boolean') r.error(final.value.loc, 'record.final', `expected true or false, found ${describe(final.value)}`);
      else if (final.value.value) record.every = null;
    }
    const stop = g('stop');
    if (stop) {
      const s = r.str(stop.value, 'record.stop');
      const c = s === undefined ? undefined : parseCondition(s);
      if (c && !c.ok) r.error(stop.value.loc, 'record.stop', c.message);
      else if (s !== undefined) record.stop = s;
    }
  }

  let format: Experiment['format'] = 'csv';
  const outE = get('output');
  const out = outE && r.map(outE.value, 'output');
  if (out) {
    for (const e of out.entries) {
      if (e.key !== 'format') { r.error(e.keyLoc, `output.${e.key}`, `unknown key "${e.key}"; output takes format`); continue; }
      const f = r.str(e.value, 'output.format');
      if (f !== undefined && !(EXPERIMENT_FORMATS as readonly string[]).includes(f)) r.error(e.value.loc, 'output.format', `expected one of ${EXPERIMENT_FORMATS.join(', ')}, found "${f}"`);
      else if (f !== undefined) format = f as Experiment['format'];
    }
  }

  if (r.errors.length > 0) return { ok: false, errors: r.errors };
  return {
    ok: true,
    experiment: {
      file,
      name: name ?? file.replace(/^.*\//, '').replace(/\.ya?ml$/, ''),
      description: description ?? '',
      scenarioFile,
      scenarioText,
      scenarioLoc: sc!.value.loc,
      sets,
      design: { factors, linked, exclude, design, samples: samples ?? 0, seed: seed ?? 0 },
      locs,
      replications: replications ?? null,
      seed: seed ?? null,
      record,
      format,
    },
  };
}
