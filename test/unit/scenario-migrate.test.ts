// Schema migrations: the chain of steps is complete and each step is applied.
import { describe, expect, it } from 'vitest';
import { Checker } from '../../src/scenario/errors.ts';
import { CURRENT_SCHEMA_VERSION, MIGRATIONS, migrate, readSchemaVersion, renameKey, type Migration } from '../../src/scenario/migrate.ts';
import type { MapTree } from '../../src/scenario/tree.ts';
import { treeFromValue } from '../../src/scenario/from-value.ts';

const tree = (o: unknown) => treeFromValue(o, 't') as MapTree;
const plain = (t: MapTree) => Object.fromEntries(t.entries.map((e) => [e.key, e.value.kind === 'scalar' ? e.value.value : e.value.kind]));

describe('migrations', () => {
  it('form a chain from 1 to the current version, one step each', () => {
    expect(MIGRATIONS.map((m) => [m.from, m.to])).toEqual(Array.from({ length: CURRENT_SCHEMA_VERSION - 1 }, (_, i) => [i + 1, i + 2]));
    for (const m of MIGRATIONS) expect(m.describe.length).toBeGreaterThan(0);
  });

  it('a current-version file is left as it is (v1: identity)', () => {
    const t = tree({ schemaVersion: 1, horizon: 52 });
    expect(migrate(t, CURRENT_SCHEMA_VERSION)).toBe(t);
  });

  // The runner, tested with made-up steps until version 2 exists.
  const steps: Migration[] = [
    { from: 1, to: 2, describe: 'rename weeks to horizon', up: (t) => renameKey(t, 'weeks', 'horizon') },
    { from: 2, to: 3, describe: 'rename size to members', up: (t) => renameKey(t, 'size', 'members') },
  ];
  it('applies every step from the file version up, in order, and sets the version', () => {
    const out = migrate(tree({ schemaVersion: 1, weeks: 52, size: 9 }), 1, steps, 3);
    expect(plain(out)).toEqual({ schemaVersion: 3, horizon: 52, members: 9 });
    expect(plain(migrate(tree({ schemaVersion: 2, weeks: 52, size: 9 }), 2, steps, 3))).toEqual({ schemaVersion: 3, weeks: 52, members: 9 });
  });
  it('a missing step is a programming error, not silently skipped', () => {
    expect(() => migrate(tree({ schemaVersion: 1 }), 1, [steps[1]], 3)).toThrow(/no migration step from schemaVersion 1/);
  });
  it('readSchemaVersion accepts older versions up to current', () => {
    const c = new Checker();
    expect(readSchemaVersion(c, tree({ schemaVersion: 2 }), 3)).toBe(2);
    expect(readSchemaVersion(c, tree({ schemaVersion: 4 }), 3)).toBeUndefined();
    expect(c.errors.map((e) => e.message)).toEqual(['version 4 is newer than this Coalesce understands (up to 3); update Coalesce or write schemaVersion: 3']);
  });
});
