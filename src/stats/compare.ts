// The comparison table shared by `coalesce compare` and the browser compare
// view, so the two always agree: per challenge and indicator, each scenario's
// mean and 95% interval at one week, and its difference from a baseline:
// paired over runs with the same seed and run index (common random numbers),
// or Welch's for independent samples. The codebook's kind of each indicator
// decides what is compared (weekly flows over a window of weeks) and which
// interval stays within its range (bootstrap percentile for shares).

import { CODEBOOK, INDICATOR_KINDS, type CodebookEntry } from '../model/codebook.ts';
import type { Indicator, RunResult } from '../model/indicators.ts';
import { bootstrapMean, bootstrapMeanDifference, type Interval } from './bootstrap.ts';
import { CHALLENGES, type Better, type Challenge } from './challenges.ts';
import { finite, meanInterval, quantile, type MeanInterval } from './describe.ts';
import { holmAdjust } from './holm.ts';
import { pairedDifference, welchDifference, type PairedDifference } from './paired.ts';
import { phaseTiming, type PhaseTiming } from './phases.ts';

export type IntervalMethod = 't' | 'bootstrap';

export interface ScenarioStats extends MeanInterval {
  /** 5% and 95% quantiles over runs (the band drawn in charts). */
  q05: number;
  q95: number;
  /** How lo..hi was found: a t-interval, or a bootstrap percentile interval. */
  method: IntervalMethod;
}

export interface Difference extends PairedDifference {
  method: IntervalMethod;
  /** p after Holm's adjustment over every difference in the table. */
  pAdjusted: number;
}

export interface CompareCell {
  stats: ScenarioStats;
  /** Difference from the baseline; null for the baseline itself. */
  diff: Difference | null;
}

export interface CompareRow {
  indicator: Indicator;
  better: Better;
  /** Weeks averaged (a weekly flow's window), or 1 for a value at the week. */
  window: number;
  /** One cell per scenario, in input order. */
  cells: CompareCell[];
  /** Scenario indices with the best mean (ties share it); empty when `better` is null. */
  best: number[];
  /** Scenario indices that differ from the baseline at the Holm-adjusted `alpha` level. */
  differs: number[];
}

export interface CompareGroup {
  id: Challenge['id'];
  title: string;
  rows: CompareRow[];
}

export interface ScenarioPhases {
  coalescing: PhaseTiming;
  maturing: PhaseTiming;
}

export interface ComparisonTable {
  week: number;
  baseline: number;
  /** Runs per scenario. */
  runs: number[];
  /** True: differences paired by run index; false: independent samples (Welch). */
  paired: boolean;
  /** Window of weeks over which weekly flows are averaged. */
  window: number;
  /** Family-wise level of the `differs` marks, Holm-adjusted over the whole table. */
  alpha: number;
  groups: CompareGroup[];
  phases: ScenarioPhases[];
}

export interface CompareOptions {
  /** Pair runs by run index (default true). */
  paired?: boolean;
  /**
   * Weekly flows: the mean over the last `window` weeks up to the week.
   * Default 1 (the week alone), because the browser's thin runs carry one
   * week; `coalesce compare` passes its --window (8 unless told).
   */
  window?: number;
  /** Level of the Holm-adjusted marks (default 0.05). */
  alpha?: number;
}

/** `coalesce compare --window`'s default. */
export const DEFAULT_WINDOW = 8;
export const DEFAULT_ALPHA = 0.05;

/** Values of one indicator at one week, one per run (NaN where a run is shorter). */
export function valuesAt(runs: readonly RunResult[], indicator: Indicator, week: number): number[] {
  return runs.map((r) => {
    const col = r.columns[indicator];
    return week < col.length ? col[week] : NaN;
  });
}

/** Per run, the mean of weeks week−window+1..week (from week 0 at the earliest). */
export function windowMeans(runs: readonly RunResult[], indicator: Indicator, week: number, window: number): number[] {
  return runs.map((r) => {
    const col = r.columns[indicator];
    if (week >= col.length) return NaN;
    const from = Math.max(0, week - window + 1);
    let s = 0;
    for (let w = from; w <= week; w++) s += col[w];
    return s / (week - from + 1);
  });
}

const entryOf = (indicator: Indicator): CodebookEntry | undefined => CODEBOOK[indicator];
const isFlow = (indicator: Indicator) => entryOf(indicator)?.kind === INDICATOR_KINDS.weeklyFlow;
const isShare = (indicator: Indicator) => entryOf(indicator)?.kind === INDICATOR_KINDS.share;

function windowFor(indicator: Indicator, window: number): number {
  return isFlow(indicator) ? window : 1;
}

function valuesFor(runs: readonly RunResult[], indicator: Indicator, week: number, window: number): number[] {
  const w = windowFor(indicator, window);
  return w === 1 ? valuesAt(runs, indicator, week) : windowMeans(runs, indicator, week, w);
}

function leaves(i: Interval, [lo, hi]: readonly [number, number | null]): boolean {
  return i.lo < lo || (hi !== null && i.hi > hi);
}

/** Shares always, and any indicator whose t-interval would leave its range, get a bootstrap interval. */
function wantsBootstrap(indicator: Indicator, t: Interval, range: readonly [number, number | null] | undefined): boolean {
  return isShare(indicator) || (range !== undefined && leaves(t, range));
}

