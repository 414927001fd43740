// One reveal chart: per scenario the 5–95% band over all runs and the mean
// line (for a share of runs, a 0 or 1 per run, only the share: a band over
// zeros and ones would span everything) (colour, dash and letter, UX.md §2),
// direct labels instead of a key, the week asked about as a rule, and the
// participant's pick drawn thicker. The end labels are placed after Plot has
// drawn the lines, pushed apart where two lines end close together, and the
// right margin is as wide as the longest label, so the plot takes the rest
// of the card. On a narrow card (a phone) the labels would take most of the
// width and still run off the screen: the lines end in their letter and the
// labels go in a key under the chart, so the plot takes the card's width.
import * as Plot from '@observablehq/plot';
import { tidyPlotAria } from '../a11y/plot-aria.ts';
import type { Band } from '../../stats/bands.ts';
import { palette } from '../theme.ts';
import { axisTicks, fixed } from '../number-format.ts';

export const SCENARIO_DASH = [undefined, '9 4', '2 3', '9 3 2 3'] as const;

export interface LessonChartInput {
  title: string;
  bands: Band[];
  labels: string[];
  week: number;
  /** Index of the scenario the participant picked, or -1. */
  picked: number;
  pickedLabel: string;
  pct: boolean;
  /** The indicator is 0 or 1 per run: draw the share of runs, no band. */
  shareOfRuns?: boolean;
  /** A value as the rest of the lesson writes it (the end labels). */
  format?: (v: number) => string;
  width: number;
  height: number;
  fontSize: number;
}

export interface EndLabel { text: string; y: number; k: number }

/**
 * Label positions (px) near their lines' ends, at least `gap` apart, kept
 * between `top` and `bottom`: sorted by y, each pushed down below the one
 * above, then the stack shifted up if it ran past the bottom.
 */
