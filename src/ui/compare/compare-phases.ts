// When each scenario reached coalescing and maturing, over the whole run
// (the table's week does not cut it: the strips span every week): one dot per
// run at the week it got there, the median as a tick, and in words how many
// runs got there and when (issue 15 §4). Counted over the runs every
// scenario has, as the table is, and redrawn when the table is.
import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { RunResult } from '../../model/indicators.ts';
import type { ComparisonTable } from '../../stats/compare.ts';
import { phaseTiming, type PhaseTiming } from '../../stats/phases.ts';
import { commonRuns } from './store.ts';
import { msg } from '../i18n.ts';
import { fixed } from '../number-format.ts';
import { letter, scenarioVar as scenarioColour } from './labels.ts';
import { BIG_SIZE, NORMAL_SIZE, timingStrip } from './plot.ts';
import { isPresenter, onPresenterChange } from '../presenter/presenter.ts';
import { ThemeWatch } from '../theme-state.ts';

/** "reached maturing in 12 of 30 runs, median week 41 (5–95%: 30–66)", or "never, in all 30 runs". */
function summary(t: PhaseTiming, phase: 'coalescing' | 'maturing'): string {
  if (t.reached === 0) return msg(`never, in all ${t.runs} runs`);
  const med = Number.isInteger(t.median) ? String(t.median) : fixed(t.median, 1);
  return msg(`reached ${msg(phase)} in ${t.reached} of ${t.runs} runs, median week ${med} (5–95%: ${Math.round(t.q05)}–${Math.round(t.q95)})`);
}

@customElement('compare-phases')
export class ComparePhases extends LitElement {
  /** The shown table: when it changes, the timings are counted again from `results`. */
  @property({ attribute: false }) table?: ComparisonTable;
  @property({ attribute: false }) results: RunResult[][] = [];
  private timings: { coalescing: PhaseTiming; maturing: PhaseTiming }[] = [];
  @property({ attribute: false }) names: string[] = [];
  @property({ type: Number }) horizon = 78;
  private width = 600;
  private ro?: ResizeObserver;
  /** The strips are drawn again in the new theme's colours. */
  private themeWatch = new ThemeWatch(this, () => void this.draw());
  /** Presenter mode: the strips in larger type and dots. */
  private offPresenter?: () => void;

  static override styles = css`
    :host { display: block; font: 13px/1.35 system-ui, sans-serif; }
    .cols { display: grid; grid-template-columns: repeat(auto-fit, minmax(320px, 1fr)); gap: 8px 24px; }
    h4 { margin: 4px 0; font-size: 13px; }
    ul { list-style: none; padding: 0; margin: 2px 0 0; font-size: 12.5px; }
    li b { display: inline-block; min-width: 1.2em; }
    /* Presenter mode (UX.md §6): zoomed 1.6 at 1080 px, so ~29–32 px on the projector. */
    :host-context(html[data-presenter='on']) .cols { grid-template-columns: minmax(0, 1fr); gap: 16px; }
    :host-context(html[data-presenter='on']) h4 { font-size: 20px; }
    :host-context(html[data-presenter='on']) ul { font-size: 18px; }
  `;

  override connectedCallback(): void {
    super.connectedCallback();
    this.offPresenter = onPresenterChange(() => void this.draw());
  }

  override render() {
    if (!this.table) return html``;
    const block = (key: 'coalescing' | 'maturing', title: string) => html`<div data-phase=${key}>
      <h4>${title}</h4><div class="slot" id="strip-${key}"></div>
      <ul>${this.timings.map((p, s) => html`<li><b style="color:${scenarioColour(s)}">${letter(s)}</b> ${summary(p[key], key)}</li>`)}</ul></div>`;
    return html`<div class="cols">${block('coalescing', msg('Reached coalescing'))}${block('maturing', msg('Reached maturing'))}</div>`;
  }

  override firstUpdated(): void {
    this.ro = new ResizeObserver(() => {
      const w = this.stripWidth();
      if (w > 0 && Math.abs(w - this.width) > 2) {
        this.width = w;
        void this.draw();
      }
    });
    this.ro.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.offPresenter?.();
    this.ro?.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('table')) {
      this.timings = commonRuns(this.results).map((rs) => ({
        coalescing: phaseTiming(rs.map((r) => r.summary.coalescingWeek)),
        maturing: phaseTiming(rs.map((r) => r.summary.maturingWeek)),
      }));
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('table')) void this.draw();
  }

  /** One strip per task: with a thousand runs per scenario each strip holds thousands of dots. */
  /** In CSS pixels (getBoundingClientRect() counts screen pixels under presenter mode's zoom). */
  private stripWidth(): number {
    return (this.renderRoot.querySelector('[data-phase]') as HTMLElement | null)?.clientWidth ?? 0;
  }

  private async draw(): Promise<void> {
    const t = this.table;
    const timings = this.timings;
    if (!t) return;
    for (const key of ['coalescing', 'maturing'] as const) {
      await new Promise((r) => setTimeout(r, 0));
      if (this.table !== t) return;
      const w = this.stripWidth();
      if (w > 0) this.width = w;
      const slot = this.renderRoot.querySelector(`#strip-${key}`);
      slot?.replaceChildren(timingStrip(timings.map((p) => p[key]), this.horizon, this.width, msg(`Week each run reached ${key}`), isPresenter() ? BIG_SIZE : NORMAL_SIZE));
    }
  }
}
