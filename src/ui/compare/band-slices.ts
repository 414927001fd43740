// A band (mean, 5% and 95% over runs, per week) computed a few weeks at a
// time, yielding between slices: with a thousand runs per scenario one
// indicator's band over all weeks takes longer than a frame may. Each slice is
// the shared band() over the runs' columns cut to those weeks (views, not
// copies), so the result is the one band() gives in one go.
import type { Indicator, RunResult } from '../../model/indicators.ts';
import { band, type Band } from '../../stats/index.ts';

/** Values (runs x weeks) per slice: about 15 ms of quantiles on a slow laptop. */
export const VALUES_PER_SLICE = 20_000;

export async function bandInSlices(runs: readonly RunResult[], indicator: Indicator, between: () => Promise<void>, perSlice = VALUES_PER_SLICE): Promise<Band> {
  const weeks = runs.length === 0 ? 0 : Math.min(...runs.map((r) => r.columns[indicator].length));
  const out: Band = { mean: new Float64Array(weeks), q05: new Float64Array(weeks), q95: new Float64Array(weeks) };
  const step = Math.max(1, Math.floor(perSlice / Math.max(1, runs.length)));
  for (let w0 = 0; w0 < weeks; w0 += step) {
    await between();
    const w1 = Math.min(weeks, w0 + step);
    const cut = runs.map((r) => ({ ...r, columns: { [indicator]: r.columns[indicator].subarray(w0, w1) } }) as unknown as RunResult);
    const part = band(cut, indicator);
    out.mean.set(part.mean, w0);
    out.q05.set(part.q05, w0);
    out.q95.set(part.q95, w0);
  }
  return out;
}
