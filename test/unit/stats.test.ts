import { describe, expect, it } from 'vitest';
import {
  cohenDz,
  mean,
  meanInterval,
  pairedDifference,
  phaseTiming,
  quantile,
  sd,
  tCdf,
  tQuantile,
} from '../../src/stats/index.ts';

describe('Student t quantile', () => {
  // Reference values from scipy.stats.t.ppf (SciPy 1.17.1), an independent implementation.
  const scipy: [number, number, number][] = [
    [0.975, 29, 2.045229642132703],
    [0.975, 1, 12.706204736174694],
    [0.975, 2, 4.302652729749462],
    [0.975, 3, 3.1824463052837078],
    [0.975, 10, 2.228138851986274],
    [0.95, 5, 2.0150483733330233],
    [0.995, 3, 5.840909309733355],
    [0.975, 100, 1.9839715185235518],
    [0.975, 1000, 1.9623390808264083],
    [0.999, 4, 7.173182219782307],
    [0.6, 7, 0.2631668613520229],
    [0.9999, 2, 70.70007107496818],
    [0.975, 0.5, 164.55767348048818],
  ];
  it.each(scipy)('t_{%s, %s} = %s', (p, df, expected) => {
    expect(tQuantile(p, df)).toBeCloseTo(expected, 9);
    expect(Math.abs(tQuantile(p, df) - expected) / expected).toBeLessThan(1e-10);
  });

  it('matches the closed forms for 1 and 2 degrees of freedom', () => {
    for (const p of [0.55, 0.7, 0.9, 0.975, 0.999]) {
      // df = 1 is the Cauchy distribution; df = 2 has t = (2p-1)/sqrt(2p(1-p)).
      expect(tQuantile(p, 1)).toBeCloseTo(Math.tan(Math.PI * (p - 0.5)), 9);
      expect(tQuantile(p, 2)).toBeCloseTo((2 * p - 1) / Math.sqrt(2 * p * (1 - p)), 9);
    }
  });

  it('is symmetric, 0 at the median, and tends to the normal quantile', () => {
    expect(tQuantile(0.5, 9)).toBe(0);
    expect(tQuantile(0.025, 29)).toBeCloseTo(-2.045229642132703, 9);
    expect(tQuantile(0.975, 1e7)).toBeCloseTo(1.959963984540054, 5);
  });

  it('inverts the CDF', () => {
    for (const df of [1, 3, 8, 29, 200]) {
      for (const p of [0.01, 0.3, 0.8, 0.975]) expect(tCdf(tQuantile(p, df), df)).toBeCloseTo(p, 12);
    }
  });

  it('rejects impossible arguments with NaN', () => {
    expect(tQuantile(0, 5)).toBeNaN();
    expect(tQuantile(1, 5)).toBeNaN();
    expect(tQuantile(0.9, 0)).toBeNaN();
  });

});

describe('descriptive statistics', () => {
  const x = [3.1, 4.7, 2.2, 5.9, 4.4, 3.8];

  it('mean and sd by hand', () => {
    // sum = 24.1; mean = 4.01667; squared deviations sum to 8.34833; / 5 = 1.669667.
    expect(mean(x)).toBeCloseTo(24.1 / 6, 14);
    expect(sd(x)).toBeCloseTo(Math.sqrt(8.348333333333333 / 5), 12);
    expect(mean([])).toBeNaN();
    expect(sd([7])).toBeNaN();
  });

  it('95% t-interval of the mean (scipy.stats.t.interval)', () => {
    const ci = meanInterval(x);
    expect(ci.n).toBe(6);
    expect(ci.lo).toBeCloseTo(2.660632295435609, 10);
    expect(ci.hi).toBeCloseTo(5.372701037897724, 10);
    // A single value has no interval; a constant sample has a zero-width one.
    expect(meanInterval([5]).lo).toBeNaN();
    expect(meanInterval([2, 2, 2])).toMatchObject({ mean: 2, lo: 2, hi: 2, sd: 0 });
  });

  it('quantiles interpolate linearly (type 7, as numpy.quantile)', () => {
    expect(quantile(x, 0.05)).toBeCloseTo(2.425, 12);
    expect(quantile(x, 0.95)).toBeCloseTo(5.6, 12);
    // By hand: sorted 1..5, h = 4p.
    expect(quantile([5, 1, 4, 2, 3], 0.5)).toBe(3);
    expect(quantile([5, 1, 4, 2, 3], 0.1)).toBeCloseTo(1.4, 14);
    expect(quantile([5, 1, 4, 2, 3], 1)).toBe(5);
    expect(quantile([5, 1, 4, 2, 3], 0)).toBe(1);
    expect(quantile([], 0.5)).toBeNaN();
  });
});

describe('paired differences', () => {
  const a = [1.2, 2.5, 3.1, 0.7, 2.2];
  const b = [1.0, 2.9, 3.9, 1.5, 2.4];

  it('match scipy (ttest_rel and t.interval on the differences)', () => {
    const d = pairedDifference(b, a);
    // Differences: -0.2, 0.4, 0.8, 0.8, 0.2; mean 0.4; sd sqrt(0.72/4) = 0.424264.
    expect(d.n).toBe(5);
    expect(d.mean).toBeCloseTo(0.4, 14);
    expect(d.sd).toBeCloseTo(0.4242640687119285, 12);
    expect(d.lo).toBeCloseTo(-0.12679341985104975, 10);
    expect(d.hi).toBeCloseTo(0.9267934198510496, 10);
    expect(d.dz).toBeCloseTo(0.9428090415820631, 12);
    // d_z * sqrt(n) is the paired t statistic (scipy: 2.1081851067789192).
    expect(d.dz * Math.sqrt(5)).toBeCloseTo(2.1081851067789192, 10);
  });

  it('is exactly zero for a sample against itself', () => {
    const d = pairedDifference(a, a);
    // No spread: the effect size is undefined, not 0; the test says "no difference".
    expect(d).toMatchObject({ mean: 0, sd: 0, lo: 0, hi: 0, p: 1 });
    expect(d.dz).toBeNaN();
  });

  it('drops pairs with a non-finite value and refuses unequal lengths', () => {
    const d = pairedDifference([1, NaN, 3, 5], [0, 1, 1, Infinity]);
    expect(d.n).toBe(2);
    expect(d.mean).toBe(1.5);
    expect(() => pairedDifference([1, 2], [1])).toThrow(/length/);
  });

  it('d_z of constant non-zero differences is undefined', () => {
    expect(cohenDz(0.5, 0)).toBeNaN();
    expect(cohenDz(-1, 2)).toBe(-0.5);
  });
});

describe('phase timing', () => {
  it('counts runs that reached a phase and the median week among them', () => {
    const t = phaseTiming([12, null, 4, 8, null]);
    expect(t).toMatchObject({ runs: 5, reached: 3, share: 0.6, median: 8, weeks: [4, 8, 12] });
    expect(t.q05).toBeCloseTo(4.4, 12);
    const never = phaseTiming([null, null]);
    expect(never.share).toBe(0);
    expect(never.median).toBeNaN();
  });
});
