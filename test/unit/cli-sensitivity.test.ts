// `coalesce sensitivity` end to end on a small scenario: rankings per
// indicator, formats, the SALib layout, evaluating a given sample, and
// docs/SENSITIVITY.md's shape.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_INDICATORS, screenedParams, toRange } from '../../src/cli/sensitivity.ts';
import { PARAMS } from '../../src/scenario/params.ts';
import { FIX, ROOT, cliInProcess } from './cli-helpers.ts';

const SMALL = `${FIX}/small.yaml`;
const FEW = ['--params', 'facilitator.budget,parameters.homophily,parameters.meetupPull', '--trajectories', '3', '--runs', '1'];

describe('coalesce sensitivity', () => {
  it('ranks the chosen parameters by mu* for each default indicator', async () => {
    const r = await cliInProcess('sensitivity', SMALL, ...FEW, '--format', 'json');
    expect(r.code).toBe(0);
    const d = JSON.parse(r.stdout);
    expect(d.rankings.map((k: { indicator: string }) => k.indicator)).toEqual([...DEFAULT_INDICATORS]);
    expect(d.provenance.command).toMatch(/^coalesce sensitivity /);
    for (const k of d.rankings) {
      expect(k.indices.map((m: { parameter: string }) => m.parameter).sort()).toEqual(['facilitator.budget', 'parameters.homophily', 'parameters.meetupPull']);
      const stars = k.indices.map((m: { muStar: number }) => m.muStar);
      expect(stars).toEqual([...stars].sort((a, b) => b - a));
      for (const m of k.indices) expect(m.muStar + 1e-12).toBeGreaterThanOrEqual(Math.abs(m.mu));
    }
    // Seeded: the same command gives the same numbers.
    expect((await cliInProcess('sensitivity', SMALL, ...FEW, '--format', 'json')).stdout.replace(/"time": "[^"]+"/, '')).toBe(r.stdout.replace(/"time": "[^"]+"/, ''));
  });

  it('prints a table, and csv rows', async () => {
    const t = await cliInProcess('sensitivity', SMALL, ...FEW, '--indicator', 'members,groupContacts');
    expect(t.stdout).toMatch(/^Morris screening of .*small\.yaml: 3 parameters .*3 trajectories, 4 levels .*: 12 runs$/m);
    expect(t.stdout).toMatch(/^members \(members\)\n  rank  parameter +mu\* +mu +sigma$/m);
    const c = await cliInProcess('sensitivity', SMALL, ...FEW, '--format', 'csv', '--indicator', 'members');
    const lines = c.stdout.trim().split('\n');
    expect(lines[0]).toBe('indicator,rank,parameter,muStar,mu,sigma');
    expect(lines).toHaveLength(4);
  });

  it('writes the SALib layout, and evaluates a given sample', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'coalesce-salib-'));
    const r = await cliInProcess('sensitivity', SMALL, ...FEW, '--salib', dir, '--indicator', 'meanTrust,members');
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'params.txt'), 'utf8').trim().split('\n')).toEqual(['facilitator.budget 0 100', 'parameters.homophily -5 5', 'parameters.meetupPull 0 1'].map((l) => expect.stringMatching(new RegExp(`^${l.split(' ')[0].replace('.', '\\.')} `))));
    const X = readFileSync(join(dir, 'X.txt'), 'utf8').trim().split('\n');
    const Y = readFileSync(join(dir, 'Y.txt'), 'utf8').trim().split('\n');
    expect(X).toHaveLength(3 * 4);
    expect(Y).toEqual([ '# meanTrust members', ...Y.slice(1)]);
    expect(Y).toHaveLength(1 + 12);
    for (const row of X) expect(row.split(' ')).toHaveLength(3);
    // week-0 members is the size, here not varied: every members output is a number.
    for (const row of Y.slice(1)) expect(row.split(' ').map(Number).every(Number.isFinite)).toBe(true);
    const sample = join(dir, 'mine.txt');
    writeFileSync(sample, '# budget homophily pull\n6 0 0.5\n6 2 0.5\n');
    const out = join(dir, 'given');
    const s = await cliInProcess('sensitivity', SMALL, ...FEW, '--sample', sample, '--salib', out);
    expect(s.code).toBe(0);
    expect(s.stdout).toBe('');
    expect(readFileSync(join(out, 'Y.txt'), 'utf8').trim().split('\n')).toHaveLength(3);
    expect(readFileSync(join(out, 'X.txt'), 'utf8')).toBe('6 0 0.5\n6 2 0.5\n');
    writeFileSync(sample, '6 0\n');
    expect((await cliInProcess('sensitivity', SMALL, ...FEW, '--sample', sample, '--salib', out)).stderr).toMatch(/mine\.txt:1:1: expected 3 numbers/);
  });

  it('refuses bad usage with a hint', async () => {
    expect((await cliInProcess('sensitivity', SMALL, '--levels', '3')).stderr).toMatch(/--levels: expected an even number/);
    const p = await cliInProcess('sensitivity', SMALL, '--params', 'parameters.homophly');
    expect(p.code).toBe(2);
    expect(p.stderr).toMatch(/did you mean parameters\.homophily/);
    expect((await cliInProcess('sensitivity', SMALL, '--method', 'sobol')).code).toBe(2);
    expect((await cliInProcess('sensitivity', SMALL, '--indicator', 'phase')).code).toBe(2);
  });

  it('maps the unit interval onto declared ranges, whole numbers rounded', () => {
    const screened = screenedParams();
    expect(screened.some((q) => ['seed', 'replicates', 'horizon', 'population.size'].includes(q.path))).toBe(false);
    expect(screened.length).toBe(PARAMS.length - 4);
    const int = PARAMS.find((q) => q.integer && q.max > q.min + 2)!;
    expect(Number.isInteger(toRange(int, 0.37))).toBe(true);
    const budget = PARAMS.find((q) => q.path === 'facilitator.budget')!;
    expect(toRange(budget, 0)).toBe(budget.min);
    expect(toRange(budget, 1)).toBe(budget.max);
  });

  it('docs/SENSITIVITY.md is generated, with a ranking per challenge indicator', () => {
    const doc = readFileSync(join(ROOT, 'docs/SENSITIVITY.md'), 'utf8');
    expect(doc).toMatch(/^<!-- Generated by `npm run docs:sensitivity`/);
    for (const ind of DEFAULT_INDICATORS) expect(doc).toMatch(new RegExp(`^### ${ind}\\n`, 'm'));
    expect(doc.match(/^\| 10 \| `/gm)).toHaveLength(DEFAULT_INDICATORS.length);
  });
});

describe('coalesce sensitivity --shard and --from', () => {
  it('analyses the parts of a sharded run exactly as the unsharded run, and names a missing shard', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'coalesce-morris-'));
    const whole = await cliInProcess('sensitivity', SMALL, ...FEW, '--format', 'csv');
    const parts = [1, 2, 3].map((i) => join(dir, `part-${i}.jsonl`));
    for (const i of [3, 1, 2]) {
      const r = await cliInProcess('sensitivity', SMALL, ...FEW, '--shard', `${i}/3`, '--out', parts[i - 1]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe('');
    }
    const from = parts.flatMap((p) => ['--from', p]);
    const merged = await cliInProcess('sensitivity', SMALL, ...FEW, '--format', 'csv', ...from);
    expect(merged.code).toBe(0);
    expect(merged.stdout).toBe(whole.stdout);
    const missing = await cliInProcess('sensitivity', SMALL, ...FEW, '--from', parts[0], '--from', parts[2]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/missing 1 of 3 shards: 2\/3/);
    const other = await cliInProcess('sensitivity', SMALL, ...FEW, '--seed', '9', ...from);
    expect(other.stderr).toMatch(/from another sensitivity run/);
    expect((await cliInProcess('sensitivity', SMALL, ...FEW, '--shard', '1/3')).code).toBe(2);
  });
});
