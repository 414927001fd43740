// Experiment files: the design (grid, linked factors, exclusions, Latin
// hypercube and random samples), located errors, what is recorded, and the
// runner's shards and --resume adding up to the unsharded output.
import { mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { designPoints, rangeLevels, type DesignSpec, type Factor } from '../../src/cli/experiment-design.ts';
import { loadExperiment } from '../../src/cli/experiment.ts';
import { phaseName } from '../../src/model/indicators.ts';
import { runScenario } from '../../src/model/run.ts';
import { FIX, ROOT, cliInProcess } from './cli-helpers.ts';

const SMALL = join(ROOT, FIX, 'small.yaml');
const dir = mkdtempSync(join(tmpdir(), 'coalesce-exp-'));
function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}
const lv = (...xs: (number | string)[]) => xs.map((x) => ({ cell: x, value: String(x) }));

describe('experiment design', () => {
  const spec = (over: Partial<DesignSpec>): DesignSpec => ({ factors: [], linked: [], exclude: [], design: 'grid', samples: 0, seed: 1, ...over });

  it('grid: every combination, first factor slowest; linked factors together; exclusions left out', () => {
    const factors: Factor[] = [
      { path: 'a', kind: 'levels', levels: lv(1, 2) },
      { path: 'b', kind: 'levels', levels: lv('x', 'y', 'z') },
      { path: 'c', kind: 'levels', levels: lv(10, 20, 30) },
    ];
    const cells = (d: DesignSpec) => designPoints(d).map((p) => p.map((l) => l.cell).join(' '));
    expect(cells(spec({ factors })).length).toBe(18);
    expect(cells(spec({ factors, linked: [['b', 'c']] }))).toEqual(['1 x 10', '1 y 20', '1 z 30', '2 x 10', '2 y 20', '2 z 30']);
    expect(cells(spec({ factors, linked: [['b', 'c']], exclude: [{ a: 2, b: 'y' }, { c: 30 }] }))).toEqual(['1 x 10', '1 y 20', '2 x 10']);
  });

  it('ranges step without float noise', () => {
    expect(rangeLevels(0, 1, 0.1)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
    expect(rangeLevels(3, 10, 2)).toEqual([3, 5, 7, 9]);
  });

  it('Latin hypercube: every stratum of every factor used once; seeded', () => {
    const factors: Factor[] = [
      { path: 'h', kind: 'range', from: 0, to: 3 },
      { path: 'b', kind: 'range', from: 3, to: 10 },
    ];
    const n = 16;
    const pts = designPoints(spec({ factors, design: 'latin-hypercube', samples: n, seed: 5 }));
    expect(pts).toHaveLength(n);
    for (const [k, f] of factors.entries()) {
      if (f.kind !== 'range') throw new Error();
      const strata = pts.map((p) => Math.floor(((Number(p[k].cell) - f.from) / (f.to - f.from)) * n)).sort((a, b) => a - b);
      expect(strata).toEqual(Array.from({ length: n }, (_, i) => i));
    }
    expect(designPoints(spec({ factors, design: 'latin-hypercube', samples: n, seed: 5 }))).toEqual(pts);
    expect(designPoints(spec({ factors, design: 'latin-hypercube', samples: n, seed: 6 }))).not.toEqual(pts);
    // Linked factors share their draw: same stratum in both.
    const linked = designPoints(spec({ factors, linked: [['h', 'b']], design: 'latin-hypercube', samples: n, seed: 5 }));
    for (const p of linked) expect(Math.floor((Number(p[0].cell) / 3) * n)).toBe(Math.floor(((Number(p[1].cell) - 3) / 7) * n));
  });

  it('random samples stay in range and snap to a step', () => {
    const factors: Factor[] = [{ path: 'b', kind: 'range', from: 3, to: 10, step: 0.5 }, { path: 'p', kind: 'levels', levels: lv('x', 'y') }];
    const pts = designPoints(spec({ factors, design: 'random', samples: 50, seed: 2 }));
    for (const p of pts) {
      expect(Number(p[0].cell)).toBeGreaterThanOrEqual(3);
      expect(Number(p[0].cell)).toBeLessThanOrEqual(10);
      expect((Number(p[0].cell) * 2) % 1).toBe(0);
      expect(['x', 'y']).toContain(p[1].cell);
    }
  });
});

describe('experiment files', () => {
  it('the shipped experiments validate', async () => {
    const r = await cliInProcess('validate', 'experiments/budget-by-strategy.yaml', 'experiments/homophily-screen.yaml');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/budget-by-strategy\.yaml: ok \(experiment budget-by-strategy: 12 points \(grid\) × 50 replications = 600 runs\)/);
    expect(r.stdout).toMatch(/homophily-screen\.yaml: ok \(experiment homophily-screen: 24 points \(latin-hypercube\)/);
  });

  it('the worked example (docs/SWEEPS.md) has no level where nothing can happen; a budget of 2 would have one', () => {
    const l = loadExperiment(join(ROOT, 'experiments/budget-by-strategy.yaml'));
    expect(l.warnings).toEqual([]);
    const phaseAt4 = (scenario: (typeof l.points)[number]['scenario']) =>
      phaseName(runScenario({ ...scenario, horizon: 4 }, { seed: 1, runIndex: 0 }).columns.phase[4]);
    for (const p of l.points) expect(phaseAt4(p.scenario), JSON.stringify(p.cells)).not.toBe('potential');
    const poor = l.points[0].scenario;
    expect(phaseAt4({ ...poor, facilitator: { ...poor.facilitator, budget: 2 } })).toBe('potential');
    expect(readFileSync(join(ROOT, 'docs/SWEEPS.md'), 'utf8')).toContain('coalesce experiment experiments/budget-by-strategy.yaml');
  });

  it('reports every problem at its place, with the level named', async () => {
    const f = file('bad.yaml', [
      'schemaVersion: 1',
      `scenario: ${SMALL}`,
      'factors:',
      '  population.size: [20, 25, 25]',
      '  strategy.preset: [weaver, matchmakr]',
      '  parameters.homophily: { from: 0, to: 2 }',
      'replication: 3',
      'record:',
      '  indicators: [meanTrst]',
      '  stop: "foo > 1"',
    ].join('\n'));
    const r = await cliInProcess('validate', f);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    const at = (line: number, re: RegExp) => expect(lines.find((l) => l.startsWith(`${f}:${line}:`)), String(re)).toMatch(re);
    at(4, /factors\.population\.size\[2\]: the level 25 is given twice/);
    at(6, /a range in a grid needs a step/);
    at(7, /unknown key "replication" .*did you mean replications\?/);
    at(9, /unknown indicator "meanTrst" \(did you mean meanTrust\?\)/);
    at(10, /record\.stop: unknown indicator "foo"/);
  });

  it('a level the scenario refuses is reported at the level, once', async () => {
    const f = file('preset.yaml', `schemaVersion: 1\nscenario: ${SMALL}\nfactors:\n  population.size: [20, 25]\n  strategy.preset: [weaver, matchmakr]\n`);
    const r = await cliInProcess('validate', f);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(new RegExp(`^${f}:5:29: factors\\.strategy\\.preset: unknown preset.*matchmaker`))]);
  });

  it('warns, exit 0, about a level where nothing can happen', async () => {
    const f = file('poor.yaml', `schemaVersion: 1\nscenario: ${SMALL}\nfactors:\n  facilitator.budget: [2, 4]\n`);
    const r = await cliInProcess('validate', f);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(new RegExp(`^${f}:4:24: point 0 \\(facilitator\\.budget=2\\): the weekly budget 2 is below the cost of every event.*\\(warning\\)$`, 'm'));
  });
});

