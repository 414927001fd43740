// The parts of a challenge chart that grow week by week while a run plays:
// phase bands and their labels, session triangles, innovation stars and the
// live lines. Plot builds a chart's SVG once (axes, grid, ghost lines,
// interventions); these layers are <g>s of ours inside it, drawn with the
// scales Plot chose and brought up to date in place every week. A Plot
// rebuild of five charts cost ~3-6 ms each and made frames late at 300
// members; setting a few attributes costs a fraction of a millisecond.
// The markup mirrors what Plot's rectX, text, dot and lineY marks write
// (same attributes, same path strings), so a chart updated in place is the
// chart Plot would draw from scratch (test/e2e/chart-inplace.e2e.ts).
import { pathRound } from 'd3-path';
import { line, symbolStar, symbolTriangle } from 'd3-shape';
import type { Columns } from '../../model/indicators.ts';
import { PHASES } from '../../model/indicators.ts';
import { msg } from '../i18n.ts';
import type { Palette, PhaseKey } from '../theme.ts';
import type { ChallengeChart } from './series.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

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

/** What Plot hands a render function: its scales and the frame's dimensions. */
export interface Scales { x: (v: number) => number; y: (v: number) => number }
export interface Dims { width: number; height: number; marginTop: number; marginRight: number; marginBottom: number; marginLeft: number }

export interface Layers {
  bands: SVGGElement;
  dormant: SVGGElement;
  labels?: SVGGElement;
  sessions: SVGGElement;
  stars?: SVGGElement;
  /** One path per live series, by indicator key (Plot draws them; we only move their `d`). */
  lines: Map<string, SVGPathElement>;
}

/** Plot offsets strokes by half a pixel on screens of device pixel ratio 1 (style.js `offset`). */
const OFFSET = typeof window !== 'undefined' && window.devicePixelRatio > 1 ? 0 : 0.5;
const TRIANGLE = symbolPath(symbolTriangle, 2.5);
const STAR = symbolPath(symbolStar, 4);

/** Plot's symbol path: size r²π, three decimals. */
function symbolPath(s: { draw(p: ReturnType<typeof pathRound>, size: number): void }, r: number): string {
  const p = pathRound(3);
  s.draw(p, r * r * Math.PI);
  return String(p);
}

export function group(attrs: Record<string, string | number>): SVGGElement {
  const g = document.createElementNS(SVG_NS, 'g');
  for (const [k, v] of Object.entries(attrs)) g.setAttribute(k, String(v));
  return g;
}

/** The empty layers with the group attributes Plot's marks would carry. */
export function makeLayers(chart: ChallengeChart, showPhaseLabels: boolean, P: Palette): Omit<Layers, 'lines'> {
  return {
    bands: group({ 'data-mark': 'rect' }),
    dormant: group({ 'data-mark': 'rect' }),
    labels: showPhaseLabels ? group({ fill: P.phaseLabel, 'text-anchor': 'start', 'font-size': 10, transform: `translate(${3 + OFFSET},${2 + OFFSET})`, 'data-mark': 'text' }) : undefined,
    sessions: group({ fill: P.session, transform: `translate(${OFFSET},${-2 + OFFSET})`, 'data-mark': 'dot' }),
    stars: chart.stars ? group({ fill: P.gold, stroke: P.chartInk, 'stroke-width': 0.5, transform: `translate(${OFFSET},${OFFSET})`, 'data-mark': 'dot' }) : undefined,
  };
}

/** Bring every layer up to `columns`. Only attributes that changed are written. */
export function drawLayers(layers: Layers, chart: ChallengeChart, columns: Columns, hatchId: string, s: Scales, d: Dims, P: Palette): void {
  const spans = phaseSpans(columns.phase);
  const top = d.marginTop;
  const h = d.height - d.marginTop - d.marginBottom;
  const rects = (g: SVGGElement, list: PhaseSpan[], fill: (p: PhaseSpan) => string) =>
    sync(g, 'rect', list.length, (el, i) => {
      const a = s.x(list[i].x1), b = s.x(list[i].x2);
      set(el, 'x', Math.min(a, b));
      set(el, 'y', top);
      set(el, 'width', Math.max(0, Math.abs(b - a)));
      set(el, 'height', h);
      set(el, 'fill', fill(list[i]));
    });
  rects(layers.bands, spans.filter((p) => p.phase !== 'dormant'), (p) => P.phaseFill[p.phase as PhaseKey]);
  // The hatch's fill sits on each rect (not the group), so a dormant band is findable by its fill.
  rects(layers.dormant, spans.filter((p) => p.phase === 'dormant'), () => `url(#${hatchId})`);
  if (layers.labels) {
    const wide = spans.filter((p) => p.x2 - p.x1 >= 6);
    sync(layers.labels, 'text', wide.length, (el, i) => {
      set(el, 'y', '0.71em');
      set(el, 'transform', `translate(${s.x(wide[i].x1)},${top})`);
      const t = msg(wide[i].phase);
      if (el.textContent !== t) el.textContent = t;
    });
  }
  const n = columns.week.length;
  const bottom = d.height - d.marginBottom;
  const sessions: number[] = [];
  for (let w = 0; w < n; w++) if ((columns.attendance?.[w] ?? 0) > 0) sessions.push(w);
  symbols(layers.sessions, sessions, (w) => `translate(${s.x(w)},${bottom})`, TRIANGLE);
  if (layers.stars && chart.stars) {
    const c = columns[chart.stars];
    const rises: number[] = [];
    for (let w = 1; w < n; w++) if (c[w] > c[w - 1]) rises.push(w);
    const yStar = s.y(chart.y ? chart.y[0] + 0.12 * (chart.y[1] - chart.y[0]) : 0);
    symbols(layers.stars, rises, (w) => `translate(${s.x(w)},${yStar})`, STAR);
  }
  for (const [key, el] of layers.lines) {
    const col = columns[key as keyof Columns] as Float64Array | undefined;
    if (col) set(el, 'd', linePath(col, s) ?? '');
  }
}

/** The path Plot's lineY draws for one column: d3's line over the index, broken where a value is missing. */
export function linePath(col: ArrayLike<number>, s: Scales): string | null {
  const index = Array.from({ length: col.length }, (_, i) => i);
  return line<number>()
    .defined((i) => col[i] != null && !Number.isNaN(col[i]))
    .x((i) => s.x(i))
    .y((i) => s.y(col[i]))(index);
}

function symbols(g: SVGGElement, weeks: number[], at: (w: number) => string, d: string): void {
  sync(g, 'path', weeks.length, (el, i) => {
    set(el, 'transform', at(weeks[i]));
    set(el, 'd', d);
  });
}

/** Give `g` exactly `n` children of `tag` (reusing those it has) and update each. */
function sync(g: SVGGElement, tag: string, n: number, update: (el: SVGElement, i: number) => void): void {
  while (g.childElementCount > n) g.lastElementChild!.remove();
  while (g.childElementCount < n) g.append(document.createElementNS(SVG_NS, tag));
  let el = g.firstElementChild as SVGElement | null;
  for (let i = 0; el; i++, el = el.nextElementSibling as SVGElement | null) update(el, i);
}

function set(el: Element, name: string, v: string | number): void {
  const s = String(v);
  if (el.getAttribute(name) !== s) el.setAttribute(name, s);
}
