// The comparison table shared by `coalesce compare` and the browser compare
// view, so the two always agree: per challenge and indicator, each scenario's
// mean and 95% interval at one week, and its paired difference from a
// baseline over runs with the same seed and run index (common random numbers).

import type { Indicator, RunResult } from '../model/indicators.ts';
import { CHALLENGES, type Better, type Challenge } from './challenges.ts';
import { finite, meanInterval, quantile, type MeanInterval } from './describe.ts';
import { pairedDifference, type PairedDifference } from './paired.ts';
import { phaseTiming, type PhaseTiming } from './phases.ts';

export interface ScenarioStats extends MeanInterval {
  /** 5% and 95% quantiles over runs (the band drawn in charts). */
  q05: number;
  q95: number;
}

export interface CompareCell {
  stats: ScenarioStats;
  /** Paired difference from the baseline; null for the baseline itself. */
  diff: PairedDifference | null;
}

export interface CompareRow {
  indicator: Indicator;
  better: Better;
  /** One cell per scenario, in input order. */
  cells: CompareCell[];
  /** Scenario indices with the best mean (ties share it); empty when `better` is null. */
  best: number[];
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
  groups: CompareGroup[];
  phases: ScenarioPhases[];
}

/** Values of one indicator at one week, one per run (NaN where a run is shorter). */
export function valuesAt(runs: readonly RunResult[], indicator: Indicator, week: number): number[] {
  return runs.map((r) => {
    const col = r.columns[indicator];
    return week < col.length ? col[week] : NaN;
  });
}

function scenarioStats(values: number[]): ScenarioStats {
  const xs = finite(values);
  return { ...meanInterval(xs), q05: quantile(xs, 0.05), q95: quantile(xs, 0.95) };
}

/** x and baseline values aligned by run index (runs missing from either side are left out). */
function pairByRunIndex(
  runs: readonly RunResult[],
  base: readonly RunResult[],
  indicator: Indicator,
  week: number,
): [number[], number[]] {
  const baseByIndex = new Map(base.map((r) => [r.runIndex, r]));
  const x: number[] = [];
  const b: number[] = [];
  for (const r of runs) {
    const other = baseByIndex.get(r.runIndex);
    if (!other) continue;
    x.push(valuesAt([r], indicator, week)[0]);
    b.push(valuesAt([other], indicator, week)[0]);
  }
  return [x, b];
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
 * `results[s]` holds scenario s's runs. Run i of every scenario must have
 * used the same seed and run index for the differences to be paired.
 */
export function compareScenarios(
  results: readonly (readonly RunResult[])[],
  week: number,
  baselineIndex = 0,
): ComparisonTable {
  if (results.length === 0) throw new Error('compareScenarios: no scenarios');
  if (baselineIndex < 0 || baselineIndex >= results.length) {
    throw new Error(`compareScenarios: baseline ${baselineIndex} out of range`);
  }
  const base = results[baselineIndex];
  const groups = CHALLENGES.map((ch) => ({
    id: ch.id,
    title: ch.title,
    rows: ch.rows.map(({ indicator, better }) => {
      const cells = results.map((runs, s) => ({
        stats: scenarioStats(valuesAt(runs, indicator, week)),
        diff: s === baselineIndex ? null : pairedDifference(...pairByRunIndex(runs, base, indicator, week)),
      }));
      return { indicator, better, cells, best: bestOf(cells, better) };
    }),
  }));
  const phases = results.map((runs) => ({
    coalescing: phaseTiming(runs.map((r) => r.summary.coalescingWeek)),
    maturing: phaseTiming(runs.map((r) => r.summary.maturingWeek)),
  }));
  return { week, baseline: baselineIndex, runs: results.map((r) => r.length), groups, phases };
}
