// The five challenge charts, one row each with a shared x axis (weeks), a
// single week cursor synced across all of them, and a hover read-out that
// doubles as the key: each value sits next to its line colour, right above
// the plot (end-of-line labels collided when lines ran close).
// Each chart's Plot frame is built once and updated in place week by week
// (chart-layers.ts); it is rebuilt only when it no longer fits (a taller y
// axis, new interventions, a new run's ghost, a resize). Rebuilds are
// throttled and spread over frames so playback never blocks the main thread
// for long; the cursors move without a re-render.
import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Columns } from '../../model/indicators.ts';
import { phaseName } from '../../model/indicators.ts';
import { msg } from '../i18n.ts';
import { buildChart, fits, frameKey, update, type ChartFrame } from './plot-chart.ts';
import { CHARTS, PANELS, formatValue, type ChallengeChart } from './series.ts';
import { maturingSentence } from './phase-reached.ts';
import { seriesColour } from '../theme.ts';
import { ThemeWatch } from '../theme-state.ts';

const MARGIN_LEFT = 36;
const MARGIN_RIGHT = 14;

@customElement('challenge-charts')
export class ChallengeCharts extends LitElement {
  @property({ attribute: false }) columns?: Columns;
  @property({ attribute: false }) ghost?: Columns;
  @property({ attribute: false }) interventions: { week: number; label: string; kind?: 'cut' }[] = [];
  @property({ type: Number }) week = 0;
  @property({ type: Number }) horizon = 78;
  @property({ type: Boolean }) playing = false;
  /** Which chart to bring into view (a meter click). */
  @property() focusChart = '';
  @state() private hoverWeek: number | null = null;
  private width = 540;
  private lastRender = 0;
  private pending = 0;
  private ro?: ResizeObserver;
  private frames = new Map<string, ChartFrame>();
  /** A theme switch builds every chart again in the theme's colours (the theme is part of frameKey). */
  private themeWatch = new ThemeWatch(this, () => {
    this.requestUpdate();
    this.schedule(true);
  });
  /** Rebuild rounds done (each builds the charts that no longer fit), for tests and the benchmark. */
  renders = 0;
  /** Plot SVGs built, and charts brought up to date in place, for tests and the benchmark. */
  builds = 0;
  inPlace = 0;
  /** No rebuild under way or waiting (tests). */
  get idle(): boolean {
    return !this.pending && !this.dirty;
  }

  static override styles = css`
    :host { display: block; font: 12px/1.3 system-ui, sans-serif; color: var(--ink); }
    /* display: block above beats the browser's [hidden] rule: without this the charts stayed on screen above the Parameters, Scenario and Text tabs */
    :host([hidden]) { display: none; }
    .row { position: relative; padding: 4px 0 2px; border-bottom: 1px solid var(--line-soft); }
    .row.focus { background: var(--selected); }
    .reached { margin: 0; padding: 2px 0 4px; font-size: 12.5px; font-weight: 600; color: var(--ink-2); border-bottom: 1px solid var(--line-soft); }
    h3 { margin: 0; font-size: 13px; font-weight: 650; }
    .readout { font-size: 11.5px; color: var(--ink-2); min-height: 16px; font-variant-numeric: tabular-nums; }
    .readout span { margin-right: 10px; white-space: nowrap; }
    .readout i { display: inline-block; width: 10px; height: 3px; vertical-align: middle; margin-right: 3px; }
    /* Size and layout containment: a new chart SVG is laid out inside its 84 px box, not with the page (5 new SVGs: ~16-20 -> 7-10 ms). */
    .plot { position: relative; height: 84px; contain: size layout; }
    /* A second panel: another quantity on another scale, on the same weeks (C1: value beside trust). */
    .panel-title { margin: 2px 0 0; font-size: 11.5px; font-weight: 600; color: var(--ink-2); }
    .cursor, .hover { position: absolute; top: 8px; bottom: 20px; width: 0; border-left: 2px solid var(--ink); pointer-events: none; }
    .hover { border-left: 1px dashed var(--strong-line); }
    .cursor::after { content: attr(data-week); position: absolute; top: -2px; left: 3px; font-size: 10px; font-weight: 700; background: var(--panel); padding: 0 2px; }
  `;

