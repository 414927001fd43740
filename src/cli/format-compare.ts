// Output of `coalesce compare`: an aligned text table grouped by challenge,
// or the shared ComparisonTable as JSON, or one tidy CSV row per indicator
// and scenario. The numbers come from src/stats, as in the browser.

import { CHALLENGES, type ComparisonTable, type PhaseTiming } from '../stats/index.ts';
import type { CompareMeta } from '../shared/compare-csv.ts';

// The tidy CSV and its labels are shared with the browser's Compare export.
export { COMPARE_CSV_COLUMNS, formatCSV, type CompareMeta, type ScenarioLabel } from '../shared/compare-csv.ts';

/** A, B, C, ... then A2, B2 past 26 (compare rarely has more than four). */
export const labelFor = (i: number): string =>
  String.fromCharCode(65 + (i % 26)) + (i >= 26 ? String(Math.floor(i / 26) + 1) : '');

/** Pads columns to their widest cell; numbers right-aligned. */
function align(rows: string[][], right: boolean[]): string[] {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.length)));
  return rows.map((r) =>
    r
      .map((c, i) => (right[i] ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd(),
  );
}

/** Four significant digits for the row's magnitude, the same for every cell of the row. */
function decimalsFor(values: number[]): number {
  const m = Math.max(0, ...values.filter(Number.isFinite).map(Math.abs));
  if (m === 0) return 3;
  return Math.min(4, Math.max(0, 3 - Math.floor(Math.log10(m))));
}

const num = (x: number, d: number, signed = false): string =>
  !Number.isFinite(x) ? 'n/a' : (signed && x > 0 ? '+' : '') + x.toFixed(d);
const interval = (lo: number, hi: number, d: number, signed = false): string =>
  Number.isFinite(lo) ? `[${num(lo, d, signed)}, ${num(hi, d, signed)}]` : '';
const pct = (x: number): string => (Number.isFinite(x) ? `${Math.round(x * 100)}%` : 'n/a');

function timing(t: PhaseTiming): string {
  if (t.reached === 0) return `${pct(t.share)}`;
  return `${pct(t.share)}  week ${num(t.median, Number.isInteger(t.median) ? 0 : 1)} [${t.q05.toFixed(0)}, ${t.q95.toFixed(0)}]`;
}

export function formatTable(table: ComparisonTable, meta: CompareMeta): string {
  const base = meta.scenarios[table.baseline].label;
  const n = table.runs.every((r) => r === table.runs[0]) ? `${table.runs[0]} runs each` : `runs ${table.runs.join('/')}`;
  const out: string[] = [
    `Compare at week ${table.week}: ${n}, seed ${meta.seed} (common random numbers), 95% t-intervals`,
    ...align(
      meta.scenarios.map((s, i) => ['', s.label, s.file, s.name, i === table.baseline ? '(baseline)' : '']),
      [],
    ),
    '',
  ];
  for (const group of table.groups) {
    out.push(`${group.id} ${group.title}`);
    const rows: string[][] = [['', 'indicator', '', 'mean', '95% CI', `diff vs ${base}`, '95% CI', 'd_z']];
    for (const row of group.rows) {
      const d = decimalsFor(row.cells.flatMap((c) => [c.stats.mean, c.stats.lo, c.stats.hi]));
      row.cells.forEach((cell, s) => {
        const label = meta.scenarios[s].label + (row.best.includes(s) ? '*' : '');
        const diff = cell.diff;
        rows.push([
          '',
          s === 0 ? row.indicator : '',
          label,
          num(cell.stats.mean, d),
          interval(cell.stats.lo, cell.stats.hi, d),
          diff ? num(diff.mean, d, true) : '',
          diff ? interval(diff.lo, diff.hi, d, true) : '',
          diff ? num(diff.dz, 2, true) : '',
        ]);
      });
    }
    out.push(...align(rows, [false, false, false, true, false, true, false, true]), '');
  }
  out.push('Phase timing: share of runs that reached the phase; median week [5%, 95%] among them');
  out.push(
    ...align(
      [
        ['', '', 'coalescing', 'maturing'],
        ...table.phases.map((p, s) => ['', meta.scenarios[s].label, timing(p.coalescing), timing(p.maturing)]),
      ],
      [],
    ),
    '',
  );
  const lower = CHALLENGES.flatMap((c) => c.rows.filter((r) => r.better === 'lower').map((r) => r.indicator));
  const none = CHALLENGES.flatMap((c) => c.rows.filter((r) => r.better === null).map((r) => r.indicator));
  out.push(
    `* best mean in the row: higher is better, except lower for ${lower.join(', ')}; no best for ${none.join(', ')}.`,
    `d_z: mean paired difference / sd of the differences (Cohen's d_z).`,
  );
  return `${out.join('\n')}\n`;
}

export function formatJSON(table: ComparisonTable, meta: CompareMeta): string {
  return `${JSON.stringify({ ...meta, ...table }, null, 1)}\n`;
}
