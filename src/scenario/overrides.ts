// `--set PATH=VALUE` overrides, applied to the source tree before validation
// so they get exactly the same checks as the file. The VALUE is read as YAML
// ("1.5" is a number, "bridging" text, "[0.2, 0.8]" a list). Problems are
// located at file "--set", line 1, column = position in the override string.

import type { Checker } from './errors.ts';
import { parseYamlText, type Locate } from './from-yaml.ts';
import type { Loc, MapTree, Tree } from './tree.ts';

export const OVERRIDE_FILE = '--set';

type Segment = { key: string; index?: undefined; col: number } | { key?: undefined; index: number; col: number };

const at = (column: number): Loc => ({ file: OVERRIDE_FILE, line: 1, column });

/** Parses "a.b[2].c" into segments with their 1-based columns. */
function parsePath(path: string): Segment[] | undefined {
  const segs: Segment[] = [];
  const re = /([^.[\]]+)|\[(\d{1,6})\]|\./gy;
  let expectKey = true;
  let m: RegExpExecArray | null;
  let pos = 0;
  while (pos < path.length) {
    re.lastIndex = pos;
    m = re.exec(path);
    if (!m) return undefined;
    if (m[1] !== undefined) {
      if (!expectKey) return undefined;
      segs.push({ key: m[1], col: pos + 1 });
      expectKey = false;
    } else if (m[2] !== undefined) {
      if (expectKey) return undefined;
      segs.push({ index: Number(m[2]), col: pos + 1 });
    } else {
      if (expectKey) return undefined;
      expectKey = true;
    }
    pos = re.lastIndex;
  }
  return segs.length > 0 && !expectKey ? segs : undefined;
}

/**
 * Applies the overrides to `root` (created when the file was empty) and
 * returns it; reports problems to `c`.
 */
export function applyOverrides(c: Checker, root: Tree | undefined, overrides: readonly string[]): Tree | undefined {
  let tree = root;
  for (const o of overrides) {
    const eq = o.indexOf('=');
    const segs = eq > 0 ? parsePath(o.slice(0, eq)) : undefined;
    if (!segs) {
      c.error(at(1), '', `expected PATH=VALUE such as population.size=200, found ${JSON.stringify(o.slice(0, 60))}`);
      continue;
    }
    const valueText = o.slice(eq + 1);
    const locate: Locate = (offset) => at(eq + 2 + offset);
    const parsed = parseYamlText(valueText, locate);
    if (parsed.errors.length > 0) {
      c.addAll(parsed.errors);
      continue;
    }
    const value: Tree = parsed.tree ?? { kind: 'scalar', loc: at(eq + 2), value: null };
    tree ??= { kind: 'map', loc: at(1), entries: [] };
    set(c, tree, segs, value, o.slice(0, eq));
  }
  return tree;
}

function set(c: Checker, root: Tree, segs: Segment[], value: Tree, path: string): void {
  let node = root;
  let where = '';
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i];
    const last = i === segs.length - 1;
    if (seg.key !== undefined) {
      if (node.kind !== 'map') {
        c.error(at(seg.col), path, `cannot set "${seg.key}": ${where || 'the scenario'} is not a mapping`);
        return;
      }
      let e = node.entries.find((x) => x.key === seg.key);
      if (!e) {
        e = { key: seg.key, keyLoc: at(seg.col), value: { kind: 'scalar', loc: at(seg.col), value: null } };
        node.entries.push(e);
      }
      if (last) e.value = value;
      else if (e.value.kind === 'scalar' && e.value.value === null && segs[i + 1].key !== undefined) {
        // "population:" with nothing under it becomes a mapping.
        e.value = { kind: 'map', loc: e.value.loc, entries: [] } satisfies MapTree;
      }
      node = e.value;
      where = where ? `${where}.${seg.key}` : seg.key;
    } else {
      if (node.kind !== 'seq' || seg.index > node.items.length) {
        const len = node.kind === 'seq' ? `it has ${node.items.length} items` : 'it is not a list';
        c.error(at(seg.col), path, `cannot set item [${seg.index}] of ${where}: ${len}`);
        return;
      }
      if (seg.index === node.items.length) node.items.push({ kind: 'scalar', loc: at(seg.col), value: null });
      if (last) node.items[seg.index] = value;
      node = node.items[seg.index];
      where = `${where}[${seg.index}]`;
    }
  }
}
