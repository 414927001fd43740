// Lesson files: YAML/JSON text → a checked Lesson, or every problem found with
// file:line:col, the key path, and what was expected vs found. Never throws.
// The YAML reading (limits, aliases, locations) is the scenario parser's.
import { INDICATORS } from '../model/indicators.ts';
import { parseYamlText, textLocator } from '../scenario/from-yaml.ts';
import { describe, quote, type Loc, type MapTree, type Tree } from '../scenario/tree.ts';
import { indicatorRange } from './analyse.ts';
import { placeholderProblem, placeholders } from './text.ts';
import { DERIVED, type Bilingual, type Lesson, type LessonError, type LessonIndicator, type LessonResult } from './types.ts';

const KEYS: Record<string, string[]> = {
  '': ['id', 'order', 'topic', 'audience', 'title', 'source', 'frame', 'question', 'margin', 'choices', 'expected', 'run', 'reveal', 'debrief', 'tryIt'],
  choice: ['id', 'text', 'scenario', 'why'],
  run: ['scenarios', 'seed', 'runs', 'week', 'indicators', 'better', 'tradeOff', 'pauseAt', 'pausePrompt', 'stops'],
  scenario: ['key', 'file', 'inline', 'label'],
  stop: ['week', 'text'],
  debrief: ['mechanism', 'limits', 'notice'],
  tryIt: ['scenario', 'suggestion'],
};
const OPTIONAL = new Set(['scenario', 'tradeOff', 'pauseAt', 'pausePrompt', 'stops', 'notice', 'file', 'inline']);
const KNOWN_INDICATORS: readonly string[] = [...INDICATORS, ...DERIVED];
/** Longest text a lesson field may hold: a lesson is a few sentences per step. */
const MAX_TEXT = 2000;

class Check {
  errors: LessonError[] = [];
  constructor(readonly file: string) {}
  err(loc: Loc, path: string, message: string) {
    this.errors.push({ file: loc.file, line: loc.line, column: loc.column, path, message });
  }
}

/** Entries of a map, with missing and unknown keys reported. */
function fields(c: Check, t: Tree, path: string, kind: string): Map<string, Tree> | undefined {
  if (t.kind !== 'map') {
    c.err(t.loc, path, `expected a mapping (key: value pairs), found ${describe(t)}`);
    return undefined;
  }
  const allowed = KEYS[kind];
  const out = new Map<string, Tree>();
  for (const e of (t as MapTree).entries) {
    const p = path ? `${path}.${e.key}` : e.key;
    if (!allowed.includes(e.key)) c.err(e.keyLoc, p, `unknown key ${quote(e.key)}; expected one of: ${allowed.join(', ')}`);
    else if (out.has(e.key)) c.err(e.keyLoc, p, `duplicate key ${quote(e.key)}`);
    else out.set(e.key, e.value);
  }
  for (const k of allowed) {
    if (!out.has(k) && !OPTIONAL.has(k)) c.err(t.loc, path ? `${path}.${k}` : k, `missing required key ${quote(k)}`);
  }
  return out;
}

function str(c: Check, t: Tree | undefined, path: string, pattern?: RegExp, what?: string): string | undefined {
  if (!t) return undefined;
  if (t.kind !== 'scalar' || typeof t.value !== 'string' || t.value.trim() === '') {
    c.err(t.loc, path, `expected ${what ?? 'text'}, found ${describe(t)}`);
    return undefined;
  }
  if (t.value.length > MAX_TEXT) c.err(t.loc, path, `the text has ${t.value.length} characters; at most ${MAX_TEXT}`);
  if (pattern && !pattern.test(t.value)) c.err(t.loc, path, `expected ${what}, found ${describe(t)}`);
  return t.value;
}

function int(c: Check, t: Tree | undefined, path: string, min: number, max: number): number | undefined {
  if (!t) return undefined;
  if (t.kind !== 'scalar' || typeof t.value !== 'number' || !Number.isInteger(t.value) || t.value < min || t.value > max) {
    c.err(t.loc, path, `expected a whole number from ${min} to ${max}, found ${describe(t)}`);
    return undefined;
  }
  return t.value;
}

function positive(c: Check, t: Tree | undefined, path: string): number | undefined {
  if (!t) return undefined;
  if (t.kind !== 'scalar' || typeof t.value !== 'number' || !Number.isFinite(t.value) || t.value <= 0) {
    c.err(t.loc, path, `expected a number above 0 (the smallest difference that counts, in the first indicator's units), found ${describe(t)}`);
    return undefined;
  }
  return t.value;
}

function oneOf<T extends string>(c: Check, t: Tree | undefined, path: string, options: readonly T[]): T | undefined {
  if (!t) return undefined;
  if (t.kind !== 'scalar' || !options.includes(t.value as T)) {
    c.err(t.loc, path, `expected one of ${options.join(', ')}, found ${describe(t)}`);
    return undefined;
  }
  return t.value as T;
}

