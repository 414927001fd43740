// Standard transport (NL534): reset, back, play/pause, step, speed, a
// scrubber with the phase ribbon and event ticks, and a typed week.
import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Columns } from '../../model/indicators.ts';
import { SPEEDS } from '../controllers/sim-controller.ts';
import { phaseSpans } from '../charts/plot-chart.ts';
import { msg } from '../i18n.ts';
import { fixed } from '../number-format.ts';
import { phaseBackground } from '../theme.ts';

export type TransportAction = { type: 'reset' | 'back' | 'toggle' | 'step' } | { type: 'seek'; week: number } | { type: 'speed'; speed: number };

// Phones: two rows down to 360 px, in Dutch too: the buttons and speed; then
// the scrubber with the typed week beside it.
@customElement('lab-transport')
export class LabTransport extends LitElement {
  @property({ type: Number }) week = 0;
  @property({ type: Number }) horizon = 78;
  @property({ type: Boolean }) playing = false;
  @property({ type: Number }) speed = 1;
  @property({ attribute: false }) columns?: Columns;
  @property({ attribute: false }) marks: number[] = [];
  /** The ribbon's width and letter size in pixels: a phase's name is written only where it fits. */
  @state() private ribbonPx = { width: 0, font: 9 };
  private resize = new ResizeObserver(([e]) => {
    const font = parseFloat(getComputedStyle(e.target).fontSize) || 9;
    this.ribbonPx = { width: e.contentRect.width, font };
  });

  static override styles = css`
    :host { display: flex; align-items: center; gap: 6px; padding: 6px 10px; font: 13px system-ui, sans-serif; background: var(--bg); border-top: 1px solid var(--line); }
    button, select, input[type='number'] { min-height: 36px; min-width: 36px; font: inherit; border: 1px solid var(--control-line); background: var(--control); border-radius: 6px; cursor: pointer; }
    button:focus-visible, select:focus-visible, input:focus-visible { outline: 3px solid var(--focus); outline-offset: 1px; }
    button.play { min-width: 84px; font-weight: 700; background: var(--ink); color: var(--on-ink); border-color: var(--ink); }
    .track { flex: 1; position: relative; min-width: 120px; display: flex; flex-direction: column; gap: 2px; }
    input[type='range'] { width: 100%; margin: 0; height: 24px; accent-color: var(--ink); }
    .ribbon { position: relative; height: 12px; font-size: 9px; line-height: 12px; color: var(--ink-2); }
    .ribbon span { position: absolute; top: 0; bottom: 0; overflow: hidden; white-space: nowrap; padding-left: 2px; }
    .ribbon .sr-only { position: absolute; width: 1px; height: 1px; padding: 0; overflow: hidden; clip-path: inset(50%); }
    .ticks { position: absolute; left: 0; right: 0; top: 0; height: 6px; pointer-events: none; }
    .ticks i { position: absolute; width: 2px; height: 6px; background: var(--ink); }
    label { display: flex; align-items: center; gap: 4px; }
    input[type='number'] { width: 58px; padding: 0 4px; cursor: text; }
    @media (max-width: 700px) {
      :host { flex-wrap: wrap; gap: 4px 6px; padding: 4px 8px; }
      .speed-label, .wk-label, .of { display: none; }
      button.play { min-width: 64px; }
      input[type='number'] { width: 46px; }
      .track { order: 10; flex: 1 1 60%; }
      label:not(.speed) { order: 11; }
    }
  `;

  override firstUpdated(): void {
    const ribbon = this.renderRoot.querySelector('.ribbon');
    if (ribbon) this.resize.observe(ribbon);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resize.disconnect();
  }

  private emit(a: TransportAction) {
    this.dispatchEvent(new CustomEvent<TransportAction>('transport', { detail: a, bubbles: true, composed: true }));
  }

  override render() {
    const h = Math.max(1, this.horizon);
    const spans = this.columns ? phaseSpans(this.columns.phase) : [];
    return html`
      <button @click=${() => this.emit({ type: 'reset' })} aria-label=${msg('Reset to week 0')} title=${msg('Reset to week 0')}><svg width="16" height="14" viewBox="0 0 16 14" aria-hidden="true"><rect x="1" y="1" width="2" height="12" fill="currentColor"></rect><path d="M14 1 L5 7 L14 13 Z" fill="currentColor"></path></svg></button>
      <button @click=${() => this.emit({ type: 'back' })} aria-label=${msg('Back one week')} title=${msg('Back one week (←)')}>◀</button>
      <button class="play" data-testid="play" @click=${() => this.emit({ type: 'toggle' })} aria-label=${this.playing ? msg('Pause') : msg('Play')}>
        ${this.playing ? msg('❚❚ Pause') : msg('▶ Play')}
      </button>
      <button @click=${() => this.emit({ type: 'step' })} aria-label=${msg('Step one week')} title=${msg('Step one week (→)')} data-testid="step">▶|</button>
      <label class="speed"><span class="speed-label">${msg('Speed')}</span>
        <select aria-label=${msg('Speed in weeks per second')} @change=${(e: Event) => this.emit({ type: 'speed', speed: +(e.target as HTMLSelectElement).value })}>
          ${SPEEDS.map((s) => html`<option value=${s} ?selected=${s === this.speed}>${s === 0 ? msg('max') : `${fixed(s)} ${msg('wk/s')}`}</option>`)}
        </select></label>
      <div class="track">
        <input type="range" min="0" max=${this.horizon} .value=${String(this.week)} aria-label=${msg('Week')} data-testid="scrubber"
          @input=${(e: Event) => this.emit({ type: 'seek', week: +(e.target as HTMLInputElement).value })} />
        <div class="ticks" aria-hidden="true">${this.marks.map((w) => html`<i style="left:calc(${(100 * w) / h}% - 1px)"></i>`)}</div>
        <div class="ribbon" role="group" aria-label=${msg('Phases')}>
          ${spans.map((s) => {
            const share = (s.x2 - s.x1) / h;
            const name = msg(s.phase);
            // A phase too short for its name (potential lasts a week) is a coloured stretch only: a cut-off name read as a stray letter ("ꝑcoalescing").
            const fits = share * this.ribbonPx.width >= 0.62 * this.ribbonPx.font * name.length + 4;
            return html`<span style="left:${(100 * Math.max(0, s.x1)) / h}%;width:${100 * share}%;background:${phaseBackground(s.phase)}" title=${name}>${fits ? name : html`<span class="sr-only">${name}</span>`}</span>`;
          })}
        </div>
      </div>
      <label><span class="wk-label">${msg('Week')}</span>
        <input type="number" min="0" max=${this.horizon} .value=${String(this.week)} aria-label=${msg('Go to week')} data-testid="week-input"
          @change=${(e: Event) => this.emit({ type: 'seek', week: +(e.target as HTMLInputElement).value })} /></label>
      <span class="of" aria-hidden="true">/ ${this.horizon}</span>
    `;
  }
}
