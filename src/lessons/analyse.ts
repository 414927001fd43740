// The lesson's answer, computed from the runs (never written in the file):
// per scenario the replication band of each indicator, its mean at the
// lesson's week, and which choice the runs support. Pure: unit-testable.
//
// The verdict is an equivalence test against the lesson's margin, the
// smallest difference that counts (lessons/README.md). With d the paired
// 95% interval of best − other (common random numbers), in the direction
// the question calls better:
//   - "clear": for every other scenario, d lies wholly above +margin: the
//     best scenario wins;
//   - "same": for every other scenario, d lies wholly inside ±margin:
//     "about the same" wins;
//   - "close": neither. The runs are too close to call. No choice is marked
//     right: the scenarios not clearly beaten by the best, and "about the
//     same" unless ruled out, are left open; every other choice is wrong.
import { CODEBOOK } from '../model/codebook.ts';
import { PHASE_CODE, type RunResult } from '../model/indicators.ts';
import { band, type Band } from '../stats/bands.ts';
import { meanInterval, type MeanInterval } from '../stats/describe.ts';
import { pairedDifference, type PairedDifference } from '../stats/paired.ts';
import type { Lesson, LessonIndicator } from './types.ts';

/** One per-week column of a run, including the lesson-only derived ones. */
export function column(run: RunResult, ind: LessonIndicator): Float64Array {
  if (ind === 'reachedMaturing') {
    // 1 from the first week the run was maturing on (a run may fall back; "reached" stays).
    const ph = run.columns.phase;
    const out = new Float64Array(ph.length);
    let seen = 0;
    for (let w = 0; w < ph.length; w++) out[w] = seen = seen || (ph[w] === PHASE_CODE.maturing ? 1 : 0);
    return out;
  }
  return run.columns[ind];
}

/** Smallest and largest value an indicator can take (the codebook's; a share of runs is 0–1). */
export function indicatorRange(ind: LessonIndicator): readonly [number, number] {
  if (ind === 'reachedMaturing') return [0, 1];
  const [lo, hi] = CODEBOOK[ind].range;
  return [lo, hi ?? Infinity];
}

/** A mean and its interval kept inside the indicator's range: a share never below 0% or above 100%, a count never below 0. */
export function clampInterval(m: MeanInterval, ind: LessonIndicator): MeanInterval {
  const [lo, hi] = indicatorRange(ind);
  const c = (x: number) => (Number.isFinite(x) ? Math.min(hi, Math.max(lo, x)) : x);
  return { ...m, mean: c(m.mean), lo: c(m.lo), hi: c(m.hi) };
}

/** A difference's interval kept within what two values in range can differ by. */
function clampDifference(d: PairedDifference, ind: LessonIndicator): PairedDifference {
  const [lo, hi] = indicatorRange(ind);
  const span = hi - lo;
  const c = (x: number) => (Number.isFinite(x) ? Math.min(span, Math.max(-span, x)) : x);
  return { ...d, lo: c(d.lo), hi: c(d.hi) };
}

export interface ScenarioOutcome {
  key: string;
  /** Per indicator, in the lesson's order. */
  bands: Band[];
  /** Per indicator: mean at the week with its 95% interval, kept inside the indicator's range. */
  atWeek: MeanInterval[];
}

export const VERDICT_KINDS = ['clear', 'same', 'close'] as const;
export type VerdictKind = (typeof VERDICT_KINDS)[number];

/** How a choice fares: right, wrong, or left open when the runs are too close to call. */
export type ChoiceScore = 'right' | 'wrong' | 'open';

export interface Verdict {
  kind: VerdictKind;
  /** The choice the runs support; '' when they are too close to call (or no choice says so). */
  supported: string;
  /** The scenario key with the best mean, and the runner-up. */
  best: string;
  second?: string;
  /** Paired difference best − second at the week (common random numbers), signed so that better is positive. */
  diff?: PairedDifference;
  /** Paired difference best − each other scenario, by key (better is positive). */
  diffs: Record<string, PairedDifference>;
  /** The smallest difference that counts (the lesson's margin, in the focus indicator's units). */
  margin: number;
  /** True when the best scenario wins beyond the margin (kind "clear"). */
  clear: boolean;
  /** Every choice's score. */
  scores: Record<string, ChoiceScore>;
  /** Does the lesson's expected answer agree with the runs? */
  agrees: boolean;
}