/** Every text a user reads comes in English and Dutch. */
function bi(c: Check, t: Tree | undefined, path: string): Bilingual | undefined {
  if (!t) return undefined;
  if (t.kind !== 'map') {
    c.err(t.loc, path, `expected the text in both languages ({ en: …, nl: … }), found ${describe(t)}`);
    return undefined;
  }
  const en = t.entries.find((e) => e.key === 'en');
  const nl = t.entries.find((e) => e.key === 'nl');
  for (const e of t.entries) if (e.key !== 'en' && e.key !== 'nl') c.err(e.keyLoc, `${path}.${e.key}`, `unknown language ${quote(e.key)}; expected en and nl`);
  if (!en) c.err(t.loc, `${path}.en`, 'missing the English text (en)');
  if (!nl) c.err(t.loc, `${path}.nl`, 'missing the Dutch text (nl)');
  const a = str(c, en?.value, `${path}.en`);
  const b = str(c, nl?.value, `${path}.nl`);
  return a !== undefined && b !== undefined ? { en: a, nl: b } : undefined;
}

function seq(c: Check, t: Tree | undefined, path: string, min: number, max: number): Tree[] {
  if (!t) return [];
  if (t.kind !== 'seq') {
    c.err(t.loc, path, `expected a list, found ${describe(t)}`);
    return [];
  }
  if (t.items.length < min || t.items.length > max) c.err(t.loc, path, `expected ${min} to ${max} items, found ${t.items.length}`);
  return t.items;
}

/** The Bilingual text trees under a field (a { en, nl } map), with their paths. */
function texts(t: Tree | undefined, path: string): { tree: Tree; path: string }[] {
  if (!t || t.kind !== 'map') return [];
  return t.entries.filter((e) => e.key === 'en' || e.key === 'nl').map((e) => ({ tree: e.value, path: `${path}.${e.key}` }));
}

const PLACEHOLDER_NAME = /^(?:[A-D](?:\.\w+|@\d+)?|diff(?:\.lo|\.hi)?|margin|week|runs)$/;

export interface ValidateOptions {
  file?: string;
  /** Ids of the files in scenarios/, to check `file:` references. */
  scenarioIds?: readonly string[];
}

const ID = /^[a-z0-9][a-z0-9-]{0,40}$/;

export function parseLesson(text: string, opts: ValidateOptions = {}): LessonResult {
  const file = opts.file ?? '<lesson>';
  try {
    const parsed = parseYamlText(text, textLocator(text, file));
    if (parsed.errors.length) return { ok: false, errors: parsed.errors };
    if (!parsed.tree) return { ok: false, errors: [{ file, line: 1, column: 1, path: '', message: 'the lesson file is empty' }] };
    return checkLesson(parsed.tree, file, opts.scenarioIds);
  } catch (e) {
    return { ok: false, errors: [{ file, line: 1, column: 1, path: '', message: `internal error while reading the lesson (please report): ${String(e).slice(0, 200)}` }] };
  }
}

