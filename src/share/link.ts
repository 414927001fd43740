// Share links (issue 6): the scenario(s), seed and week of a run, compressed
// into the URL's #fragment (never sent to a server; works offline). On load a
// link is treated like any file: size-checked, decompressed, shape-checked and
// every scenario validated by parseScenario, or refused with a message.
//
// Version 2 (issue 17, item 10) keeps links short enough for a QR code that
// scans off a projector: a scenario that is a built-in with a few changes
// travels as the built-in's id and those changes (declared parameters set,
// actions added or removed), not as its whole file. The app
// (src/ui/controllers/short-share.ts) turns such an entry back into text,
// which is then validated like any other. Version 1 links (whole texts) still
// open.
import LZString from 'lz-string';
import { paramSpec } from '../scenario/params.ts';
import { parseScenario } from '../scenario/parse.ts';
import type { Action, Scenario, ScenarioError } from '../scenario/types.ts';

export const SHARE_VERSION = 2;
/** Longest encoded payload we accept: long links break in chat apps and QR codes. */
export const MAX_ENCODED = 12_000;
/** Longest decompressed JSON: four scenario files at most. */
export const MAX_JSON = 200_000;
export const MAX_SCENARIOS = 4;
/** Most parameters set or actions added or removed in one short entry. */
export const MAX_CHANGES = 200;

export interface SharedScenario {
  /** Shown in the picker and in error locations. */
  name: string;
  text: string;
}

/** A link's run, every scenario as text (what the lab opens; what a version 1 link holds). */
export interface SharePayload {
  v: 1;
  scenarios: SharedScenario[];
  /** Which scenario is open (0-based). */
  index: number;
  seed: number;
  week: number;
}

/** A built-in scenario and the changes from it: declared parameters (dotted paths) set, actions removed, then actions added. */
export interface PresetChanges {
  /** The built-in's id (scenarios/<id>.yaml). */
  b: string;
  /** Name shown, when not the built-in's own. */
  n?: string;
  p?: Record<string, number>;
  d?: Action[];
  a?: Action[];
}

/** A whole scenario text (a file of one's own). */
export interface TextEntry {
  n: string;
  t: string;
}

export type ShortEntry = PresetChanges | TextEntry;

/** Version 2: short keys, for short links. */
export interface ShortPayload {
  v: 2;
  s: ShortEntry[];
  /** Open scenario (index), seed (r), week (w). */
  i: number;
  r: number;
  w: number;
}

/** Turns a built-in-plus-changes entry back into a named scenario text (or says why it cannot). */
export type ExpandPreset = (e: PresetChanges) => Promise<{ ok: true; name: string; text: string } | { ok: false; message: string }>;

export interface DecodedShare {
  payload: SharePayload;
  /** Validated, in payload order. */
  parsed: Scenario[];
}

export type ShareResult = { ok: true; value: DecodedShare } | { ok: false; message: string; errors: ScenarioError[] };

export const isPresetEntry = (e: ShortEntry): e is PresetChanges => 'b' in e;

export function encodeShare(p: SharePayload | ShortPayload): string {
  return LZString.compressToEncodedURIComponent(JSON.stringify(p));
}

/** The app URL that opens this payload in the lab. */
export function shareUrl(base: string, p: SharePayload | ShortPayload): string {
  // The receiver's own language applies, not the sender's ?lang=.
  const u = new URL(base);
  u.hash = '';
  u.searchParams.delete('lang');
  return `${u.href.replace(/#$/, '')}#lab?s=${encodeShare(p)}`;
}

/** The encoded payload in a URL hash, if any. */
export function shareParam(hash: string): string | undefined {
  const m = /[?&]s=([^&]*)/.exec(hash);
  return m ? m[1] : undefined;
}

function refuse(message: string, errors: ScenarioError[] = []): ShareResult {
  return { ok: false, message, errors };
}

const isInt = (x: unknown, min: number, max: number): x is number => typeof x === 'number' && Number.isInteger(x) && x >= min && x <= max;

/** A plain object (JSON's own kind), not an array or null. */
const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The run a link holds: decompressed and shape-checked, scenarios not yet validated (v1 texts, v2 texts or built-ins with changes). */
interface RawShare { entries: (PresetChanges | { n: string; t?: string })[]; index: number; seed: number; week: number }

