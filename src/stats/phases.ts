// When runs reached coalescing and maturing, and how many never did.

import { quantile } from './describe.ts';

export interface PhaseTiming {
  runs: number;
  /** Runs that reached the phase at all. */
  reached: number;
  share: number;
  /** Median, 5% and 95% week among runs that reached it (NaN if none did). */
  median: number;
  q05: number;
  q95: number;
  /** The weeks themselves, sorted, for a distribution chart. */
  weeks: number[];
}

export function phaseTiming(weeks: readonly (number | null)[]): PhaseTiming {
  const reachedWeeks = weeks.filter((w): w is number => w !== null).sort((a, b) => a - b);
  const runs = weeks.length;
  return {
    runs,
    reached: reachedWeeks.length,
    share: runs === 0 ? NaN : reachedWeeks.length / runs,
    median: quantile(reachedWeeks, 0.5),
    q05: quantile(reachedWeeks, 0.05),
    q95: quantile(reachedWeeks, 0.95),
    weeks: reachedWeeks,
  };
}
