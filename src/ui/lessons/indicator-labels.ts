// Words and numbers for the indicators a lesson reveals (the names are
// MODEL.md §4.3's). One unit per quantity, as in Compare: every share and
// every 0–1 level (trust, safety, energy) is a percentage, its differences
// are in percentage points; counts are plain numbers, in the language's
// decimal style.
import type { LessonIndicator } from '../../lessons/types.ts';
import type { NumberFormat } from '../../lessons/text.ts';
import { msg } from '../i18n.ts';
import { fixed } from '../number-format.ts';

const LABELS: Partial<Record<LessonIndicator, string>> = {
  activeFraction: 'Share of members active in the week',
  meanEnergy: 'Mean energy',
  dropouts: 'Members who left (cumulative)',
  meanTrust: 'Mean trust between members',
  sponsorValue: 'Value the sponsor sees (cumulative)',
  memberValue: 'Value members perceive',
  trickySharedGroup: 'Tricky issues shared in the group (cumulative)',
  trickyShared1on1: 'Tricky issues shared 1:1 (cumulative)',
  groupSafety: 'Group safety',
  weavingRatio: 'Share of 1:1 insights brought into the group',
  innovations: 'Public innovations (cumulative)',
  oneOnOnes: '1:1 conversations in the week',
  insights: 'Private insights from conversations (cumulative)',
  crossOrgTieShare: 'Share of ties across organisations',
  reachedMaturing: 'Share of runs that reached maturing',
};

/**
 * Shown as percentages: every indicator whose codebook range is 0–1 (a share
 * or a 0–1 level), plus the lesson-only share of runs. Member value has no
 * upper bound (value per member), so it stays a number.
 */
const PCT = new Set<LessonIndicator>([
  'activeFraction', 'meanEnergy', 'meanTrust', 'groupSafety', 'sharingNorm', 'sponsorSupport',
  'weavingRatio', 'density', 'clustering', 'crossOrgTieShare', 'giantComponentShare', 'reachedMaturing',
]);

/** 0 or 1 per run: their mean is a share of runs, and a 5–95% band over zeros and ones says nothing. */
const SHARE_OF_RUNS = new Set<LessonIndicator>(['reachedMaturing']);

export function isShareOfRuns(i: LessonIndicator): boolean {
  return SHARE_OF_RUNS.has(i);
}

export function indicatorLabel(i: LessonIndicator): string {
  return msg(LABELS[i] ?? i);
}

export function isPct(i: LessonIndicator): boolean {
  return PCT.has(i);
}

function decimal(v: number, digits: number): string {
  const s = fixed(v, digits);
  // −0 reads as a difference where there is none.
  return (/^-?0([.,]0*)?$/.test(s) ? s.replace('-', '') : s).replace('-', '−');
}

/** Decimals that fit a count's size: 13, 2.1, 0.77. */
function digitsFor(v: number): number {
  const a = Math.abs(v);
  if (Number.isInteger(v)) return 0;
  // Under 1: two decimals (0.77), one where that is exact (0.5, not 0.50).
  return a >= 10 ? 0 : a >= 1 || Math.abs(Math.round(a * 10) - a * 10) < 1e-9 ? 1 : 2;
}

export function formatValue(v: number, i: LessonIndicator): string {
  if (!Number.isFinite(v)) return '–';
  if (isPct(i)) return `${decimal(v * 100, 0)}%`;
  return decimal(v, digitsFor(v));
}

/** Decimals for differences shown together (a mean and its interval): one set for all, fitted to the largest. */
function differenceDigits(vs: number[], i: LessonIndicator): number {
  const m = Math.max(0, ...vs.filter(Number.isFinite).map(Math.abs));
  if (isPct(i)) {
    const p = m * 100;
    // One decimal under 10 points (2.7), none above or where every value is whole.
    return p < 10 && vs.some((v) => Math.round(v * 1000) % 10 !== 0) ? 1 : 0;
  }
  return vs.every((v) => Number.isInteger(v)) ? 0 : digitsFor(m);
}

/** What a count counts, one and more: "1 innovation", "0.50 tricky issues". */
const COUNTS: Partial<Record<LessonIndicator, [string, string]>> = {
  innovations: ['innovation', 'innovations'],
  trickySharedGroup: ['tricky issue', 'tricky issues'],
  trickyShared1on1: ['tricky issue', 'tricky issues'],
  insights: ['insight', 'insights'],
  dropouts: ['member', 'members'],
  sponsorValue: ['value unit', 'value units'],
};

/** The unit of a difference after its number: percentage points for a percentage, what a count counts. */
function withUnit(n: string, v: number, i: LessonIndicator): string {
  if (!isPct(i)) {
    const words = COUNTS[i];
    return words ? `${n} ${msg(Math.abs(v) === 1 ? words[0] : words[1])}` : n;
  }
  return Math.abs(v) === 0.01 ? msg(`${n} percentage point`) : msg(`${n} percentage points`);
}

/** A difference: percentage points for a percentage, else the indicator's own units. */
export function formatDifference(v: number, i: LessonIndicator): string {
  if (!Number.isFinite(v)) return '–';
  return withUnit(decimal(isPct(i) ? v * 100 : v, differenceDigits([v], i)), v, i);
}

/** A difference with its interval, in one style: "2.7 percentage points" and "2.0 to 3.3 percentage points". */
export function formatDifferenceInterval(mean: number, lo: number, hi: number, i: LessonIndicator): { mean: string; range: string } {
  const d = differenceDigits([mean, lo, hi], i);
  const n = (v: number) => (Number.isFinite(v) ? decimal(isPct(i) ? v * 100 : v, d) : '–');
  return { mean: withUnit(n(mean), mean, i), range: withUnit(`${n(lo)} ${msg('to')} ${n(hi)}`, 2, i) };
}

/** For lesson texts with placeholders (src/lessons/text.ts). */
export const lessonNumber: NumberFormat = (v, i, as) => (as === 'difference' ? formatDifference(v, i) : formatValue(v, i));
