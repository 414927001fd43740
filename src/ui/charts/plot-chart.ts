// Builds one challenge chart's frame with Observable Plot: axes, grid, the
// dormant hatch (an SVG pattern inside the chart's own SVG, so it survives
// the SVG and PNG exports), the ghost of the previous run (every line, grey
// and dotted), intervention marks and the live lines. The parts that grow
// week by week (phase bands and labels, session triangles, stars, the live
// lines' paths) are layers of ours (chart-layers.ts), updated in place until
// the frame no longer fits: see frameKey and yDomain. The week cursor is not
// drawn here (it moves without a re-render).
import * as Plot from '@observablehq/plot';
import { scaleLinear } from 'd3-scale';
import { tidyPlotAria } from '../a11y/plot-aria.ts';
import { getLang } from '../i18n.ts';
import type { Columns } from '../../model/indicators.ts';
import { currentTheme, palette, seriesColour, type Palette } from '../theme.ts';
import { drawLayers, makeLayers, type Dims, type Layers, type Scales } from './chart-layers.ts';
import type { ChallengeChart } from './series.ts';
import { axisTicks } from '../number-format.ts';

export { phaseSpans, type PhaseSpan } from './chart-layers.ts';

export interface ChartInput {
  chart: ChallengeChart;
  columns: Columns;
  ghost?: Columns;
  horizon: number;
  /** Weeks with a recorded intervention; kind 'cut': the sponsor cut its support (and so the budget) at the end of that week. */
  interventions: { week: number; label: string; kind?: 'cut' }[];
  width: number;
  height: number;
  showPhaseLabels: boolean;
}

/** A built chart: its SVG, the layers we update, and what it was built for. */
export interface ChartFrame {
  svg: SVGSVGElement;
  /** Everything but the data that the frame depends on (frameKey). */
  key: string;
  /** The y domain Plot chose (after zero and nice). */
  yDomain: number[];
  layers: Layers;
  scales: Scales;
  dims: Dims;
  chart: ChallengeChart;
  hatchId: string;
  /** The theme's colours it was built with (its bands keep them while updated in place). */
  palette: Palette;
}

/** The inputs that need a new frame when they change (the data alone does not). */
export function frameKey(o: Omit<ChartInput, 'columns'>, ghostId: number): string {
  return JSON.stringify([o.chart.id, o.horizon, o.width, o.height, o.showPhaseLabels, ghostId, getLang(), currentTheme(), o.interventions.map((i) => [i.week, i.label])]);
}

export function buildChart(o: ChartInput, key: string): ChartFrame {
  const { chart, columns } = o;
  const hatchId = `dormant-hatch-${chart.id}`;
  // The theme's colours; a theme switch changes frameKey, so the chart is built again.
  const P = palette();
  const base = makeLayers(chart, o.showPhaseLabels, P);
  let scales: Scales | undefined;
  let dims: Dims | undefined;
  // A render function that draws nothing: it hands us Plot's scales and dimensions.
  const capture = (_i: unknown, s: Scales, _v: unknown, d: Dims) => {
    scales = s;
    dims = d;
    return null;
  };
  const marks: Plot.Markish[] = [
    () => dormantPattern(hatchId, P.hatch),
    capture as unknown as Plot.RenderFunction,
    () => base.bands,
    () => base.dormant,
  ];
  if (base.labels) marks.push(() => base.labels!);
  marks.push(() => base.sessions);
  const acts = o.interventions.filter((i) => i.kind !== 'cut');
  const cuts = o.interventions.filter((i) => i.kind === 'cut');
  if (acts.length) {
    marks.push(Plot.ruleX(acts, { x: 'week', stroke: P.chartInk, strokeOpacity: 0.5, strokeDasharray: '2 2' }));
    marks.push(Plot.dot(acts, { x: 'week', frameAnchor: 'top', r: 3.5, fill: P.chartInk, title: 'label' }));
  }
  if (cuts.length) {
    // A sponsor's cut: a solid rule and a downward triangle, in the colour of things that went wrong.
    marks.push(Plot.ruleX(cuts, { x: 'week', stroke: P.bad, strokeOpacity: 0.8 }));
    marks.push(Plot.dot(cuts, { x: 'week', frameAnchor: 'top', symbol: 'triangle', rotate: 180, r: 4.5, fill: P.bad, stroke: P.chartInk, strokeWidth: 0.5, title: 'label', ariaLabel: 'label' }));
  }
  if (o.ghost) {
    // The run before the last change: every line of this chart, grey and dotted under the live ones.
    for (const s of chart.series) {
      const col = o.ghost[s.key];
      if (!col) continue;
      marks.push(Plot.lineY(Array.from(col), { x: (_: number, i: number) => i, y: (d: number) => d, stroke: P.chartGhost, strokeWidth: 1.75, strokeDasharray: '2 2.5', className: 'ghost' }));
    }
  }
  // Plot draws the live lines (their values set the y domain, as they always did); we move their paths later.
  const live = chart.series.filter((s) => columns[s.key]);
  for (const s of live) {
    marks.push(Plot.lineY(Array.from(columns[s.key]), { x: (_: number, i: number) => i, y: (d: number) => d, stroke: seriesColour(s.colour, P), strokeWidth: 2, strokeDasharray: s.dash, className: `live-${s.key}` }));
  }
  if (base.stars) marks.push(() => base.stars!);
  if (chart.y && chart.y[0] < 0) marks.push(Plot.ruleY([0], { stroke: P.zeroRule }));
  const svg = tidyPlotAria(Plot.plot({
    width: o.width,
    height: o.height,
    marginLeft: 36,
    marginRight: 14,
    marginTop: 8,
    marginBottom: 20,
    style: { fontSize: '11px', fontFamily: 'system-ui, sans-serif', background: 'transparent', overflow: 'visible' },
    x: { domain: [0, o.horizon], label: null, ticks: 6 },
    y: { domain: chart.y ?? (extentOf(chart, columns, o.ghost)[1] > 0 ? undefined : [0, 1]), label: null, ticks: 3, nice: !chart.y, zero: true, grid: true, tickFormat: chart.pct ? percent : axisTicks() },
    marks,
    ariaDescription: chart.title,
  })) as SVGSVGElement & Plot.Plot;
  const lines = new Map<string, SVGPathElement>();
  for (const s of live) {
    const p = svg.querySelector(`g.live-${s.key} path`);
    if (p) lines.set(s.key, p as SVGPathElement);
  }
  const frame: ChartFrame = { svg, key, yDomain: Array.from(svg.scale('y')?.domain ?? [], Number), layers: { ...base, lines }, scales: scales!, dims: dims!, chart, hatchId, palette: P };
  drawLayers(frame.layers, chart, columns, hatchId, frame.scales, frame.dims, P);
  return frame;
}

