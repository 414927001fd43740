// The compare view's non-visual logic: the result store, the paired table
// over complete pairs, modal phases, tidy CSV rows, number formatting, and
// the runner over real worker_threads (common random numbers, caching, cancel).
import { describe, expect, it } from 'vitest';
import { INDICATORS, PHASE_CODE, type Columns, type RunResult } from '../../src/model/indicators.ts';
import { runScenario } from '../../src/model/run.ts';
import { defaultScenario } from '../../src/scenario/defaults.ts';
import { compareScenarios } from '../../src/stats/index.ts';
import { clampTo, effectWord, fmtDiff, fmtValue, quantityOf, verdict } from '../../src/ui/compare/format.ts';
import type { CompareRow } from '../../src/stats/index.ts';
import { CompareRunner } from '../../src/ui/compare/runner.ts';
import { ReplicationStore, pairedTable, phaseShares } from '../../src/ui/compare/store.ts';
import { TIDY_HEADER, tidyCSV, tidyRows } from '../../src/ui/compare/tidy-csv.ts';

/** A synthetic run: every indicator = base + week, phase as given. */
function fake(runIndex: number, base: number, phases: number[]): RunResult {
  const n = phases.length;
  const columns = {} as Columns;
  for (const k of INDICATORS) columns[k] = Float64Array.from({ length: n }, (_, w) => base + w);
  columns.week = Float64Array.from({ length: n }, (_, w) => w);
  columns.phase = Float64Array.from(phases);
  return { seed: 1, runIndex, columns, summary: { coalescingWeek: null, maturingWeek: null, firstTricky1on1Week: null, firstTrickyGroupWeek: null, final: {} as never } };
}

describe('ReplicationStore', () => {
  it('files runs by key and run index, reports what is missing, and forgets dropped scenarios', () => {
    const s = new ReplicationStore();
    const k = ReplicationStore.key('text', 42);
    expect(ReplicationStore.key('text', 43)).not.toBe(k);
    s.add(k, fake(2, 0, [0]));
    s.add(k, fake(0, 0, [0]));
    expect(s.missing(k, 4)).toEqual([1, 3]);
    expect(s.runs(k, 4).map((r) => r.runIndex)).toEqual([0, 2]);
    expect(s.runs(k, 1).map((r) => r.runIndex)).toEqual([0]);
    s.retain(['other']);
    expect(s.missing(k, 2)).toEqual([0, 1]);
  });
});

describe('pairedTable', () => {
  it('equals compareScenarios when every run is there, and pairs only common run indices otherwise', () => {
    const a = [0, 1, 2, 3, 4].map((i) => fake(i, i * 0.1, [0, 1, 1]));
    const b = [0, 1, 2, 3, 4].map((i) => fake(i, 0.5 + i * i * 0.05, [0, 0, 1]));
    expect(pairedTable([a, b], 2, 0)).toEqual(compareScenarios([a, b], 2, 0));
    const partial = pairedTable([a, b.slice(0, 3)], 2, 1);
    expect(partial.runs).toEqual([3, 3]);
    expect(partial).toEqual(compareScenarios([a.slice(0, 3), b.slice(0, 3)], 2, 1));
  });
});

describe('phaseShares', () => {
  it('gives per phase and week the share of the runs that last to that week, NaN past every run', () => {
    const { potential: P, coalescing: C, maturing: M } = PHASE_CODE;
    const runs = [fake(0, 0, [P, C, C, M]), fake(1, 0, [P, P, M, M]), fake(2, 0, [P, C, M])];
    const [pot, coa, mat, dor] = phaseShares(runs, 5).map((a) => Array.from(a));
    expect(pot.slice(0, 4)).toEqual([1, 1 / 3, 0, 0]);
    expect(coa.slice(0, 4)).toEqual([0, 2 / 3, 1 / 3, 0]);
    // Week 2: two of three maturing; week 3: the two runs that last that long, both maturing.
    expect(mat.slice(0, 4)).toEqual([0, 0, 2 / 3, 1]);
    expect(dor.slice(0, 4)).toEqual([0, 0, 0, 0]);
    for (const col of [pot, coa, mat, dor]) expect(col[4]).toBeNaN();
  });
});

describe('tidy CSV', () => {
  it('writes one row per week with scenario, seed, run index and week first, phase by name', async () => {
    const r = fake(3, 0.5, [0, 1]);
    const rows = tidyRows('B', 'Big, launch', r);
    expect(rows).toHaveLength(2);
    const cells = rows[1].split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/);
    const head = TIDY_HEADER.split(',');
    expect(cells).toHaveLength(head.length);
    expect(cells.slice(0, 5)).toEqual(['B', '"Big, launch"', '1', '3', '1']);
    expect(cells[head.indexOf('phase')]).toBe('coalescing');
    expect(cells[head.indexOf('activeFraction')]).toBe('1.5');
    const all = await tidyCSV([{ label: 'A', name: 'a', runs: [r, r] }], async () => {});
    expect(all.trimEnd().split('\n')).toHaveLength(1 + 4);
  });
});

