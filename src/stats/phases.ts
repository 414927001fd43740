// When runs reached coalescing and maturing, and how many never did.

import { quantile } from './describe.ts';
import { wilson } from './wilson.ts';

export interface PhaseTiming {
  runs: number;
  /** Runs that reached the phase at all (by `byWeek` when given). */
  reached: number;
  share: number;
  /** Wilson 95% interval of the share. */
  shareLo: number;
  shareHi: number;
  /** Median, 5% and 95% week among runs that reached it (NaN if none did). */
  median: number;
  q05: number;
  q95: number;
  /** The weeks themselves, sorted, for a distribution chart. */
  weeks: number[];
}

/** `byWeek`: count only runs that reached the phase by then (a comparison at week W). */
export function phaseTiming(weeks: readonly (number | null)[], byWeek = Infinity): PhaseTiming {
  const reachedWeeks = weeks.filter((w): w is number => w !== null && w <= byWeek).sort((a, b) => a - b);
  const runs = weeks.length;
  const ci = wilson(reachedWeeks.length, runs);
  return {
    runs,
    reached: reachedWeeks.length,
    share: runs === 0 ? NaN : reachedWeeks.length / runs,
    shareLo: ci.lo,
    shareHi: ci.hi,
    median: quantile(reachedWeeks, 0.5),
    q05: quantile(reachedWeeks, 0.05),
    q95: quantile(reachedWeeks, 0.95),
    weeks: reachedWeeks,
  };
}
