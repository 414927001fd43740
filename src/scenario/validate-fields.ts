// Checks shared by every part of the scenario: mappings with known keys,
// numbers against their declaration, text fields.

import type { Checker } from './errors.ts';
import { fmt } from './errors.ts';
import { INPUT_LIMITS } from './limits.ts';
import { LIMITS, PARAMS } from './params.ts';
import { closest } from './suggest.ts';
import { describe, quote, type MapEntry, type Tree } from './tree.ts';

export function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

/** Every leaf name of PARAMS with its full path, to redirect misplaced keys. */
const LEAF_PATHS = new Map<string, string>();
for (const s of PARAMS) {
  const leaf = s.path.slice(s.path.lastIndexOf('.') + 1).toLowerCase();
  if (!LEAF_PATHS.has(leaf)) LEAF_PATHS.set(leaf, s.path);
}

/**
 * The entries of a mapping whose keys are all in `allowed`; unknown keys are
 * reported with a suggestion. Returns undefined (after reporting) if `t` is
 * not a mapping. A JavaScript Map, so no key can reach an object prototype.
 */
export function fields(c: Checker, t: Tree, path: string, allowed: readonly string[]): Map<string, MapEntry> | undefined {
  if (t.kind !== 'map') {
    c.error(t.loc, path, `expected a mapping (key: value lines), found ${describe(t)}`);
    return undefined;
  }
  const out = new Map<string, MapEntry>();
  for (const e of t.entries) {
    if (allowed.includes(e.key)) {
      out.set(e.key, e);
      continue;
    }
    if (c.full) {
      c.error(e.keyLoc, join(path, e.key), 'unknown key');
      continue;
    }
    c.error(e.keyLoc, join(path, e.key), unknownKeyMessage(e.key, path, allowed));
  }
  return out;
}

function unknownKeyMessage(key: string, path: string, allowed: readonly string[]): string {
  const near = closest(key, allowed);
  if (near !== undefined) return `unknown key ${quote(key)} (did you mean "${near}"?)`;
  const elsewhere = LEAF_PATHS.get(key.toLowerCase());
  if (elsewhere !== undefined && elsewhere !== join(path, key)) {
    return `unknown key ${quote(key)} here (did you mean "${elsewhere}"? it belongs under ${elsewhere.slice(0, elsewhere.lastIndexOf('.')) || 'the top level'})`;
  }
  const list = allowed.length <= 16 ? `; expected one of: ${allowed.join(', ')}` : '; see docs/SCENARIOS.md for the keys allowed here';
  return `unknown key ${quote(key)}${list}`;
}

export interface NumberRule {
  min: number;
  max: number;
  integer?: boolean;
  unit?: string;
  /** When max is a hard limit (LIMITS), the message says the file is refused. */
  limit?: boolean;
}

/** The paths whose maximum is a hard limit that protects the machine. */
export const LIMIT_PATHS: Readonly<Record<string, number>> = {
  'population.size': LIMITS.populationSize,
  horizon: LIMITS.horizon,
  replicates: LIMITS.replicates,
};

export function rangeText(r: NumberRule): string {
  const what = r.integer ? 'a whole number' : 'a number';
  return `${what} from ${fmt(r.min)} to ${fmt(r.max)}${r.unit ? ' ' + r.unit : ''}`;
}

/** A number obeying `r`, or undefined after reporting why not. */
export function num(c: Checker, t: Tree, path: string, r: NumberRule): number | undefined {
  const v = t.kind === 'scalar' ? t.value : undefined;
  if (typeof v !== 'number') {
    const hint = typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v.replace(/_/g, ''))) ? ' (write the number without quotes or underscores)' : '';
    c.error(t.loc, path, `expected ${rangeText(r)}, found ${describe(t)}${hint}`);
    return undefined;
  }
  if (!Number.isFinite(v)) {
    c.error(t.loc, path, `expected ${rangeText(r)}, found ${describe(t)}`);
    return undefined;
  }
  if (r.integer && !Number.isInteger(v)) {
    c.error(t.loc, path, `expected ${rangeText(r)}, found ${v}, which is not a whole number`);
    return undefined;
  }
  if (r.limit && v > r.max) {
    c.error(t.loc, path, `refused: ${fmt(v)} is over the limit of ${fmt(r.max)}${r.unit ? ' ' + r.unit : ''}; the limits keep a typo from freezing the machine`);
    return undefined;
  }
  if (v < r.min || v > r.max) {
    c.error(t.loc, path, `expected ${rangeText(r)}, found ${fmt(v)}`);
    return undefined;
  }
  return v;
}

export interface TextRule {
  maxChars: number;
  /** Newlines and tabs allowed (descriptions), or a single line (names). */
  multiline: boolean;
}

// Control characters other than tab/newline never belong in scenario text.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Text obeying `r`, or undefined after reporting why not. */
export function text(c: Checker, t: Tree, path: string, r: TextRule): string | undefined {
  const v = t.kind === 'scalar' ? t.value : undefined;
  if (typeof v !== 'string') {
    const hint = t.kind === 'scalar' && (typeof v === 'number' || typeof v === 'boolean') ? ' (put it in quotes to make it text)' : '';
    c.error(t.loc, path, `expected text, found ${describe(t)}${hint}`);
    return undefined;
  }
  if (v.length > r.maxChars) {
    c.error(t.loc, path, `expected text of at most ${fmt(r.maxChars)} characters, found ${fmt(v.length)}`);
    return undefined;
  }
  if (v.includes('\uFFFD')) {
    c.error(t.loc, path, 'the text holds bytes that are not valid UTF-8 (shown as \uFFFD); save the file as UTF-8');
    return undefined;
  }
  if (CONTROL.test(v) || (!r.multiline && /[\r\n\t]/.test(v))) {
    c.error(t.loc, path, `expected ${r.multiline ? 'printable text' : 'one line of printable text'}, found control characters in ${quote(v)}`);
    return undefined;
  }
  return v;
}

export const TEXT_RULES = {
  name: { maxChars: INPUT_LIMITS.nameChars, multiline: false },
  description: { maxChars: INPUT_LIMITS.descriptionChars, multiline: true },
  sourceNotes: { maxChars: INPUT_LIMITS.sourceNotesChars, multiline: true },
  modelVersion: { maxChars: INPUT_LIMITS.modelVersionChars, multiline: false },
  when: { maxChars: INPUT_LIMITS.whenChars, multiline: false },
} as const satisfies Record<string, TextRule>;
