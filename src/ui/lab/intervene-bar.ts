// The facilitator's actions, acting at the current week. Each button says
// what it costs against this week's budget H·σ; recorded actions are listed,
// and the last one can be undone (↶, Ctrl+Z). After scrubbing back, an action
// would replace the weeks computed beyond it: the bar asks first, in place
// (no modal over a live class, UX.md §4).
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ACTIONS } from '../../scenario/actions.ts';
import type { ActionParams, ActionType } from '../../scenario/types.ts';
import type { Intervention } from '../controllers/sim-controller.ts';
import { msg } from '../i18n.ts';
import { fixed } from '../number-format.ts';
import { BUTTONS } from './action-buttons.ts';

export interface InterveneDetail { type: ActionType; params: ActionParams; label: string }

/** An action waiting for "Replace weeks from–to?". */
export interface ReplaceQuestion { detail: InterveneDetail; from: number; to: number }

/** The answer: replace (keeping the old run as the grey line or not), or cancel. */
export type ReplaceAnswer = { replace: true; keepOld: boolean } | { replace: false };

const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
/** How the undo shortcut is written on this machine. */
export const UNDO_KEYS = IS_MAC ? '⌘Z' : 'Ctrl+Z';

@customElement('intervene-bar')
export class InterveneBar extends LitElement {
  @property({ attribute: false }) interventions: Intervention[] = [];
  @property({ attribute: false }) cost: (type: ActionType) => number = () => 0;
  @property({ type: Number }) budget = 0;
  /** The lab's week: the run stands at its end, so an action now acts in the next one (week + 1). */
  @property({ type: Number }) week = 0;
  @property({ type: Number }) horizon = Infinity;
  @property({ type: Boolean }) disabled = false;
  /** Set while an action waits for the participant's answer to "Replace weeks …?". */
  @property({ attribute: false }) question?: ReplaceQuestion;
  /** Reflects a pending question (styles). */
  @property({ type: Boolean, reflect: true }) asking = false;
  @state() private keepOld = true;

