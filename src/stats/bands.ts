// Per-week replication mean and 5–95% band of one indicator, for charts.

import type { Indicator, RunResult } from '../model/indicators.ts';
import { finite, mean, quantile } from './describe.ts';

export interface Band {
  mean: Float64Array;
  q05: Float64Array;
  q95: Float64Array;
}

export function band(runs: readonly RunResult[], indicator: Indicator): Band {
  const weeks = runs.length === 0 ? 0 : Math.min(...runs.map((r) => r.columns[indicator].length));
  const out: Band = { mean: new Float64Array(weeks), q05: new Float64Array(weeks), q95: new Float64Array(weeks) };
  const xs = new Array<number>(runs.length);
  for (let w = 0; w < weeks; w++) {
    for (let i = 0; i < runs.length; i++) xs[i] = runs[i].columns[indicator][w];
    const v = finite(xs);
    out.mean[w] = mean(v);
    out.q05[w] = quantile(v, 0.05);
    out.q95[w] = quantile(v, 0.95);
  }
  return out;
}
