// The lesson's answer, computed from the runs (never written in the file):
// per scenario the replication band of each indicator, its mean at the
// lesson's week, and which choice the runs support. Pure: unit-testable.
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

export interface ScenarioOutcome {
  key: string;
  /** Per indicator, in the lesson's order. */
  bands: Band[];
  atWeek: MeanInterval[];
}

export interface Verdict {
  /** The choice the runs support. */
  supported: string;
  /** The scenario key with the best mean, and the runner-up. */
  best: string;
  second?: string;
  /** Paired difference best − second at the week (common random numbers). */
  diff?: PairedDifference;
  /** True when the 95% interval of the difference excludes 0. */
  clear: boolean;
  /** Does the lesson's expected answer agree with the runs? */
  agrees: boolean;
}

export interface LessonOutcome {
  scenarios: ScenarioOutcome[];
  verdict: Verdict;
}

/** runs[k][i]: run i of scenario k (same seed and run index across k). */
export function analyse(lesson: Lesson, runs: RunResult[][]): LessonOutcome {
  const { week, indicators, better } = lesson.run;
  const scenarios = lesson.run.scenarios.map((s, k) => {
    const rs = runs[k];
    return {
      key: s.key,
      bands: indicators.map((ind) => {
        // Only weeks 0..week: the question is about the run up to then.
        const cols = rs.map((r) => ({ ...r, columns: { [ind]: column(r, ind).subarray(0, week + 1) } }));
        return band(cols as unknown as RunResult[], ind as never);
      }),
      atWeek: indicators.map((ind) => meanInterval(rs.map((r) => column(r, ind)[week]))),
    };
  });
  const focus = (k: number) => runs[k].map((r) => column(r, indicators[0])[week]);
  const sign = better === 'higher' ? 1 : -1;
  const order = scenarios.map((_, k) => k).sort((a, b) => sign * (scenarios[b].atWeek[0].mean - scenarios[a].atWeek[0].mean));
  const best = order[0];
  const second = order[1];
  const diff = second !== undefined ? pairedDifference(focus(best), focus(second)) : undefined;
  // A clear winner needs the paired 95% interval to exclude no difference.
  const clear = diff ? (sign > 0 ? diff.lo > 0 : diff.hi < 0) : true;
  const bestKey = scenarios[best].key;
  const forBest = lesson.choices.find((c) => c.scenario === bestKey);
  const noDifference = lesson.choices.find((c) => !c.scenario);
  const supported = clear ? forBest?.id ?? '' : noDifference?.id ?? forBest?.id ?? '';
  return {
    scenarios,
    verdict: {
      supported,
      best: bestKey,
      ...(second !== undefined ? { second: scenarios[second].key } : {}),
      ...(diff ? { diff } : {}),
      clear,
      agrees: supported === lesson.expected,
    },
  };
}
