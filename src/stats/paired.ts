// Paired differences under common random numbers: run i of a scenario and
// run i of the baseline share their seed and run index, so their difference
// removes the chance both runs share (the point of CRN).

import { meanInterval, type MeanInterval } from './describe.ts';

export interface PairedDifference extends MeanInterval {
  /** Cohen's d_z: mean difference over the sd of the differences. */
  dz: number;
}

/**
 * Differences x[i] - baseline[i] over pairs where both are finite, with the
 * t-interval of their mean and d_z. d_z is 0 when every difference is 0 and
 * NaN when the differences are constant but not 0 (an infinite effect).
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
  return { ...mi, dz: cohenDz(mi.mean, mi.sd) };
}

export function cohenDz(meanDiff: number, sdDiff: number): number {
  if (sdDiff > 0) return meanDiff / sdDiff;
  if (sdDiff === 0 && meanDiff === 0) return 0;
  return NaN;
}
