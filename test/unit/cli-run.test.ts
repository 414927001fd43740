// run and compare end to end (needs the model). Fixtures are small (30
// members, 12 weeks, 3 runs) to keep this quick.
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INDICATORS, PHASES } from '../../src/model/indicators.ts';
import { runScenario } from '../../src/model/run.ts';
import { compareScenarios, CHALLENGES } from '../../src/stats/index.ts';
import { loadScenarioFile } from '../../src/cli/load.ts';
import { FIX, cliInProcess, cliWithEnv } from './cli-helpers.ts';

const SMALL = `${FIX}/small.yaml`;
const OTHER = `${FIX}/small-matchmaker.yaml`;

async function runJSON(...args: string[]) {
  const r = await cliInProcess('run', ...args);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

describe('coalesce run', () => {
  it('JSON: scenario, seed and one entry per run with every indicator for weeks 0..horizon', async () => {
    const out = await runJSON(SMALL);
    expect(Object.keys(out)).toEqual(['provenance', 'scenario', 'seed', 'runs']);
    expect(out.seed).toBe(7);
    expect(out.scenario.horizon).toBe(12);
    expect(out.scenario.population.size).toBe(30);
    // Fully resolved: defaults filled in.
    expect(Object.keys(out.scenario.parameters).length).toBeGreaterThan(10);
    expect(out.runs.map((r: { runIndex: number }) => r.runIndex)).toEqual([0, 1, 2]);
    for (const run of out.runs) {
      expect(Object.keys(run)).toEqual(['runIndex', 'series', 'summary']);
      expect(Object.keys(run.series)).toEqual([...INDICATORS]);
      for (const name of INDICATORS) expect(run.series[name], name).toHaveLength(13);
      expect(run.series.week).toEqual(Array.from({ length: 13 }, (_, i) => i));
      for (const p of run.series.phase) expect(PHASES).toContain(p);
      expect(run.summary).toHaveProperty('coalescingWeek');
      expect(run.summary).toHaveProperty('maturingWeek');
      expect(Object.keys(run.summary.final)).toEqual([...INDICATORS]);
    }
  });

  it('honours --seed, --runs and --weeks', async () => {
    const a = await runJSON(SMALL, '--seed', '11', '--runs', '2', '--weeks', '5');
    expect(a.seed).toBe(11);
    expect(a.runs).toHaveLength(2);
    expect(a.scenario.horizon).toBe(5);
    expect(a.runs[1].series.members).toHaveLength(6);
    const b = await runJSON(SMALL, '--runs', '2', '--weeks', '5');
    expect(b.seed).toBe(7);
    expect(JSON.stringify(a.runs)).not.toBe(JSON.stringify(b.runs));
    // Same seed, same run index: the model's own output, number for number.
    const direct = runScenario(b.scenario, { seed: 7, runIndex: 1 });
    expect(b.runs[1].series.meanTrust).toEqual(Array.from(direct.columns.meanTrust));
  });

  it('a single run (in this thread) equals the same run from the worker pool', async () => {
    const one = await runJSON(SMALL, '--runs', '1', '--seed', '5');
    const two = await runJSON(SMALL, '--runs', '2', '--seed', '5');
    expect(one.runs[0]).toEqual(two.runs[0]);
  });

  it('--set overrides a value', async () => {
    const out = await runJSON(SMALL, '--runs', '1', '--set', 'population.size=20', '--set', 'horizon=4');
    expect(out.scenario.population.size).toBe(20);
    expect(out.scenario.horizon).toBe(4);
    expect(out.runs[0].series.members[0]).toBe(20);
  });

  it('CSV: tidy header starting runIndex,week and one row per run and week, same numbers as JSON', async () => {
    const r = await cliInProcess('run', SMALL, '--format', 'csv');
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    const header = lines[0].split(',');
    expect(header).toEqual(['runIndex', ...INDICATORS, 'seed', 'scenario', 'scenarioHash']);
    expect(header.filter((h) => h === 'week')).toHaveLength(1);
    expect(lines).toHaveLength(1 + 3 * 13);
    const json = await runJSON(SMALL);
    const rows = lines.slice(1).map((l) => l.split(','));
    for (const [k, row] of rows.entries()) {
      const run = Math.floor(k / 13);
      const week = k % 13;
      expect(row[0]).toBe(String(run));
      for (const [c, name] of INDICATORS.entries()) {
        const v = json.runs[run].series[name][week];
        expect(row[c + 1], `${name} run ${run} week ${week}`).toBe(v === null ? '' : String(v));
      }
    }
  });

  it('--out writes the file and leaves stdout empty', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'coalesce-cli-'));
    const path = join(dir, 'runs.csv');
    const r = await cliInProcess('run', SMALL, '--runs', '1', '--format', 'csv', '--out', path);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(path, 'utf8').split('\n')[0]).toMatch(/^runIndex,week,phase,/);
    expect(existsSync(`${path}.partial`)).toBe(false);
  });

  it('gives byte-identical output for identical arguments, whatever the worker count (subprocess)', () => {
    // The JSON carries the time it ran; SOURCE_DATE_EPOCH fixes it.
    const env = { SOURCE_DATE_EPOCH: '1800000000' };
    const a = cliWithEnv(env, 'run', SMALL, '--runs', '4', '--workers', '1');
    const b = cliWithEnv(env, 'run', SMALL, '--runs', '4', '--workers', '2');
    const c = cliWithEnv(env, 'run', SMALL, '--runs', '4', '--workers', '2');
    expect(JSON.parse(a.stdout).provenance.time).toBe('2027-01-15T08:00:00.000Z');
    expect(a.code).toBe(0);
    expect(a.stdout.length).toBeGreaterThan(1000);
    expect(c.stdout).toBe(b.stdout);
    // Only the recorded command line tells the worker counts apart.
    expect(b.stdout.replace('--workers 2', '--workers 1')).toBe(a.stdout);
    expect(a.stderr).toBe('');
  });
});

