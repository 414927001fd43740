// Pattern measurements (MODEL.md §1) over many seeds and any population,
// shared by the pattern tests, scripts/calibrate.ts and scripts/patterns.ts
// so that all three report the same numbers.

import { runScenario, type RunResult } from '../../src/model/index.ts';
import { defaultScenario } from '../../src/scenario/defaults.ts';
import type { PresetId, Scenario } from '../../src/scenario/types.ts';
import { DEFAULT_POPULATION, withPopulation, type Population } from './family.ts';

/** The pattern tests' seeds. */
export let SEEDS = Array.from({ length: 30 }, (_, k) => 1000 + k);
export function useSeeds(seeds: number[]): void {
  SEEDS = seeds;
}
/** Presets that hold group sessions beyond the launch (P3, P7). */
export const WITH_SESSIONS: PresetId[] = ['steady-rhythm', 'matchmaker', 'weaver', 'vulnerability', 'trust-first', 'bridging', 'balanced'];

/** A change to a scenario: an ablation, or a level of a sweep. */
export type Tweak = (s: Scenario) => void;

const cache = new Map<string, RunResult[]>();

export function runs(scenario: Scenario, seeds: number[] = SEEDS): RunResult[] {
  const key = JSON.stringify(scenario) + seeds.join(',');
  let r = cache.get(key);
  if (!r) {
    r = seeds.map((seed) => runScenario(scenario, { seed, runIndex: 0 }));
    cache.set(key, r);
  }
  return r;
}

/** Forget cached runs (the report script measures many populations in turn). */
export function clearRuns(): void {
  cache.clear();
}

export function scenarioFor(id: PresetId, pop: Population = DEFAULT_POPULATION, tweak?: Tweak): Scenario {
  const s = withPopulation(defaultScenario(id), pop);
  tweak?.(s);
  return s;
}

export function presetRuns(id: PresetId, tweak?: Tweak, pop: Population = DEFAULT_POPULATION): RunResult[] {
  return runs(scenarioFor(id, pop, tweak));
}

export const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

type Name = keyof RunResult['columns'];

/** Mean over runs of an indicator at one week. */
export function meanAt(rs: RunResult[], name: Name, week: number): number {
  return mean(rs.map((r) => r.columns[name][week]));
}

/** Mean over runs of an indicator's mean over weeks a..b. */
export function meanOver(rs: RunResult[], name: Name, a: number, b: number): number {
  return mean(rs.map((r) => mean(Array.from(r.columns[name].slice(a, b + 1)))));
}

export function share(rs: RunResult[], pred: (r: RunResult) => boolean): number {
  return rs.filter(pred).length / rs.length;
}

/**
 * P3a: the first 1:1 disclosure comes ≥ 4 weeks before the first group
 * self-disclosure. A run with no group self-disclosure at all fails: the
 * pattern is about the order of the two, and such a run shows no order.
 */
export function trickyOrder(r: RunResult): boolean {
  const a = r.summary.firstTricky1on1Week;
  const b = r.summary.firstTrickyGroupWeek;
  return a !== null && b !== null && b - a >= 4;
}

/** P3b: group share of disclosures in weeks a..b, pooled over runs. */
export function groupShare(rs: RunResult[], a: number, b: number): number {
  let g = 0;
  let o = 0;
  for (const r of rs) {
    g += r.columns.trickySharedGroup[b] - r.columns.trickySharedGroup[a];
    o += r.columns.trickyShared1on1[b] - r.columns.trickyShared1on1[a];
  }
  return g + o > 0 ? g / (g + o) : 0;
}

/** Share of runs that reached maturing by the horizon. */
export function maturedShare(rs: RunResult[]): number {
  return share(rs, (r) => r.summary.maturingWeek !== null);
}

/** Share of runs that are dormant in some week up to `week`. */
export function dormantShare(rs: RunResult[], week = 78): number {
  return share(rs, (r) => Array.from(r.columns.phase.slice(0, week + 1)).includes(3));
}

/** P8: mean core and active shares over the weeks a run spends maturing, averaged over the runs that mature. */
export function maturingLevels(rs: RunResult[]): { runs: number; core: number; active: number } {
  const core: number[] = [];
  const active: number[] = [];
  for (const r of rs) {
    const c = r.columns;
    let n = 0;
    let sc = 0;
    let sa = 0;
    for (let w = 0; w < c.phase.length; w++) {
      if (c.phase[w] !== 2 || c.members[w] === 0) continue;
      n++;
      sc += c.core[w] / c.members[w];
      sa += c.active[w] / c.members[w];
    }
    if (n > 0) {
      core.push(sc / n);
      active.push(sa / n);
    }
  }
  return { runs: core.length, core: mean(core), active: mean(active) };
}

/** Spearman rank correlation. */
export function spearman(x: number[], y: number[]): number {
  const rank = (v: number[]) => {
    const idx = v.map((_, k) => k).sort((a, b) => v[a] - v[b]);
    const r = new Array<number>(v.length);
    for (let k = 0; k < idx.length; ) {
      let e = k;
      while (e + 1 < idx.length && v[idx[e + 1]] === v[idx[k]]) e++;
      for (let q = k; q <= e; q++) r[idx[q]] = (k + e) / 2;
      k = e + 1;
    }
    return r;
  };
  const rx = rank(x);
  const ry = rank(y);
  const mx = mean(rx);
  const my = mean(ry);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let k = 0; k < x.length; k++) {
    sxy += (rx[k] - mx) * (ry[k] - my);
    sxx += (rx[k] - mx) ** 2;
    syy += (ry[k] - my) ** 2;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0;
}

/** P5: bridging at increasing intensity (cross-org matches a week; cross-org mixing from level 1). */
export function bridgingLevel(level: number, pop: Population = DEFAULT_POPULATION, tweak?: Tweak): Scenario {
  const s = scenarioFor('steady-rhythm', pop);
  s.strategy = {
    actions: [
      { type: 'launch', params: { mixing: level > 0 ? 'crossOrg' : 'random' }, at: 1 },
      { type: 'meetup', params: { mixing: level > 0 ? 'crossOrg' : 'random' }, every: 4, from: 5 },
      { type: 'followUp', params: { dE: 0.05 }, every: 1, from: 2 },
      ...(level > 0 ? [{ type: 'matchmake' as const, params: { k: level, by: 'crossOrg' as const }, every: 1, from: 2 }] : []),
    ],
  };
  tweak?.(s);
  return s;
}