function checkLesson(tree: Tree, file: string, scenarioIds?: readonly string[]): LessonResult {
  const c = new Check(file);
  const f = fields(c, tree, '', '');
  if (!f) return { ok: false, errors: c.errors };
  const id = str(c, f.get('id'), 'id', ID, 'an id of lower-case letters, digits and dashes');
  const order = int(c, f.get('order'), 'order', 0, 999);
  const topic = oneOf(c, f.get('topic'), 'topic', ['C1', 'C2', 'C3', 'C4', 'C5', 'phases'] as const);
  const audience = oneOf(c, f.get('audience'), 'audience', ['everyone', 'trainers'] as const);
  const title = bi(c, f.get('title'), 'title');
  const source = bi(c, f.get('source'), 'source');
  const frame = bi(c, f.get('frame'), 'frame');
  const question = bi(c, f.get('question'), 'question');
  const reveal = bi(c, f.get('reveal'), 'reveal');
  const margin = positive(c, f.get('margin'), 'margin');

  // run
  const rf = f.get('run') ? fields(c, f.get('run')!, 'run', 'run') : undefined;
  const keys: string[] = [];
  const scenarios = seq(c, rf?.get('scenarios'), 'run.scenarios', 1, 4).map((t, i) => {
    const p = `run.scenarios[${i}]`;
    const s = fields(c, t, p, 'scenario');
    if (!s) return undefined;
    const key = str(c, s.get('key'), `${p}.key`, /^[A-D]$/, 'a letter A, B, C or D');
    if (key && keys.includes(key)) c.err(s.get('key')!.loc, `${p}.key`, `scenario key ${key} is used twice`);
    if (key) keys.push(key);
    const fileRef = str(c, s.get('file'), `${p}.file`, ID, 'the id of a file in scenarios/ (without .yaml)');
    const inline = str(c, s.get('inline'), `${p}.inline`);
    if (!s.has('file') && !s.has('inline')) c.err(t.loc, p, 'give either file: (a scenario in scenarios/) or inline: (the scenario text)');
    if (s.has('file') && s.has('inline')) c.err(t.loc, p, 'give file: or inline:, not both');
    if (fileRef && scenarioIds && !scenarioIds.includes(fileRef)) {
      c.err(s.get('file')!.loc, `${p}.file`, `no scenario file ${quote(fileRef)}; known: ${scenarioIds.join(', ')}`);
    }
    const label = bi(c, s.get('label'), `${p}.label`);
    return key && label ? { key, label, ...(fileRef ? { file: fileRef } : {}), ...(inline ? { inline } : {}) } : undefined;
  });
  const seed = int(c, rf?.get('seed'), 'run.seed', 0, 2 ** 31 - 1);
  const runs = int(c, rf?.get('runs'), 'run.runs', 2, 200);
  const week = int(c, rf?.get('week'), 'run.week', 0, 520);
  const indicators = seq(c, rf?.get('indicators'), 'run.indicators', 1, 4).map((t, i) =>
    str(c, t, `run.indicators[${i}]`) !== undefined && !KNOWN_INDICATORS.includes(t.kind === 'scalar' ? String(t.value) : '')
      ? (c.err(t.loc, `run.indicators[${i}]`, `unknown indicator ${describe(t)}; see the output contract (MODEL.md §4.3), or ${DERIVED.join(', ')}`), undefined)
      : t.kind === 'scalar' ? (t.value as Lesson['run']['indicators'][number]) : undefined,
  );
  const better = oneOf(c, rf?.get('better'), 'run.better', ['higher', 'lower'] as const);
  const tradeOff = rf?.has('tradeOff') ? oneOf(c, rf.get('tradeOff'), 'run.tradeOff', KNOWN_INDICATORS) as LessonIndicator | undefined : undefined;
  const shown = indicators.filter((x): x is LessonIndicator => x !== undefined);
  if (tradeOff && shown.length && (!shown.includes(tradeOff) || shown[0] === tradeOff)) {
    c.err(rf!.get('tradeOff')!.loc, 'run.tradeOff', `expected one of the other indicators of run.indicators (${shown.slice(1).join(', ') || 'none'}), found ${quote(tradeOff)}`);
  }
  if (margin !== undefined && shown.length) {
    const [lo, hi] = indicatorRange(shown[0]);
    if (margin >= hi - lo) c.err(f.get('margin')!.loc, 'margin', `expected a margin below ${hi - lo}, the whole range of ${shown[0]} (${lo} to ${hi}), found ${margin}`);
  }
  const pauseAt = rf?.has('pauseAt') ? int(c, rf.get('pauseAt'), 'run.pauseAt', 0, 520) : undefined;
  const pausePrompt = rf?.has('pausePrompt') ? bi(c, rf.get('pausePrompt'), 'run.pausePrompt') : undefined;
  const stops = rf?.has('stops')
    ? seq(c, rf.get('stops'), 'run.stops', 1, 12).map((t, i) => {
        const s = fields(c, t, `run.stops[${i}]`, 'stop');
        const w = int(c, s?.get('week'), `run.stops[${i}].week`, 0, 520);
        const tx = bi(c, s?.get('text'), `run.stops[${i}].text`);
        return w !== undefined && tx ? { week: w, text: tx } : undefined;
      })
    : undefined;
  if (week !== undefined && pauseAt !== undefined && pauseAt >= week) c.err(rf!.get('pauseAt')!.loc, 'run.pauseAt', `expected a week before run.week (${week}), found ${pauseAt}`);

  // choices
  const choiceIds: string[] = [];
  const choices = seq(c, f.get('choices'), 'choices', 2, 5).map((t, i) => {
    const p = `choices[${i}]`;
    const s = fields(c, t, p, 'choice');
    if (!s) return undefined;
    const cid = str(c, s.get('id'), `${p}.id`, ID, 'an id of lower-case letters, digits and dashes');
    if (cid && choiceIds.includes(cid)) c.err(s.get('id')!.loc, `${p}.id`, `choice id ${quote(cid)} is used twice`);
    if (cid) choiceIds.push(cid);
    const sc = s.has('scenario') ? str(c, s.get('scenario'), `${p}.scenario`, /^[A-D]$/, 'a scenario key A–D') : undefined;
    if (sc && keys.length && !keys.includes(sc)) c.err(s.get('scenario')!.loc, `${p}.scenario`, `no scenario with key ${sc} in run.scenarios (keys: ${keys.join(', ')})`);
    const text = bi(c, s.get('text'), `${p}.text`);
    const why = bi(c, s.get('why'), `${p}.why`);
    return cid && text && why ? { id: cid, text, why, ...(sc ? { scenario: sc } : {}) } : undefined;
  });
  const expected = str(c, f.get('expected'), 'expected');
  if (expected && choiceIds.length && !choiceIds.includes(expected)) c.err(f.get('expected')!.loc, 'expected', `expected the id of a choice (${choiceIds.join(', ')}), found ${quote(expected)}`);

  const df = f.get('debrief') ? fields(c, f.get('debrief')!, 'debrief', 'debrief') : undefined;
  const mechanism = bi(c, df?.get('mechanism'), 'debrief.mechanism');
  const limits = bi(c, df?.get('limits'), 'debrief.limits');
  const notice = df?.has('notice') ? bi(c, df.get('notice'), 'debrief.notice') : undefined;
  const tf = f.get('tryIt') ? fields(c, f.get('tryIt')!, 'tryIt', 'tryIt') : undefined;
  const tryScenario = str(c, tf?.get('scenario'), 'tryIt.scenario', /^[A-D]$/, 'a scenario key A–D');
  if (tryScenario && keys.length && !keys.includes(tryScenario)) c.err(tf!.get('scenario')!.loc, 'tryIt.scenario', `no scenario with key ${tryScenario} in run.scenarios`);
  const suggestion = bi(c, tf?.get('suggestion'), 'tryIt.suggestion');

  // Run numbers may be quoted where the run is known (the reveal and after), never before it.
  const run = { scenarios: scenarios.filter((x) => x !== undefined), indicators: shown, week: week ?? 520 } as unknown as Lesson['run'];
  const quoting: [Tree | undefined, string][] = [[f.get('reveal'), 'reveal'], [df?.get('mechanism'), 'debrief.mechanism'], [df?.get('limits'), 'debrief.limits'], [df?.get('notice'), 'debrief.notice'], [tf?.get('suggestion'), 'tryIt.suggestion']];
  for (const [t, path] of quoting) {
    for (const x of texts(t, path)) {
      if (x.tree.kind !== 'scalar' || typeof x.tree.value !== 'string') continue;
      for (const ph of placeholders(x.tree.value)) {
        const problem = placeholderProblem(ph.name, { run });
        if (problem) c.err(x.tree.loc, x.path, problem);
      }
    }
  }
  const before: [Tree | undefined, string][] = [[f.get('title'), 'title'], [f.get('frame'), 'frame'], [f.get('question'), 'question'], [rf?.get('pausePrompt'), 'run.pausePrompt'],
    ...(f.get('choices')?.kind === 'seq' ? (f.get('choices') as Tree & { items: Tree[] }).items.flatMap((t, i): [Tree | undefined, string][] => t.kind === 'map' ? [[t.entries.find((e) => e.key === 'text')?.value, `choices[${i}].text`], [t.entries.find((e) => e.key === 'why')?.value, `choices[${i}].why`]] : []) : [])];
  for (const [t, path] of before) {
    for (const x of texts(t, path)) {
      if (x.tree.kind !== 'scalar' || typeof x.tree.value !== 'string') continue;
      for (const ph of placeholders(x.tree.value)) {
        if (PLACEHOLDER_NAME.test(ph.name)) c.err(x.tree.loc, x.path, `{${ph.name}} quotes the runs, which are not known yet here; use placeholders only in reveal, debrief and tryIt.suggestion`);
      }
    }
  }
  if (choices.filter((x) => x && !x.scenario).length > 1) c.err(f.get('choices')!.loc, 'choices', 'at most one choice may leave out scenario: (the "about the same" answer)');

  if (c.errors.length) return { ok: false, errors: c.errors };
  const lesson: Lesson = {
    id: id!, order: order!, topic: topic!, audience: audience!, title: title!, source: source!, frame: frame!, question: question!, margin: margin!,
    choices: choices as Lesson['choices'], expected: expected!,
    run: {
      scenarios: scenarios as Lesson['run']['scenarios'], seed: seed!, runs: runs!, week: week!,
      indicators: indicators as Lesson['run']['indicators'], better: better!, ...(tradeOff ? { tradeOff } : {}),
      ...(pauseAt !== undefined ? { pauseAt } : {}), ...(pausePrompt ? { pausePrompt } : {}), ...(stops ? { stops: stops as NonNullable<Lesson['run']['stops']> } : {}),
    },
    reveal: reveal!,
    debrief: { mechanism: mechanism!, limits: limits!, ...(notice ? { notice } : {}) },
    tryIt: { scenario: tryScenario!, suggestion: suggestion! },
  };
  return { ok: true, lesson };
}

export function formatLessonError(e: LessonError): string {
  return `${e.file}:${e.line}:${e.column}${e.path ? ` ${e.path}` : ''}: ${e.message}`;
}
