// The verdict in words (src/lessons/analyse.ts decides it): which answer the
// runs support, by how much against the lesson's margin, and how the
// participant's pick fares. Every number comes from the runs.
import type { ChoiceScore, LessonOutcome } from '../../lessons/analyse.ts';
import type { Lesson, LessonIndicator } from '../../lessons/types.ts';
import { msg, pick } from '../i18n.ts';
import { formatDifference, formatDifferenceInterval, formatValue, indicatorLabel } from './indicator-labels.ts';

/** "A difference smaller than 5 percentage points counts as about the same." */
export function marginSentence(l: Lesson): string {
  return msg(`A difference smaller than ${formatDifference(l.margin, l.run.indicators[0])} counts as about the same.`);
}

function label(l: Lesson, key: string): string {
  const s = l.run.scenarios.find((x) => x.key === key);
  return s ? `${s.key} · ${pick(s.label)}` : key;
}

/** "a difference of 2.7 percentage points (95% interval 2.0 to 3.3 percentage points over 30 paired runs)". */
function difference(d: { mean: number; lo: number; hi: number }, l: Lesson): { mean: string; interval: string } {
  const f = formatDifferenceInterval(d.mean, d.lo, d.hi, l.run.indicators[0]);
  return { mean: f.mean, interval: msg(`95% interval ${f.range} over ${l.run.runs} paired runs`) };
}

/** The sentence under "The runs support …": the numbers behind the verdict. */
export function verdictSentence(l: Lesson, o: LessonOutcome): string {
  const v = o.verdict;
  const focus = l.run.indicators[0];
  const at = (key: string) => `${label(l, key)} ${formatValue(o.scenarios.find((s) => s.key === key)!.atWeek[0].mean, focus)}`;
  const d = (x: number) => formatDifference(x, focus);
  const week = msg(`At week ${l.run.week}`);
  const runs = l.run.runs;
  const margin = d(v.margin);
  if (!v.second || !v.diff) return `${week}: ${at(v.best)} (${msg(`mean of ${runs} runs`)}).`;
  const worst = Object.keys(v.diffs).at(-1)!;
  const dw = v.diffs[worst];
  switch (v.kind) {
    case 'clear': {
      const x = difference(v.diff, l);
      const by = l.run.better === 'higher' ? msg(`${v.best} is higher by ${x.mean}`) : msg(`${v.best} is lower by ${x.mean}`);
      return `${week}, ${at(v.best)} ${msg('against')} ${at(v.second)}: ${by} (${x.interval}), ${msg(`more than the smallest difference that counts, ${margin}.`)}`;
    }
    case 'same': {
      const x = difference(dw, l);
      return `${week}, ${at(v.best)} ${msg('against')} ${at(worst)}: ${msg(`a difference of ${x.mean}`)} (${x.interval}), ${msg(`wholly within the smallest difference that counts, ${margin} either way.`)}`;
    }
    case 'close': {
      const x = difference(v.diff, l);
      return `${week}, ${at(v.best)} ${msg('against')} ${at(v.second)}: ${msg(`a difference of ${x.mean}`)} (${x.interval}), ${msg(`neither wholly beyond nor wholly within the smallest difference that counts, ${margin}.`)} ${msg('No answer is marked right; more runs could settle it.')}`;
    }
  }
}

/** What the runs support, in a few words (the presenter's headline). */
export function supportedWords(l: Lesson, o: LessonOutcome): string {
  const c = l.choices.find((x) => x.id === o.verdict.supported);
  if (c) return pick(c.text);
  if (o.verdict.kind === 'close') return msg('too close to call');
  // "About the same" with no such choice in the lesson.
  return o.verdict.kind === 'same' ? msg('about the same') : `${label(l, o.verdict.best)}`;
}

export function scoreSentence(score: ChoiceScore): string {
  switch (score) {
    case 'right': return msg('The runs agree with you.');
    case 'open': return msg('These runs cannot tell yet: your answer is not ruled out, and not confirmed.');
    case 'wrong': return msg('The runs point elsewhere. The idea behind your choice:');
  }
}

/** The other side of a trade-off: the indicator's mean per scenario, "Value the sponsor sees: A · Value first 13, B · Trust first 1.9". */
export function tradeOffSentence(l: Lesson, o: LessonOutcome): string | undefined {
  const t: LessonIndicator | undefined = l.run.tradeOff;
  if (!t) return undefined;
  const j = l.run.indicators.indexOf(t);
  if (j < 0) return undefined;
  const parts = o.scenarios.map((s) => `${label(l, s.key)} ${formatValue(s.atWeek[j].mean, t)}`);
  return `${indicatorLabel(t)}, ${msg(`week ${l.run.week}`)}: ${parts.join(', ')}`;
}
