// Share links (issue 6): the scenario(s), seed and week of a run, compressed
// into the URL's #fragment (never sent to a server; works offline). On load a
// link is treated like any file: size-checked, decompressed, shape-checked and
// every scenario validated by parseScenario, or refused with a message.
import LZString from 'lz-string';
import { parseScenario } from '../scenario/parse.ts';
import type { Scenario, ScenarioError } from '../scenario/types.ts';

export const SHARE_VERSION = 1;
/** Longest encoded payload we accept: long links break in chat apps and QR codes. */
export const MAX_ENCODED = 12_000;
/** Longest decompressed JSON: four scenario files at most. */
export const MAX_JSON = 200_000;
export const MAX_SCENARIOS = 4;

export interface SharedScenario {
  /** Shown in the picker and in error locations. */
  name: string;
  text: string;
}

export interface SharePayload {
  v: typeof SHARE_VERSION;
  scenarios: SharedScenario[];
  /** Which scenario is open (0-based). */
  index: number;
  seed: number;
  week: number;
}

export interface DecodedShare {
  payload: SharePayload;
  /** Validated, in payload order. */
  parsed: Scenario[];
}

export type ShareResult = { ok: true; value: DecodedShare } | { ok: false; message: string; errors: ScenarioError[] };

export function encodeShare(p: SharePayload): string {
  return LZString.compressToEncodedURIComponent(JSON.stringify(p));
}

/** The app URL that opens this payload in the lab. */
export function shareUrl(base: string, p: SharePayload): string {
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

export function decodeShare(encoded: string): ShareResult {
  if (typeof encoded !== 'string' || encoded.length === 0) return refuse('The share link is empty.');
  if (encoded.length > MAX_ENCODED) {
    return refuse(`The share link is too large (${encoded.length.toLocaleString('en')} characters; at most ${MAX_ENCODED.toLocaleString('en')}). Share the scenario file instead.`);
  }
  let json: string | null;
  try {
    json = LZString.decompressFromEncodedURIComponent(encoded);
  } catch {
    json = null;
  }
  if (!json) return refuse('The share link is damaged: it could not be decompressed. Was it copied completely?');
  if (json.length > MAX_JSON) return refuse(`The share link unpacks to ${json.length.toLocaleString('en')} characters; at most ${MAX_JSON.toLocaleString('en')}.`);
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return refuse('The share link is damaged: its contents are not valid JSON.');
  }
  const o = raw as Record<string, unknown>;
  if (!o || typeof o !== 'object' || Array.isArray(o)) return refuse('The share link holds no run.');
  if (o.v !== SHARE_VERSION) return refuse(`The share link has version ${JSON.stringify(o.v)}; this Coalesce reads version ${SHARE_VERSION}.`);
  const list = o.scenarios;
  if (!Array.isArray(list) || list.length < 1 || list.length > MAX_SCENARIOS) return refuse(`The share link must hold 1 to ${MAX_SCENARIOS} scenarios.`);
  if (!isInt(o.seed, 0, 2 ** 32 - 1)) return refuse('The share link has no valid seed (a whole number ≥ 0).');
  if (!isInt(o.week, 0, 520)) return refuse('The share link has no valid week (a whole number from 0 to 520).');
  if (!isInt(o.index, 0, list.length - 1)) return refuse('The share link points at a scenario it does not hold.');
  const scenarios: SharedScenario[] = [];
  const parsed: Scenario[] = [];
  const errors: ScenarioError[] = [];
  list.forEach((s: unknown, i) => {
    const e = s as Record<string, unknown>;
    const name = typeof e?.name === 'string' && e.name.length <= 80 ? e.name : `scenario ${String.fromCharCode(65 + i)}`;
    if (typeof e?.text !== 'string') {
      errors.push({ file: `share link (${name})`, line: 1, column: 1, path: '', message: 'expected scenario text' });
      return;
    }
    const r = parseScenario(e.text, { file: `share link (${name})` });
    if (!r.ok) errors.push(...r.errors);
    else {
      scenarios.push({ name, text: e.text });
      parsed.push(r.scenario);
    }
  });
  if (errors.length) return refuse(`The share link holds a scenario that is not valid (${errors.length} problem(s)); nothing was loaded.`, errors);
  const h = parsed[o.index as number].horizon;
  if ((o.week as number) > h) return refuse(`The share link asks for week ${o.week as number}, but its scenario ends at week ${h}.`);
  return { ok: true, value: { payload: { v: SHARE_VERSION, scenarios, index: o.index as number, seed: o.seed as number, week: o.week as number }, parsed } };
}
