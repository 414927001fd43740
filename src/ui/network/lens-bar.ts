// The lens switch over the network (UX.md §1, §3): All, C1–C5, a
// minimum-trust filter, and one line saying what the current lens shows.
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { msg } from '../i18n.ts';
import { ThemeWatch } from '../theme-state.ts';
import { LENSES, lensLine, lensName, type Lens } from './lens.ts';

export interface LensChangeDetail { lens: Lens }
export interface MinTrustDetail { value: number }

@customElement('lens-bar')
export class LensBar extends LitElement {
  @property() lens: Lens = 'All';
  @property({ type: Number }) minTrust = 0;
  /** A narrow network (phone): no trust slider, a smaller line, so the members keep the room. */
  @property({ type: Boolean, reflect: true }) narrow = false;
  /** The lens line's wording follows the theme (lighter ties, not darker, in Dim room). */
  private themeWatch = new ThemeWatch(this);

  static override styles = css`
    :host { display: flex; flex-direction: column; align-items: flex-end; gap: 3px; font: 12px/1.3 system-ui, sans-serif; color: var(--ink); pointer-events: none; }
    .row { display: flex; gap: 6px; align-items: center; flex-wrap: wrap; justify-content: flex-end; pointer-events: auto; }
    .lenses { display: flex; border: 1px solid var(--control-line); border-radius: 6px; overflow: hidden; background: var(--control); }
    button { font: 600 13px system-ui, sans-serif; min-width: 34px; min-height: 28px; padding: 0 7px; border: 0; border-left: 1px solid var(--line); background: var(--control); color: var(--ink); cursor: pointer; }
    button:first-child { border-left: 0; }
    button[aria-pressed='true'] { background: var(--accent); color: var(--on-accent); }
    button:focus-visible { outline: 3px solid var(--focus); outline-offset: -3px; }
    button[aria-pressed='true']:focus-visible { outline-color: var(--ink); }
    label { display: flex; align-items: center; gap: 4px; background: rgba(var(--glass),0.9); border-radius: 6px; padding: 2px 6px; border: 1px solid var(--line); min-height: 24px; }
    input { width: 90px; }
    :host([narrow]) label { display: none; }
    :host([narrow]) .line { font-size: 11px; font-weight: 500; }
    :host([narrow]) button { min-width: 30px; padding: 0 5px; }
    .line { max-width: 600px; text-align: right; font-weight: 600; font-size: 13px; background: rgba(var(--glass),0.9); border-radius: 4px; padding: 2px 6px; }
  `;

  override render() {
    return html`
      <div class="row">
        <div class="lenses" role="group" aria-label=${msg('Network lens')}>
          ${LENSES.map((l) => html`<button aria-pressed=${this.lens === l} data-lens=${l} title=${lensName(l)} aria-label=${lensName(l)}
            @click=${() => this.emit('lens-change', { lens: l })}>${l === 'All' ? msg('All') : l}</button>`)}
        </div>
        <label title=${msg('Hide ties with less trust than this')}>${msg('Min. trust')}
          <input type="range" min="0" max="0.9" step="0.05" .value=${String(this.minTrust)} data-testid="min-trust"
            aria-valuetext=${`${Math.round(this.minTrust * 100)}%`}
            @input=${(e: Event) => this.emit('min-trust', { value: +(e.target as HTMLInputElement).value })} />
          <span>${Math.round(this.minTrust * 100)}%</span></label>
      </div>
      <div class="line" data-testid="lens-line">${lensLine(this.lens)}</div>
    `;
  }

  private emit(type: string, detail: LensChangeDetail | MinTrustDetail): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}