/**
 * Can `frame` show `columns` by an update in place? Its key must match, every
 * live line must have its path, and the y domain Plot would choose for the
 * data now (zero, then nice, as its quantitative scale does) must be the one
 * the frame was built with.
 */
export function fits(frame: ChartFrame, key: string, columns: Columns, ghost?: Columns): boolean {
  if (frame.key !== key) return false;
  const { chart } = frame;
  if (frame.layers.lines.size !== chart.series.filter((s) => columns[s.key]).length) return false;
  if (chart.y) return true;
  const e = extentOf(chart, columns, ghost);
  const want = e[1] > 0 ? niceDomain(e) : [0, 1];
  return want.length === frame.yDomain.length && want.every((v, i) => v === frame.yDomain[i]);
}

export function update(frame: ChartFrame, columns: Columns): void {
  drawLayers(frame.layers, frame.chart, columns, frame.hatchId, frame.scales, frame.dims, frame.palette);
}

/** The live and ghost lines' extent; nothing above zero yet (week 0, a silent community) gets [0, 1], as Plot's domain would collapse to [0, 0] with unreadable ticks. */
function extentOf(chart: ChallengeChart, columns: Columns, ghost?: Columns): [number, number] {
  let lo = Infinity, hi = -Infinity;
  for (const c of [ghost, columns]) {
    if (!c) continue;
    for (const s of chart.series) {
      for (const v of c[s.key] ?? []) {
        if (v == null || Number.isNaN(v)) continue;
        if (v < lo) lo = v;
        if (v > hi) hi = v;
      }
    }
  }
  return [lo, hi];
}

/** A share on the y axis, as everywhere else in the app: 50%, not 0.5. */
export function percent(d: number): string {
  return `${Math.round(d * 100)}%`;
}

/** Plot's y domain for an extent with zero: true and nice: true (scales/quantitative.js). */
function niceDomain([lo, hi]: [number, number]): number[] {
  if (lo > 0) lo = 0;
  else if (hi < 0) hi = 0;
  return scaleLinear().domain([lo, hi]).nice().domain();
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** <defs> with the dormant hatch as a pattern; ids are per chart, so the stacked export holds each once. */
export function dormantPattern(id: string, hatch: Palette['hatch']): SVGElement {
  const { ground, line, gap, width } = hatch;
  const el = (tag: string, attrs: Record<string, string | number>) => {
    const e = document.createElementNS(SVG_NS, tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
    return e;
  };
  const defs = el('defs', {});
  const pattern = el('pattern', { id, patternUnits: 'userSpaceOnUse', width: gap, height: gap, patternTransform: 'rotate(45)', 'data-phase': 'dormant' });
  pattern.append(el('rect', { width: gap, height: gap, fill: ground }), el('line', { x1: 0, y1: 0, x2: 0, y2: gap, stroke: line, 'stroke-width': width }));
  defs.append(pattern);
  return defs;
}
