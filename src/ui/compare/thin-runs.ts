// What the shared table reads of a run, at one week, as columns: per scenario
// the run indices, every table indicator's value at that week (NaN where the
// run is shorter), and the weeks the run reached coalescing and maturing.
// A few hundred kilobytes for thousands of runs, transferred to the table
// worker without copying, where thinRuns() turns them back into runs that
// compareScenarios reads exactly as it reads the full ones: the same function
// on the same numbers, so the table is identical to the CLI's.
import type { Indicator, RunResult } from '../../model/indicators.ts';
import { CHALLENGES } from '../../stats/index.ts';

export const TABLE_INDICATORS: readonly Indicator[] = [...new Set(CHALLENGES.flatMap((ch) => ch.rows.map((r) => r.indicator)))];

export interface ThinBlock {
  runIndex: Int32Array;
  /** Run-major: values[i * K + k] is run i's indicator k (TABLE_INDICATORS order) at the week. */
  values: Float64Array;
  /** NaN for a run that never reached the phase (null in its summary). */
  coalescing: Float64Array;
  maturing: Float64Array;
}

export function thinBlock(runs: readonly RunResult[], week: number): ThinBlock {
  const K = TABLE_INDICATORS.length;
  const n = runs.length;
  const b: ThinBlock = { runIndex: new Int32Array(n), values: new Float64Array(n * K), coalescing: new Float64Array(n), maturing: new Float64Array(n) };
  runs.forEach((r, i) => {
    b.runIndex[i] = r.runIndex;
    for (let k = 0; k < K; k++) {
      const col = r.columns[TABLE_INDICATORS[k]];
      b.values[i * K + k] = week < col.length ? col[week] : NaN;
    }
    b.coalescing[i] = r.summary.coalescingWeek ?? NaN;
    b.maturing[i] = r.summary.maturingWeek ?? NaN;
  });
  return b;
}

export function blockBuffers(b: ThinBlock): ArrayBuffer[] {
  return [b.runIndex.buffer, b.values.buffer, b.coalescing.buffer, b.maturing.buffer] as ArrayBuffer[];
}

/**
 * Runs as compareScenarios sees them at `week`: each column answers `length`
 * and `[week]` only (valuesAt reads nothing else), the summary its two weeks.
 */
export function thinRuns(b: ThinBlock, week: number): RunResult[] {
  const K = TABLE_INDICATORS.length;
  const out: RunResult[] = [];
  for (let i = 0; i < b.runIndex.length; i++) {
    const columns: Record<string, { length: number; [w: number]: number }> = {};
    for (let k = 0; k < K; k++) columns[TABLE_INDICATORS[k]] = { length: week + 1, [week]: b.values[i * K + k] };
    const c = b.coalescing[i];
    const m = b.maturing[i];
    out.push({
      seed: 0,
      runIndex: b.runIndex[i],
      columns: columns as unknown as RunResult['columns'],
      summary: { coalescingWeek: Number.isNaN(c) ? null : c, maturingWeek: Number.isNaN(m) ? null : m } as RunResult['summary'],
    });
  }
  return out;
}
