// Schema versions and the migrations between them (tldraw-style numbered
// steps). A file of an older schemaVersion is brought up to date one step at a
// time on its source-located tree, so errors still point into the file.
// Version 1 is the first version, so there are no steps yet; the first change
// to the file format adds `{ from: 1, to: 2, ... }` here and a test for it.

import type { Checker } from './errors.ts';
import type { MapTree, Tree } from './tree.ts';
import { describe, entry } from './tree.ts';

export const CURRENT_SCHEMA_VERSION = 1;

export interface Migration {
  from: number;
  to: number;
  /** One line: what changed in the file format. */
  describe: string;
  up(tree: MapTree): MapTree;
}

export const MIGRATIONS: readonly Migration[] = [];

/**
 * The schemaVersion of a scenario tree, checked against what this build
 * understands; undefined after reporting a problem.
 */
export function readSchemaVersion(c: Checker, root: MapTree, current = CURRENT_SCHEMA_VERSION): number | undefined {
  const e = entry(root, 'schemaVersion');
  if (!e) {
    c.error(root.loc, 'schemaVersion', `missing: every scenario starts with "schemaVersion: ${current}"`);
    return undefined;
  }
  const v = e.value.kind === 'scalar' ? e.value.value : undefined;
  if (typeof v !== 'number' || !Number.isInteger(v)) {
    c.error(e.value.loc, 'schemaVersion', `expected the whole number ${current}, found ${describe(e.value)}`);
    return undefined;
  }
  if (v > current) {
    c.error(e.value.loc, 'schemaVersion', `version ${v} is newer than this Coalesce understands (up to ${current}); update Coalesce or write schemaVersion: ${current}`);
    return undefined;
  }
  if (v < 1) {
    c.error(e.value.loc, 'schemaVersion', `expected ${current} (versions start at 1), found ${v}`);
    return undefined;
  }
  return v;
}

/** Applies the steps from `version` up to `target`, then sets schemaVersion. */
export function migrate(root: MapTree, version: number, steps: readonly Migration[] = MIGRATIONS, target = CURRENT_SCHEMA_VERSION): MapTree {
  let tree = root;
  for (let v = version; v < target; v++) {
    const step = steps.find((s) => s.from === v);
    if (!step || step.to !== v + 1) throw new Error(`no migration step from schemaVersion ${v}`);
    tree = step.up(tree);
  }
  if (version !== target) tree = setScalar(tree, 'schemaVersion', target);
  return tree;
}

/** A copy of `tree` with a top-level scalar replaced (keeps its location). */
export function setScalar(tree: MapTree, key: string, value: unknown): MapTree {
  return {
    ...tree,
    entries: tree.entries.map((e) => (e.key === key ? { ...e, value: { kind: 'scalar', loc: e.value.loc, value } as Tree } : e)),
  };
}

/** A copy of `tree` with a top-level key renamed (helper for future steps). */
export function renameKey(tree: MapTree, from: string, to: string): MapTree {
  return { ...tree, entries: tree.entries.map((e) => (e.key === from ? { ...e, key: to } : e)) };
}
