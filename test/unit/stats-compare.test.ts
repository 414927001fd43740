import { describe, expect, it } from 'vitest';
import { INDICATORS, type Columns, type Indicator, type RunResult } from '../../src/model/indicators.ts';
import { CHALLENGES, band, compareScenarios } from '../../src/stats/index.ts';

/** A synthetic run: every indicator is `level + runIndex * slope` each week, unless given. */
function fakeRun(
  runIndex: number,
  weeks: number,
  given: Partial<Record<Indicator, number[]>> = {},
  phaseWeeks: [number | null, number | null] = [null, null],
): RunResult {
  const columns = {} as Columns;
  for (const name of INDICATORS) {
    columns[name] = given[name] ? Float64Array.from(given[name]) : new Float64Array(weeks + 1).fill(runIndex);
  }
  return {
    seed: 1,
    runIndex,
    columns,
    summary: {
      coalescingWeek: phaseWeeks[0],
      maturingWeek: phaseWeeks[1],
      firstTricky1on1Week: null,
      firstTrickyGroupWeek: null,
      final: {} as RunResult['summary']['final'],
    },
  };
}

const row = (t: ReturnType<typeof compareScenarios>, name: Indicator) =>
  t.groups.flatMap((g) => g.rows).find((r) => r.indicator === name)!;

describe('challenge grouping', () => {
  it('names only real indicators, each once', () => {
    const names = CHALLENGES.flatMap((c) => c.rows.map((r) => r.indicator));
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(INDICATORS).toContain(n);
    expect(CHALLENGES.map((c) => c.id)).toEqual(['C1', 'C2', 'C3', 'C4', 'C5']);
  });
});

describe('compareScenarios', () => {
  // meanTrust at week 2: A = 1, 2, 3, 4; B = 2, 2, 5, 5 (by run index 0..3).
  const A = [1, 2, 3, 4].map((v, i) => fakeRun(i, 2, { meanTrust: [0, 0, v], dropouts: [0, 0, v] }, [3 + i, null]));
  const B = [2, 2, 5, 5].map((v, i) => fakeRun(i, 2, { meanTrust: [0, 0, v], dropouts: [0, 0, v] }, [i < 2 ? 5 : null, null]));

  it('gives each scenario its mean and interval, and the paired difference by hand', () => {
    const t = compareScenarios([A, B], 2);
    expect(t.week).toBe(2);
    expect(t.runs).toEqual([4, 4]);
    const r = row(t, 'meanTrust');
    expect(r.cells[0].stats.mean).toBe(2.5);
    expect(r.cells[1].stats.mean).toBe(3.5);
    expect(r.cells[0].diff).toBeNull();
    // Differences 1, 0, 2, 1: mean 1, sd sqrt(2/3); t_{0.975,3} = 3.1824463052837078.
    const d = r.cells[1].diff!;
    expect(d.mean).toBe(1);
    expect(d.sd).toBeCloseTo(Math.sqrt(2 / 3), 14);
    expect(d.hi - d.mean).toBeCloseTo((3.1824463052837078 * Math.sqrt(2 / 3)) / 2, 10);
    expect(d.dz).toBeCloseTo(1 / Math.sqrt(2 / 3), 12);
  });

  it('marks the best scenario in the indicator\'s own direction', () => {
    const t = compareScenarios([A, B], 2);
    expect(row(t, 'meanTrust').best).toEqual([1]);
    expect(row(t, 'dropouts').best).toEqual([0]);
    expect(row(t, 'oneOnOnes').best).toEqual([]);
  });

  it('pairs by run index, not by position', () => {
    const t = compareScenarios([A, [...B].reverse()], 2);
    expect(row(t, 'meanTrust').cells[1].diff!.mean).toBe(1);
    expect(row(t, 'meanTrust').cells[1].diff!.sd).toBeCloseTo(Math.sqrt(2 / 3), 14);
  });

  it('a scenario against itself differs by exactly 0 everywhere', () => {
    const t = compareScenarios([A, A], 2);
    for (const g of t.groups) {
      for (const r of g.rows) expect(r.cells[1].diff).toMatchObject({ mean: 0, lo: 0, hi: 0, dz: 0 });
    }
  });

  it('uses another baseline when asked', () => {
    const t = compareScenarios([A, B], 2, 1);
    expect(t.baseline).toBe(1);
    expect(row(t, 'meanTrust').cells[1].diff).toBeNull();
    expect(row(t, 'meanTrust').cells[0].diff!.mean).toBe(-1);
  });

  it('summarises phase timing per scenario', () => {
    const t = compareScenarios([A, B], 2);
    expect(t.phases[0].coalescing).toMatchObject({ reached: 4, share: 1, median: 4.5 });
    expect(t.phases[1].coalescing).toMatchObject({ reached: 2, share: 0.5, median: 5 });
    expect(t.phases[1].maturing.reached).toBe(0);
  });
});

describe('band', () => {
  it('gives the per-week mean and 5–95% quantiles', () => {
    const runs = [0, 1, 2, 3, 4].map((i) => fakeRun(i, 1, { members: [10, 10 + i] }));
    const b = band(runs, 'members');
    expect(Array.from(b.mean)).toEqual([10, 12]);
    expect(b.q05[1]).toBeCloseTo(10.2, 12);
    expect(b.q95[1]).toBeCloseTo(13.8, 12);
  });
});