describe('coalesce compare', () => {
  it('prints a table grouped by challenge, with phase timing', async () => {
    const r = await cliInProcess('compare', SMALL, OTHER, '--runs', '3');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    for (const ch of CHALLENGES) {
      expect(r.stdout).toContain(`${ch.id} ${ch.title}`);
      for (const row of ch.rows) expect(r.stdout).toMatch(new RegExp(`^  ${row.indicator} `, 'm'));
    }
    expect(r.stdout).toMatch(/^Compare at week 12: 3 runs each, seed 7, paired by run/);
    expect(r.stdout).toMatch(/^\* differs from the baseline A at the 5% level, Holm-adjusted over all \d+ differences/m);
    expect(r.stdout).toMatch(/^  oneOnOnes \(mean of 8 wk\)/m);
    expect(r.stdout).toMatch(/diff vs A/);
    expect(r.stdout).toMatch(/Phase timing/);
  });

  it('a scenario against itself differs by exactly 0 (common random numbers)', async () => {
    const r = await cliInProcess('compare', SMALL, SMALL, '--runs', '4', '--format', 'json');
    expect(r.code).toBe(0);
    const t = JSON.parse(r.stdout);
    expect(t.groups).toHaveLength(5);
    for (const g of t.groups) {
      for (const row of g.rows) {
        expect(row.cells[0].diff).toBeNull();
        expect(row.cells[1].diff).toMatchObject({ n: 4, mean: 0, lo: 0, hi: 0, dz: null, p: 1 });
        expect(row.cells[1].stats).toEqual(row.cells[0].stats);
      }
    }
  });

  it('agrees with compareScenarios over the model run directly', async () => {
    const r = await cliInProcess('compare', SMALL, OTHER, '--runs', '3', '--seed', '5', '--week', '6', '--format', 'json');
    expect(r.code).toBe(0);
    const t = JSON.parse(r.stdout);
    expect(t.week).toBe(6);
    expect(t.seed).toBe(5);
    const results = [SMALL, OTHER].map((f) => {
      const l = loadScenarioFile(f);
      if (!l.ok) throw new Error(l.lines.join('\n'));
      return [0, 1, 2].map((i) => runScenario(l.scenario, { seed: 5, runIndex: i }));
    });
    const expected = JSON.parse(JSON.stringify(compareScenarios(results, 6, 0, { window: 8 })));
    expect(t.groups).toEqual(expected.groups);
    expect(t.phases).toEqual(expected.phases);
  });

  it('CSV: one row per indicator and scenario', async () => {
    const r = await cliInProcess('compare', SMALL, OTHER, '--runs', '2', '--format', 'csv');
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    const nRows = CHALLENGES.reduce((n, c) => n + c.rows.length, 0);
    expect(lines).toHaveLength(1 + 2 * nRows);
    expect(lines[0]).toMatch(/^challenge,indicator,better,week,scenario,/);
  });

  it('refuses a week past the horizon (usage error)', async () => {
    const r = await cliInProcess('compare', SMALL, OTHER, '--week', '13');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--week 13 is past the horizon of .*small\.yaml \(12 weeks\)/);
  });
});
