// `coalesce sweep` end to end through the CLI (real worker pool): tidy rows,
// validation of every grid value, and the union of real shards.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { INDICATORS, columnsToJSON } from '../../src/model/indicators.ts';
import { runScenario } from '../../src/model/run.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import { cli, cliInProcess, FIX } from './cli-helpers.ts';

const FILE = `${FIX}/small.yaml`; // 30 members, 12 weeks, seed 7
const GRID = ['--vary', 'population.size=20,30', '--vary', 'strategy.preset=steady-rhythm,matchmaker'];

function body(csv: string): string[] {
  return csv.split('\n').slice(1).filter(Boolean);
}

describe('coalesce sweep', () => {
  it('writes one tidy row per grid point, run and week, varied values first', async () => {
    const r = await cliInProcess('sweep', FILE, ...GRID, '--runs', '2', '--workers', '2');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    const header = lines[0].split(',');
    expect(header.slice(0, 4)).toEqual(['population.size', 'strategy.preset', 'runIndex', 'week']);
    expect(header.slice(-3)).toEqual(['seed', 'scenario', 'scenarioHash']);
    expect(new Set(header.slice(3, -3))).toEqual(new Set(INDICATORS));
    expect(lines).toHaveLength(1 + 4 * 2 * 13);
    const rows = lines.slice(1).map((l) => l.split(','));
    expect(rows.every((row) => row.length === header.length)).toBe(true);
    // Grid in nested-loop order, runs inside, weeks innermost.
    expect(rows[0].slice(0, 4)).toEqual(['20', 'steady-rhythm', '0', '0']);
    expect(rows[13].slice(0, 4)).toEqual(['20', 'steady-rhythm', '1', '0']);
    expect(rows[26].slice(0, 4)).toEqual(['20', 'matchmaker', '0', '0']);
    expect(rows.at(-1)!.slice(0, 4)).toEqual(['30', 'matchmaker', '1', '12']);
    // The varied value really reached the model: week 0 membership is the size.
    const members = header.indexOf('members');
    expect(rows[0][members]).toBe('20');
    expect(rows[52][members]).toBe('30');
  });

  it('matches `coalesce run --set` for the same grid point, seed and run', async () => {
    const sweep = await cliInProcess('sweep', FILE, '--vary', 'population.size=20,25', '--runs', '2', '--seed', '3');
    const run = await cliInProcess('run', FILE, '--set', 'population.size=25', '--runs', '2', '--seed', '3', '--format', 'csv');
    expect(run.code).toBe(0);
    const fromSweep = body(sweep.stdout).filter((l) => l.startsWith('25,')).map((l) => l.slice(3));
    expect(fromSweep).toEqual(body(run.stdout));
  });

  it('gives through the CLI (a pool of Node workers) exactly the main-thread columns', async () => {
    const r = await cliInProcess('run', FILE, '--runs', '3', '--seed', '9', '--format', 'json', '--workers', '2');
    expect(r.code).toBe(0);
    const parsed = parseScenario(readFileSync(FILE, 'utf8'), { file: FILE });
    if (!parsed.ok) throw new Error('fixture does not parse');
    const runs = JSON.parse(r.stdout).runs as { runIndex: number; series: unknown }[];
    expect(runs.map((x) => x.runIndex)).toEqual([0, 1, 2]);
    for (const run of runs) {
      const main = columnsToJSON(runScenario(parsed.scenario, { seed: 9, runIndex: run.runIndex }).columns);
      expect(run.series).toEqual(JSON.parse(JSON.stringify(main)));
    }
  });

  it('joins real shards into exactly the unsharded output (CSV and JSONL summary)', async () => {
    for (const extra of [[], ['--format', 'jsonl', '--summary']]) {
      const args = [FILE, ...GRID, '--runs', '3', ...extra];
      const whole = await cliInProcess('sweep', ...args, '--workers', '2');
      const parts = [];
      for (const shard of ['1/3', '2/3', '3/3']) parts.push(await cliInProcess('sweep', ...args, '--shard', shard, '--workers', '1'));
      const csv = extra.length === 0;
      const lines = (s: string) => (csv ? body(s) : s.split('\n').filter(Boolean));
      if (csv) for (const p of parts) expect(p.stdout.split('\n')[0]).toBe(whole.stdout.split('\n')[0]);
      const joined = parts.flatMap((p) => lines(p.stdout));
      expect(joined.length).toBe(lines(whole.stdout).length);
      expect(joined.sort()).toEqual(lines(whole.stdout).sort());
      // Shards are disjoint slices, not copies.
      expect(new Set(lines(parts[0].stdout)).size).toBeLessThan(lines(whole.stdout).length);
    }
  });

  it('writes one summary row per grid point and run with --summary', async () => {
    const r = await cliInProcess('sweep', FILE, '--vary', 'seed=1,2', '--runs', '3', '--summary', '--format', 'jsonl');
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows).toHaveLength(6);
    expect(rows.map((x) => [x.seed, x.runIndex])).toEqual([[1, 0], [1, 1], [1, 2], [2, 0], [2, 1], [2, 2]]);
    expect(Object.keys(rows[0]).slice(0, 6)).toEqual([
      'seed', 'runIndex', 'coalescingWeek', 'maturingWeek', 'firstTricky1on1Week', 'firstTrickyGroupWeek',
    ]);
    expect(rows[0].week).toBe(12);
    // Different seeds give different runs.
    expect(JSON.stringify(rows[0])).not.toBe(JSON.stringify({ ...rows[3], seed: 1 }));
  });

  it('checks every grid value like --set and names the bad one', async () => {
    const r = await cliInProcess('sweep', FILE, '--vary', 'population.size=20,-5,999999999');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^--vary population\.size: expected a whole number .*found -5$/);
    expect(lines[1]).toMatch(/^--vary population\.size: refused: 999,999,999 is over the limit/);
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });

  it('refuses bad usage with exit 2', async () => {
    expect((await cliInProcess('sweep', FILE)).code).toBe(2);
    expect((await cliInProcess('sweep', FILE, ...GRID, '--shard', '4/3')).code).toBe(2);
    expect((await cliInProcess('sweep', FILE, '--vary', 'seed=1', '--set', 'seed=2')).code).toBe(2);
  });

  it('runs through the real bin, with no progress output when stderr is not a terminal', () => {
    const r = cli('sweep', FILE, '--vary', 'population.size=20', '--runs', '1', '--format', 'jsonl', '--no-header');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(13);
  });
});
