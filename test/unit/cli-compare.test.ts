// compare's soundness: populations must match to pair, phase timing at --week,
// weekly flows over --window, Holm marks said in the output, --out/--set/--format.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPARE_CSV_COLUMNS } from '../../src/cli/format-compare.ts';
import { FIX, cliInProcess } from './cli-helpers.ts';

const SMALL = `${FIX}/small.yaml`;
const OTHER = `${FIX}/small-matchmaker.yaml`;
const BIG = `${FIX}/small-60.yaml`;

describe('coalesce compare: sound comparisons', () => {
  it('refuses to pair scenarios whose populations differ, naming both and the way out', async () => {
    const r = await cliInProcess('compare', SMALL, BIG, '--runs', '2');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/small-60\.yaml and .*small\.yaml differ in population \(30 vs 60 members\).*--unpaired/);
  });

  it('--set can make them comparable, and --unpaired compares independent means', async () => {
    const set = await cliInProcess('compare', SMALL, BIG, '--runs', '2', '--set', 'population.size=40', '--format', 'json');
    expect(set.code).toBe(0);
    expect(JSON.parse(set.stdout).paired).toBe(true);
    const r = await cliInProcess('compare', SMALL, BIG, '--runs', '3', '--unpaired');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/unpaired \(independent samples, Welch\)/);
    expect(r.stdout).toMatch(/Welch's t-tests/);
    expect(r.stdout).toMatch(/^  indicator .* d +p \(Holm\)$/m);
  });

  it('counts phases reached by --week only', async () => {
    const at = async (week: string) => {
      const r = await cliInProcess('compare', SMALL, OTHER, '--runs', '4', '--week', week, '--format', 'json');
      expect(r.code).toBe(0);
      return JSON.parse(r.stdout).phases[0].coalescing;
    };
    const end = await at('12');
    const start = await at('0');
    expect(start.reached).toBe(0);
    for (const w of end.weeks) expect(w).toBeLessThanOrEqual(12);
    const mid = await at('1');
    for (const w of mid.weeks) expect(w).toBeLessThanOrEqual(1);
    expect(mid.reached).toBeLessThanOrEqual(end.reached);
  });

  it('averages weekly flows over --window weeks', async () => {
    const r1 = await cliInProcess('compare', SMALL, OTHER, '--runs', '3', '--window', '1', '--format', 'json');
    const r8 = await cliInProcess('compare', SMALL, OTHER, '--runs', '3', '--format', 'json');
    const flow = (t: { groups: { rows: { indicator: string; window: number }[] }[] }) =>
      t.groups.flatMap((g) => g.rows).find((x) => x.indicator === 'groupContacts')!;
    expect(flow(JSON.parse(r1.stdout)).window).toBe(1);
    expect(flow(JSON.parse(r8.stdout)).window).toBe(8);
    expect(JSON.parse(r8.stdout).window).toBe(8);
    expect((await cliInProcess('compare', SMALL, OTHER, '--window', '0')).code).toBe(2);
  });

  it('leaves d_z blank, not 0.00, where every difference is the same', async () => {
    const r = await cliInProcess('compare', SMALL, SMALL, '--runs', '3');
    expect(r.code).toBe(0);
    const rows = r.stdout.split('\n').filter((l) => /^ {2}\w+ .* B /.test(l) || /^ +B /.test(l));
    expect(rows.length).toBeGreaterThan(10);
    for (const l of rows) expect(l).not.toMatch(/0\.00\s+1\.000$/);
    expect(r.stdout).not.toMatch(/^.*B\*/m);
  });

  it('writes csv and jsonl with --out, with a meta record beside them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'coalesce-cmp-'));
    for (const format of ['csv', 'jsonl']) {
      const out = join(dir, `cmp.${format}`);
      const r = await cliInProcess('compare', SMALL, OTHER, '--runs', '2', '--format', format, '--out', out);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe('');
      const text = readFileSync(out, 'utf8');
      if (format === 'csv') expect(text.split('\n')[0]).toBe(COMPARE_CSV_COLUMNS.join(','));
      else expect(Object.keys(JSON.parse(text.split('\n')[0]))).toEqual([...COMPARE_CSV_COLUMNS]);
      const meta = JSON.parse(readFileSync(join(dir, 'cmp.meta.json'), 'utf8'));
      expect(meta.provenance.command).toContain(`--format ${format}`);
      expect(meta.scenarios.map((s: { scenario: { seed: number; replicates: number } }) => [s.scenario.seed, s.scenario.replicates])).toEqual([[7, 2], [7, 2]]);
    }
    const table = join(dir, 'cmp.txt');
    expect((await cliInProcess('compare', SMALL, OTHER, '--runs', '2', '--out', table)).code).toBe(0);
    expect(readFileSync(table, 'utf8')).toMatch(/^Compare at week 12/);
  });
});
