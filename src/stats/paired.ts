// Differences from the baseline. Paired (common random numbers): run i of a
// scenario and run i of the baseline share their seed and run index, so
// their difference removes the chance both runs share. Unpaired (Welch):
// for scenarios whose runs cannot be matched, e.g. different populations.

import { meanInterval, mean, sd, type MeanInterval, CONFIDENCE } from './describe.ts';
import { tQuantile, tTwoSided } from './student-t.ts';

export interface PairedDifference extends MeanInterval {
  /**
   * Effect size: Cohen's d_z (mean difference / sd of the differences) when
   * paired, Cohen's d (over the pooled sd) when not. NaN when the spread is
   * 0: an effect size is undefined there.
   */
  dz: number;
  /** Two-sided p-value of the paired t-test (or Welch's test when unpaired). */
  p: number;
}

/** Two-sided p of a mean difference m with standard error se; a zero se gives 1 (m = 0) or 0. */
function pValue(m: number, se: number, df: number): number {
  if (!Number.isFinite(m) || !(df > 0) || Number.isNaN(se)) return NaN;
  if (se === 0) return m === 0 ? 1 : 0;
  return tTwoSided(m / se, df);
}

/**
 * Differences x[i] - baseline[i] over pairs where both are finite, with the
 * t-interval of their mean, d_z and the paired t-test's p.
 */
export function pairedDifference(
  x: ArrayLike<number>,
  baseline: ArrayLike<number>,
): PairedDifference {
  if (x.length !== baseline.length) {
    throw new Error(`paired samples differ in length (${x.length} vs ${baseline.length})`);
  }
  const d: number[] = [];
  for (let i = 0; i < x.length; i++) {
    if (Number.isFinite(x[i]) && Number.isFinite(baseline[i])) d.push(x[i] - baseline[i]);
  }
  const mi = meanInterval(d);
  return { ...mi, dz: cohenDz(mi.mean, mi.sd), p: pValue(mi.mean, mi.sd / Math.sqrt(mi.n), mi.n - 1) };
}

/** Mean difference over its sd; undefined (NaN) when the sd is 0 or unknown. */
export function cohenDz(meanDiff: number, sdDiff: number): number {
  return sdDiff > 0 ? meanDiff / sdDiff : NaN;
}

/**
 * mean(x) − mean(baseline) for independent samples: Welch's t-interval and
 * test (Welch–Satterthwaite degrees of freedom) and Cohen's d. `n` is the
 * smaller sample, `sd` the pooled sd.
 */
export function welchDifference(x: readonly number[], baseline: readonly number[], level = CONFIDENCE): PairedDifference {
  const [n1, n2] = [x.length, baseline.length];
  const m = mean(x) - mean(baseline);
  const [v1, v2] = [sd(x) ** 2, sd(baseline) ** 2];
  const se = Math.sqrt(v1 / n1 + v2 / n2);
  const df = se === 0 ? n1 + n2 - 2 : (v1 / n1 + v2 / n2) ** 2 / ((v1 / n1) ** 2 / (n1 - 1) + (v2 / n2) ** 2 / (n2 - 1));
  const half = tQuantile(1 - (1 - level) / 2, df) * se;
  const pooled = Math.sqrt(((n1 - 1) * v1 + (n2 - 1) * v2) / (n1 + n2 - 2));
  return { n: Math.min(n1, n2), mean: m, sd: pooled, lo: m - half, hi: m + half, dz: cohenDz(m, pooled), p: pValue(m, se, df) };
}
