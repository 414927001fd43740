// What the autosave keeps: the running scenario as YAML (every recorded
// intervention is in its action timeline), where it came from, seed and week,
// the interventions as the lab lists them, and the scenario editor's text when
// it holds edits not yet applied. A stored draft is input like any other (an
// older version of the app, another tab, a hand-edited database may have
// written it), so readDraft checks every field and the text is parsed and
// validated again when it is loaded.
import { ACTION_TYPES, type Action } from '../scenario/types.ts';
import { INPUT_LIMITS } from '../scenario/limits.ts';

export const DRAFT_VERSION = 1;
/** More interventions than this in one run is not a workshop; such a draft is refused. */
const MAX_INTERVENTIONS = 2000;
const MAX_LABEL = 200;

export interface DraftIntervention {
  week: number;
  action: Action;
  label: string;
}

export interface Draft {
  v: typeof DRAFT_VERSION;
  /** The running scenario with its interventions, as YAML. */
  text: string;
  file: string;
  scenarioName: string;
  seed: number;
  week: number;
  interventions: DraftIntervention[];
  /** The editor's text when it differs from `text` (edits not applied yet). */
  editorText?: string;
  /** Date.now() of the save. */
  savedAt: number;
}

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isWhole = (x: unknown): x is number => typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
const isText = (x: unknown, max: number): x is string => typeof x === 'string' && x.length <= max;

function readAction(x: unknown): Action | null {
  if (!isObj(x) || !(ACTION_TYPES as readonly unknown[]).includes(x.type) || !isObj(x.params)) return null;
  const params: Record<string, unknown> = {};
  // Only plain values, under own keys that cannot reach a prototype.
  for (const [k, v] of Object.entries(x.params)) {
    if (k === '__proto__' || k === 'constructor' || k === 'prototype') return null;
    if (typeof v === 'number' ? !Number.isFinite(v) : typeof v !== 'string' && typeof v !== 'boolean') return null;
    params[k] = v;
  }
  const a: Action = { type: x.type as Action['type'], params: params as Action['params'] };
  for (const k of ['at', 'every', 'from', 'until'] as const) {
    if (x[k] === undefined) continue;
    if (!isWhole(x[k])) return null;
    a[k] = x[k];
  }
  if (x.when !== undefined) {
    if (!isText(x.when, 500)) return null;
    a.when = x.when;
  }
  return a;
}

/** The draft if `x` is a well-formed one, else null (and the caller discards it). */
export function readDraft(x: unknown): Draft | null {
  if (!isObj(x) || x.v !== DRAFT_VERSION) return null;
  const max = INPUT_LIMITS.maxChars;
  if (!isText(x.text, max) || x.text.trim() === '' || !isText(x.file, 500) || !isText(x.scenarioName, 500)) return null;
  if (!isWhole(x.seed) || !isWhole(x.week) || !isWhole(x.savedAt)) return null;
  if (x.editorText !== undefined && !isText(x.editorText, max)) return null;
  if (!Array.isArray(x.interventions) || x.interventions.length > MAX_INTERVENTIONS) return null;
  const interventions: DraftIntervention[] = [];
  for (const i of x.interventions) {
    if (!isObj(i) || !isWhole(i.week) || !isText(i.label, MAX_LABEL)) return null;
    const action = readAction(i.action);
    if (!action) return null;
    interventions.push({ week: i.week, action, label: i.label });
  }
  return {
    v: DRAFT_VERSION,
    text: x.text,
    file: x.file,
    scenarioName: x.scenarioName,
    seed: x.seed,
    week: x.week,
    interventions,
    ...(x.editorText !== undefined ? { editorText: x.editorText } : {}),
    savedAt: x.savedAt,
  };
}

/** Same content (ignoring when it was saved): nothing new to write. */
export function sameDraft(a: Draft | undefined, b: Draft): boolean {
  return !!a && a.week === b.week && sameWork(a, b);
}

/**
 * Same work, wherever the playhead is: moving through the weeks is saved too,
 * but only a difference here is an edit worth asking about before leaving.
 */
export function sameWork(a: Draft | undefined, b: Draft): boolean {
  return (
    !!a &&
    a.text === b.text &&
    a.file === b.file &&
    a.seed === b.seed &&
    a.editorText === b.editorText &&
    a.interventions.length === b.interventions.length &&
    a.interventions.every((x, i) => x.label === b.interventions[i].label && x.week === b.interventions[i].week)
  );
}
