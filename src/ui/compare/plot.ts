// Observable Plot builders for the compare view: one indicator with every
// scenario's replication mean (line, scenario colour and dash) and 5–95% band
// (area), the phase row (per scenario and week, the share of runs in each phase),
// and the phase-timing strip plot. Pure functions of their inputs.
import * as Plot from '@observablehq/plot';
import { tidyPlotAria } from '../a11y/plot-aria.ts';
import { PHASES } from '../../model/indicators.ts';
import type { Band, PhaseTiming } from '../../stats/index.ts';
import { msg } from '../i18n.ts';
import { palette } from '../theme.ts';
import { axisTicks } from '../number-format.ts';
import { dormantPattern } from '../charts/plot-chart.ts';
import { letter, scenarioColour, scenarioDash } from './labels.ts';

export const MARGIN_LEFT = 40;
export const MARGIN_RIGHT = 12;

const STYLE = { fontSize: '11px', fontFamily: 'system-ui, sans-serif', background: 'transparent', overflow: 'visible' };

/**
 * Type and margins of the compare charts: laptop sizes, or `big` for presenter
 * mode, where the view is zoomed 1.6 at 1080 px (presenter-styles.ts) and
 * 16 px ticks reach ~26 px on the projector (UX.md §6).
 */
export interface PlotSize { font: number; marginLeft: number; marginBottom: number; letter: number; row: number; dot: number }
export const NORMAL_SIZE: PlotSize = { font: 11, marginLeft: MARGIN_LEFT, marginBottom: 20, letter: 11, row: 22, dot: 3.5 };
export const BIG_SIZE: PlotSize = { font: 16, marginLeft: 58, marginBottom: 28, letter: 18, row: 40, dot: 6 };
const styleOf = (z: PlotSize) => ({ ...STYLE, fontSize: `${z.font}px` });

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
  size?: PlotSize;
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
  const z = o.size ?? NORMAL_SIZE;
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
    marks.push(Plot.text([last], { x: 'w', y: 'm', text: () => letter(s), dx: 7, fill: scenarioColour(s), fontWeight: 700, fontSize: z.letter }));
  });
  marks.push(Plot.ruleX([o.tableWeek], { stroke: P.chartInk, strokeOpacity: 0.6, strokeDasharray: '3 3' }));
  if (o.y && o.y[0] < 0) marks.push(Plot.ruleY([0], { stroke: P.zeroRule }));
  return tidyPlotAria(Plot.plot({
    width: o.width,
    height: o.height,
    marginLeft: z.marginLeft,
    marginRight: MARGIN_RIGHT + 6,
    marginTop: 8,
    marginBottom: z.marginBottom,
    style: styleOf(z),
    x: { domain: [0, o.horizon], label: null, ticks: 6 },
    y: { domain: o.y, label: null, ticks: 3, nice: !o.y, zero: !o.y, grid: true, tickFormat: o.pct ? (d: number) => `${Math.round(d * 100)}%` : axisTicks() },
    marks,
    ariaDescription: o.title,
  }));
}

/** One stacked piece of the phase row: a phase's share of a scenario's runs over weeks x1..x2 (week edges at ±0.5). */
export interface ShareRect { s: number; phase: string; x1: number; x2: number; y1: number; y2: number }

/** Row height and gap of the phase row, in the y scale's units (one scenario per unit). */
const ROW = 0.84;

/**
 * Per scenario and week, its runs' phase shares stacked top to bottom in
 * phase order (potential, coalescing, maturing, dormant), so the row reads
 * as how many runs are where, not only where most are. Weeks in a row with
 * the same piece make one rect: ~40 instead of ~950 for three scenarios,
 * which kept the row's drawing in one short task.
 */
export function shareRects(shares: Float64Array[][]): ShareRect[] {
  const out: ShareRect[] = [];
  shares.forEach((byPhase, s) => {
    const weeks = byPhase[0]?.length ?? 0;
    const open: (ShareRect | undefined)[] = [];
    for (let w = 0; w < weeks; w++) {
      let y = s;
      PHASES.forEach((phase, k) => {
        const share = byPhase[k][w];
        if (!(share > 0)) return void (open[k] = undefined);
        const y2 = y + share * ROW;
        const r = open[k];
        if (r && r.y1 === y && r.y2 === y2 && r.x2 === w - 0.5) r.x2 = w + 0.5;
        else out.push((open[k] = { s, phase, x1: Math.max(0, w - 0.5), x2: w + 0.5, y1: y, y2 }));
        y = y2;
      });
    }
  });
  return out;
}

const PHASE_HATCH_ID = 'compare-dormant-hatch';

/** Per week, the y where a scenario's maturing and dormant share begins (its row's bottom when none). */
function laterEdge(byPhase: Float64Array[], s: number): { w: number; y: number }[] {
  const out: { w: number; y: number }[] = [];
  for (let w = 0; w < byPhase[0].length; w++) {
    if (!Number.isFinite(byPhase[0][w])) continue;
    const y = s + (byPhase[0][w] + byPhase[1][w]) * ROW;
    out.push({ w: Math.max(0, w - 0.5), y }, { w: w + 0.5, y });
  }
  return out;
}

