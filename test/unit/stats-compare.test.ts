import { describe, expect, it } from 'vitest';
import { INDICATORS, type Columns, type Indicator, type RunResult } from '../../src/model/indicators.ts';
import { CHALLENGES, band, compareScenarios, holmAdjust, wilson } from '../../src/stats/index.ts';

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
    // dropouts is a count with no upper bound: t-intervals, as long as they stay above 0.
    const r = row(t, 'dropouts');
    expect(r.cells[1].diff!.method).toBe('t');
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
    expect(row(t, 'dropouts').cells[1].diff!.mean).toBe(1);
    expect(row(t, 'dropouts').cells[1].diff!.sd).toBeCloseTo(Math.sqrt(2 / 3), 14);
  });

  it('a scenario against itself differs by exactly 0 everywhere, with no effect size and no mark', () => {
    const t = compareScenarios([A, A], 2);
    for (const g of t.groups) {
      for (const r of g.rows) {
        expect(r.cells[1].diff).toMatchObject({ mean: 0, lo: 0, hi: 0, p: 1, pAdjusted: 1 });
        expect(r.cells[1].diff!.dz).toBeNaN();
        expect(r.differs).toEqual([]);
      }
    }
  });

  it('uses another baseline when asked', () => {
    const t = compareScenarios([A, B], 2, 1);
    expect(t.baseline).toBe(1);
    expect(row(t, 'meanTrust').cells[1].diff).toBeNull();
    expect(row(t, 'meanTrust').cells[0].diff!.mean).toBe(-1);
  });

  it('summarises phase timing per scenario, counting only what happened by the week compared', () => {
    // A coalesced in weeks 3, 4, 5, 6; B in 5, 5, never, never.
    const late = compareScenarios([A, B], 6);
    expect(late.phases[0].coalescing).toMatchObject({ reached: 4, share: 1, median: 4.5 });
    expect(late.phases[1].coalescing).toMatchObject({ reached: 2, share: 0.5, median: 5 });
    expect(late.phases[1].maturing.reached).toBe(0);
    expect(compareScenarios([A, B], 4).phases[0].coalescing).toMatchObject({ reached: 2, share: 0.5, weeks: [3, 4] });
    expect(compareScenarios([A, B], 2).phases[0].coalescing).toMatchObject({ reached: 0, share: 0 });
  });

  it('gives Wilson intervals for the share of runs that reached a phase', () => {
    const t = compareScenarios([A, B], 6);
    expect(t.phases[0].coalescing.shareHi).toBe(1);
    expect(t.phases[0].coalescing.shareLo).toBeGreaterThan(0.4);
    expect(t.phases[0].coalescing.shareLo).toBeLessThan(1);
    expect(t.phases[1].maturing).toMatchObject({ shareLo: 0 });
  });
});