  // On the styles (kept out of css``, whose comments would ship with the first screen):
  // - :host([asking]) .row: The question lies over the bar, which keeps its size: the network above is not resized (and redrawn) by asking.
  // - @media (max-width: 700px): Phones: the bar sits under the network and wraps, every action in sight and a thumb's size; the log and undo share the last row, undo after the actions (never over one). The question simply takes the bar's place.
  static override styles = css`
    :host { display: flex; align-items: center; gap: 6px; padding: 5px 10px; font: 13px system-ui, sans-serif; border-top: 1px solid var(--line); background: var(--panel); flex-wrap: wrap; position: relative; }
    :host([asking]) .row { visibility: hidden; }
    .lead { font-weight: 650; margin-right: 4px; white-space: nowrap; }
    button { min-height: 34px; padding: 0 10px; font: inherit; border: 1px solid var(--strong-line); background: var(--control); border-radius: 17px; cursor: pointer; display: inline-flex; gap: 6px; align-items: center; white-space: nowrap; }
    button:hover { background: var(--tint); }
    :is(button, input):focus-visible { outline: 3px solid var(--focus); outline-offset: 1px; }
    button:disabled { opacity: 0.5; cursor: default; }
    small { color: var(--ink-4); font-variant-numeric: tabular-nums; }
    .log { margin-left: auto; color: var(--ink-2); font-size: 12px; max-width: 340px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
    button.undo { border-radius: 6px; font-weight: 600; }
    button.undo span { font-size: 17px; line-height: 1; }
    .ask { position: absolute; left: 0; right: 0; bottom: 0; min-height: 100%; box-sizing: border-box; z-index: 2; display: flex; align-items: center; gap: 6px 10px; flex-wrap: wrap; background: var(--ask-bg); border-top: 2px solid var(--gold-line); padding: 4px 10px; }
    .ask p { margin: 0; font-weight: 650; }
    .ask label { display: inline-flex; align-items: center; gap: 4px; }
    .ask input { width: 18px; height: 18px; margin: 0; }
    @media (max-width: 700px) {
      :host { gap: 6px; padding: 6px 8px; }
      .lead { flex-basis: 100%; margin: 0; }
      button { min-height: 40px; }
      .log { flex: 1 1 60%; min-width: 0; margin-left: 0; max-width: none; white-space: normal; overflow: visible; }
      :host([asking]) .row { display: none; }
      .ask { position: static; flex: 1; min-width: 0; border-top: 0; padding: 2px 0; }
    }
    button.primary { background: var(--ink); color: var(--on-ink); border-color: var(--ink); border-radius: 6px; }
    button.primary:hover { background: var(--ink-2); }
    .ask button { border-radius: 6px; }
  `;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('question')) this.asking = !!this.question;
  }

  protected override updated(changed: PropertyValues<this>): void {
    // The question takes the focus, so a keyboard user answers it at once; it goes back to the bar after.
    if (changed.has('question') && this.question) (this.renderRoot.querySelector('[data-testid="replace-confirm"]') as HTMLElement | null)?.focus();
  }

  private emit<T>(type: string, detail: T) {
    this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
  }

  private answer(a: ReplaceAnswer) {
    this.emit('replace-answer', a);
  }

  override render() {
    return html`${this.renderButtons()}${this.question ? this.renderQuestion(this.question) : nothing}`;
  }

  private renderQuestion(q: ReplaceQuestion) {
    return html`<div class="ask" role="group" aria-labelledby="ask" data-testid="replace-question"
        @keydown=${(e: KeyboardEvent) => { if (e.key === 'Escape') { e.stopPropagation(); this.answer({ replace: false }); } }}>
      <p id="ask">${msg(`${q.detail.label} at week ${q.from}: replace weeks ${q.from}–${q.to}?`)}</p>
      <button class="primary" data-testid="replace-confirm" @click=${() => this.answer({ replace: true, keepOld: this.keepOld })}>${msg(`Replace weeks ${q.from}–${q.to}`)}</button>
      <button data-testid="replace-cancel" @click=${() => this.answer({ replace: false })}>${msg('Cancel')}</button>
      <label><input type="checkbox" data-testid="replace-keep" .checked=${this.keepOld} @change=${(e: Event) => (this.keepOld = (e.target as HTMLInputElement).checked)} />
        ${msg('Keep the old run as the grey line')}</label>
    </div>`;
  }

  /** The week an action pressed now is recorded for (the model's `at`, as the status line and the charts say). */
  get actWeek(): number {
    return Math.min(this.week + 1, this.horizon);
  }

  private renderButtons() {
    const last = this.interventions[this.interventions.length - 1];
    return html`
      <span class="lead row" data-testid="intervene-week">${msg(`Act in week ${this.actWeek}:`)}</span>
      ${BUTTONS.map((b) => {
        const cost = fixed(this.cost(b.type));
        return html`<button class="row" data-action=${b.id} ?disabled=${this.disabled || !!this.question} tabindex=${this.question ? -1 : 0} title="${b.help} ${msg(`Costs ${cost} of ${fixed(this.budget, 1)} units this week.`)}"
          @click=${() => this.emit<InterveneDetail>('intervene', { type: b.type, params: b.params, label: b.label })}>
          ${b.label} <small>${cost}</small></button>`;
      })}
      <span class="log row" data-testid="intervention-log" title=${this.interventions.map((i) => `wk ${i.action.at}: ${i.label}`).join(', ')}>
        ${this.interventions.length
          ? html`● ${this.interventions.length} ${msg('recorded')}: ${this.interventions.slice(-3).map((i) => `wk ${i.action.at} ${i.label}`).join(', ')}`
          : msg(`Budget ${fixed(this.budget, 1)} units/wk; numbers are costs.`)}
      </span>
      ${last
        ? html`<button class="undo row" data-testid="undo" tabindex=${this.question ? -1 : 0}
            title=${msg(`Undo ${last.label} (week ${last.action.at ?? last.week + 1}) · ${UNDO_KEYS}`)}
            aria-label=${msg(`Undo ${last.label} at week ${last.action.at ?? last.week + 1}`)} aria-keyshortcuts=${IS_MAC ? 'Meta+Z' : 'Control+Z'}
            @click=${() => this.emit('undo', null)}><span aria-hidden="true">↶</span> ${msg('Undo')}</button>`
        : nothing}
    `;
  }
}
