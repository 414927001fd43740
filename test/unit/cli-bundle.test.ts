// The CLI's bundle (bin/cli-bundle.mjs) runs the same sources as the tests:
// its output equals the sources' through tsx, it lists every source it was
// built from, and any change to one of them invalidates it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs module without types
import { currentManifest, ensureBundle, hashFiles } from '../../bin/cli-bundle.mjs';
import { FIX, cli, cliWithEnv } from './cli-helpers.ts';

describe('CLI bundle', () => {
  it('gives byte-identical output to the sources run through tsx', () => {
    const args = ['run', `${FIX}/small.yaml`, '--runs', '3', '--format', 'csv'];
    const bundled = cli(...args);
    const sources = cliWithEnv({ COALESCE_NO_BUNDLE: '1' }, ...args);
    expect(bundled.code).toBe(0);
    expect(bundled.stderr).toBe('');
    expect(bundled.stdout.length).toBeGreaterThan(1000);
    expect(sources.stdout).toBe(bundled.stdout);
    const sweep = ['sweep', `${FIX}/small.yaml`, '--vary', 'population.size=20,25', '--runs', '2', '--summary'];
    expect(cliWithEnv({ COALESCE_NO_BUNDLE: '1' }, ...sweep).stdout).toBe(cli(...sweep).stdout);
  });

  it('records every source it was built from: the CLI, the pool, the scenario parser, the model and the workers', async () => {
    expect(await ensureBundle()).not.toBeNull();
    const m = currentManifest();
    for (const f of ['src/cli/main.ts', 'src/cli/sweep.ts', 'src/pool/pool.ts', 'src/scenario/parse.ts', 'src/model/simulation.ts', 'src/model/codebook.ts', 'workers/replication.worker.ts', 'workers/node-expose.mjs', 'package-lock.json']) {
      expect(m.inputs, f).toContain(f);
    }
  });

  it('is rebuilt when any source changes: the hash covers every byte of every input', () => {
    const dir = mkdtempSync(join(tmpdir(), 'coalesce-hash-'));
    writeFileSync(join(dir, 'a.ts'), 'export const a = 1;\n');
    writeFileSync(join(dir, 'b.ts'), 'export const b = 2;\n');
    const before = hashFiles(dir, ['a.ts', 'b.ts']);
    expect(hashFiles(dir, ['a.ts', 'b.ts'])).toBe(before);
    writeFileSync(join(dir, 'b.ts'), 'export const b = 3;\n');
    expect(hashFiles(dir, ['a.ts', 'b.ts'])).not.toBe(before);
    expect(hashFiles(dir, ['b.ts', 'a.ts'])).not.toBe(hashFiles(dir, ['a.ts', 'b.ts']));
  });
});
