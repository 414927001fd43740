// Replication results of the compare view, kept per (scenario text, seed) and
// run index, so adding a scenario or raising the run count computes only what
// is missing. A RunResult is already columnar (one Float64Array per
// indicator, transferred from the worker without copying); the store only
// files them. Statistics come from src/stats, as in `coalesce compare`.
import { PHASES, type Indicator, type RunResult } from '../../model/indicators.ts';
import { band, compareScenarios, type Band, type ComparisonTable } from '../../stats/index.ts';

export class ReplicationStore {
  private byKey = new Map<string, (RunResult | undefined)[]>();

  static key(text: string, seed: number): string {
    return `${seed}\u0000${text}`;
  }

  add(key: string, r: RunResult): void {
    let list = this.byKey.get(key);
    if (!list) this.byKey.set(key, (list = []));
    list[r.runIndex] = r;
  }

  /** Run indices 0..runs-1 not computed yet. */
  missing(key: string, runs: number): number[] {
    const list = this.byKey.get(key) ?? [];
    const out: number[] = [];
    for (let i = 0; i < runs; i++) if (!list[i]) out.push(i);
    return out;
  }

  /** The computed runs among 0..runs-1, in run-index order. */
  runs(key: string, runs: number): RunResult[] {
    const list = this.byKey.get(key) ?? [];
    const out: RunResult[] = [];
    for (let i = 0; i < Math.min(runs, list.length); i++) if (list[i]) out.push(list[i]!);
    return out;
  }

  /** Drop every key not in `keep` (scenarios no longer compared). */
  retain(keep: Iterable<string>): void {
    const k = new Set(keep);
    for (const key of [...this.byKey.keys()]) if (!k.has(key)) this.byKey.delete(key);
  }
}

/** Each scenario's runs whose run index every scenario has (complete pairs). */
export function commonRuns(results: RunResult[][]): RunResult[][] {
  const common = results.reduce<Set<number> | null>((acc, rs) => {
    const s = new Set(rs.map((r) => r.runIndex));
    return acc ? new Set([...acc].filter((i) => s.has(i))) : s;
  }, null) ?? new Set<number>();
  return results.map((rs) => rs.filter((r) => common.has(r.runIndex)));
}

/**
 * The shared table over runs present in every scenario (complete pairs), so
 * that a half-finished computation still compares like with like.
 */
export function pairedTable(results: RunResult[][], week: number, baseline: number): ComparisonTable {
  return compareScenarios(commonRuns(results), week, baseline);
}

export { band, type Band };

/**
 * Per phase (PHASES order) and week, the share of runs in that phase: shares of
 * the runs that last to that week sum to 1; NaN past every run. The phase row draws
 * these stacked, so a scenario where 40% of runs mature shows it (the phase
 * most runs were in hid every minority, issue 15 §4).
 */
export function phaseShares(runs: readonly RunResult[], weeks: number): Float64Array[] {
  const out = PHASES.map(() => new Float64Array(weeks).fill(NaN));
  for (let w = 0; w < weeks; w++) {
    let n = 0;
    const counts = PHASES.map(() => 0);
    for (const r of runs) {
      const p = r.columns.phase;
      if (w < p.length) {
        counts[p[w]]++;
        n++;
      }
    }
    if (n > 0) counts.forEach((c, k) => (out[k][w] = c / n));
  }
  return out;
}

/** Indicators in the tidy export: every one except week, which is its own column. */
export function tidyColumns(indicators: readonly Indicator[]): Indicator[] {
  return indicators.filter((k) => k !== 'week');
}
