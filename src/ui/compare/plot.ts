// Observable Plot builders for the compare view: one indicator with every
// scenario's replication mean (line, scenario colour and dash) and 5–95% band
// (area), the phase ribbons (phase most runs are in, one row per scenario),
// and the phase-timing strip plot. Pure functions of their inputs.
import * as Plot from '@observablehq/plot';
import { tidyPlotAria } from '../a11y/plot-aria.ts';
import { PHASES } from '../../model/indicators.ts';
import type { Band, PhaseTiming } from '../../stats/index.ts';
import { msg } from '../i18n.ts';
import { palette } from '../theme.ts';
import { letter, scenarioColour, scenarioDash } from './labels.ts';

export const MARGIN_LEFT = 40;
export const MARGIN_RIGHT = 12;

const STYLE = { fontSize: '11px', fontFamily: 'system-ui, sans-serif', background: 'transparent', overflow: 'visible' };

export interface BandChartInput {
  bands: (Band | null)[];
  horizon: number;
  width: number;
  height: number;
  pct?: boolean;
  /** Fixed y domain, else from the data (with zero for non-negative data). */
  y?: [number, number];
  /** The table's week, marked with a dashed rule. */
  tableWeek: number;
  title: string;
}

interface Pt { w: number; m: number; lo: number; hi: number }

function points(b: Band): Pt[] {
  const out: Pt[] = [];
  for (let w = 0; w < b.mean.length; w++) {
    if (Number.isFinite(b.mean[w])) out.push({ w, m: b.mean[w], lo: b.q05[w], hi: b.q95[w] });
  }
  return out;
}

export function bandChart(o: BandChartInput): SVGSVGElement | HTMLElement {
  const P = palette();
  const marks: Plot.Markish[] = [];
  const series = o.bands.map((b) => (b ? points(b) : []));
  // Bands first (under every line), lightest possible so overlaps stay legible.
  series.forEach((pts, s) => {
    if (pts.length > 1) marks.push(Plot.areaY(pts, { x: 'w', y1: 'lo', y2: 'hi', fill: scenarioColour(s), fillOpacity: 0.14, curve: 'linear' }));
  });
  series.forEach((pts, s) => {
    if (pts.length < 2) return;
    // Band edges in the scenario's dash, thin, so a band is traceable where bands overlap.
    marks.push(Plot.lineY(pts, { x: 'w', y: 'lo', stroke: scenarioColour(s), strokeWidth: 0.6, strokeOpacity: 0.55, strokeDasharray: scenarioDash(s) || undefined }));
    marks.push(Plot.lineY(pts, { x: 'w', y: 'hi', stroke: scenarioColour(s), strokeWidth: 0.6, strokeOpacity: 0.55, strokeDasharray: scenarioDash(s) || undefined }));
  });
  series.forEach((pts, s) => {
    if (pts.length < 2) return;
    marks.push(Plot.lineY(pts, { x: 'w', y: 'm', stroke: scenarioColour(s), strokeWidth: 2.2, strokeDasharray: scenarioDash(s) || undefined }));
    // Direct label at the end of each mean line: the letter, so colour is never alone.
    const last = pts[pts.length - 1];
    marks.push(Plot.text([last], { x: 'w', y: 'm', text: () => letter(s), dx: 7, fill: scenarioColour(s), fontWeight: 700, fontSize: 11 }));
  });
  marks.push(Plot.ruleX([o.tableWeek], { stroke: P.chartInk, strokeOpacity: 0.6, strokeDasharray: '3 3' }));
  if (o.y && o.y[0] < 0) marks.push(Plot.ruleY([0], { stroke: P.zeroRule }));
  return tidyPlotAria(Plot.plot({
    width: o.width,
    height: o.height,
    marginLeft: MARGIN_LEFT,
    marginRight: MARGIN_RIGHT + 6,
    marginTop: 8,
    marginBottom: 20,
    style: STYLE,
    x: { domain: [0, o.horizon], label: null, ticks: 6 },
    y: { domain: o.y, label: null, ticks: 3, nice: !o.y, zero: !o.y, grid: true, tickFormat: o.pct ? (d: number) => `${Math.round(d * 100)}%` : undefined },
    marks,
    ariaDescription: o.title,
  }));
}

export interface Span { s: string; phase: string; x1: number; x2: number }

/** Spans of equal phase along one scenario's modal-phase row. */
export function spans(row: Int8Array, s: string): Span[] {
  const out: Span[] = [];
  for (let w = 0; w < row.length; w++) {
    if (row[w] < 0) continue;
    const p = PHASES[row[w]];
    const last = out[out.length - 1];
    if (last && last.phase === p && last.x2 === w - 0.5) last.x2 = w + 0.5;
    else out.push({ s, phase: p, x1: Math.max(0, w - 0.5), x2: w + 0.5 });
  }
  return out;
}

export function phaseRibbons(rows: Int8Array[], horizon: number, width: number): SVGSVGElement | HTMLElement {
  const data = rows.flatMap((r, i) => spans(r, letter(i)));
  const letters = rows.map((_, i) => letter(i));
  const P = palette();
  return tidyPlotAria(Plot.plot({
    width,
    height: 16 * rows.length + 24,
    marginLeft: MARGIN_LEFT,
    marginRight: MARGIN_RIGHT + 6,
    marginTop: 2,
    marginBottom: 20,
    style: STYLE,
    x: { domain: [0, horizon], label: null, ticks: 6 },
    y: { domain: letters, label: null, padding: 0.08, tickSize: 0 },
    marks: [
      Plot.rectX(data, { x1: 'x1', x2: 'x2', y: 's', fill: (d: Span) => P.phaseFill[d.phase as keyof typeof P.phaseFill], stroke: P.chartGround, strokeWidth: 0.5 }),
      Plot.text(data.filter((d) => d.x2 - d.x1 >= 8), { x: 'x1', y: 's', text: (d: Span) => msg(d.phase), textAnchor: 'start', dx: 3, fill: P.chartText, fontSize: 10 }),
    ],
    ariaDescription: msg('Phase most runs are in, per scenario and week'),
  }));
}

/** Strip plot: one dot per run at the week it reached the phase; median as a tick. */
export function timingStrip(timings: PhaseTiming[], horizon: number, width: number, title: string): SVGSVGElement | HTMLElement {
  const letters = timings.map((_, i) => letter(i));
  const dots = timings.flatMap((t, i) => t.weeks.map((w) => ({ s: letters[i], w, i })));
  const med = timings.flatMap((t, i) => (Number.isFinite(t.median) ? [{ s: letters[i], w: t.median, i }] : []));
  const P = palette();
  return tidyPlotAria(Plot.plot({
    width,
    height: 22 * timings.length + 26,
    marginLeft: MARGIN_LEFT,
    marginRight: MARGIN_RIGHT + 6,
    marginTop: 4,
    marginBottom: 22,
    style: STYLE,
    x: { domain: [0, horizon], label: null, ticks: 6 },
    y: { domain: letters, label: null, tickSize: 0 },
    marks: [
      Plot.ruleY(letters, { y: (d: string) => d, stroke: P.chartRule }),
      // Many runs reach a phase in the same week: translucent dots show the pile-up.
      Plot.dot(dots, { x: 'w', y: 's', r: 3.5, fill: (d: { i: number }) => scenarioColour(d.i), fillOpacity: 0.35, stroke: 'none' }),
      Plot.tickX(med, { x: 'w', y: 's', stroke: P.chartInk, strokeWidth: 2 }),
    ],
    ariaDescription: title,
  }));
}
