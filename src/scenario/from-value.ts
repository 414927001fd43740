// Plain JavaScript values (JSON.parse output, UI state) to a Tree. The value is
// untrusted: getters are not called, cycles and depth are bounded.

import { fmt } from './errors.ts';
import { INPUT_LIMITS } from './limits.ts';
import type { Loc, Tree } from './tree.ts';

export class TreeLimitError extends Error {}

export function treeFromValue(value: unknown, file: string): Tree {
  const loc: Loc = { file, line: 1, column: 1 };
  let nodes = 0;
  const walk = (v: unknown, depth: number): Tree => {
    if (++nodes > INPUT_LIMITS.maxNodes) throw new TreeLimitError(`more than ${fmt(INPUT_LIMITS.maxNodes)} values`);
    if (depth > INPUT_LIMITS.maxDepth) throw new TreeLimitError(`nested deeper than ${INPUT_LIMITS.maxDepth} levels`);
    if (Array.isArray(v)) {
      const items: Tree[] = [];
      for (let i = 0; i < v.length; i++) items.push(walk(ownValue(v, String(i)), depth + 1));
      return { kind: 'seq', loc, items };
    }
    if (v !== null && typeof v === 'object') {
      const entries = Object.keys(v).map((key) => ({ key, keyLoc: loc, value: walk(ownValue(v, key), depth + 1) }));
      return { kind: 'map', loc, entries };
    }
    return { kind: 'scalar', loc, value: v === undefined ? null : v };
  };
  return walk(value, 0);
}

/** An own data property's value, without running getters or proxies' traps twice. */
function ownValue(o: object, key: string): unknown {
  const d = Object.getOwnPropertyDescriptor(o, key);
  return d && 'value' in d ? d.value : undefined;
}