describe('sound comparisons', () => {
  it('keeps a share\'s intervals within 0..1 (bootstrap percentile)', () => {
    const near1 = [1, 1, 1, 0.9, 1, 0.95].map((v, i) => fakeRun(i, 1, { activeFraction: [0, v] }));
    const lower = [0.9, 1, 0.8, 0.9, 1, 0.95].map((v, i) => fakeRun(i, 1, { activeFraction: [0, v] }));
    const t = compareScenarios([near1, lower], 1);
    const r = row(t, 'activeFraction');
    for (const c of r.cells) {
      expect(c.stats.method).toBe('bootstrap');
      expect(c.stats.lo).toBeGreaterThanOrEqual(0);
      expect(c.stats.hi).toBeLessThanOrEqual(1);
      expect(c.stats.lo).toBeLessThanOrEqual(c.stats.mean);
      expect(c.stats.hi).toBeGreaterThanOrEqual(c.stats.mean);
    }
    // The t-interval of the first would have passed 1.
    const xs = [1, 1, 1, 0.9, 1, 0.95];
    const m = xs.reduce((a, b) => a + b) / 6;
    const s = Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / 5);
    expect(m + (2.5705818366147395 * s) / Math.sqrt(6)).toBeGreaterThan(1);
    // Seeded: the same data give the same interval.
    expect(compareScenarios([near1, lower], 1)).toEqual(t);
  });

  it('compares weekly flows as the mean over a window of weeks', () => {
    // A meetup every 4 weeks: groupContacts 0 except at weeks 1, 5, 9.
    const contacts = (k: number) => Array.from({ length: 11 }, (_, w) => (w % 4 === 1 ? 10 + k : 0));
    const runs = [0, 1, 2].map((i) => fakeRun(i, 10, { groupContacts: contacts(i) }));
    const t = compareScenarios([runs, runs], 10, 0, { window: 8 });
    const r = row(t, 'groupContacts');
    expect(r.window).toBe(8);
    // Weeks 3..10 hold meetups at 5 and 9: (2 × (10 + k)) / 8 for k = 0, 1, 2.
    expect(r.cells[0].stats.mean).toBeCloseTo((2 * 11) / 8, 12);
    expect(compareScenarios([runs, runs], 10).groups.flatMap((g) => g.rows).find((x) => x.indicator === 'groupContacts')!.cells[0].stats.mean).toBe(0);
    // Not a flow: read at the week itself.
    expect(row(t, 'meanTrust').window).toBe(1);
  });

  it('marks only differences that survive Holm\'s adjustment over the whole table', () => {
    // dropouts differs by a constant 1 in every run (p = 0): marked. meanTrust
    // differs a little, in both directions: not marked.
    const base = [0, 1, 2, 3, 4, 5].map((i) => fakeRun(i, 1, { dropouts: [0, i], meanTrust: [0, 0.5] }));
    const other = [0, 1, 2, 3, 4, 5].map((i) => fakeRun(i, 1, { dropouts: [0, i + 1], meanTrust: [0, 0.5 + (i % 2 ? 0.01 : -0.012)] }));
    const t = compareScenarios([base, other], 1);
    expect(row(t, 'dropouts').differs).toEqual([1]);
    expect(row(t, 'meanTrust').differs).toEqual([]);
    const all = t.groups.flatMap((g) => g.rows.map((r) => r.cells[1].diff!));
    for (const d of all) if (Number.isFinite(d.p)) expect(d.pAdjusted).toBeGreaterThanOrEqual(d.p);
    expect(t.alpha).toBe(0.05);
  });

  it('compares independent means with Welch\'s test when unpaired (scipy ttest_ind, equal_var=False)', () => {
    const A = [1, 2, 3, 4].map((v, i) => fakeRun(i, 2, { dropouts: [0, 0, v] }));
    const B = [2, 2, 5, 5].map((v, i) => fakeRun(i, 2, { dropouts: [0, 0, v] }));
    const t = compareScenarios([A, B], 2, 0, { paired: false });
    expect(t.paired).toBe(false);
    const d = row(t, 'dropouts').cells[1].diff!;
    expect(d.mean).toBe(1);
    expect(d.p).toBeCloseTo(0.39303649333360724, 10);
    expect(d.lo).toBeCloseTo(-1.6961574321681714, 8);
    expect(d.hi).toBeCloseTo(3.6961574321681714, 8);
    // The paired test of the same numbers (scipy ttest_rel).
    expect(row(compareScenarios([A, B], 2), 'dropouts').cells[1].diff!.p).toBeCloseTo(0.09172111331157186, 10);
  });
});

describe('holm and wilson', () => {
  it('adjusts p-values step-down, keeping input order and skipping NaN', () => {
    const adj = holmAdjust([0.01, 0.04, 0.03, 0.005, 0.5, NaN]);
    [0.04, 0.09, 0.09, 0.025, 0.5].forEach((x, i) => expect(adj[i]).toBeCloseTo(x, 14));
    expect(adj[5]).toBeNaN();
  });

  it('gives Wilson\'s score interval', () => {
    expect(wilson(3, 10).lo).toBeCloseTo(0.10779126740630099, 12);
    expect(wilson(3, 10).hi).toBeCloseTo(0.6032218525388546, 12);
    expect(wilson(0, 10)).toMatchObject({ lo: 0 });
    expect(wilson(0, 10).hi).toBeCloseTo(0.2775327998628892, 12);
    expect(wilson(10, 10).hi).toBe(1);
    expect(wilson(0, 0).lo).toBeNaN();
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
