// Pattern measurements (MODEL.md §1) over many seeds, shared by the pattern
// tests and scripts/calibrate.ts so that both report the same numbers.

import { runScenario, type RunResult } from '../../src/model/index.ts';
import { defaultScenario } from '../../src/scenario/defaults.ts';
import type { PresetId, Scenario } from '../../src/scenario/types.ts';

/** The pattern tests' seeds. Calibration (scripts/calibrate.ts) also checks a second set. */
export let SEEDS = Array.from({ length: 30 }, (_, k) => 1000 + k);
export function useSeeds(seeds: number[]): void {
  SEEDS = seeds;
}
/** Presets that hold group sessions beyond the launch (P3, P7). */
export const WITH_SESSIONS: PresetId[] = ['steady-rhythm', 'matchmaker', 'weaver', 'vulnerability', 'trust-first', 'bridging'];

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

export function presetRuns(id: PresetId, tweak?: (s: Scenario) => void): RunResult[] {
  const s = defaultScenario(id);
  tweak?.(s);
  return runs(s);
}

export const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

/** Mean over runs of an indicator at one week. */
export function meanAt(rs: RunResult[], name: keyof RunResult['columns'], week: number): number {
  return mean(rs.map((r) => r.columns[name][week]));
}

/** Mean over runs of an indicator's mean over weeks a..b. */
export function meanOver(rs: RunResult[], name: keyof RunResult['columns'], a: number, b: number): number {
  return mean(rs.map((r) => mean(Array.from(r.columns[name].slice(a, b + 1)))));
}

export function share(rs: RunResult[], pred: (r: RunResult) => boolean): number {
  return rs.filter(pred).length / rs.length;
}

/** P3: the first 1:1 disclosure comes ≥ 4 weeks before the first group self-disclosure. */
export function trickyOrder(r: RunResult): boolean {
  const a = r.summary.firstTricky1on1Week;
  const b = r.summary.firstTrickyGroupWeek;
  return a !== null && (b === null || b - a >= 4);
}

/** P3: group share of disclosures in weeks a..b, pooled over runs. */
export function groupShare(rs: RunResult[], a: number, b: number): number {
  let g = 0;
  let o = 0;
  for (const r of rs) {
    g += r.columns.trickySharedGroup[b] - r.columns.trickySharedGroup[a];
    o += r.columns.trickyShared1on1[b] - r.columns.trickyShared1on1[a];
  }
  return g + o > 0 ? g / (g + o) : 0;
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
export function bridgingLevel(level: number): Scenario {
  const s = defaultScenario('steady-rhythm');
  s.strategy = {
    actions: [
      { type: 'launch', params: { mixing: level > 0 ? 'crossOrg' : 'random' }, at: 1 },
      { type: 'meetup', params: { mixing: level > 0 ? 'crossOrg' : 'random' }, every: 4, from: 5 },
      { type: 'followUp', params: { dE: 0.05 }, every: 1, from: 2 },
      ...(level > 0 ? [{ type: 'matchmake' as const, params: { k: level, by: 'crossOrg' as const }, every: 1, from: 2 }] : []),
    ],
  };
  return s;
}
