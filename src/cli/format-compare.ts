// Output of `coalesce compare`: an aligned text table grouped by challenge,
// or the shared ComparisonTable as JSON, or one tidy row per indicator and
// scenario as CSV or JSONL. The numbers come from src/stats, as in the browser.

import type { CompareMeta } from '../shared/compare-csv.ts';
import type { ComparisonTable, PhaseTiming } from '../stats/index.ts';

// The tidy records (CSV, JSONL) and their labels are shared with the browser's Compare export.
export { COMPARE_CSV_COLUMNS, formatCSV, formatJSONL, type CompareMeta, type ScenarioLabel } from '../shared/compare-csv.ts';

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
const pText = (p: number): string => (!Number.isFinite(p) ? '' : p < 0.001 ? '<0.001' : p.toFixed(3));

function timing(t: PhaseTiming): string {
  const share = `${pct(t.share)} [${pct(t.shareLo)}, ${pct(t.shareHi)}]`;
  if (t.reached === 0) return share;
  return `${share}  week ${num(t.median, Number.isInteger(t.median) ? 0 : 1)} [${t.q05.toFixed(0)}, ${t.q95.toFixed(0)}]`;
}

export function formatTable(table: ComparisonTable, meta: CompareMeta): string {
  const base = meta.scenarios[table.baseline].label;
  const n = table.runs.every((r) => r === table.runs[0]) ? `${table.runs[0]} runs each` : `runs ${table.runs.join('/')}`;
  const how = table.paired ? 'paired by run (common random numbers)' : 'unpaired (independent samples, Welch)';
  const out: string[] = [
    `Compare at week ${table.week}: ${n}, seed ${meta.seed}, ${how}, 95% intervals`,
    ...align(
      meta.scenarios.map((s, i) => ['', s.label, s.file, s.name, i === table.baseline ? '(baseline)' : '']),
      [],
    ),
    '',
  ];
  const effect = table.paired ? 'd_z' : 'd';
  const flows: string[] = [];
  for (const group of table.groups) {
    out.push(`${group.id} ${group.title}`);
    const rows: string[][] = [['', 'indicator', '', 'mean', '95% CI', `diff vs ${base}`, '95% CI', effect, 'p (Holm)']];
    for (const row of group.rows) {
      if (row.window > 1) flows.push(row.indicator);
      const d = decimalsFor(row.cells.flatMap((c) => [c.stats.mean, c.stats.lo, c.stats.hi]));
      row.cells.forEach((cell, s) => {
        const label = meta.scenarios[s].label + (row.differs.includes(s) ? '*' : '');
        const diff = cell.diff;
        const boot = (m: string) => (m === 'bootstrap' ? ' b' : '');
        rows.push([
          '',
          s === 0 ? row.indicator + (row.window > 1 ? ` (mean of ${row.window} wk)` : '') : '',
          label,
          num(cell.stats.mean, d),
          interval(cell.stats.lo, cell.stats.hi, d) + boot(cell.stats.method),
          diff ? num(diff.mean, d, true) : '',
          diff ? interval(diff.lo, diff.hi, d, true) + boot(diff.method) : '',
          diff && Number.isFinite(diff.dz) ? num(diff.dz, 2, true) : '',
          diff ? pText(diff.pAdjusted) : '',
        ]);
      });
    }
    out.push(...align(rows, [false, false, false, true, false, true, false, true, true]), '');
  }
  out.push(`Phase timing by week ${table.week}: share of runs that reached the phase [Wilson 95%]; median week [5%, 95%] among them`);
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
  const pct5 = `${Math.round(table.alpha * 1000) / 10}%`;
  out.push(
    `* differs from the baseline ${base} at the ${pct5} level, Holm-adjusted over all ${countDiffs(table)} differences in this table (${table.paired ? 'paired t-tests' : "Welch's t-tests"}).`,
    `Intervals: t-intervals; "b": bootstrap percentile (2,000 resamples), used for shares and where a t-interval would leave the indicator's range (docs/INDICATORS.md).`,
    ...(flows.length > 0 ? [`Weekly flows (${flows.join(', ')}): the mean over weeks ${Math.max(0, table.week - table.window + 1)}–${table.week} (--window ${table.window}).`] : []),
    table.paired
      ? `d_z: mean paired difference / sd of the differences (Cohen's d_z); blank when that sd is 0.`
      : `d: difference of means / pooled sd (Cohen's d); blank when that sd is 0.`,
  );
  return `${out.join('\n')}\n`;
}

function countDiffs(table: ComparisonTable): number {
  return table.groups.reduce((n, g) => n + g.rows.reduce((k, r) => k + r.cells.filter((c) => c.diff && Number.isFinite(c.diff.p)).length, 0), 0);
}

export function formatJSON(table: ComparisonTable, meta: CompareMeta): string {
  return `${JSON.stringify({ ...meta, ...table }, null, 1)}\n`;
}
