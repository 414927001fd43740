// The compare view's Export menu: every run as tidy CSV, the shared table as
// the CLI writes it, the charts as SVG or PNG. File names say what was
// compared and with which seed.
import { formatCSV, type CompareMeta } from '../../shared/compare-csv.ts';
import type { RunResult } from '../../model/indicators.ts';
import type { ComparisonTable } from '../../stats/index.ts';
import { download, svgToPng } from '../exports.ts';
import type { CompareCharts } from './compare-charts.ts';
import { letter } from './labels.ts';
import { msg } from '../i18n.ts';
import { daylightSVG } from '../theme-export.ts';
import { tidyCSV } from './tidy-csv.ts';

export type CompareExport = 'tidy-csv' | 'table-csv' | 'charts-svg' | 'charts-png';

export interface ExportContext {
  /** Source ids and names of the compared scenarios, in slot order. */
  scenarios: { id: string; name: string }[];
  results: RunResult[][];
  table?: ComparisonTable;
  seed: number;
  meta: CompareMeta;
  charts: CompareCharts;
}

function base(c: ExportContext): string {
  return `compare-${c.scenarios.map((s) => s.id.replace(/^file:/, '').replace(/[^\w.-]+/g, '-')).join('-vs-')}-seed${c.seed}`.slice(0, 120);
}

/** "Compare: 30 runs per scenario, seed 42" above the exported charts. */
function heading(c: ExportContext): string {
  return msg(`Compare: ${c.results[0]?.length ?? 0} runs per scenario, seed ${c.seed}`);
}

export async function exportCompare(kind: CompareExport, c: ExportContext): Promise<void> {
  switch (kind) {
    case 'tidy-csv': {
      const text = await tidyCSV(c.scenarios.map((s, i) => ({ label: letter(i), name: s.name, runs: c.results[i] ?? [] })));
      download(new Blob([text], { type: 'text/csv' }), `${base(c)}-runs.csv`);
      break;
    }
    case 'table-csv':
      if (c.table) download(new Blob([formatCSV(c.table, c.meta)], { type: 'text/csv' }), `${base(c)}-table-wk${c.table.week}.csv`);
      break;
    case 'charts-svg':
      await c.charts.ensureComplete();
      // In Daylight whatever the page's theme: exports go on white pages (theme-export.ts).
      download(new Blob([daylightSVG(c.charts.toSVG(heading(c)).text)], { type: 'image/svg+xml' }), `${base(c)}-charts.svg`);
      break;
    case 'charts-png': {
      await c.charts.ensureComplete();
      const { text, width, height } = c.charts.toSVG(heading(c));
      download(await svgToPng(daylightSVG(text), width, height), `${base(c)}-charts.png`);
      break;
    }
  }
}
