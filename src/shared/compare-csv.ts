// The comparison table as tidy CSV, one row per indicator and scenario, and
// the labels it carries: written by `coalesce compare --format csv` and by
// the browser's Compare export, so both give the same file.
import type { ComparisonTable } from '../stats/index.ts';

export interface ScenarioLabel {
  label: string;
  file: string;
  name: string;
}

export interface CompareMeta {
  scenarios: ScenarioLabel[];
  seed: number;
}

function csvField(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}
const csvNum = (x: number | undefined): string => (x !== undefined && Number.isFinite(x) ? String(x) : '');

export const COMPARE_CSV_COLUMNS = [
  'challenge', 'indicator', 'better', 'week', 'scenario', 'file', 'name', 'baseline',
  'n', 'mean', 'sd', 'lo', 'hi', 'q05', 'q95', 'diffN', 'diffMean', 'diffSd', 'diffLo', 'diffHi', 'dz', 'best',
] as const;

export function formatCSV(table: ComparisonTable, meta: CompareMeta): string {
  const lines = [COMPARE_CSV_COLUMNS.join(',')];
  for (const g of table.groups) {
    for (const r of g.rows) {
      r.cells.forEach((c, s) => {
        const sc = meta.scenarios[s];
        const d = c.diff;
        lines.push(
          [
            g.id, r.indicator, r.better ?? '', String(table.week), sc.label, csvField(sc.file), csvField(sc.name),
            meta.scenarios[table.baseline].label,
            String(c.stats.n), csvNum(c.stats.mean), csvNum(c.stats.sd), csvNum(c.stats.lo), csvNum(c.stats.hi),
            csvNum(c.stats.q05), csvNum(c.stats.q95),
            d ? String(d.n) : '', csvNum(d?.mean), csvNum(d?.sd), csvNum(d?.lo), csvNum(d?.hi), csvNum(d?.dz),
            r.best.includes(s) ? '1' : '0',
          ].join(','),
        );
      });
    }
  }
  return `${lines.join('\n')}\n`;
}