  override render() {
    const cols = this.columns;
    const w = this.hoverWeek ?? this.week;
    const n = cols?.week.length ?? 0;
    const at = Math.min(w, n - 1);
    const x = (wk: number) => MARGIN_LEFT + ((this.width - MARGIN_LEFT - MARGIN_RIGHT) * wk) / Math.max(1, this.horizon);
    return html`${cols ? html`<p class="reached" data-testid="reached-maturing">${maturingSentence(cols.phase, this.week, this.horizon)}</p>` : null}${CHARTS.map(
      (c) => html`<section class="row ${this.focusChart === c.id ? 'focus' : ''}" id=${c.id} data-chart=${c.id}
          @pointermove=${this.onMove} @pointerleave=${() => (this.hoverWeek = null)}>
        <h3>${c.title}</h3>
        <div class="readout" aria-live="off">
          <span><b>${msg('Wk')} ${w}</b>${cols && at >= 0 ? ` · ${msg(phaseName(cols.phase[at]))}` : ''}</span>
          ${[...c.series, ...(c.below?.series ?? []), ...(c.extra ?? [])].map(
            (s) => html`<span><i style="background:${seriesColour(s.colour)}"></i>${s.label} <b>${at >= 0 && cols && !(s.overTies && cols.ties[at] === 0) ? formatValue(cols[s.key]?.[at], s) : '–'}</b></span>`,
          )}
        </div>
        ${[c, ...(c.below ? [c.below] : [])].map((panel, k) => html`${k > 0 ? html`<p class="panel-title">${panel.title}</p>` : null}
        <div class="plot" data-panel=${panel.id} style="height:${panel.height ?? 84}px">
          <div class="slot"></div>
          <div class="cursor" data-week=${this.week} style="left:${x(this.week)}px"></div>
          ${this.hoverWeek !== null ? html`<div class="hover" style="left:${x(this.hoverWeek)}px"></div>` : null}
        </div>`)}
      </section>`,
    )}`;
  }

