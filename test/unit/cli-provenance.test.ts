// Provenance on every output: seed, scenario name and hash on every row; a
// metadata record (JSON top level, *.meta.json beside CSV/JSONL) saying what
// ran, with which version, commit, Node, time and command line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { metaPathFor, scenarioHash } from '../../src/cli/provenance.ts';
import { loadScenarioFile } from '../../src/cli/load.ts';
import { FIX, ROOT, cliInProcess } from './cli-helpers.ts';

const SMALL = `${FIX}/small.yaml`;
const tmp = () => mkdtempSync(join(tmpdir(), 'coalesce-prov-'));

function csvRows(text: string): Record<string, string>[] {
  const [head, ...lines] = text.trimEnd().split('\n');
  const cols = head.split(',');
  return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [cols[i], v])));
}

describe('provenance', () => {
  it('every run CSV row carries seed, scenario and hash; files of two seeds concatenate without collisions', async () => {
    const a = await cliInProcess('run', SMALL, '--runs', '2', '--weeks', '3', '--seed', '1', '--format', 'csv');
    const b = await cliInProcess('run', SMALL, '--runs', '2', '--weeks', '3', '--seed', '2', '--format', 'csv');
    expect(a.code).toBe(0);
    const rows = [...csvRows(a.stdout), ...csvRows(b.stdout)];
    expect(rows).toHaveLength(2 * 2 * 4);
    expect(new Set(rows.map((r) => r.seed))).toEqual(new Set(['1', '2']));
    expect(new Set(rows.map((r) => r.scenario))).toEqual(new Set(['cli-small']));
    const keys = rows.map((r) => `${r.seed}/${r.scenarioHash}/${r.runIndex}/${r.week}`);
    expect(new Set(keys).size).toBe(rows.length);
    // The hash is the resolved scenario's (horizon 3 after --weeks), the same for both seeds.
    const l = loadScenarioFile(SMALL, [{ path: 'horizon', value: '3' }]);
    if (!l.ok) throw new Error('fixture');
    expect(new Set(rows.map((r) => r.scenarioHash))).toEqual(new Set([scenarioHash(l.scenario)]));
    expect(scenarioHash(l.scenario)).toMatch(/^[0-9a-f]{12}$/);
  });

  it('the hash tells scenarios apart and ignores seed and replicates', () => {
    const l = loadScenarioFile(SMALL);
    if (!l.ok) throw new Error('fixture');
    const s = l.scenario;
    expect(scenarioHash({ ...s, seed: 99, replicates: 1 })).toBe(scenarioHash(s));
    expect(scenarioHash({ ...s, population: { ...s.population, size: 31 } })).not.toBe(scenarioHash(s));
    expect(scenarioHash({ ...s, name: 'other' })).not.toBe(scenarioHash(s));
  });

  it('JSON: the top level holds the provenance, and the embedded scenario is the one that ran', async () => {
    const r = await cliInProcess('run', SMALL, '--seed', '1', '--runs', '2', '--weeks', '2');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.scenario.seed).toBe(1);
    expect(out.scenario.replicates).toBe(2);
    expect(out.seed).toBe(1);
    expect(out.runs).toHaveLength(2);
    const p = out.provenance;
    expect(p.coalesce).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
    expect(p.node).toBe(process.version);
    expect(Math.abs(Date.parse(p.time) - Date.now())).toBeLessThan(60_000);
    expect(p.time).toMatch(/Z$/);
    expect(p.command).toBe(`coalesce run ${SMALL} --seed 1 --runs 2 --weeks 2`);
    const head = spawnSync('git', ['-C', ROOT, 'rev-parse', 'HEAD'], { encoding: 'utf8' });
    expect(p.commit).toBe(head.status === 0 ? head.stdout.trim() : null);
    expect(typeof p.dirty).toBe('boolean');
  });

  it('CSV and JSONL with --out: a *.meta.json beside them; the data file itself stays reproducible', async () => {
    const dir = tmp();
    for (const format of ['csv', 'jsonl']) {
      const out = join(dir, `runs.${format}`);
      const r = await cliInProcess('run', SMALL, '--runs', '1', '--weeks', '2', '--seed', '4', '--format', format, '--out', out);
      expect(r.code).toBe(0);
      const meta = JSON.parse(readFileSync(join(dir, 'runs.meta.json'), 'utf8'));
      expect(Object.keys(meta.provenance)).toEqual(['coalesce', 'commit', 'dirty', 'node', 'time', 'command']);
      expect(meta.provenance.command).toContain(`--format ${format}`);
      expect(meta).toMatchObject({ seed: 4, scenario: { seed: 4, replicates: 1, horizon: 2, name: 'cli-small' }, runs: 1 });
      expect(meta.scenarioHash).toBe(scenarioHash(meta.scenario));
    }
    const lines = readFileSync(join(dir, 'runs.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ runIndex: 0, week: 0, seed: 4, scenario: 'cli-small' });
    // --meta names the place; with stdout there is no meta file unless asked.
    const meta = join(dir, 'elsewhere.json');
    expect((await cliInProcess('run', SMALL, '--runs', '1', '--weeks', '1', '--format', 'csv', '--meta', meta)).code).toBe(0);
    expect(JSON.parse(readFileSync(meta, 'utf8')).provenance.command).toContain('--meta');
  });

  it('names the meta file after the data file', () => {
    expect(metaPathFor('out/part-3.csv')).toBe('out/part-3.meta.json');
    expect(metaPathFor('runs')).toBe('runs.meta.json');
    expect(metaPathFor('a.b/runs.jsonl')).toBe('a.b/runs.meta.json');
  });

  it('sweep: every row carries seed, scenario and the grid point hash; the meta lists every point', async () => {
    const dir = tmp();
    const out = join(dir, 'sweep.jsonl');
    const r = await cliInProcess('sweep', SMALL, '--vary', 'population.size=20,25', '--runs', '2', '--summary', '--format', 'jsonl', '--out', out);
    expect(r.code).toBe(0);
    const rows = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(rows).toHaveLength(4);
    const meta = JSON.parse(readFileSync(join(dir, 'sweep.meta.json'), 'utf8'));
    expect(meta.points).toHaveLength(2);
    for (const row of rows) {
      const point = meta.points.find((p: { 'population.size': number }) => p['population.size'] === row['population.size']);
      expect(row).toMatchObject({ seed: 7, scenario: 'cli-small', scenarioHash: point.scenarioHash });
    }
    expect(meta.points[0].scenarioHash).not.toBe(meta.points[1].scenarioHash);
    // The same point run alone has the same hash.
    const run = await cliInProcess('run', SMALL, '--set', 'population.size=25', '--runs', '1', '--weeks', '12', '--format', 'jsonl');
    expect(JSON.parse(run.stdout.split('\n')[0]).scenarioHash).toBe(meta.points[1].scenarioHash);
    expect(existsSync(`${out}.partial`)).toBe(false);
  });

  it('sweep --format json is one document with the provenance and the rows', async () => {
    const r = await cliInProcess('sweep', SMALL, '--vary', 'population.size=20,25', '--runs', '1', '--summary', '--format', 'json');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.provenance.command).toMatch(/^coalesce sweep /);
    expect(doc.rows.map((x: Record<string, number>) => x['population.size'])).toEqual([20, 25]);
  });

  it('sweep refuses a repeated --vary value, and --seed with --vary seed', async () => {
    const twice = await cliInProcess('sweep', SMALL, '--vary', 'population.size=20,30,20');
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/--vary population\.size: the value 20 is given twice/);
    const same = await cliInProcess('sweep', SMALL, '--vary', 'population.size=20,20.0');
    expect(same.code).toBe(2);
    expect(same.stderr).toMatch(/grid points 1 and 2 are the same \(population\.size=20\)/);
    const seed = await cliInProcess('sweep', SMALL, '--vary', 'seed=1,2', '--seed', '3');
    expect(seed.code).toBe(2);
    expect(seed.stderr).toMatch(/--seed overrides every --vary seed value/);
  });
});
