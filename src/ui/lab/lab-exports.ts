// The lab's downloads: the Export menu (issue 4: indicators as CSV, the network
// as PNG, the charts as SVG and PNG, the scenario with its interventions as
// YAML) and the scenario editor's text as it stands ('editor-yaml'). File
// names say scenario, seed and week, so a folder of exports sorts itself; the
// pictures say it too, with a key and legends (export-context.ts, loaded with
// the first export so the first screen does not carry it).
import type { ChallengeCharts } from '../charts/challenge-charts.ts';
import type { SimController } from '../controllers/sim-controller.ts';
import { columnsCSV, download, safeName, svgToPng } from '../exports.ts';
import type { ExportKind } from './lab-header.ts';
import type { NetworkView } from '../network/network-view.ts';
import { daylightSVG } from '../theme-export.ts';
import { phaseName } from '../../model/indicators.ts';
import { msg } from '../i18n.ts';
import type { ExportFacts } from './export-context.ts';

export interface ExportSources {
  sim: SimController;
  network: NetworkView;
  charts: ChallengeCharts;
  /** Called after the scenario was saved as a file (nothing unsaved is left). */
  exported: () => void;
}

export async function exportLab(kind: ExportKind | 'editor-yaml', src: ExportSources, text = ''): Promise<void> {
  const { sim } = src;
  const base = `${safeName(sim.scenarioName)}-seed${sim.seed}-wk${sim.week}`;
  switch (kind) {
    case 'csv':
      if (sim.columns) download(new Blob([columnsCSV(sim.columns)], { type: 'text/csv' }), `${base}.csv`);
      return;
    case 'network-png': {
      const b = await src.network.toBlob();
      const snap = src.network.snapshot;
      if (!b) return;
      const { captionedNetworkPNG } = await import('./export-context.ts');
      download((snap && (await captionedNetworkPNG(b, snap, src.network.lens, facts(sim)))) || b, `${base}-network.png`);
      return;
    }
    case 'charts-svg':
      download(new Blob([(await chartsSVG(src.charts, facts(sim))).text], { type: 'image/svg+xml' }), `${base}-charts.svg`);
      return;
    case 'charts-png': {
      const { text, w, h } = await chartsSVG(src.charts, facts(sim));
      download(await svgToPng(text, w, h), `${base}-charts.png`);
      return;
    }
    case 'editor-yaml':
      download(new Blob([text], { type: 'text/yaml' }), `${safeName(sim.scenarioName)}.yaml`);
      src.exported();
      return;
    case 'yaml': {
      const text = await sim.exportScenario();
      if (!text) return;
      download(new Blob([text], { type: 'text/yaml' }), `${safeName(sim.scenarioName)}-seed${sim.seed}.yaml`);
      src.exported();
      return;
    }
  }
}

/** Scenario, seed, week and phase, for the pictures' headings. */
function facts(sim: SimController): ExportFacts {
  const phase = sim.columns?.phase[sim.week];
  return { scenario: sim.scenarioName, seed: sim.seed, week: sim.week, phase: phase === undefined ? '' : msg(phaseName(phase)) };
}

/** The charts as one SVG with heading, legends and axis labels, in Daylight whatever the page's theme (exports go on white pages: theme-export.ts). */
async function chartsSVG(charts: ChallengeCharts, f: ExportFacts): Promise<{ text: string; w: number; h: number }> {
  const { standaloneChartsSVG } = await import('./export-context.ts');
  const text = standaloneChartsSVG(charts.renderRoot, charts.clientWidth || 540, f, (s) => daylightSVG(s));
  const m = /width="(\d+)" height="(\d+)"/.exec(text);
  return { text, w: m ? +m[1] : 600, h: m ? +m[2] : 600 };
}
