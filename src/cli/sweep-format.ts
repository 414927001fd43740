// Tidy writers for `coalesce sweep`: one row per (grid point, run, week), or
// with --summary one per (grid point, run); the varied values come first.
// Numbers in shortest round-trip form, so equal runs give equal bytes.

import { INDICATORS, phaseName, type RunResult, type RunSummary } from '../model/indicators.ts';
import { CSV_COLUMNS } from './format-run.ts';
import { PROVENANCE_COLUMNS, type RowProvenance } from './provenance.ts';

/** RunSummary's scalar fields, in output order (its `final` follows). */
export const SUMMARY_FIELDS = [
  'coalescingWeek',
  'maturingWeek',
  'firstTricky1on1Week',
  'firstTrickyGroupWeek',
] as const satisfies readonly Exclude<keyof RunSummary, 'final'>[];

type Cell = number | string | null;

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

/** Per week: runIndex, week, then the other indicators (as `coalesce run --format csv`). */
function weekRecords(r: RunResult): [string, Cell][][] {
  const out: [string, Cell][][] = [];
  for (let w = 0; w < r.columns.week.length; w++) {
    out.push(CSV_COLUMNS.map((c): [string, Cell] => [c, c === 'runIndex' ? r.runIndex : indicatorCell(c, r.columns[c][w])]));
  }
  return out;
}

function summaryRecord(r: RunResult): [string, Cell][] {
  const rec: [string, Cell][] = [['runIndex', r.runIndex]];
  for (const f of SUMMARY_FIELDS) rec.push([f, r.summary[f]]);
  for (const name of INDICATORS) {
    const v = r.summary.final[name];
    rec.push([name, typeof v === 'number' ? num(v) : v]);
  }
  return rec;
}

function records(summary: boolean, r: RunResult): [string, Cell][][] {
  return summary ? [summaryRecord(r)] : weekRecords(r);
}

function csvCell(v: Cell): string {
  if (v === null) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Provenance columns not already varied (a varied `seed` is the seed column). */
function provenanceColumns(paths: string[]): (keyof RowProvenance)[] {
  return PROVENANCE_COLUMNS.filter((c) => !paths.includes(c));
}

export function sweepCsv(paths: string[], summary: boolean): SweepWriter {
  const cols = summary ? ['runIndex', ...SUMMARY_FIELDS, ...INDICATORS] : [...CSV_COLUMNS];
  const extra = provenanceColumns(paths);
  return {
    header: () => [...paths, ...cols, ...extra].map(csvCell).join(',') + '\n',
    rows(point, r, prov) {
      const lead = point.map(csvCell).join(',');
      const tail = extra.map((c) => csvCell(prov[c])).join(',');
      return records(summary, r)
        .map((rec) => `${lead},${rec.map(([, v]) => csvCell(v)).join(',')}${tail ? `,${tail}` : ''}\n`)
        .join('');
    },
    footer: () => '',
  };
}

function objects(paths: string[], summary: boolean, point: Cell[], r: RunResult, prov: RowProvenance): string[] {
  const extra = provenanceColumns(paths);
  return records(summary, r).map((rec) => {
    const obj: Record<string, Cell> = {};
    paths.forEach((p, i) => (obj[p] = point[i]));
    for (const [k, v] of rec) obj[k] = v;
    for (const c of extra) obj[c] = prov[c];
    return JSON.stringify(obj);
  });
}

export function sweepJsonl(paths: string[], summary: boolean): SweepWriter {
  return {
    header: () => '',
    rows: (point, r, prov) => objects(paths, summary, point, r, prov).map((l) => `${l}\n`).join(''),
    footer: () => '',
  };
}

/** One JSON document: the metadata record's fields, then "rows": [...], one row per line. */
export function sweepJson(paths: string[], summary: boolean, meta: object): SweepWriter {
  let first = true;
  return {
    header: () => `${JSON.stringify(meta).slice(0, -1)},"rows":[`,
    rows(point, r, prov) {
      const lines = objects(paths, summary, point, r, prov);
      const text = lines.map((l, i) => `${first && i === 0 ? '\n' : ',\n'}${l}`).join('');
      if (lines.length > 0) first = false;
      return text;
    },
    footer: () => '\n]}\n',
  };
}
