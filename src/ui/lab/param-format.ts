// How a parameter's value reads in the Parameters tab, in the page's language:
// chances and shares as percentages ("30%"), counts with a singular and a
// plural ("1 member", "60 members"), a week number unit first ("week 12"), and
// the sentence label of src/scenario/params.ts with the live value filled in.
// The units of params.ts stay as they are (docs/SCENARIOS.md and the CLI show
// them); this file only decides how they read next to a number.
import type { ParamSpec } from '../../scenario/params.ts';
import { msg } from '../i18n.ts';
import { fixed } from '../number-format.ts';
import { paramDoc } from '../../scenario/param-docs.ts';

/** Units of a fraction that a person writes as a percentage (when the value cannot exceed 1). */
const PERCENT_UNITS = new Set(['probability', 'share', 'per week', '× π']);

/**
 * Countable units: the catalogue key "one|more" (Dutch in i18n-nl-params.ts).
 * Other units ("energy", "sd", "per week") read the same after any number.
 */
const FORMS: Record<string, string> = {
  runs: 'run|runs',
  weeks: 'week|weeks',
  members: 'member|members',
  'ties/member': 'tie/member|ties/member',
  conversations: 'conversation|conversations',
  issues: 'issue|issues',
  contacts: 'contact|contacts',
  units: 'unit|units',
  'units/week': 'unit/week|units/week',
  'units/item': 'unit/item|units/item',
};

/** A week number: "week 12", not "12 week". */
const BEFORE_NUMBER = new Set(['week']);

/** The catalogue key the panel translates for a unit (the test of the Dutch catalogue checks each). */
export function unitKey(unit: string): string {
  return FORMS[unit] ?? unit;
}

export function isPercent(s: ParamSpec): boolean {
  return PERCENT_UNITS.has(s.unit) && s.max <= 1 && !s.integer;
}

/** The number alone: "60", "0.15" (Dutch "0,15"), "−2", and "30%" for a percentage. */
export function showNumber(v: number, s: ParamSpec): string {
  let t: string;
  if (isPercent(s)) t = `${fixed(+(v * 100).toFixed(1))}%`;
  else if (s.integer) t = String(Math.round(v));
  else t = fixed(+v.toFixed(Math.abs(v) >= 10 ? 1 : 3));
  // A typographic minus: "-5" next to a dash ("−5 to 5") is easy to misread.
  return t.replace(/^-/, '−');
}

/** "one|more" picks by the shown number: "1" is one, anything else ("0", "1.5", "2") is more. */
function plural(shown: string, forms: string): string {
  const [one, more] = forms.split('|');
  return shown === '1' ? one : (more ?? one);
}

/** The value as a person writes it: "60 members", "1 member", "week 12", "30%", "0.5 energy", "1×", "2". */
export function valueText(v: number, s: ParamSpec): string {
  const n = showNumber(v, s);
  if (isPercent(s) || !s.unit) return n;
  if (BEFORE_NUMBER.has(s.unit)) return `${msg(s.unit)} ${n}`;
  if (s.unit === '×') return `${n}×`;
  return `${n} ${plural(n, msg(unitKey(s.unit)))}`;
}

/** The ⓘ help's last sentence: "From 2 to 10000 members; default 60 members." */
export function rangeText(s: ParamSpec, max = s.max): string {
  const before = BEFORE_NUMBER.has(s.unit);
  // The unit once, after the upper end ("2 to 10000 members"), except where it comes first ("week 0 to week 520").
  const lo = before ? valueText(s.min, s) : showNumber(s.min, s);
  return fill(msg('From {0} to {1}; default {2}.'), [lo, valueText(max, s), valueText(s.default, s)]);
}

/** Put values into a catalogue text's {0}, {1}, … */
export function fill(template: string, values: readonly string[]): string {
  return template.replace(/\{(\d)\}/g, (m, i: string) => values[+i] ?? m);
}

export interface SentenceParts {
  before: string;
  /** The live value as the sentence wants it; the panel sets it in bold. */
  value: string;
  after: string;
}

const SLOT = /\{([vn])(?:\|([^|}]*)\|([^}]*))?\}/;

/**
 * The parameter's sentence in the page's language, cut around its value:
 * "{v}" → valueText, "{n}" → the number alone, "{v|tie|ties}" → the number
 * with the sentence's own words. Without a sentence: "Label: value".
 */
export function sentenceParts(s: ParamSpec, v: number, sentence = paramDoc(s).sentence): SentenceParts {
  const t = sentence ? msg(sentence) : '';
  const m = SLOT.exec(t);
  if (!m) return { before: `${msg(s.label)}: `, value: valueText(v, s), after: '' };
  const n = showNumber(v, s);
  const value = m[1] === 'n' ? n : m[2] !== undefined ? `${n} ${plural(n, `${m[2]}|${m[3]}`)}` : valueText(v, s);
  return { before: t.slice(0, m.index), value, after: t.slice(m.index + m[0].length) };
}

export function sentenceText(s: ParamSpec, v: number): string {
  const p = sentenceParts(s, v);
  return p.before + p.value + p.after;
}

/** The slot of a sentence template ("{v}", "{n}", "{v|a|b}"), or null: the unit test checks each sentence has one. */
export function sentenceSlot(template: string): string | null {
  return SLOT.exec(template)?.[0] ?? null;
}
