// How the compare table shows a quantity (issue 17, item 21): shares as
// percentages and their differences in percentage points, decimals that fit
// the quantity (no 4-place counts), intervals kept inside the indicator's
// range (a count has no negative bound), and a plain verdict in words before
// any statistic.
import { codebookEntry, INDICATOR_KINDS } from '../../model/codebook.ts';
import type { Indicator } from '../../model/indicators.ts';
import type { CompareRow } from '../../stats/index.ts';
import { msg } from '../i18n.ts';
import { fixed } from '../number-format.ts';
import { letter } from './labels.ts';

export interface Quantity {
  /** A share (0–1) or a 0–1 level: shown as a percentage, differences in points. */
  pct: boolean;
  /** Decimals for the row's means and bounds (of the percentage when pct). */
  decimals: number;
  /** Smallest and largest possible value. */
  range: readonly [number, number | null];
}

/** The quantity of a row, its decimals fitted to the row's values (all cells share them, so they line up). */
export function quantityOf(ind: Indicator, values: number[]): Quantity {
  const e = codebookEntry(ind);
  const pct = e.kind === INDICATOR_KINDS.share || (e.kind === INDICATOR_KINDS.level && e.range[0] === 0 && e.range[1] === 1);
  const m = Math.max(0, ...values.filter(Number.isFinite).map((v) => Math.abs(pct ? v * 100 : v)));
  // Whole percent, one decimal under 10%; counts and amounts: whole from 100, one decimal from 1, else two; a row of zeros: 0.
  const decimals = m === 0 ? 0 : pct ? (m < 10 ? 1 : 0) : m >= 100 ? 0 : m >= 1 ? 1 : 2;
  return { pct, decimals, range: e.range };
}

/** A value inside the quantity's range (a t-interval can reach past 0 for a count near 0; the count cannot). */
export function clampTo(q: Quantity, x: number): number {
  return Math.min(q.range[1] ?? Infinity, Math.max(q.range[0], x));
}

/** A mean or a bound, with a % for shares. */
export function fmtValue(q: Quantity, x: number): string {
  return num(q.pct ? x * 100 : x, q.decimals, false) + (q.pct ? '%' : '');
}

/** Decimals for a difference of this size: a difference under 10 points (or under 1 and 100) gets one more than the values. */
export function diffDecimals(q: Quantity, x: number): number {
  const m = Math.abs(q.pct ? x * 100 : x);
  return Math.max(q.decimals, q.pct ? (m < 10 ? 1 : 0) : m >= 100 ? 0 : m >= 1 ? 1 : 2);
}

/** A difference, signed; in points for shares ("+12 points"), unless `unit` is false (the bounds of a bracket). */
export function fmtDiff(q: Quantity, x: number, d = diffDecimals(q, x), unit = true): string {
  const s = num(q.pct ? x * 100 : x, d, true);
  return q.pct && unit ? `${s} ${pointsWord(s)}` : s;
}

/** "point" or "points" for a formatted number. */
export function pointsWord(s: string): string {
  return msg(Math.abs(Number(s.replace('−', '-').replace(',', '.'))) === 1 ? 'point' : 'points');
}

function num(v: number, d: number, signed: boolean): string {
  if (!Number.isFinite(v)) return '–';
  // −0.0 reads as a difference where there is none.
  const r = Number(v.toFixed(d)) || 0;
  return (signed && r > 0 ? '+' : '') + fixed(r, d).replace('-', '−');
}

/**
 * A scenario against the baseline in plain words: "B higher by 12 points
 * (clear)" when the table marks the difference (paired, Holm-adjusted over
 * the table), else "B about the same as A".
 */
export function verdict(row: CompareRow, s: number, baseline: number, q: Quantity): string {
  const diff = row.cells[s]?.diff;
  if (!diff) return '';
  const who = letter(s);
  if (!row.differs.includes(s)) return msg(`${who} about the same as ${letter(baseline)}`);
  // A clear difference never reads as "0 points": more decimals where the rounding would hide it.
  let d = diffDecimals(q, diff.mean);
  while (d < 4 && Number(Math.abs(q.pct ? diff.mean * 100 : diff.mean).toFixed(d)) === 0) d++;
  const size = fmtDiff(q, Math.abs(diff.mean), d).replace(/^\+/, '');
  return diff.mean > 0 ? msg(`${who} higher by ${size} (clear)`) : msg(`${who} lower by ${size} (clear)`);
}

/** Conventional words for |d_z| (Cohen): a help for readers, not a verdict. */
export function effectWord(dz: number): string {
  const a = Math.abs(dz);
  if (!Number.isFinite(a)) return '';
  if (a < 0.2) return msg('negligible');
  if (a < 0.5) return msg('small');
  if (a < 0.8) return msg('medium');
  return msg('large');
}

/** d_z as a number for the statistics view. */
export function fmtD(dz: number): string {
  return num(dz, 2, true);
}