  override firstUpdated(): void {
    this.ro = new ResizeObserver(() => {
      // Layout width in CSS px: under the presenter's CSS zoom the bounding box is in screen px (×1.6), and a
      // plot drawn that wide was squeezed back into the row while the week cursor kept the wider scale.
      const w = this.clientWidth;
      if (w > 0 && Math.abs(w - this.width) > 2) {
        this.width = w;
        this.schedule(true);
        this.requestUpdate();
      }
    });
    this.ro.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.ro?.disconnect();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('columns') || changed.has('ghost') || changed.has('interventions') || changed.has('horizon')) this.refresh();
    if (changed.has('focusChart') && this.focusChart) this.renderRoot.querySelector(`#${this.focusChart}`)?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }

  private onMove = (e: PointerEvent): void => {
    const slot = (e.currentTarget as HTMLElement).querySelector('.plot') as HTMLElement;
    const r = slot.getBoundingClientRect();
    // Pointer and box in screen px, margins in CSS px: scale by the zoom between them.
    const zoom = slot.clientWidth > 0 ? r.width / slot.clientWidth : 1;
    const frac = ((e.clientX - r.left) / zoom - MARGIN_LEFT) / (slot.clientWidth - MARGIN_LEFT - MARGIN_RIGHT);
    const wk = Math.round(frac * this.horizon);
    this.hoverWeek = wk >= 0 && wk <= this.horizon ? wk : null;
  };

  /** The ghost's identity for frame keys: a new ghost is a new run to compare with. */
  private ghostSeen?: Columns;
  private ghostN = 0;
  private key(i: number): string {
    if (this.ghost !== this.ghostSeen) (this.ghostSeen = this.ghost), this.ghostN++;
    return frameKey(this.inputFor(i), this.ghostN);
  }

  /** What panel i is built from (the phase labels on each challenge's first panel only). */
  inputFor(i: number) {
    const panel: ChallengeChart = PANELS[i];
    return { chart: panel, ghost: this.ghost, horizon: this.horizon, interventions: this.interventions, width: this.width, height: panel.height ?? 84, showPhaseLabels: CHARTS.includes(panel) };
  }

  /**
   * Bring the charts up to the current columns: in place where the frame
   * still fits, now; the others are rebuilt by schedule(). A chart waiting
   * for its rebuild keeps its last picture (its y axis may be too short for
   * the new data).
   */
  private refresh(): void {
    let stale = false;
    for (let i = 0; i < PANELS.length; i++) if (!this.updateInPlace(i)) stale = true;
    if (stale) this.schedule(false);
  }

  /** Chart i brought up to the columns in place; false if it has no frame or its frame no longer fits. */
  private updateInPlace(i: number): boolean {
    const f = this.frames.get(PANELS[i].id);
    const cols = this.columns;
    if (!f || !cols || !f.svg.isConnected || !fits(f, this.key(i), cols, this.ghost)) return false;
    update(f, cols);
    this.inPlace++;
    return true;
  }

  /** Rebuild the charts that no longer fit, at most twice a second while playing; one per frame, each in a task of its own between frames. */
  private dirty = false;
  private schedule(now: boolean): void {
    if (this.pending) {
      // A rebuild is under way with older data: run again when it ends.
      this.dirty = true;
      return;
    }
    this.dirty = false;
    const gap = this.playing && !now ? Math.max(0, 500 - (performance.now() - this.lastRender)) : 0;
    this.pending = window.setTimeout(() => {
      let i = 0;
      const next = () => {
        let built = false;
        // Charts that still fit are brought up to date in place, without waiting for a frame.
        for (; i < PANELS.length && !built; i++) built = this.bring(i);
        if (i < PANELS.length) afterFrame(next);
        else {
          this.pending = 0;
          this.lastRender = performance.now();
          this.renders++;
          this.dispatchEvent(new CustomEvent('charts-rendered'));
          if (this.dirty) this.schedule(false);
        }
      };
      next();
    }, gap);
  }

  /** Chart i up to date: in place if its frame fits, else a new frame. True when a frame was built. */
  private bring(i: number): boolean {
    const slot = this.renderRoot.querySelector(`[data-panel="${PANELS[i].id}"] .slot`);
    if (!slot || !this.columns || this.updateInPlace(i)) return false;
    const frame = buildChart({ ...this.inputFor(i), columns: this.columns }, this.key(i));
    this.frames.set(PANELS[i].id, frame);
    this.builds++;
    slot.replaceChildren(frame.svg);
    // The new SVG's style and layout here, in this task, not in the next frame's (see afterFrame).
    slot.getBoundingClientRect();
    return true;
  }

  /** The chart SVGs stacked into one document (export; lab-exports.ts turns a Dim room one into Daylight). */
  toSVG(): string {
    const svgs = [...this.renderRoot.querySelectorAll('.slot svg')] as SVGSVGElement[];
    let y = 0;
    const parts: string[] = [];
    const titles = PANELS.map((c) => c.title);
    svgs.forEach((s, i) => {
      const h = +(s.getAttribute('height') ?? 96);
      parts.push(`<text x="4" y="${y + 14}" font-family="system-ui, sans-serif" font-size="13" font-weight="600">${escapeXml(titles[i] ?? '')}</text>`);
      const clone = s.cloneNode(true) as SVGSVGElement;
      clone.setAttribute('y', String(y + 20));
      clone.setAttribute('x', '0');
      parts.push(new XMLSerializer().serializeToString(clone));
      y += h + 28;
    });
    return `<svg xmlns="http://www.w3.org/2000/svg" width="${this.width}" height="${y}" viewBox="0 0 ${this.width} ${y}"><rect width="100%" height="100%" fill="#fff"/>${parts.join('')}</svg>`;
  }
}

/**
 * Run `fn` in a task of its own right after the next frame. A chart built in a
 * requestAnimationFrame callback shared the frame's task with the network's
 * drawing and its commit, and at 2,000 members the sum (a Plot render, the
 * SVG's style and layout, the network, the canvas flush) made the frame's
 * task the longest of the page.
 */
function afterFrame(fn: () => void): void {
  requestAnimationFrame(() => setTimeout(fn, 0));
}

function escapeXml(s: string): string {
  return s.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);
}
