// Numbers in lessons: one unit per quantity (a 0–1 share or level is a
// percentage, its differences are percentage points; a count is a number in
// the reader's decimal style), and the verdict's sentences in English and
// Dutch, with every number from the runs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { analyse } from '../../src/lessons/analyse.ts';
import { parseLesson } from '../../src/lessons/validate.ts';
import type { Lesson } from '../../src/lessons/types.ts';
import { CODEBOOK } from '../../src/model/codebook.ts';
import { INDICATORS, type RunResult } from '../../src/model/indicators.ts';
import { loadLang, setLangForTest } from '../../src/ui/i18n.ts';
import { formatDifference, formatDifferenceInterval, formatValue, isPct } from '../../src/ui/lessons/indicator-labels.ts';
import { marginSentence, scoreSentence, tradeOffSentence, verdictSentence } from '../../src/ui/lessons/verdict-text.ts';

const ROOT = join(import.meta.dirname, '../..');

afterEach(() => setLangForTest('en'));

function c1(): Lesson {
  const r = parseLesson(readFileSync(join(ROOT, 'lessons/c1-trust-or-value.yaml'), 'utf8'), { file: 'c1.yaml' });
  if (!r.ok) throw new Error(r.errors[0].message);
  return r.lesson;
}

/** Two scenarios, 30 runs, week 1: trust 0.34 + a bit for A, 0.02 more for B; sponsor value 13 against 2. */
function runs(gap: number): RunResult[][] {
  const run = (trust: number, value: number) => ({ columns: { meanTrust: Float64Array.from([0, trust]), sponsorValue: Float64Array.from([0, value]), memberValue: Float64Array.from([0, 0.3]) } }) as unknown as RunResult;
  return [0, gap].map((g, k) => Array.from({ length: 30 }, (_, i) => run(0.34 + 0.01 * Math.sin(i) + g + 0.002 * Math.cos(i * (k + 2)), k === 0 ? 13 + 0.1 * Math.sin(i) : 2 + 0.1 * Math.cos(i))));
}

describe('one unit per quantity', () => {
  it('every indicator with a 0–1 range is a percentage in the lessons, and no other', () => {
    for (const ind of INDICATORS) {
      const { range, kind } = CODEBOOK[ind];
      const unit = range[0] === 0 && range[1] === 1 && kind !== 'category';
      expect(isPct(ind), ind).toBe(unit);
    }
    expect(isPct('reachedMaturing')).toBe(true);
  });

  it('writes shares as percentages, their differences in points, counts in the language\'s decimals', () => {
    expect(formatValue(0.372, 'meanTrust')).toBe('37%');
    expect(formatValue(2.067, 'trickySharedGroup')).toBe('2.1');
    expect(formatValue(13.27, 'sponsorValue')).toBe('13');
    expect(formatValue(1, 'innovations')).toBe('1');
    expect(formatDifference(0.05, 'meanTrust')).toBe('5 percentage points');
    expect(formatDifference(0.5, 'trickySharedGroup')).toBe('0.5 tricky issues');
    expect(formatDifference(1, 'innovations')).toBe('1 innovation');
    expect(formatDifferenceInterval(0.027, 0.0203, 0.0331, 'meanTrust')).toEqual({ mean: '2.7 percentage points', range: '2.0 to 3.3 percentage points' });
    expect(formatDifferenceInterval(4.27, 1.75, 6.78, 'innovations')).toEqual({ mean: '4.3 innovations', range: '1.8 to 6.8 innovations' });
  });

  it('in Dutch: a decimal comma and procentpunten', async () => {
    setLangForTest('nl');
    await loadLang('views');
    expect(formatValue(2.067, 'trickySharedGroup')).toBe('2,1');
    expect(formatDifferenceInterval(0.027, 0.0203, 0.0331, 'meanTrust')).toEqual({ mean: '2,7 procentpunten', range: '2,0 tot 3,3 procentpunten' });
  });
});

describe('the verdict in words', () => {
  it('about the same: the numbers, the margin, and the other side of the trade-off', () => {
    const l = { ...c1(), run: { ...c1().run, week: 1 } };
    const o = analyse(l, runs(0.02));
    expect(o.verdict.kind).toBe('same');
    expect(marginSentence(l)).toBe('A difference smaller than 5 percentage points counts as about the same.');
    const s = verdictSentence(l, o);
    expect(s).toMatch(/^At week 1, B · Trust first 36% against A · Value first 34%: a difference of 2\.0 percentage points \(95% interval 1\.\d to 2\.\d percentage points over 30 paired runs\), wholly within the smallest difference that counts, 5 percentage points either way\.$/);
    expect(tradeOffSentence(l, o)).toBe('Value the sponsor sees (cumulative), week 1: A · Value first 13, B · Trust first 2.0');
    expect(scoreSentence(o.verdict.scores['trust-first'])).toBe('The runs point elsewhere. The idea behind your choice:');
    expect(scoreSentence(o.verdict.scores.same)).toBe('The runs agree with you.');
  });

  it('a clear winner and a close call, in English and in Dutch', async () => {
    const l = { ...c1(), run: { ...c1().run, week: 1 } };
    const clear = analyse(l, runs(0.1));
    expect(verdictSentence(l, clear)).toMatch(/B is higher by 10 percentage points \(95% interval \d+ to \d+ percentage points over 30 paired runs\), more than the smallest difference that counts, 5 percentage points\.$/);
    const close = analyse({ ...l, margin: 0.02 }, runs(0.02));
    expect(close.verdict.kind).toBe('close');
    expect(verdictSentence({ ...l, margin: 0.02 }, close)).toMatch(/neither wholly beyond nor wholly within the smallest difference that counts, 2 percentage points\. No answer is marked right; more runs could settle it\.$/);
    setLangForTest('nl');
    await loadLang('views');
    expect(verdictSentence(l, clear)).toMatch(/^In week 1, B · Eerst vertrouwen 44% tegenover A · Eerst waarde 34%: B ligt 10 procentpunten hoger \(95%-interval \d+ tot \d+ procentpunten over 30 gepaarde runs\), meer dan het kleinste verschil dat telt, 5 procentpunten\.$/);
  });
});