export interface LessonOutcome {
  scenarios: ScenarioOutcome[];
  verdict: Verdict;
}

/** Where an interval lies against ±margin: wholly above, wholly inside, or neither. */
export function against(d: { lo: number; hi: number }, margin: number): 'beyond' | 'within' | 'straddles' {
  if (d.lo > margin) return 'beyond';
  if (d.lo >= -margin && d.hi <= margin) return 'within';
  return 'straddles';
}

/** runs[k][i]: run i of scenario k (same seed and run index across k). */
export function analyse(lesson: Lesson, runs: RunResult[][]): LessonOutcome {
  const { week, indicators, better } = lesson.run;
  const focusInd = indicators[0];
  const scenarios = lesson.run.scenarios.map((s, k) => {
    const rs = runs[k];
    return {
      key: s.key,
      bands: indicators.map((ind) => {
        // Only weeks 0..week: the question is about the run up to then.
        const cols = rs.map((r) => ({ ...r, columns: { [ind]: column(r, ind).subarray(0, week + 1) } }));
        return band(cols as unknown as RunResult[], ind as never);
      }),
      atWeek: indicators.map((ind) => clampInterval(meanInterval(rs.map((r) => column(r, ind)[week])), ind)),
    };
  });
  const focus = (k: number) => runs[k].map((r) => column(r, focusInd)[week]);
  const sign = better === 'higher' ? 1 : -1;
  const order = scenarios.map((_, k) => k).sort((a, b) => sign * (scenarios[b].atWeek[0].mean - scenarios[a].atWeek[0].mean));
  const best = order[0];
  // Signed so that "better" is positive whichever way the question runs.
  const toBetter = (d: PairedDifference): PairedDifference => (sign > 0 ? d : { ...d, mean: -d.mean, lo: -d.hi, hi: -d.lo, dz: -d.dz });
  const diffs: Record<string, PairedDifference> = {};
  for (const k of order.slice(1)) diffs[scenarios[k].key] = clampDifference(toBetter(pairedDifference(focus(best), focus(k))), focusInd);
  const others = order.slice(1).map((k) => scenarios[k].key);
  const margin = lesson.margin;
  const clear = others.every((key) => against(diffs[key], margin) === 'beyond');
  const same = !clear && others.length > 0 && others.every((key) => against(diffs[key], margin) === 'within');
  // Some scenario is clearly apart from the best: "about the same" is ruled out.
  const apart = others.some((key) => against(diffs[key], margin) === 'beyond');
  const kind: VerdictKind = clear ? 'clear' : same ? 'same' : 'close';

  const bestKey = scenarios[best].key;
  const noDifference = lesson.choices.find((c) => !c.scenario);
  const scores: Record<string, ChoiceScore> = {};
  for (const c of lesson.choices) {
    if (kind === 'clear') scores[c.id] = c.scenario === bestKey ? 'right' : 'wrong';
    else if (kind === 'same') scores[c.id] = c.scenario ? 'wrong' : 'right';
    else if (!c.scenario) scores[c.id] = apart ? 'wrong' : 'open';
    // Too close to call: the best, and any scenario the best does not clearly beat, stay open.
    else scores[c.id] = c.scenario === bestKey || (c.scenario in diffs && against(diffs[c.scenario], margin) !== 'beyond') ? 'open' : 'wrong';
  }
  const supported = kind === 'clear' ? lesson.choices.find((c) => c.scenario === bestKey)?.id ?? '' : kind === 'same' ? noDifference?.id ?? '' : '';
  const second = order[1];
  return {
    scenarios,
    verdict: {
      kind,
      supported,
      best: bestKey,
      ...(second !== undefined ? { second: scenarios[second].key, diff: diffs[scenarios[second].key] } : {}),
      diffs,
      margin,
      clear,
      scores,
      agrees: supported !== '' && supported === lesson.expected,
    },
  };
}
