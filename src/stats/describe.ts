// Descriptive statistics over replications. Undefined values are NaN (which
// JSON.stringify writes as null): the mean of nothing, the sd of one value.

import { mean as ssMean, sampleStandardDeviation } from 'simple-statistics';
import { tQuantile } from './student-t.ts';

/** Confidence level used throughout Coalesce's comparisons. */
export const CONFIDENCE = 0.95;

export function mean(xs: ArrayLike<number>): number {
  return xs.length === 0 ? NaN : ssMean(Array.from(xs));
}

/** Sample standard deviation (n - 1 in the denominator). */
export function sd(xs: ArrayLike<number>): number {
  return xs.length < 2 ? NaN : sampleStandardDeviation(Array.from(xs));
}

export interface MeanInterval {
  n: number;
  mean: number;
  sd: number;
  /** Lower and upper ends of the t-interval of the mean. */
  lo: number;
  hi: number;
}

/** Mean with its two-sided t-interval (default 95%). */
export function meanInterval(xs: ArrayLike<number>, level = CONFIDENCE): MeanInterval {
  const n = xs.length;
  const m = mean(xs);
  const s = sd(xs);
  const half = n < 2 ? NaN : (tQuantile(1 - (1 - level) / 2, n - 1) * s) / Math.sqrt(n);
  return { n, mean: m, sd: s, lo: m - half, hi: m + half };
}

/**
 * The p-quantile with linear interpolation between order statistics
 * (Hyndman & Fan type 7: the default of R, NumPy and d3), so bands match what
 * a researcher recomputes from the exported CSV.
 */
export function quantile(xs: ArrayLike<number>, p: number): number {
  if (xs.length === 0) return NaN;
  const sorted = Float64Array.from(xs).sort();
  return quantileSorted(sorted, p);
}

export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * Math.min(1, Math.max(0, p));
  const i = Math.floor(h);
  const lower = sorted[i];
  return i + 1 < n ? lower + (h - i) * (sorted[i + 1] - lower) : lower;
}

/** Finite values only (indicators such as ratios may be NaN in some runs). */
export function finite(xs: ArrayLike<number>): number[] {
  const out: number[] = [];
  for (let i = 0; i < xs.length; i++) if (Number.isFinite(xs[i])) out.push(xs[i]);
  return out;
}
