// A neutral, source-located tree of the scenario text. YAML documents, plain
// objects (share links, the UI) and --set overrides are all converted to this
// shape first, so one validator serves them all and every error has a place.
// Maps keep their entries in an array: no key of the input ever becomes a
// property of a JavaScript object, so `__proto__` and friends cannot pollute.

export interface Loc {
  file: string;
  line: number;
  column: number;
}

export interface MapEntry {
  key: string;
  keyLoc: Loc;
  value: Tree;
}

export type MapTree = { kind: 'map'; loc: Loc; entries: MapEntry[] };
export type SeqTree = { kind: 'seq'; loc: Loc; items: Tree[] };
/** value: string | number | boolean | null, or anything else from an object. */
export type ScalarTree = { kind: 'scalar'; loc: Loc; value: unknown; source?: string };
export type Tree = MapTree | SeqTree | ScalarTree;

export function entry(map: MapTree, key: string): MapEntry | undefined {
  return map.entries.find((e) => e.key === key);
}

/** Human words for what was found, for "expected X, found Y" messages. */
export function describe(t: Tree): string {
  if (t.kind === 'map') return 'a mapping (key: value pairs)';
  if (t.kind === 'seq') return 'a list';
  const v = t.value;
  if (v === null || v === undefined) return 'nothing (an empty value)';
  if (typeof v === 'number') {
    if (Number.isNaN(v)) return 'NaN (not a number)';
    if (!Number.isFinite(v)) return v > 0 ? 'infinity' : 'minus infinity';
    return `the number ${v}`;
  }
  if (typeof v === 'string') return `the text ${quote(v)}`;
  if (typeof v === 'boolean') return `${v} (a yes/no value)`;
  return `a value of type ${typeof v}`;
}

/** A short, escaped rendering of user text (never more than ~40 characters). */
export function quote(s: string): string {
  const cut = s.length > 40 ? s.slice(0, 37) + '...' : s;
  return JSON.stringify(cut);
}
