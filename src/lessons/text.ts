// Lesson texts that quote the run: placeholders filled from the analysis, so
// a reveal never says "about half" where the chart shows 43%. Pure.
//
//   {B}               scenario B's mean of the first indicator at run.week
//   {B.sponsorValue}  scenario B's mean of another of run.indicators
//   {B@52}            scenario B's mean of the first indicator at week 52 (≤ run.week)
//   {diff}            the paired difference best − runner-up (first indicator)
//   {diff.lo} {diff.hi}  its 95% interval
//   {margin}          the lesson's smallest difference that counts
//   {week} {runs}     run.week, run.runs
import type { LessonOutcome } from './analyse.ts';
import type { Lesson, LessonIndicator } from './types.ts';

/** How the caller writes a number: a value of an indicator, or a difference of it (a share's difference is in points). */
export type NumberFormat = (v: number, ind: LessonIndicator, as: 'value' | 'difference') => string;

const TOKEN = /\{([^{}\s]{1,40})\}/g;
/** {B}, {B.indicator} or {B@week}. */
const SCENARIO_TOKEN = /^([A-D])(?:\.(\w+)|@(\d{1,3}))?$/;

/** What is wrong with one placeholder's name, or '' when it is fine. */
export function placeholderProblem(name: string, lesson: Pick<Lesson, 'run'>): string {
  const keys = lesson.run.scenarios.map((s) => s.key);
  if (['diff', 'diff.lo', 'diff.hi', 'margin', 'week', 'runs'].includes(name)) return '';
  const m = SCENARIO_TOKEN.exec(name);
  if (!m) return `unknown placeholder {${name}}; expected {A}–{D}, {A.<indicator>}, {A@<week>}, {diff}, {diff.lo}, {diff.hi}, {margin}, {week} or {runs}`;
  if (!keys.includes(m[1])) return `placeholder {${name}}: no scenario with key ${m[1]} in run.scenarios (keys: ${keys.join(', ')})`;
  if (m[2] && !(lesson.run.indicators as readonly string[]).includes(m[2])) return `placeholder {${name}}: ${m[2]} is not one of run.indicators (${lesson.run.indicators.join(', ')})`;
  if (m[3] !== undefined && +m[3] > lesson.run.week) return `placeholder {${name}}: week ${m[3]} is after run.week (${lesson.run.week})`;
  return '';
}

/** Every placeholder in a text, with its offset. */
export function placeholders(text: string): { name: string; index: number }[] {
  return [...text.matchAll(TOKEN)].map((m) => ({ name: m[1], index: m.index ?? 0 }));
}

/** The text with each placeholder replaced by the run's number. */
export function fillText(text: string, lesson: Lesson, outcome: LessonOutcome, fmt: NumberFormat): string {
  const focus = lesson.run.indicators[0];
  const v = outcome.verdict;
  return text.replace(TOKEN, (whole, name: string) => {
    if (name === 'week') return String(lesson.run.week);
    if (name === 'runs') return String(lesson.run.runs);
    if (name === 'margin') return fmt(v.margin, focus, 'difference');
    if (name.startsWith('diff')) {
      if (!v.diff) return '–';
      return fmt(name === 'diff.lo' ? v.diff.lo : name === 'diff.hi' ? v.diff.hi : v.diff.mean, focus, 'difference');
    }
    const m = SCENARIO_TOKEN.exec(name);
    const s = m && outcome.scenarios.find((x) => x.key === m[1]);
    if (!m || !s) return whole;
    if (m[3] !== undefined) {
      const v = s.bands[0].mean[+m[3]];
      return v === undefined ? whole : fmt(v, focus, 'value');
    }
    const j = m[2] ? lesson.run.indicators.indexOf(m[2] as LessonIndicator) : 0;
    return j >= 0 ? fmt(s.atWeek[j].mean, lesson.run.indicators[j], 'value') : whole;
  });
}
