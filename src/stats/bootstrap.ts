// Percentile bootstrap intervals of a mean (Efron & Tibshirani 1993, §13.3):
// the interval lies within the values' own range, so a share's interval
// never leaves [0, 1]. Seeded, so the same data give the same interval.

import seedrandom from 'seedrandom';
import { CONFIDENCE, quantileSorted } from './describe.ts';

/** Resamples per interval: enough for stable 2.5% and 97.5% percentiles. */
export const BOOTSTRAP_RESAMPLES = 2000;

/** Mean of B resamples (with replacement) of xs, sorted; `key` seeds the draws. */
function resampledMeans(xs: readonly number[], key: string, ys?: readonly number[]): Float64Array {
  const rng = seedrandom.alea(`coalesce-bootstrap:${key}`);
  const out = new Float64Array(BOOTSTRAP_RESAMPLES);
  const draw = (v: readonly number[]) => {
    let s = 0;
    for (let i = 0; i < v.length; i++) s += v[Math.floor(rng() * v.length)];
    return s / v.length;
  };
  for (let b = 0; b < out.length; b++) out[b] = ys ? draw(xs) - draw(ys) : draw(xs);
  return out.sort();
}

export interface Interval {
  lo: number;
  hi: number;
}

const NONE: Interval = { lo: NaN, hi: NaN };

/** Percentile interval of the mean of xs (NaN with fewer than 2 values). */
export function bootstrapMean(xs: readonly number[], key: string, level = CONFIDENCE): Interval {
  if (xs.length < 2) return NONE;
  const m = resampledMeans(xs, key);
  return { lo: quantileSorted(m, (1 - level) / 2), hi: quantileSorted(m, 1 - (1 - level) / 2) };
}

/** Percentile interval of mean(xs) − mean(ys) for independent samples. */
export function bootstrapMeanDifference(xs: readonly number[], ys: readonly number[], key: string, level = CONFIDENCE): Interval {
  if (xs.length < 2 || ys.length < 2) return NONE;
  const m = resampledMeans(xs, key, ys);
  return { lo: quantileSorted(m, (1 - level) / 2), hi: quantileSorted(m, 1 - (1 - level) / 2) };
}

