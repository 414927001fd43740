// The non-modal banner about saved work: after a restore ("Your work from
// 14:32 is back … Keep it / Discard it and start fresh") or, when the page
// opened a link, an offer ("Restore it / Keep this one"). Also says when the
// browser cannot save (private mode), so that the user knows to export. It
// never takes focus and never blocks the lab; its text is announced politely.
// After another scenario replaced the lab's work (a file opened or dropped, a
// link, a preset) it offers that work back; after a restore it lists the
// earlier work kept in this browser.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { msg } from '../i18n.ts';
import type { SaveState } from '../../persist/autosave.ts';
import type { Draft } from '../../persist/draft.ts';
import { interventionCount, timeOf, type BannerMode } from './persist-controller.ts';

export type BannerAction = 'keep' | 'discard' | 'restore' | 'keep-current' | 'export';

@customElement('restore-banner')
export class RestoreBanner extends LitElement {
  @property() mode: BannerMode = 'none';
  @property({ attribute: false }) draft: Draft | null = null;
  @property() saveState: SaveState = 'saved';
  @property({ type: Boolean }) unsaved = false;
  /** Earlier work, newest first (set by the PersistController). */
  @property({ attribute: false }) previous: Draft[] = [];

  static override styles = css`
    :host { position: fixed; left: 50%; transform: translateX(-50%); top: 52px; z-index: 8; max-width: min(720px, calc(100vw - 16px)); font: 13px/1.4 system-ui, sans-serif; }
    .box { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; padding: 8px 12px; border-radius: 8px; background: var(--panel); border: 1px solid var(--accent); box-shadow: 0 4px 14px rgba(0,0,0,0.14); }
    .box.warn { border-color: var(--warn); background: var(--warn-bg); }
    p { margin: 0; flex: 1 1 260px; }
    button { min-height: 32px; padding: 0 12px; font: inherit; border: 1px solid var(--strong-line); background: var(--control); border-radius: 6px; cursor: pointer; }
    button.primary { background: var(--ink); color: var(--on-ink); }
    button:focus-visible { outline: 3px solid var(--focus); outline-offset: 1px; }
    .earlier { flex-basis: 100%; display: flex; flex-wrap: wrap; gap: 6px; align-items: center; margin: 0; padding-top: 6px; border-top: 1px solid var(--line); }
    .earlier button { min-height: 28px; padding: 0 10px; }
  `;

  override render() {
    const d = this.draft;
    const what = d ? describe(d) : '';
    // The live region exists from the start, so that screen readers announce what appears in it.
    return html`<div role="status" aria-live="polite" data-testid="persist-banner">
      ${this.mode === 'restored' && d
        ? html`<div class="box"><p>${msg(`Your work from ${timeOf(d.savedAt)} is back (${what}).`)}${d.editorText !== undefined ? ' ' + msg('Your unapplied edits are in the Scenario tab.') : ''}</p>
            <button class="primary" data-testid="persist-keep" @click=${() => this.act('keep')}>${msg('Keep it')}</button>
            <button data-testid="persist-discard" @click=${() => this.act('discard')}>${msg('Discard it and start fresh')}</button>${this.renderEarlier(d)}</div>`
        : this.mode === 'replaced' && d
          ? html`<div class="box"><p>${msg(`Another scenario is open now. Your previous work is kept in this browser (${what}, saved at ${timeOf(d.savedAt)}).`)}</p>
              <button class="primary" data-testid="persist-restore-previous" @click=${() => this.act('restore')}>${msg('Restore your previous draft')}</button>
              <button data-testid="persist-dismiss" @click=${() => this.act('keep')}>${msg('Dismiss')}</button></div>`
        : this.mode === 'offer' && d
          ? html`<div class="box"><p>${msg(`You have work from ${timeOf(d.savedAt)} saved in this browser (${what}).`)}</p>
              <button class="primary" data-testid="persist-restore" @click=${() => this.act('restore')}>${msg('Restore it')}</button>
              <button data-testid="persist-keep-current" @click=${() => this.act('keep-current')}>${msg('Keep what is open now')}</button></div>`
          : this.saveState === 'failed' && this.unsaved
            ? html`<div class="box warn"><p>${msg('This browser is not saving your work (private window or storage full). Export the scenario to keep it.')}</p>
                <button data-testid="persist-export" @click=${() => this.act('export')}>${msg('Export scenario (YAML)')}</button></div>`
            : nothing}
    </div>`;
  }

  /** Other work kept in this browser, each restorable (the one on show is not listed). */
  private renderEarlier(shown: Draft) {
    const list = this.previous.map((d, index) => ({ d, index })).filter(({ d }) => d !== shown).slice(0, 3);
    if (!list.length) return nothing;
    return html`<p class="earlier" data-testid="persist-earlier">${msg('Earlier work in this browser:')}
      ${list.map(({ d, index }) => html`<button data-testid="persist-previous" title=${msg(`Restore ${describe(d)}, saved at ${timeOf(d.savedAt)}`)}
        @click=${() => this.choose(index)}>${msg(d.scenarioName)} · ${timeOf(d.savedAt)}</button>`)}</p>`;
  }

  private choose(index: number) {
    // The controller takes the chosen draft (synchronously), then the ordinary restore runs.
    this.dispatchEvent(new CustomEvent('choose-draft', { detail: { index }, bubbles: true, composed: true }));
    this.act('restore');
  }

  private act(action: BannerAction) {
    this.dispatchEvent(new CustomEvent<BannerAction>('banner-action', { detail: action, bubbles: true, composed: true }));
  }
}

function describe(d: Draft): string {
  // "seed" and "week" are the same words in Dutch.
  return `${msg(d.scenarioName)}, seed ${d.seed}, week ${d.week}, ${interventionCount(d.interventions.length)}`;
}