describe('coalesce experiment', () => {
  const exp = (extra: string) =>
    `schemaVersion: 1\nscenario: ${SMALL}\nfactors:\n  population.size: [20, 25]\n  strategy.preset: [steady-rhythm, weaver]\nreplications: 3\nseed: 4\n${extra}`;

  it('records the chosen indicators every n weeks and the last week, and stops where the condition first holds', async () => {
    const every = await cliInProcess('experiment', file('every.yaml', exp('record:\n  every: 5\n  indicators: [meanTrust, members]\noutput: { format: jsonl }\n')));
    expect(every.code).toBe(0);
    const rows = every.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows).toHaveLength(4 * 3 * 4);
    expect(rows.slice(0, 4).map((r) => r.week)).toEqual([0, 5, 10, 12]);
    expect(Object.keys(rows[0])).toEqual(['point', 'population.size', 'strategy.preset', 'runIndex', 'week', 'meanTrust', 'members', 'seed', 'scenario', 'scenarioHash']);
    expect(rows[0]).toMatchObject({ point: 0, 'population.size': 20, 'strategy.preset': 'steady-rhythm', seed: 4, members: 20 });
    const final = await cliInProcess('experiment', file('final.yaml', exp('record: { final: true }\n')));
    expect(final.stdout.trim().split('\n')).toHaveLength(1 + 4 * 3);
    const stop = await cliInProcess('experiment', file('stop.yaml', exp('record:\n  every: 4\n  stop: "week >= 5"\noutput: { format: jsonl }\n')));
    const weeks = stop.stdout.trim().split('\n').map((l) => JSON.parse(l).week);
    expect(weeks.slice(0, 3)).toEqual([0, 4, 5]);
    expect(Math.max(...weeks)).toBe(5);
  });

  it('gives byte-identical reruns, and shards plus a resumed shard merge into the unsharded output', async () => {
    const f = file('shards.yaml', exp('record:\n  every: 3\n  stop: "activeFraction < 0.3"\n'));
    const whole = await cliInProcess('experiment', f);
    expect(whole.code).toBe(0);
    expect((await cliInProcess('experiment', f)).stdout).toBe(whole.stdout);
    const parts = [1, 2, 3].map((i) => join(dir, `exp-part-${i}.csv`));
    for (const i of [2, 3, 1]) expect((await cliInProcess('experiment', f, '--shard', `${i}/3`, '--out', parts[i - 1])).code).toBe(0);
    // Shard 2 killed half-way, then resumed.
    const text = readFileSync(parts[1], 'utf8');
    renameSync(parts[1], `${parts[1]}.partial`);
    writeFileSync(`${parts[1]}.partial`, text.slice(0, Math.floor(text.length * 0.6)));
    const meta = parts[1].replace(/\.csv$/, '.meta.json');
    writeFileSync(meta, JSON.stringify({ ...JSON.parse(readFileSync(meta, 'utf8')), complete: false }));
    const resumed = await cliInProcess('experiment', f, '--shard', '2/3', '--out', parts[1], '--resume');
    expect(resumed.stderr).toMatch(/experiment: resuming .*: [1-9]\d* of 4 runs already written/);
    expect(readFileSync(parts[1], 'utf8')).toBe(text);
    const merged = await cliInProcess('merge', ...parts);
    expect(merged.code).toBe(0);
    expect(merged.stdout).toBe(whole.stdout);
  });

  it('takes an inline scenario, and refuses bad usage', async () => {
    const f = file('inline.yaml', 'schemaVersion: 1\nscenario: { schemaVersion: 1, horizon: 4, population: { size: 20 } }\nfactors:\n  seed: [1, 2]\nreplications: 1\nrecord: { final: true }\n');
    const r = await cliInProcess('experiment', f);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    // The varied seed is the seed each point ran with.
    expect(lines.slice(1).map((l) => l.split(',')[1])).toEqual(['1', '2']);
    expect(lines[0].split(',').filter((c) => c === 'seed')).toHaveLength(1);
    const bad = await cliInProcess('validate', file('inline-bad.yaml', 'schemaVersion: 1\nfactors: { seed: [1] }\nscenario: { schemaVersion: 1, horizon: -4 }\n'));
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/inline-bad\.yaml:3:11: scenario\.horizon: /);
    expect((await cliInProcess('experiment')).code).toBe(2);
    expect((await cliInProcess('experiment', f, '--shard', '3/2')).code).toBe(2);
  });
});
