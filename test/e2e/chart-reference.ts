// The challenge charts as Observable Plot drew them before they were updated
// in place (every mark, Plot's own, rebuilt for every render): the reference
// that test/e2e/chart-inplace.e2e.ts compares the lab's charts with, pixel
// for pixel. Served to the page by the dev server; not part of the app.
import * as Plot from '@observablehq/plot';
import { tidyPlotAria } from '../../src/ui/a11y/plot-aria.ts';
import { msg } from '../../src/ui/i18n.ts';
import type { Columns } from '../../src/model/indicators.ts';
import { PHASES } from '../../src/model/indicators.ts';
import { BAD, DORMANT_HATCH, PHASE_FILL, type PhaseKey } from '../../src/ui/theme.ts';
import type { ChallengeChart } from '../../src/ui/charts/series.ts';

export interface ChartInput {
  chart: ChallengeChart;
  columns: Columns;
  ghost?: Columns;
  horizon: number;
  /** Weeks with a recorded intervention, and (kind 'cut') the sponsor's cuts. */
  interventions: { week: number; label: string; kind?: 'cut' }[];
  width: number;
  height: number;
  showPhaseLabels: boolean;
}

export interface PhaseSpan { phase: string; x1: number; x2: number }

export function phaseSpans(phase: Float64Array): PhaseSpan[] {
  const spans: PhaseSpan[] = [];
  for (let w = 0; w < phase.length; w++) {
    const p = PHASES[phase[w]] ?? 'potential';
    const last = spans[spans.length - 1];
    if (last && last.phase === p) last.x2 = w + 0.5;
    else spans.push({ phase: p, x1: Math.max(0, w - 0.5), x2: w + 0.5 });
  }
  return spans;
}

export function buildReferenceChart(o: ChartInput): SVGSVGElement | HTMLElement {
  const { chart, columns } = o;
  const n = columns.week.length;
  const weeks = Array.from({ length: n }, (_, i) => i);
  const spans = phaseSpans(columns.phase);
  const hatchId = `dormant-hatch-${chart.id}`;
  const marks: Plot.Markish[] = [
    () => dormantPattern(hatchId),
    Plot.rectX(spans.filter((d) => d.phase !== 'dormant'), { x1: 'x1', x2: 'x2', fill: (d: PhaseSpan) => PHASE_FILL[d.phase as PhaseKey] }),
    Plot.rectX(spans.filter((d) => d.phase === 'dormant'), { x1: 'x1', x2: 'x2', fill: `url(#${hatchId})` }),
  ];
  if (o.showPhaseLabels) {
    marks.push(Plot.text(spans.filter((s) => s.x2 - s.x1 >= 6), { x: 'x1', frameAnchor: 'top', text: (d: PhaseSpan) => msg(d.phase), textAnchor: 'start', dx: 3, dy: 2, fill: '#4d4d4d', fontSize: 10 }));
  }
  // Sessions as small triangles along the bottom; interventions as ● and a rule.
  const sessions = weeks.filter((w) => (columns.attendance?.[w] ?? 0) > 0);
  marks.push(Plot.dot(sessions, { x: (d: number) => d, frameAnchor: 'bottom', symbol: 'triangle', r: 2.5, fill: '#57606c', dy: -2 }));
  const acts = o.interventions.filter((i) => i.kind !== 'cut');
  const cuts = o.interventions.filter((i) => i.kind === 'cut');
  if (acts.length) {
    marks.push(Plot.ruleX(acts, { x: 'week', stroke: '#1a1a1a', strokeOpacity: 0.5, strokeDasharray: '2 2' }));
    marks.push(Plot.dot(acts, { x: 'week', frameAnchor: 'top', r: 3.5, fill: '#1a1a1a', title: 'label' }));
  }
  // A sponsor's cut (issue 17): a solid rule and a downward triangle in the colour of things that went wrong.
  if (cuts.length) {
    marks.push(Plot.ruleX(cuts, { x: 'week', stroke: BAD, strokeOpacity: 0.8 }));
    marks.push(Plot.dot(cuts, { x: 'week', frameAnchor: 'top', symbol: 'triangle', rotate: 180, r: 4.5, fill: BAD, stroke: '#1a1a1a', strokeWidth: 0.5, title: 'label', ariaLabel: 'label' }));
  }
  if (o.ghost) {
    // The run before the last change: every line of this chart, grey and dotted under the live ones.
    for (const s of chart.series) {
      const col = o.ghost[s.key];
      if (!col) continue;
      marks.push(Plot.lineY(Array.from(col), { x: (_: number, i: number) => i, y: (d: number) => d, stroke: '#7f7f7f', strokeWidth: 1.75, strokeDasharray: '2 2.5', className: 'ghost' }));
    }
  }
  for (const s of chart.series) {
    const col = columns[s.key];
    if (!col) continue;
    marks.push(Plot.lineY(Array.from(col), { x: (_: number, i: number) => i, y: (d: number) => d, stroke: s.colour, strokeWidth: 2, strokeDasharray: s.dash }));
  }
  if (chart.stars) {
    const c = columns[chart.stars];
    const rises = weeks.filter((w) => w > 0 && c[w] > c[w - 1]);
    marks.push(Plot.dot(rises, { x: (d: number) => d, y: chart.y ? chart.y[0] + 0.12 * (chart.y[1] - chart.y[0]) : 0, symbol: 'star', r: 4, fill: '#B8860B', stroke: '#1a1a1a', strokeWidth: 0.5 }));
  }
  if (chart.y && chart.y[0] < 0) marks.push(Plot.ruleY([0], { stroke: '#bbb' }));
  return tidyPlotAria(Plot.plot({
    width: o.width,
    height: o.height,
    marginLeft: 36,
    marginRight: 14,
    marginTop: 8,
    marginBottom: 20,
    style: { fontSize: '11px', fontFamily: 'system-ui, sans-serif', background: 'transparent', overflow: 'visible' },
    x: { domain: [0, o.horizon], label: null, ticks: 6 },
    y: { domain: chart.y ?? (allZero(chart, columns, o.ghost) ? [0, 1] : undefined), label: null, ticks: 3, nice: !chart.y, zero: true, grid: true, ...(chart.pct ? { tickFormat: (d: number) => `${Math.round(d * 100)}%` } : {}) },
    marks,
    ariaDescription: chart.title,
  }));
}

/** Nothing above zero yet (week 0, a silent community): Plot's domain would collapse to [0, 0] with unreadable ticks. */
function allZero(chart: ChallengeChart, columns: Columns, ghost?: Columns): boolean {
  for (const c of [columns, ghost]) {
    if (!c) continue;
    for (const s of chart.series) for (const v of c[s.key] ?? []) if (v > 0) return false;
  }
  return true;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** <defs> with the dormant hatch as a pattern; ids are per chart, so the stacked export holds each once. */
function dormantPattern(id: string): SVGElement {
  const { ground, line, gap, width } = DORMANT_HATCH;
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
