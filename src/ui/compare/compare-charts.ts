// Per-indicator charts of the compare view, grouped by challenge: every
// scenario's replication mean and 5–95% band, a legend, the phase row
// (per week, the share of runs in each phase), the table's week as a dashed rule and the
// panels' week as a cursor. Re-renders are throttled while results stream in
// and spread one chart per frame, so no main-thread task grows long.
import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Indicator, RunResult } from '../../model/indicators.ts';
import { CHALLENGES, type Band } from '../../stats/index.ts';
import { bandInSlices } from './band-slices.ts';
import { CHARTS } from '../charts/series.ts';
import { msg } from '../i18n.ts';
import { labelOf, letter, scenarioColour, scenarioDash, scenarioVar } from './labels.ts';
import { currentTheme } from '../theme.ts';
import { ThemeWatch } from '../theme-state.ts';
import { BIG_SIZE, MARGIN_RIGHT, NORMAL_SIZE, bandChart, phaseRibbons, type PlotSize } from './plot.ts';
import { isPresenter, onPresenterChange } from '../presenter/presenter.ts';
import { phaseShares } from './store.ts';
import { PHASES } from '../../model/indicators.ts';
import { phaseBackground } from '../theme.ts';

const CHART_H = 118;
const MIN_CHART_W = 300;
/** Presenter mode: two charts a row, taller, in larger type (plot.ts BIG_SIZE). */
const BIG_CHART_H = 210;
const BIG_MIN_CHART_W = 480;
/** Fixed y domains where the indicator has natural bounds. */
const Y_DOMAIN: Partial<Record<Indicator, [number, number]>> = { eiIndex: [-1, 1] };

@customElement('compare-charts')
export class CompareCharts extends LitElement {
  @property({ attribute: false }) results: RunResult[][] = [];
  @property({ attribute: false }) names: string[] = [];
  /** Bumped when results change (arrays are filled in place). */
  @property({ type: Number }) version = 0;
  @property({ type: Number }) horizon = 78;
  @property({ type: Number }) tableWeek = 26;
  @property({ type: Number }) cursorWeek = 0;
  /** Results are streaming in: throttle re-renders. */
  @property({ type: Boolean }) busy = false;
  private width = 1200;
  private running = false;
  private dirty = false;
  private lastEnd = 0;
  private timer = 0;
  private ro?: ResizeObserver;
  private io?: IntersectionObserver;
  /** Charts on or near the screen. */
  private visible = new Set<string>();
  /** What each chart was last drawn from; a chart is stale when this differs. */
  private drawn = new Map<string, string>();
  /** Full re-renders finished, for tests and the benchmark. */
  renders = 0;
  /** A theme switch draws every chart again (the theme is part of the stamp). */
  private themeWatch = new ThemeWatch(this, () => this.schedule(true));
  /** Presenter mode (the charts are drawn larger; part of the stamp). */
  private big = isPresenter();
  private offPresenter?: () => void;

  static override styles = css`
    :host { display: block; font: 12px/1.3 system-ui, sans-serif; color: var(--ink); }
    .legend { display: flex; flex-wrap: wrap; gap: 6px 18px; align-items: center; padding: 6px 0; }
    .legend span { display: inline-flex; align-items: center; gap: 6px; font-weight: 600; }
    .legend small { font-weight: 400; color: var(--ink-3); }
    .legend .how { font-weight: 400; color: var(--ink-2); }
    .swatch { width: 34px; height: 12px; }
    h3 { margin: 14px 0 2px; font-size: 14px; }
    .grid { display: grid; gap: 4px 14px; }
    /* A redrawn chart relayouts and repaints only itself. */
    figure { margin: 0; contain: layout paint; }
    figcaption { font-weight: 650; font-size: 12.5px; }
    figcaption small { font-weight: 400; color: var(--ink-4); }
    .plot { position: relative; height: ${CHART_H}px; }
    .cursor { position: absolute; top: 8px; bottom: ${NORMAL_SIZE.marginBottom}px; width: 0; border-left: 2px solid var(--ink); opacity: 0.75; pointer-events: none; }
    .ribbons h4 { margin: 6px 0 0; font-size: 12px; font-weight: 600; color: var(--ink-2); display: inline-block; margin-right: 14px; }
    .phase-key { display: inline-flex; flex-wrap: wrap; gap: 2px 12px; font-size: 11.5px; color: var(--ink-2); }
    .phase-key i { display: inline-block; width: 14px; height: 10px; margin-right: 4px; vertical-align: -1px; border: 1px solid var(--strong-line); }
    /* Off-screen groups skip style, layout and paint: the page stays light while results stream in. */
    section { content-visibility: auto; contain-intrinsic-size: auto 320px; }
    /* Presenter mode (UX.md §6): the view is zoomed 1.6 at 1080 px, so these reach ~26–35 px on the projector. */
    :host-context(html[data-presenter='on']) { font-size: 18px; }
    :host-context(html[data-presenter='on']) .swatch { width: 48px; height: 17px; }
    :host-context(html[data-presenter='on']) h3 { font-size: 22px; margin-top: 20px; }
    :host-context(html[data-presenter='on']) figcaption { font-size: 19px; }
    :host-context(html[data-presenter='on']) .plot { height: ${BIG_CHART_H}px; }
    :host-context(html[data-presenter='on']) .cursor { bottom: ${BIG_SIZE.marginBottom}px; }
    :host-context(html[data-presenter='on']) .ribbons h4 { font-size: 18px; }
    :host-context(html[data-presenter='on']) .phase-key { font-size: 16px; gap: 4px 16px; }
    :host-context(html[data-presenter='on']) .phase-key i { width: 20px; height: 14px; }
  `;

