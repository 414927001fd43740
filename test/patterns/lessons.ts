// A lesson's revealed answer on another population: the lesson's own
// scenarios, seed and number of runs, with the population swapped in, and the
// verdict of src/lessons/analyse.ts. Shared by the lessons' family test and
// `npm run patterns`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../../src/lessons/analyse.ts';
import type { Lesson } from '../../src/lessons/types.ts';
import { parseLesson } from '../../src/lessons/validate.ts';
import { runScenario } from '../../src/model/run.ts';
import { parseScenario } from '../../src/scenario/parse.ts';
import { withPopulation, type Population } from './family.ts';

const ROOT = join(import.meta.dirname, '../..');

export function shippedLessons(): Lesson[] {
  const ids = readdirSync(join(ROOT, 'scenarios')).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, ''));
  return readdirSync(join(ROOT, 'lessons'))
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => {
      const r = parseLesson(readFileSync(join(ROOT, 'lessons', f), 'utf8'), { file: f, scenarioIds: ids });
      if (!r.ok) throw new Error(`${f}: ${r.errors[0].message}`);
      return r.lesson;
    });
}

/**
 * The verdict of a lesson's runs on a population: does the expected answer
 * hold (supported beyond the lesson's margin; a run too close to call does
 * not hold), and what do the runs support?
 */
export function lessonOn(lesson: Lesson, pop: Population): { agrees: boolean; supported: string; figure: string } {
  const runs = lesson.run.scenarios.map((sc) => {
    const file = `${sc.file}.yaml`;
    const r = parseScenario(readFileSync(join(ROOT, 'scenarios', file), 'utf8'), { file });
    if (!r.ok) throw new Error(`${file}: ${r.errors[0].message}`);
    const s = withPopulation(r.scenario, pop);
    return Array.from({ length: lesson.run.runs }, (_, i) => runScenario(s, { seed: lesson.run.seed, runIndex: i }));
  });
  const out = analyse(lesson, runs);
  const means = out.scenarios.map((s) => `${s.key} ${s.atWeek[0].mean.toFixed(2)}`).join(', ');
  const v = out.verdict;
  const d = v.diff ? `; ${v.best} − ${v.second} ${v.diff.mean.toFixed(3)} [${v.diff.lo.toFixed(3)}, ${v.diff.hi.toFixed(3)}] against ±${v.margin}` : '';
  const verdict = v.kind === 'close' ? 'too close to call' : `runs support ${v.supported}`;
  return { agrees: v.agrees, supported: v.supported, figure: `${lesson.run.indicators[0]} at week ${lesson.run.week}: ${means}${d}; ${verdict}` };
}