function readShare(encoded: string): { ok: true; value: RawShare } | { ok: false; message: string } {
  const no = (message: string) => ({ ok: false as const, message });
  if (typeof encoded !== 'string' || encoded.length === 0) return no('The share link is empty.');
  if (encoded.length > MAX_ENCODED) {
    return no(`The share link is too large (${encoded.length.toLocaleString('en')} characters; at most ${MAX_ENCODED.toLocaleString('en')}). Share the scenario file instead.`);
  }
  let json: string | null;
  try {
    json = LZString.decompressFromEncodedURIComponent(encoded);
  } catch {
    json = null;
  }
  if (!json) return no('The share link is damaged: it could not be decompressed. Was it copied completely?');
  if (json.length > MAX_JSON) return no(`The share link unpacks to ${json.length.toLocaleString('en')} characters; at most ${MAX_JSON.toLocaleString('en')}.`);
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return no('The share link is damaged: its contents are not valid JSON.');
  }
  if (!isRecord(raw)) return no('The share link holds no run.');
  const o = raw;
  if (o.v !== 1 && o.v !== SHARE_VERSION) return no(`The share link has version ${JSON.stringify(o.v)}; this Coalesce reads versions 1 and ${SHARE_VERSION}.`);
  const v1 = o.v === 1;
  const list = v1 ? o.scenarios : o.s;
  const seed = v1 ? o.seed : o.r;
  const week = v1 ? o.week : o.w;
  const index = v1 ? o.index : o.i;
  if (!Array.isArray(list) || list.length < 1 || list.length > MAX_SCENARIOS) return no(`The share link must hold 1 to ${MAX_SCENARIOS} scenarios.`);
  if (!isInt(seed, 0, 2 ** 32 - 1)) return no('The share link has no valid seed (a whole number ≥ 0).');
  if (!isInt(week, 0, 520)) return no('The share link has no valid week (a whole number from 0 to 520).');
  if (!isInt(index, 0, list.length - 1)) return no('The share link points at a scenario it does not hold.');
  const entries: RawShare['entries'] = [];
  for (let i = 0; i < list.length; i++) {
    const e: unknown = list[i];
    const letter = String.fromCharCode(65 + i);
    const fallback = `scenario ${letter}`;
    const nameOf = (x: unknown) => (typeof x === 'string' && x.length <= 80 ? x : undefined);
    if (!isRecord(e)) return no(`Entry ${letter} of the share link is not a scenario.`);
    if (v1 || !('b' in e)) {
      const name = nameOf(v1 ? e.name : e.n) ?? fallback;
      const t = v1 ? e.text : e.t;
      // A missing text is a located error of that scenario (below), as a file's would be.
      entries.push({ n: name, ...(typeof t === 'string' ? { t } : {}) });
      continue;
    }
    const shape = presetShape(e, letter);
    if (typeof shape === 'string') return no(shape);
    entries.push(shape);
  }
  return { ok: true, value: { entries, index: index as number, seed: seed as number, week: week as number } };
}

/** A built-in-plus-changes entry, checked for shape (the values are checked when the scenario is validated); a string says what is wrong. */
function presetShape(e: Record<string, unknown>, letter: string): PresetChanges | string {
  const it = `Scenario ${letter} of the share link`;
  if (typeof e.b !== 'string' || !/^[a-z0-9][a-z0-9-]{0,59}$/.test(e.b)) return `${it} names no built-in scenario.`;
  const out: PresetChanges = { b: e.b };
  if (e.n !== undefined) {
    if (typeof e.n !== 'string' || e.n.length > 80) return `${it} has a name that is not a short text.`;
    out.n = e.n;
  }
  if (e.p !== undefined) {
    if (!isRecord(e.p)) return `${it} has parameters that are not a list of names and numbers.`;
    const keys = Object.keys(e.p);
    if (keys.length > MAX_CHANGES) return `${it} changes more than ${MAX_CHANGES} parameters.`;
    const p: Record<string, number> = {};
    for (const k of keys) {
      const v = e.p[k];
      // Only declared parameters (src/scenario/params.ts); the seed travels on its own.
      if (!paramSpec(k) || k === 'seed') return `${it} sets ${JSON.stringify(k.slice(0, 60))}, which is not a parameter.`;
      if (typeof v !== 'number' || !Number.isFinite(v)) return `${it} sets ${k} to something that is not a number.`;
      p[k] = v;
    }
    out.p = p;
  }
  for (const key of ['a', 'd'] as const) {
    const list = e[key];
    if (list === undefined) continue;
    if (!Array.isArray(list) || list.length > MAX_CHANGES || !list.every((x) => isRecord(x) && typeof x.type === 'string' && x.type.length <= 40)) {
      return key === 'a' ? `${it} adds actions that are not actions.` : `${it} removes actions that are not actions.`;
    }
    out[key] = list as Action[];
  }
  return out;
}

/**
 * Decode a link: every scenario, short or whole, ends as text validated by
 * parseScenario like a file. `expand` turns a built-in-plus-changes entry
 * into text (the app's built-ins); without it such a link is refused.
 */
export async function decodeShare(encoded: string, expand?: ExpandPreset): Promise<ShareResult> {
  const r = readShare(encoded);
  if (!r.ok) return refuse(r.message);
  const { entries, index, seed, week } = r.value;
  const scenarios: SharedScenario[] = [];
  const parsed: Scenario[] = [];
  const errors: ScenarioError[] = [];
  for (const e of entries) {
    let name: string;
    let text: string | undefined;
    if ('b' in e) {
      if (!expand) return refuse('The share link names a built-in scenario, which only the app can open.');
      const x = await expand(e);
      if (!x.ok) return refuse(x.message);
      ({ name, text } = x);
    } else {
      name = e.n;
      text = e.t;
    }
    if (text === undefined) {
      errors.push({ file: `share link (${name})`, line: 1, column: 1, path: '', message: 'expected scenario text' });
      continue;
    }
    const p = parseScenario(text, { file: `share link (${name})` });
    if (!p.ok) errors.push(...p.errors);
    else {
      scenarios.push({ name, text });
      parsed.push(p.scenario);
    }
  }
  if (errors.length) return refuse(`The share link holds a scenario that is not valid (${errors.length} problem(s)); nothing was loaded.`, errors);
  const h = parsed[index].horizon;
  if (week > h) return refuse(`The share link asks for week ${week}, but its scenario ends at week ${h}.`);
  return { ok: true, value: { payload: { v: 1, scenarios, index, seed, week }, parsed } };
}
