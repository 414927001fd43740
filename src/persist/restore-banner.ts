// The non-modal banner about saved work: after a restore ("Your work from
// 14:32 is back … Keep it / Discard it and start fresh") or, when the page
// opened a link, an offer ("Restore it / Keep this one"). Also says when the
// browser cannot save (private mode), so that the user knows to export. It
// never takes focus and never blocks the lab; its text is announced politely.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { msg } from '../ui/i18n.ts';
import type { SaveState } from './autosave.ts';
import type { Draft } from './draft.ts';
import { timeOf, type BannerMode } from './persist-controller.ts';

export type BannerAction = 'keep' | 'discard' | 'restore' | 'keep-current' | 'export';

@customElement('restore-banner')
export class RestoreBanner extends LitElement {
  @property() mode: BannerMode = 'none';
  @property({ attribute: false }) draft: Draft | null = null;
  @property() saveState: SaveState = 'saved';
  @property({ type: Boolean }) unsaved = false;

  static override styles = css`
    :host { position: fixed; left: 50%; transform: translateX(-50%); top: 52px; z-index: 8; max-width: min(720px, calc(100vw - 16px)); font: 13px/1.4 system-ui, sans-serif; }
    .box { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; padding: 8px 12px; border-radius: 8px; background: #fff; border: 1px solid #0072B2; box-shadow: 0 4px 14px rgba(0,0,0,0.14); }
    .box.warn { border-color: #C85200; background: #fff6f0; }
    p { margin: 0; flex: 1 1 260px; }
    button { min-height: 32px; padding: 0 12px; font: inherit; border: 1px solid #57606c; background: #fff; border-radius: 6px; cursor: pointer; }
    button.primary { background: #1a1a1a; color: #fff; }
    button:focus-visible { outline: 3px solid #0072B2; outline-offset: 1px; }
  `;

  override render() {
    const d = this.draft;
    const what = d ? msg(`${d.scenarioName}, seed ${d.seed}, week ${d.week}, ${d.interventions.length} intervention(s)`) : '';
    // The live region exists from the start, so that screen readers announce what appears in it.
    return html`<div role="status" aria-live="polite" data-testid="persist-banner">
      ${this.mode === 'restored' && d
        ? html`<div class="box"><p>${msg(`Your work from ${timeOf(d.savedAt)} is back (${what}).`)}${d.editorText !== undefined ? ' ' + msg('Your unapplied edits are in the Scenario tab.') : ''}</p>
            <button class="primary" data-testid="persist-keep" @click=${() => this.act('keep')}>${msg('Keep it')}</button>
            <button data-testid="persist-discard" @click=${() => this.act('discard')}>${msg('Discard it and start fresh')}</button></div>`
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

  private act(action: BannerAction) {
    this.dispatchEvent(new CustomEvent<BannerAction>('banner-action', { detail: action, bubbles: true, composed: true }));
  }
}
