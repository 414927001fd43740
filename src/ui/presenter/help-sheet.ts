// The shortcut sheet (`?`): every key, in a panel that never blocks the page
// (no modal over a live class); Escape or the button closes it.
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { msg } from '../i18n.ts';
import { setSingleKeys, singleKeysOn } from '../single-keys.ts';

/** Key, what it does, and whether it is a single character (those can be turned off: single-keys.ts). */
const KEYS: [string, string, boolean?][] = [
  ['Space', 'play / pause'],
  ['← →', 'step one week'],
  ['Shift + ← →', 'step 10 weeks (lab)'],
  ['Home End', 'first / last week (lab)'],
  ['1–4', 'pick scenario A–D', true],
  ['Page Down / Page Up', 'next / previous lesson step'],
  ['T', 'text view of the network (lab)', true],
  ['L', 'next network lens: All, C1–C5 (lab)', true],
  ['← → ↑ ↓ in the network', 'move to the nearest member; Enter opens its card'],
  ['Ctrl + Z', 'undo the last intervention (lab)'],
  ['P', 'presenter mode on / off', true],
  ['F', 'full screen', true],
  ['?', 'this sheet', true],
];

@customElement('help-sheet')
export class HelpSheet extends LitElement {
  @property({ type: Boolean, reflect: true }) open = false;

  static override styles = css`
    :host { display: none; position: fixed; right: 16px; top: 56px; z-index: 50; }
    :host([open]) { display: block; }
    section { background: var(--panel); color: var(--ink); border: 2px solid var(--ink); border-radius: 10px; padding: 12px 16px; box-shadow: 0 8px 24px rgba(0,0,0,0.2); max-width: min(92vw, 30em); font: 15px/1.4 system-ui, sans-serif; }
    :host-context(html[data-presenter='on']) section { font-size: 26px; }
    h2 { margin: 0 0 8px; font-size: 1.15em; }
    table { border-collapse: collapse; }
    th { text-align: left; padding: 3px 14px 3px 0; white-space: nowrap; }
    kbd { font: inherit; font-weight: 700; border: 1px solid var(--control-line); border-radius: 4px; padding: 0 5px; background: var(--tint); }
    p { margin: 8px 0 0; font-size: 0.9em; }
    label.single { display: flex; align-items: center; gap: 8px; margin-top: 10px; min-height: 44px; font-weight: 600; cursor: pointer; }
    label.single input { width: 22px; height: 22px; margin: 0; }
    button { margin-top: 10px; min-height: 44px; padding: 0 16px; font: inherit; border: 1px solid var(--strong-line); background: var(--control); border-radius: 8px; cursor: pointer; }
    button:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
  `;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('keydown', this.onKey);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('keydown', this.onKey);
  }

  private onKey = (e: KeyboardEvent) => {
    if (this.open && e.key === 'Escape') this.close();
  };

  show() {
    this.open = true;
    void this.updateComplete.then(() => (this.renderRoot.querySelector('button') as HTMLButtonElement)?.focus());
  }

  close() {
    this.open = false;
  }

  private toggleSingle = (e: Event) => {
    setSingleKeys((e.target as HTMLInputElement).checked);
    this.requestUpdate();
  };

  override render() {
    const on = singleKeysOn();
    return html`<section role="dialog" aria-modal="false" aria-labelledby="h" data-testid="help-sheet">
      <h2 id="h">${msg('Keyboard shortcuts')}</h2>
      <table>${KEYS.map(([k, what, single]) => html`<tr><th><kbd>${msg(k)}</kbd></th><td>${msg(what)}${single && !on ? html` <i>(${msg('off')})</i>` : ''}</td></tr>`)}</table>
      <label class="single"><input type="checkbox" data-testid="single-keys" .checked=${on} @change=${this.toggleSingle}> ${msg('Single-key shortcuts (1–4, T, L, P, F, ?)')}</label>
      <p>${msg('Single keys never act while you type in a field. Turn them off if you use speech input or often press keys by accident; the other keys stay.')}</p>
      <button @click=${() => this.close()}>${msg('Close')}</button>
    </section>`;
  }
}
