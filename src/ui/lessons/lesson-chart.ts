// One reveal chart: per scenario the 5–95% band over all runs and the mean
// line (for a share of runs, a 0 or 1 per run, only the share: a band over
// zeros and ones would span everything) (colour, dash and letter, UX.md §2), direct labels instead of a key,
// the week asked about as a rule, and the participant's pick drawn thicker.
import * as Plot from '@observablehq/plot';
import { tidyPlotAria } from '../a11y/plot-aria.ts';
import type { Band } from '../../stats/bands.ts';
import { palette } from '../theme.ts';

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
  width: number;
  height: number;
  fontSize: number;
}

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
    const mine = k === o.picked;
    marks.push(Plot.lineY(rows, { x: 'w', y: 'm', stroke: SCENARIO_COLOURS[k], strokeWidth: mine ? 4.5 : 2, strokeDasharray: SCENARIO_DASH[k] }));
    const last = rows[rows.length - 1];
    if (last) {
      const fmt = o.pct ? `${Math.round(last.m * 100)}%` : Math.abs(last.m) >= 10 ? last.m.toFixed(0) : last.m.toFixed(2);
      marks.push(Plot.text([last], { x: 'w', y: 'm', text: () => `${o.labels[k]} ${fmt}${mine ? ` ◀ ${o.pickedLabel}` : ''}`, textAnchor: 'start', dx: 6, fill: SCENARIO_COLOURS[k], fontWeight: mine ? 800 : 600, stroke: P.chartGround, strokeWidth: 3, paintOrder: 'stroke' }));
    }
  });
  return tidyPlotAria(Plot.plot({
    width: o.width,
    height: o.height,
    marginLeft: 4.2 * o.fontSize,
    marginRight: Math.min(o.width * 0.45, 24 * o.fontSize),
    marginTop: 10,
    marginBottom: 2.4 * o.fontSize,
    style: { fontSize: `${o.fontSize}px`, fontFamily: 'system-ui, sans-serif', background: 'transparent', overflow: 'visible', color: P.chartInk },
    x: { domain: [0, o.week], label: null, ticks: 6 },
    y: { label: null, ticks: 4, grid: true, nice: true, zero: true, domain: o.shareOfRuns ? [0, 1] : undefined, tickFormat: o.pct ? (d: number) => `${Math.round(d * 100)}%` : undefined },
    marks,
    ariaLabel: o.title,
    ariaDescription: o.title,
  }));
}