function scenarioStats(values: number[], indicator: Indicator, key: string): ScenarioStats {
  const xs = finite(values);
  const mi = meanInterval(xs);
  const q = { q05: quantile(xs, 0.05), q95: quantile(xs, 0.95) };
  if (xs.length >= 2 && wantsBootstrap(indicator, mi, entryOf(indicator)?.range)) {
    return { ...mi, ...bootstrapMean(xs, key), ...q, method: 'bootstrap' };
  }
  return { ...mi, ...q, method: 't' };
}

/** A difference of two values in [lo, hi] lies in [−(hi − lo), hi − lo]. */
function differenceRange(indicator: Indicator): readonly [number, number | null] | undefined {
  const r = entryOf(indicator)?.range;
  if (!r || r[1] === null) return undefined;
  const w = r[1] - r[0];
  return [-w, w];
}

/** x and baseline values aligned by run index (runs missing from either side are left out). */
function pairByRunIndex(
  runs: readonly RunResult[],
  base: readonly RunResult[],
  values: (rs: readonly RunResult[]) => number[],
): [number[], number[]] {
  const baseByIndex = new Map(base.map((r) => [r.runIndex, r]));
  const mine: RunResult[] = [];
  const theirs: RunResult[] = [];
  for (const r of runs) {
    const other = baseByIndex.get(r.runIndex);
    if (!other) continue;
    mine.push(r);
    theirs.push(other);
  }
  return [values(mine), values(theirs)];
}

function difference(
  runs: readonly RunResult[],
  base: readonly RunResult[],
  indicator: Indicator,
  values: (rs: readonly RunResult[]) => number[],
  paired: boolean,
  key: string,
): Difference {
  const range = differenceRange(indicator);
  if (paired) {
    const [x, b] = pairByRunIndex(runs, base, values);
    const d = pairedDifference(x, b);
    if (d.n >= 2 && wantsBootstrap(indicator, d, range)) {
      const diffs = x.flatMap((v, i) => (Number.isFinite(v) && Number.isFinite(b[i]) ? [v - b[i]] : []));
      return { ...d, ...bootstrapMean(diffs, key), method: 'bootstrap', pAdjusted: NaN };
    }
    return { ...d, method: 't', pAdjusted: NaN };
  }
  const x = finite(values(runs));
  const b = finite(values(base));
  const d = welchDifference(x, b);
  if (x.length >= 2 && b.length >= 2 && wantsBootstrap(indicator, d, range)) {
    return { ...d, ...bootstrapMeanDifference(x, b, key), method: 'bootstrap', pAdjusted: NaN };
  }
  return { ...d, method: 't', pAdjusted: NaN };
}

function bestOf(cells: CompareCell[], better: Better): number[] {
  if (better === null || cells.length < 2) return [];
  const means = cells.map((c) => c.stats.mean);
  const finiteMeans = means.filter(Number.isFinite);
  if (finiteMeans.length === 0) return [];
  const target = better === 'higher' ? Math.max(...finiteMeans) : Math.min(...finiteMeans);
  return means.flatMap((m, i) => (m === target ? [i] : []));
}

/**
 * `results[s]` holds scenario s's runs. When paired, run i of every scenario
 * must have used the same seed and run index.
 */
export function compareScenarios(
  results: readonly (readonly RunResult[])[],
  week: number,
  baselineIndex = 0,
  opts: CompareOptions = {},
): ComparisonTable {
  if (results.length === 0) throw new Error('compareScenarios: no scenarios');
  if (baselineIndex < 0 || baselineIndex >= results.length) {
    throw new Error(`compareScenarios: baseline ${baselineIndex} out of range`);
  }
  const paired = opts.paired ?? true;
  const window = Math.max(1, Math.floor(opts.window ?? 1));
  const alpha = opts.alpha ?? DEFAULT_ALPHA;
  const base = results[baselineIndex];
  const groups = CHALLENGES.map((ch) => ({
    id: ch.id,
    title: ch.title,
    rows: ch.rows.map(({ indicator, better }) => {
      const values = (rs: readonly RunResult[]) => valuesFor(rs, indicator, week, window);
      const cells = results.map((runs, s) => ({
        // Resampled with the same indices for every scenario (keyed by the
        // indicator alone), so identical runs get identical intervals and
        // paired scenarios share their resampling as they share their seeds.
        stats: scenarioStats(values(runs), indicator, indicator),
        diff: s === baselineIndex ? null : difference(runs, base, indicator, values, paired, `${indicator}/${s}-${baselineIndex}`),
      }));
      return { indicator, better, window: windowFor(indicator, window), cells, best: bestOf(cells, better), differs: [] as number[] };
    }),
  }));
  // Holm over every difference in the table: one family, one error rate.
  const diffs = groups.flatMap((g) => g.rows.flatMap((r) => r.cells.flatMap((c) => (c.diff ? [c.diff] : []))));
  holmAdjust(diffs.map((d) => d.p)).forEach((p, i) => (diffs[i].pAdjusted = p));
  for (const g of groups) {
    for (const r of g.rows) r.differs = r.cells.flatMap((c, s) => (c.diff && c.diff.pAdjusted < alpha ? [s] : []));
  }
  const phases = results.map((runs) => ({
    coalescing: phaseTiming(runs.map((r) => r.summary.coalescingWeek), week),
    maturing: phaseTiming(runs.map((r) => r.summary.maturingWeek), week),
  }));
  return { week, baseline: baselineIndex, runs: results.map((r) => r.length), paired, window, alpha, groups, phases };
}
