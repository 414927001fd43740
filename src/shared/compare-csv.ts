// The comparison table as tidy records, one per indicator and scenario, and
// the labels they carry: written as CSV or JSONL by `coalesce compare` and as
// CSV by the browser's Compare export, so both give the same file.
import type { ComparisonTable } from '../stats/index.ts';
import { csvField } from './csv.ts';

export interface ScenarioLabel {
  label: string;
  file: string;
  name: string;
  /** The CLI's; the browser's compare view has none. */
  scenarioHash?: string;
}

export interface CompareMeta {
  /** The CLI's provenance record (src/cli/provenance.ts); the browser's compare view has none. */
  provenance?: object;
  scenarios: ScenarioLabel[];
  seed: number;
}

const csvNum = (x: number | undefined): string => (x !== undefined && Number.isFinite(x) ? String(x) : '');

export const COMPARE_CSV_COLUMNS = [
  'challenge', 'indicator', 'better', 'week', 'scenario', 'file', 'name', 'baseline',
  'n', 'mean', 'sd', 'lo', 'hi', 'q05', 'q95', 'diffN', 'diffMean', 'diffSd', 'diffLo', 'diffHi', 'dz', 'best',
  'window', 'method', 'diffMethod', 'p', 'pHolm', 'differs', 'paired', 'seed', 'scenarioHash',
] as const;

type Cell = string | number | null;

/** One record per indicator and scenario, in COMPARE_CSV_COLUMNS order. */
function records(table: ComparisonTable, meta: CompareMeta): Cell[][] {
  const out: Cell[][] = [];
  const n = (x: number | undefined): Cell => (x !== undefined && Number.isFinite(x) ? x : null);
  for (const g of table.groups) {
    for (const r of g.rows) {
      r.cells.forEach((c, s) => {
        const sc = meta.scenarios[s];
        const d = c.diff;
        out.push([
          g.id, r.indicator, r.better, table.week, sc.label, sc.file, sc.name, meta.scenarios[table.baseline].label,
          c.stats.n, n(c.stats.mean), n(c.stats.sd), n(c.stats.lo), n(c.stats.hi), n(c.stats.q05), n(c.stats.q95),
          d ? d.n : null, n(d?.mean), n(d?.sd), n(d?.lo), n(d?.hi), n(d?.dz), r.best.includes(s) ? 1 : 0,
          r.window, c.stats.method, d ? d.method : null, n(d?.p), n(d?.pAdjusted), r.differs.includes(s) ? 1 : 0,
          table.paired ? 1 : 0, meta.seed, sc.scenarioHash ?? null,
        ]);
      });
    }
  }
  return out;
}

export function formatCSV(table: ComparisonTable, meta: CompareMeta): string {
  const lines = [COMPARE_CSV_COLUMNS.join(',')];
  for (const rec of records(table, meta)) {
    lines.push(rec.map((v) => (v === null ? '' : typeof v === 'number' ? csvNum(v) : csvField(v))).join(','));
  }
  return `${lines.join('\n')}\n`;
}

export function formatJSONL(table: ComparisonTable, meta: CompareMeta): string {
  return records(table, meta)
    .map((rec) => `${JSON.stringify(Object.fromEntries(COMPARE_CSV_COLUMNS.map((c, i) => [c, rec[i]])))}\n`)
    .join('');
}