  private size(): PlotSize {
    return this.big ? BIG_SIZE : NORMAL_SIZE;
  }

  private chartHeight(): number {
    return this.big ? BIG_CHART_H : CHART_H;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.big = isPresenter();
    this.offPresenter = onPresenterChange((on) => {
      this.big = on;
      this.requestUpdate();
      this.schedule(true);
    });
  }

  private cols(): number {
    return Math.max(1, Math.floor((this.width + 14) / ((this.big ? BIG_MIN_CHART_W : MIN_CHART_W) + 14)));
  }

  private chartWidth(): number {
    const c = this.cols();
    return Math.floor((this.width - 14 * (c - 1)) / c);
  }

  override render() {
    const cw = this.chartWidth();
    const left = this.size().marginLeft;
    const x = (wk: number) => left + ((cw - left - MARGIN_RIGHT - 6) * wk) / Math.max(1, this.horizon);
    const n = this.results[0]?.length ?? 0;
    return html`
      <div class="legend" data-testid="compare-legend">
        ${this.names.map((name, s) => html`<span><svg class="swatch" viewBox="0 0 34 12" aria-hidden="true">
            <rect x="0" y="1" width="34" height="10" fill=${scenarioVar(s)} fill-opacity="0.14"></rect>
            <line x1="0" x2="34" y1="6" y2="6" stroke=${scenarioVar(s)} stroke-width="2.4" stroke-dasharray=${scenarioDash(s)}></line></svg>
          ${letter(s)} <small>${name}</small></span>`)}
        <span class="how">${msg(`Line: mean of ${n} runs · shaded: 5–95% of runs · dashed rule: the table's week`)}</span>
      </div>
      <div class="ribbons"><h4>${msg('Share of runs in each phase, week by week')}</h4>
        <div class="phase-key" data-testid="phase-key">${PHASES.map((ph) => html`<span><i style="background:${phaseBackground(ph)}"></i>${msg(ph)}</span>`)}</div>
        <div class="slot" id="ribbons"></div></div>
      ${CHALLENGES.map((ch) => {
        const title = CHARTS.find((c) => c.id === ch.id)?.title ?? `${ch.id} · ${ch.title}`;
        return html`<section data-challenge=${ch.id}>
          <h3>${title}</h3>
          <div class="grid" style="grid-template-columns: repeat(${this.cols()}, minmax(0, 1fr))">
            ${ch.rows.map(({ indicator }) => {
              const l = labelOf(indicator);
              return html`<figure data-indicator=${indicator}>
                <figcaption>${l.label}${l.note ? html` <small>(${l.note})</small>` : ''}</figcaption>
                <div class="plot"><div class="slot"></div>
                  <div class="cursor" style="left:${x(this.cursorWeek)}px"></div></div>
              </figure>`;
            })}
          </div>
        </section>`;
      })}
    `;
  }

  override firstUpdated(): void {
    this.ro = new ResizeObserver(() => {
      // In CSS pixels: under presenter mode's zoom getBoundingClientRect() counts screen pixels (1.6 times more), and charts drawn that wide were shrunk to their column, their type with them.
      const w = this.clientWidth;
      if (w > 0 && Math.abs(w - this.width) > 2) {
        this.width = w;
        this.requestUpdate();
        this.schedule(true);
      }
    });
    this.ro.observe(this);
    // While results stream in only charts on screen are redrawn; one that
    // scrolls into view is drawn then.
    this.io = new IntersectionObserver((entries) => {
      for (const e of entries) {
        const id = (e.target as HTMLElement).dataset.indicator ?? '';
        if (e.isIntersecting) this.visible.add(id);
        else this.visible.delete(id);
      }
      this.schedule(true);
    }, { rootMargin: '200px 0px' });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.offPresenter?.();
    this.ro?.disconnect();
    this.io?.disconnect();
    clearTimeout(this.timer);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.io) for (const f of this.renderRoot.querySelectorAll('figure')) this.io.observe(f);
    if (changed.has('version') || changed.has('tableWeek') || changed.has('horizon') || changed.has('names') || changed.has('busy')) this.schedule(!changed.has('version') || !this.busy);
  }

  /** At most one full re-render per second while results stream in; one chart per frame. */
  private schedule(now: boolean): void {
    if (this.running) {
      this.dirty = true;
      return;
    }
    clearTimeout(this.timer);
    const gap = now ? 0 : Math.max(0, 1000 - (performance.now() - this.lastEnd));
    this.timer = window.setTimeout(() => void this.renderAll(), gap);
  }

  /** Draw every stale chart (only those on screen while busy), one per task. */
  private async renderAll(): Promise<void> {
    this.running = true;
    this.dirty = false;
    const task = () => new Promise<void>((r) => setTimeout(r, 0));
    const results = this.results;
    const weeks = this.horizon + 1;
    const cw = this.chartWidth();
    const stamp = this.stamp();
    const z = this.size();
    const rib = this.renderRoot.querySelector('#ribbons');
    if (rib && results.length && this.drawn.get('#ribbons') !== stamp) {
      rib.replaceChildren(phaseRibbons(results.map((rs) => phaseShares(rs, weeks)), this.horizon, cw * Math.min(2, this.cols()) + (this.cols() > 1 ? 14 : 0), z));
      this.drawn.set('#ribbons', stamp);
    }
    let skipped = 0;
    for (const ch of CHALLENGES) {
      for (const { indicator } of ch.rows) {
        if (this.drawn.get(indicator) === stamp) continue;
        if (this.busy && !this.visible.has(indicator)) {
          skipped++;
          continue;
        }
        const slot = this.renderRoot.querySelector(`figure[data-indicator="${indicator}"] .slot`);
        if (!slot) continue;
        // Bands a few weeks per task (band-slices.ts), the Plot in the next: with
        // a thousand runs per scenario one band over all weeks is too long for one task.
        const bands: (Band | null)[] = [];
        for (const rs of results) bands.push(rs.length ? await bandInSlices(rs, indicator, task) : null);
        await task();
        const l = labelOf(indicator);
        slot.replaceChildren(
          bandChart({ bands, horizon: this.horizon, width: cw, height: this.chartHeight(), pct: l.pct, y: Y_DOMAIN[indicator], tableWeek: this.tableWeek, title: l.label, size: z }),
        );
        this.drawn.set(indicator, stamp);
      }
    }
    this.running = false;
    this.lastEnd = performance.now();
    if (!skipped) {
      this.renders++;
      this.dispatchEvent(new CustomEvent('charts-rendered'));
    }
    if (this.dirty || (skipped && !this.busy)) this.schedule(!this.busy);
  }

  /** True when every chart shows the latest results (exports wait for this). */
  private stamp(): string {
    return `${this.version}|${this.tableWeek}|${this.horizon}|${this.chartWidth()}|${this.names.join('|')}|${currentTheme()}|${this.big}`;
  }

  get complete(): boolean {
    const stamp = this.stamp();
    return CHALLENGES.every((ch) => ch.rows.every((r) => this.drawn.get(r.indicator) === stamp));
  }

  /** Draw whatever is stale, then resolve (before an export). */
  async ensureComplete(): Promise<void> {
    for (let i = 0; i < 200 && !this.complete; i++) {
      if (!this.running) this.schedule(true);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Every chart in one SVG document (export), titled and with the legend as text (compare-exports.ts turns a Dim room one into Daylight). */
  /** The charts as one SVG that stands alone: `heading` (what was compared), the key, each chart's title, plot and week axis. */
  toSVG(heading = ''): { text: string; width: number; height: number } {
    const figs = [...this.renderRoot.querySelectorAll('figure')] as HTMLElement[];
    const cols = 3;
    const cw = this.chartWidth();
    const ch = this.chartHeight();
    const W = cols * (cw + 14);
    const parts: string[] = [];
    const legend = this.names.map((n, s) => `<tspan fill="${scenarioColour(s)}" font-weight="700">${letter(s)}</tspan> ${escapeXml(n)}`).join('   ');
    let y = 16;
    if (heading) {
      parts.push(`<text x="6" y="${y}" font-family="system-ui, sans-serif" font-size="14" font-weight="700">${escapeXml(heading)}</text>`);
      y += 20;
    }
    parts.push(`<text x="6" y="${y}" font-family="system-ui, sans-serif" font-size="13">${legend}   ${escapeXml(msg('(line: mean; shaded: 5–95% of runs)'))}</text>`);
    y += 12;
    figs.forEach((f, i) => {
      const svg = f.querySelector('.slot svg');
      if (!svg) return;
      const col = i % cols;
      if (i > 0 && col === 0) y += ch + 36;
      const x = col * (cw + 14);
      parts.push(`<text x="${x + 4}" y="${y + 13}" font-family="system-ui, sans-serif" font-size="12" font-weight="600">${escapeXml(f.querySelector('figcaption')?.textContent?.trim() ?? '')}</text>`);
      const clone = svg.cloneNode(true) as SVGSVGElement;
      clone.setAttribute('x', String(x));
      clone.setAttribute('y', String(y + 18));
      parts.push(new XMLSerializer().serializeToString(clone));
      parts.push(`<text x="${x + cw / 2}" y="${y + 18 + ch + 12}" text-anchor="middle" font-family="system-ui, sans-serif" font-size="10">${escapeXml(msg('week'))}</text>`);
    });
    const H = y + ch + 40;
    return { text: `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"><rect width="100%" height="100%" fill="#fff"/>${parts.join('')}</svg>`, width: W, height: H };
  }
}

function escapeXml(s: string): string {
  return s.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);
}
