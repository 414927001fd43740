// A polite live region listing the latest fault reports (newest last, a few
// at most), for views that run replications. Non-modal; each line can be
// read again until the view dismisses them.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { msg } from '../i18n.ts';

const KEEP = 4;

@customElement('fault-notice')
export class FaultNotice extends LitElement {
  @property({ attribute: false }) lines: string[] = [];

  static override styles = css`
    :host { display: block; font: 13px/1.4 system-ui, sans-serif; }
    ul { margin: 0; padding: 6px 10px 6px 26px; border: 1px solid var(--warn); border-radius: 6px; background: var(--warn-bg); }
    button { margin-left: 6px; min-height: 24px; font: inherit; border: 1px solid var(--strong-line); background: var(--control); border-radius: 6px; cursor: pointer; }
  `;

  /** Add a report (keeps the last few). */
  add(text: string): void {
    this.lines = [...this.lines, text].slice(-KEEP);
  }

  /** Forget every report (a new computation starts). */
  clear(): void {
    this.lines = [];
  }

  override render() {
    return html`<div role="status" aria-live="polite" data-testid="fault-notice">
      ${this.lines.length
        ? html`<ul>${this.lines.map((l) => html`<li>${l}</li>`)}</ul><button @click=${() => (this.lines = [])}>${msg('Dismiss')}</button>`
        : nothing}
    </div>`;
  }
}