/** "wk 78: 40% maturing · 10% dormant" for a row's last week with runs. */
function lastWeekWords(byPhase: Float64Array[]): string {
  let w = (byPhase[0]?.length ?? 0) - 1;
  while (w >= 0 && !Number.isFinite(byPhase[0][w])) w--;
  if (w < 0) return '';
  const pct = (k: number) => Math.round(byPhase[k][w] * 100);
  const parts = (['maturing', 'dormant'] as const).map((ph) => [ph, pct(PHASES.indexOf(ph))] as const).filter(([, v]) => v > 0);
  const said = parts.length ? parts.map(([ph, v]) => `${v}% ${msg(ph)}`).join(' · ') : `0% ${msg('maturing')}`;
  return `${msg('Wk')} ${w}: ${said}`;
}

/** The phase row: one band per scenario, each week split by the share of runs in each phase. */
export function phaseRibbons(shares: Float64Array[][], horizon: number, width: number, z: PlotSize = NORMAL_SIZE): SVGSVGElement | HTMLElement {
  const data = shareRects(shares);
  const P = palette();
  const fill = (d: ShareRect) => (d.phase === 'dormant' ? `url(#${PHASE_HATCH_ID})` : P.phaseFill[d.phase as keyof typeof P.phaseFill]);
  return tidyPlotAria(Plot.plot({
    width,
    height: (z === NORMAL_SIZE ? 34 : 52) * shares.length + z.marginBottom + 4,
    marginLeft: z.marginLeft,
    marginRight: MARGIN_RIGHT + 6,
    marginTop: 2,
    marginBottom: z.marginBottom,
    style: styleOf(z),
    x: { domain: [0, horizon], label: null, ticks: 6 },
    y: { domain: [0, shares.length], reverse: true, label: null, ticks: shares.map((_, s) => s + ROW / 2), tickFormat: (v: number) => letter(Math.floor(v)), tickSize: 0 },
    marks: [
      () => dormantPattern(PHASE_HATCH_ID, P.hatch),
      // Weeks touch (no gap), so a share that holds over weeks reads as one band.
      Plot.rect(data, { x1: 'x1', x2: 'x2', y1: 'y1', y2: 'y2', fill, shapeRendering: 'crispEdges' }),
      // Where maturing and dormant begin, as an ink step line: their slivers are pale next to coalescing.
      ...shares.map((byPhase, s) => Plot.line(laterEdge(byPhase, s), { x: 'w', y: 'y', curve: 'step', stroke: P.chartInk, strokeWidth: 1, strokeOpacity: 0.7 })),
      // In words at the row's end: the share maturing and dormant in the last week, which thin slivers do not show.
      Plot.text(shares.map((byPhase, s) => ({ s, text: lastWeekWords(byPhase) })), { x: horizon, y: (d: { s: number }) => d.s + ROW / 2, text: 'text', textAnchor: 'end', dx: -4, fill: P.chartText, stroke: P.chartGround, strokeWidth: 3, paintOrder: 'stroke', fontSize: z === NORMAL_SIZE ? 10.5 : z.font }),
      // Each scenario's band framed in its colour, so A–D stay apart.
      Plot.rect(shares.map((_, s) => s), { x1: 0, x2: horizon + 0.5, y1: (s: number) => s, y2: (s: number) => s + ROW, fill: 'none', stroke: (s: number) => scenarioColour(s), strokeWidth: 1 }),
    ],
    ariaDescription: msg('Share of runs in each phase, per scenario and week'),
  }));
}

/** Strip plot: one dot per run at the week it reached the phase; median as a tick. */
export function timingStrip(timings: PhaseTiming[], horizon: number, width: number, title: string, z: PlotSize = NORMAL_SIZE): SVGSVGElement | HTMLElement {
  const letters = timings.map((_, i) => letter(i));
  const dots = timings.flatMap((t, i) => t.weeks.map((w) => ({ s: letters[i], w, i })));
  const med = timings.flatMap((t, i) => (Number.isFinite(t.median) ? [{ s: letters[i], w: t.median, i }] : []));
  const P = palette();
  return tidyPlotAria(Plot.plot({
    width,
    height: z.row * timings.length + z.marginBottom + 6,
    marginLeft: z.marginLeft,
    marginRight: MARGIN_RIGHT + 6,
    marginTop: 4,
    marginBottom: z.marginBottom + 2,
    style: styleOf(z),
    x: { domain: [0, horizon], label: null, ticks: 6 },
    y: { domain: letters, label: null, tickSize: 0 },
    marks: [
      Plot.ruleY(letters, { y: (d: string) => d, stroke: P.chartRule }),
      // Many runs reach a phase in the same week: translucent dots show the pile-up.
      Plot.dot(dots, { x: 'w', y: 's', r: z.dot, fill: (d: { i: number }) => scenarioColour(d.i), fillOpacity: 0.35, stroke: 'none' }),
      Plot.tickX(med, { x: 'w', y: 's', stroke: P.chartInk, strokeWidth: z === NORMAL_SIZE ? 2 : 3 }),
    ],
    ariaDescription: title,
  }));
}