export function spreadLabels(ys: number[], gap: number, top: number, bottom: number): number[] {
  const order = ys.map((y, k) => ({ y, k })).sort((a, b) => a.y - b.y);
  const out = new Array<number>(ys.length);
  let prev = -Infinity;
  for (const o of order) {
    const y = Math.max(o.y, prev + gap, top);
    out[o.k] = y;
    prev = y;
  }
  // Past the bottom: move the stack up from the end, keeping the gaps.
  let limit = bottom;
  for (let i = order.length - 1; i >= 0; i--) {
    const k = order[i].k;
    if (out[k] > limit) out[k] = limit;
    limit = out[k] - gap;
  }
  return out;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Narrower than this (CSS px), the end labels go in a key under the chart. */
export const LEGEND_BELOW = 560;
/** The key's line styles, for SCENARIO_DASH: solid, dashed, dotted, dash-dot. */
const KEY_BORDER = ['solid', 'dashed', 'dotted', 'dashed'] as const;

export function lessonChart(o: LessonChartInput): SVGSVGElement | HTMLElement {
  const P = palette();
  const SCENARIO_COLOURS = P.scenarios;
  const marks: Plot.Markish[] = [];
  if (!o.shareOfRuns) o.bands.forEach((b, k) => {
    const rows = Array.from(b.mean, (m, w) => ({ w, m, lo: b.q05[w], hi: b.q95[w] }));
    marks.push(Plot.areaY(rows, { x: 'w', y1: 'lo', y2: 'hi', fill: SCENARIO_COLOURS[k], fillOpacity: 0.14 }));
  });
  marks.push(Plot.ruleX([o.week], { stroke: P.chartInk, strokeDasharray: '3 3' }));
  o.bands.forEach((b, k) => {
    const rows = Array.from(b.mean, (m, w) => ({ w, m }));
    marks.push(Plot.lineY(rows, { x: 'w', y: 'm', stroke: SCENARIO_COLOURS[k], strokeWidth: k === o.picked ? 4.5 : 2, strokeDasharray: SCENARIO_DASH[k] }));
  });
  const fmt = o.format ?? ((v: number) => (o.pct ? `${Math.round(v * 100)}%` : fixed(v, Math.abs(v) >= 10 ? 0 : 2)));
  const labels: EndLabel[] = o.bands.map((b, k) => {
    const m = b.mean[b.mean.length - 1];
    return { k, y: m, text: `${o.labels[k]} ${Number.isFinite(m) ? fmt(m) : '–'}${k === o.picked ? ` ◀ ${o.pickedLabel}` : ''}` };
  });
  const below = o.width < LEGEND_BELOW;
  // At the lines' ends, the letter only when the labels go under the chart.
  const ends = below ? labels.map((l) => ({ ...l, text: o.labels[l.k].split(' · ')[0] })) : labels;
  // Bold text is about 0.62 em a character; the margin fits the longest label, at most half the chart.
  const longest = Math.max(0, ...ends.map((l) => l.text.length));
  const marginRight = Math.min(o.width * 0.5, Math.ceil(longest * 0.62 * o.fontSize) + 10);
  const marginTop = Math.max(10, Math.round(o.fontSize * 0.7));
  const marginBottom = Math.round(2.4 * o.fontSize);
  const plot = Plot.plot({
    width: o.width,
    height: o.height,
    marginLeft: 4.2 * o.fontSize,
    marginRight,
    marginTop,
    marginBottom,
    style: { fontSize: `${o.fontSize}px`, fontFamily: 'system-ui, sans-serif', background: 'transparent', overflow: 'visible', color: P.chartInk },
    x: { domain: [0, o.week], label: null, ticks: 6 },
    y: { label: null, ticks: 4, grid: true, nice: true, zero: true, domain: o.shareOfRuns ? [0, 1] : undefined, tickFormat: o.pct ? (d: number) => `${Math.round(d * 100)}%` : axisTicks() },
    marks,
    ariaLabel: o.title,
    ariaDescription: `${o.title}: ${labels.map((l) => l.text).join('; ')}`,
  });
  const svg = plot instanceof SVGSVGElement ? plot : plot.querySelector('svg');
  const x = plot.scale('x');
  const y = plot.scale('y');
  if (svg && x?.apply && y?.apply) {
    const ys = spreadLabels(labels.map((l) => (Number.isFinite(l.y) ? y.apply(l.y) : o.height - marginBottom)), o.fontSize * 1.2, marginTop, o.height - marginBottom);
    const g = document.createElementNS(SVG_NS, 'g');
    g.setAttribute('data-testid', 'end-labels');
    g.setAttribute('font-size', String(o.fontSize));
    g.setAttribute('text-anchor', 'start');
    g.setAttribute('paint-order', 'stroke');
    for (const l of ends) {
      const t = document.createElementNS(SVG_NS, 'text');
      t.setAttribute('x', String(x.apply(o.week) + 6));
      t.setAttribute('y', String(ys[l.k]));
      t.setAttribute('dy', '0.32em');
      t.setAttribute('fill', SCENARIO_COLOURS[l.k]);
      t.setAttribute('font-weight', l.k === o.picked ? '800' : '600');
      t.setAttribute('stroke', P.chartGround);
      t.setAttribute('stroke-width', '3');
      t.textContent = l.text;
      g.append(t);
    }
    svg.append(g);
  }
  tidyPlotAria(plot);
  if (!below) return plot;
  // The key: the line's colour and dash, the label in full (lesson-player.ts styles it). Styles set through the CSSOM, which the page's CSP allows.
  const wrap = document.createElement('div');
  wrap.className = 'chart-wrap';
  const key = document.createElement('ul');
  key.className = 'chart-legend';
  key.dataset.testid = 'chart-legend';
  key.setAttribute('aria-hidden', 'true');
  for (const l of labels) {
    const li = document.createElement('li');
    if (l.k === o.picked) li.className = 'mine';
    li.style.color = SCENARIO_COLOURS[l.k];
    const line = document.createElement('i');
    line.style.borderTop = `${l.k === o.picked ? 5 : 3}px ${KEY_BORDER[l.k] ?? 'solid'} ${SCENARIO_COLOURS[l.k]}`;
    li.append(line, document.createTextNode(l.text));
    key.append(li);
  }
  wrap.append(plot, key);
  return wrap;
}
