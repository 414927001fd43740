// The browser's lessons: those shipped in lessons/ (bundled, loaded on
// demand) plus any lesson file a trainer opens, each validated with located
// errors (src/lessons), their scenarios taken from the built-in files.
import { BUILTINS } from '../builtin-scenarios.ts';
import type { Lesson, LessonError, LessonScenario } from '../../lessons/types.ts';
import { parseLesson } from '../../lessons/validate.ts';

const files = import.meta.glob<string>('/lessons/*.{yaml,yml,json}', { query: '?raw', import: 'default' });

export interface Catalogue {
  lessons: Lesson[];
  /** Files that did not validate: shown to the trainer, never half-loaded. */
  errors: LessonError[];
}

const scenarioIds = () => BUILTINS.map((b) => b.id);
const added: Lesson[] = [];

export async function loadCatalogue(): Promise<Catalogue> {
  const errors: LessonError[] = [];
  const lessons: Lesson[] = [];
  for (const [path, load] of Object.entries(files)) {
    const r = parseLesson(await load(), { file: path.replace(/^\//, ''), scenarioIds: scenarioIds() });
    if (r.ok) lessons.push(r.lesson);
    else errors.push(...r.errors);
  }
  for (const l of added) if (!lessons.some((x) => x.id === l.id)) lessons.push(l);
  lessons.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  return { lessons, errors };
}

/** A trainer's own lesson file, for this session. */
export function addLesson(text: string, file: string): { ok: true; lesson: Lesson } | { ok: false; errors: LessonError[] } {
  const r = parseLesson(text, { file, scenarioIds: scenarioIds() });
  if (r.ok) {
    const i = added.findIndex((l) => l.id === r.lesson.id);
    if (i >= 0) added.splice(i, 1);
    added.push(r.lesson);
  }
  return r;
}

/** The text of one of a lesson's scenarios. */
export async function scenarioSource(s: LessonScenario): Promise<{ text: string; file: string }> {
  if (s.inline !== undefined) return { text: s.inline, file: `lesson scenario ${s.key}` };
  const b = BUILTINS.find((x) => x.id === s.file);
  if (!b) throw new Error(`no scenario file ${s.file}`);
  return { text: await b.load(), file: b.file };
}