describe('formatting', () => {
  it('shows shares in percent and their differences in points, with decimals that fit the quantity', () => {
    const trust = quantityOf('meanTrust', [0.339, 0.37]);
    expect(trust).toMatchObject({ pct: true, decimals: 0 });
    expect(fmtValue(trust, 0.339)).toBe('34%');
    expect(fmtDiff(trust, -0.305)).toBe('−31 points');
    expect(fmtDiff(trust, 0.031)).toBe('+3.1 points');
    expect(fmtDiff(trust, 0.01, 0)).toBe('+1 point');
    // Under 10%, one decimal.
    expect(fmtValue(quantityOf('weavingRatio', [0.061, 0.02]), 0.061)).toBe('6.1%');
    // Counts: whole from 100, one decimal from 1, two under 1.
    expect(quantityOf('members', [120, 99]).decimals).toBe(0);
    expect(fmtValue(quantityOf('innovations', [2.93, 7.2]), 2.93)).toBe('2.9');
    expect(quantityOf('innovations', [0.2, 0.4]).decimals).toBe(2);
    expect(fmtValue(quantityOf('groupContacts', [0, 0, 0]), 0)).toBe('0');
    expect(fmtValue(quantityOf('members', [60]), NaN)).toBe('–');
    expect([0.1, -0.3, 0.6, 2].map(effectWord)).toEqual(['negligible', 'small', 'medium', 'large']);
  });

  it('keeps a bound inside the range: no count below 0, no share above 100%', () => {
    const q = quantityOf('innovations', [0.2]);
    expect(clampTo(q, -0.13)).toBe(0);
    expect(clampTo(q, 4)).toBe(4);
    expect(clampTo(quantityOf('activeFraction', [0.9]), 1.04)).toBe(1);
    expect(clampTo(quantityOf('eiIndex', [-0.9]), -1.2)).toBe(-1);
  });

  it('says the verdict in words: higher or lower by how much when the table marks it, else about the same', () => {
    const row = (mean: number, differs: number[]) =>
      ({ indicator: 'meanTrust', better: 'higher', window: 1, best: [], differs, cells: [{ stats: {}, diff: null }, { stats: {}, diff: { mean, lo: mean - 0.01, hi: mean + 0.01, dz: 2 } }] }) as unknown as CompareRow;
    const q = quantityOf('meanTrust', [0.3, 0.42]);
    expect(verdict(row(0.12, [1]), 1, 0, q)).toBe('B higher by 12 points (clear)');
    expect(verdict(row(-0.12, [1]), 1, 0, q)).toBe('B lower by 12 points (clear)');
    expect(verdict(row(0.004, []), 1, 0, q)).toBe('B about the same as A');
    expect(verdict(row(0.12, [1]), 0, 0, q)).toBe('');
    // Clear but small: never "0 points".
    expect(verdict(row(0.0004, [1]), 1, 0, q)).toBe('B higher by 0.04 points (clear)');
  });
});

describe('CompareRunner (worker_threads)', () => {
  const base = defaultScenario();
  const a = { ...base, horizon: 12 };
  const b = { ...a, strategy: { ...a.strategy, preset: 'big-launch' as const } };

  it('interleaves jobs by run index, skips runs the store has, and gives what runScenario gives (same seed, run i)', async () => {
    const store = new ReplicationStore();
    const runner = new CompareRunner(store, 2);
    try {
      const targets = [{ key: 'a', scenario: a }, { key: 'b', scenario: b }];
      expect(runner.jobsFor(targets, 5, 2).map((j) => `${j.tag}:${j.runIndex}`)).toEqual(['0:0', '1:0', '0:1', '1:1']);
      const first = await runner.run(targets, 5, 3);
      expect(first).toMatchObject({ kind: 'done', computed: 6 });
      for (const [s, t] of targets.entries()) {
        store.runs(t.key, 3).forEach((r, i) => {
          expect(r.runIndex).toBe(i);
          expect(Array.from(r.columns.activeFraction)).toEqual(Array.from(runScenario(targets[s].scenario, { seed: 5, runIndex: i }).columns.activeFraction));
        });
      }
      expect(runner.jobsFor(targets, 5, 4).map((j) => `${j.tag}:${j.runIndex}`)).toEqual(['0:3', '1:3']);
      expect(await runner.run(targets, 5, 3)).toMatchObject({ kind: 'done', computed: 0 });
    } finally {
      runner.close();
    }
  });

  it('cancel stops the computation: the outcome is cancelled and no result arrives afterwards', async () => {
    const store = new ReplicationStore();
    const runner = new CompareRunner(store, 2);
    try {
      let got = 0;
      const p = runner.run([{ key: 'a', scenario: { ...base } }], 9, 200, {
        onResult: () => {
          if (++got === 2) runner.cancel();
        },
      });
      expect(await p).toEqual({ kind: 'cancelled' });
      expect(runner.running).toBe(false);
      const n = store.runs('a', 200).length;
      expect(n).toBeLessThan(200);
      await new Promise((r) => setTimeout(r, 500));
      expect(store.runs('a', 200).length).toBe(n);
    } finally {
      runner.close();
    }
  });
});
