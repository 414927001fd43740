// Tidy writers for grids of runs (`coalesce sweep` and `coalesce experiment`):
// the point's values come first, then the run's records (one per week, per
// recorded week, or one summary per run), then seed, scenario and
// scenarioHash. Numbers in shortest round-trip form, so equal runs give
// equal bytes.

import { INDICATORS, phaseName, type Indicator, type RunResult, type RunSummary } from '../model/indicators.ts';
import { csvField } from '../shared/csv.ts';
import { CSV_COLUMNS } from './format-run.ts';
import { PROVENANCE_COLUMNS, type RowProvenance } from './provenance.ts';

/** RunSummary's scalar fields, in output order (its `final` follows). */
export const SUMMARY_FIELDS = [
  'coalescingWeek',
  'maturingWeek',
  'firstTricky1on1Week',
  'firstTrickyGroupWeek',
] as const satisfies readonly Exclude<keyof RunSummary, 'final'>[];

export type Cell = number | string | null;
export type Record_ = [string, Cell][];

/** What one run becomes: its column names and its records. */
export interface RecordShape {
  columns: readonly string[];
  records(r: RunResult): Record_[];
}

export interface SweepWriter {
  header(): string;
  /**
   * Rows of one result; `point` holds the varied values in axis order and
   * `prov` the seed, scenario name and hash that end every row.
   */
  rows(point: Cell[], result: RunResult, prov: RowProvenance): string;
  footer(): string;
}

const num = (x: number): Cell => (Number.isFinite(x) ? x : null);
const indicatorCell = (name: string, v: number): Cell => (name === 'phase' ? phaseName(v) : num(v));

/** One record per week: runIndex, week, then the other indicators (as `coalesce run --format csv`). */
export const WEEKLY: RecordShape = {
  columns: CSV_COLUMNS,
  records(r) {
    const out: Record_[] = [];
    for (let w = 0; w < r.columns.week.length; w++) {
      out.push(CSV_COLUMNS.map((c): [string, Cell] => [c, c === 'runIndex' ? r.runIndex : indicatorCell(c, r.columns[c][w])]));
    }
    return out;
  },
};

/** One record per run: summary fields, then every indicator at the horizon. */
export const SUMMARY: RecordShape = {
  columns: ['runIndex', ...SUMMARY_FIELDS, ...INDICATORS],
  records(r) {
    const rec: Record_ = [['runIndex', r.runIndex]];
    for (const f of SUMMARY_FIELDS) rec.push([f, r.summary[f]]);
    for (const name of INDICATORS) {
      const v = r.summary.final[name];
      rec.push([name, typeof v === 'number' ? num(v) : v]);
    }
    return [rec];
  },
};

/** Records at chosen weeks only, with chosen indicators (experiments' `record:`). */
export function recordedWeeks(indicators: readonly Indicator[], weeksOf: (r: RunResult) => number[]): RecordShape {
  const names = indicators.filter((n) => n !== 'week');
  return {
    columns: ['runIndex', 'week', ...names],
    records: (r) => weeksOf(r).map((w) => [['runIndex', r.runIndex], ['week', w], ...names.map((n): [string, Cell] => [n, indicatorCell(n, r.columns[n][w])])]),
  };
}

function csvCell(v: Cell): string {
  return v === null ? '' : csvField(String(v));
}

/** Provenance columns not already varied (a varied `seed` is the seed column). */
function provenanceColumns(paths: string[]): (keyof RowProvenance)[] {
  return PROVENANCE_COLUMNS.filter((c) => !paths.includes(c));
}

export function sweepCsv(paths: string[], shape: RecordShape): SweepWriter {
  const extra = provenanceColumns(paths);
  return {
    header: () => [...paths, ...shape.columns, ...extra].map(csvCell).join(',') + '\n',
    rows(point, r, prov) {
      const lead = point.map(csvCell).join(',');
      const tail = extra.map((c) => csvCell(prov[c])).join(',');
      return shape
        .records(r)
        .map((rec) => `${lead ? `${lead},` : ''}${rec.map(([, v]) => csvCell(v)).join(',')}${tail ? `,${tail}` : ''}\n`)
        .join('');
    },
    footer: () => '',
  };
}

function objects(paths: string[], shape: RecordShape, point: Cell[], r: RunResult, prov: RowProvenance): string[] {
  const extra = provenanceColumns(paths);
  return shape.records(r).map((rec) => {
    const obj: Record<string, Cell> = {};
    paths.forEach((p, i) => (obj[p] = point[i]));
    for (const [k, v] of rec) obj[k] = v;
    for (const c of extra) obj[c] = prov[c];
    return JSON.stringify(obj);
  });
}

export function sweepJsonl(paths: string[], shape: RecordShape): SweepWriter {
  return {
    header: () => '',
    rows: (point, r, prov) => objects(paths, shape, point, r, prov).map((l) => `${l}\n`).join(''),
    footer: () => '',
  };
}

/** One JSON document: the metadata record's fields, then "rows": [...], one row per line. */
export function sweepJson(paths: string[], shape: RecordShape, meta: object): SweepWriter {
  let first = true;
  return {
    header: () => `${JSON.stringify(meta).slice(0, -1)},"rows":[`,
    rows(point, r, prov) {
      const lines = objects(paths, shape, point, r, prov);
      const text = lines.map((l, i) => `${first && i === 0 ? '\n' : ',\n'}${l}`).join('');
      if (lines.length > 0) first = false;
      return text;
    },
    footer: () => '\n]}\n',
  };
}
