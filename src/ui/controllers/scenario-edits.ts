// Edits of the lab's run that the controller makes on data, not on the
// worker: the charts' columns cut at a week, and the running scenario's YAML
// without an action (undo) or with one parameter changed. The YAML library is
// loaded on demand: the first screen never edits YAML.
import type { Columns } from '../../model/indicators.ts';
import type { Action } from '../../scenario/types.ts';

/** The first n weeks of every column. */
export function cutColumns(c: Columns, n: number): Columns {
  const cut = {} as Columns;
  for (const [k, v] of Object.entries(c)) cut[k as keyof Columns] = v.slice(0, n);
  return cut;
}

/** The scenario text without the last timeline entry equal to `a` (undefined when none is). */
export async function withoutAction(text: string, a: Action): Promise<string | undefined> {
  const { parseDocument, isSeq } = await import('yaml');
  const doc = parseDocument(text);
  const seq = doc.getIn(['strategy', 'actions'], true);
  if (!isSeq(seq)) return undefined;
  const same = (x: unknown) => sameAction(x as Partial<Action> | null, a);
  for (let i = seq.items.length - 1; i >= 0; i--) {
    const item = seq.items[i] as { toJSON?: () => unknown };
    if (same(item?.toJSON ? item.toJSON() : item)) {
      seq.items.splice(i, 1);
      return String(doc);
    }
  }
  return undefined;
}

function sameAction(x: Partial<Action> | null, a: Action): boolean {
  if (!x || x.type !== a.type) return false;
  for (const k of ['at', 'every', 'from', 'until', 'when'] as const) if (x[k] !== a[k]) return false;
  const p = (x.params ?? {}) as Record<string, unknown>;
  const q = (a.params ?? {}) as Record<string, unknown>;
  return [...new Set([...Object.keys(p), ...Object.keys(q)])].every((k) => p[k] === q[k]);
}

/** The scenario text with the parameter at `path` (dotted, as in scenario files) set to `value`; comments and layout kept. */
export async function withParam(text: string, path: string, value: number): Promise<string> {
  const { parseDocument } = await import('yaml');
  const doc = parseDocument(text);
  doc.setIn(path.split('.'), value);
  return String(doc);
}
