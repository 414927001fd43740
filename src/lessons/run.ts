// Run a lesson's comparison: every scenario the same seed and run indices
// 0..runs-1 (common random numbers), on the replication pool, then analyse.
import type { RunResult } from '../model/indicators.ts';
import { runReplications, type ReplicationJob, type ReplicationOptions } from '../pool/index.ts';
import { parseScenario } from '../scenario/parse.ts';
import type { Scenario, ScenarioError } from '../scenario/types.ts';
import { analyse, type LessonOutcome } from './analyse.ts';
import type { Lesson, LessonScenario } from './types.ts';

export type ScenarioSource = (s: LessonScenario) => Promise<{ text: string; file: string }>;

/** The lesson's scenarios as validated Scenario objects, or their located errors. */
export async function lessonScenarios(lesson: Lesson, source: ScenarioSource): Promise<{ ok: true; scenarios: Scenario[]; texts: { text: string; file: string }[] } | { ok: false; errors: ScenarioError[] }> {
  const texts = await Promise.all(lesson.run.scenarios.map(source));
  const errors: ScenarioError[] = [];
  const scenarios: Scenario[] = [];
  texts.forEach(({ text, file }) => {
    const r = parseScenario(text, { file });
    if (r.ok) {
      scenarios.push(r.scenario);
      if (lesson.run.week > r.scenario.horizon) errors.push({ file, line: 1, column: 1, path: 'horizon', message: `the lesson asks about week ${lesson.run.week}, but this scenario ends at week ${r.scenario.horizon}` });
    } else errors.push(...r.errors);
  });
  return errors.length ? { ok: false, errors } : { ok: true, scenarios, texts };
}

export async function runLesson(
  lesson: Lesson,
  scenarios: Scenario[],
  opts: Pick<ReplicationOptions, 'signal' | 'onProgress' | 'workers' | 'timeoutMs' | 'onRetry' | 'onFailure'> = {},
): Promise<LessonOutcome> {
  const jobs: ReplicationJob[] = [];
  scenarios.forEach((scenario, k) => {
    for (let i = 0; i < lesson.run.runs; i++) jobs.push({ scenario, seed: lesson.run.seed, runIndex: i, tag: k });
  });
  const { results, failures } = await runReplications(jobs, opts);
  if (failures.length) throw new Error(failures[0].message);
  const byScenario: RunResult[][] = scenarios.map(() => []);
  results.forEach((r, j) => byScenario[jobs[j].tag!].push(r!));
  return analyse(lesson, byScenario);
}
