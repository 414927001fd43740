// Student's t and the normal distribution, from stdlib: its quantile inverts
// the incomplete beta function with tested accuracy, which replaces our own
// hand-written bisection (kept correct only by our own tests).

import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import cdf from '@stdlib/stats-base-dists-t-cdf';
import quantile from '@stdlib/stats-base-dists-t-quantile';

/** P(T <= t) for Student's t with `df` degrees of freedom. */
export function tCdf(t: number, df: number): number {
  return cdf(t, df);
}

/** The p-quantile of Student's t with `df` > 0 degrees of freedom; NaN outside 0 < p < 1. */
export function tQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1) || !(df > 0)) return NaN;
  return quantile(p, df);
}

/** Two-sided p-value of a t statistic. */
export function tTwoSided(t: number, df: number): number {
  if (!Number.isFinite(df) || !(df > 0) || Number.isNaN(t)) return NaN;
  return 2 * cdf(-Math.abs(t), df);
}

/** The p-quantile of the standard normal distribution. */
export function zQuantile(p: number): number {
  if (!(p > 0 && p < 1)) return NaN;
  return normalQuantile(p, 0, 1);
}
