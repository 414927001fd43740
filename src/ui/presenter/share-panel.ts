// A link and its QR code, so participants open the same run or lesson on
// their own device. Long links get no code and a plain message instead.
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { msg } from '../i18n.ts';

@customElement('share-panel')
export class SharePanel extends LitElement {
  @property() url = '';
  @property() label = '';
  @state() private qr = '';
  @state() private note = '';
  @state() private copied = false;

  static override styles = css`
    :host { display: block; border: 1px solid var(--line); border-radius: 10px; padding: 10px 12px; background: var(--panel); max-width: 40em; }
    h3 { margin: 0 0 6px; font-size: 1em; }
    .row { display: flex; gap: 8px; flex-wrap: wrap; align-items: center; }
    input { flex: 1; min-width: 10em; min-height: 40px; font: inherit; font-size: 0.85em; border: 1px solid var(--control-line); border-radius: 6px; padding: 0 8px; }
    button { min-height: 44px; padding: 0 14px; font: inherit; border: 1px solid var(--strong-line); background: var(--control); border-radius: 8px; cursor: pointer; }
    :is(input, button):focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
    img { display: block; width: min(260px, 70vw); height: auto; margin-top: 8px; image-rendering: pixelated; }
    p { margin: 6px 0 0; font-size: 0.9em; }
  `;

  override async updated(changed: PropertyValues<this>) {
    if (!changed.has('url') || !this.url) return;
    const { qrDataUrl } = await import('../../share/qr.ts');
    const r = await qrDataUrl(this.url);
    this.qr = r.ok ? r.url : '';
    this.note = r.ok ? '' : r.reason === 'too-long' ? msg('This link is too long for a QR code; copy it instead.') : msg('No QR code could be made; copy the link instead.');
  }

  override render() {
    return html`
      <h3>${this.label || msg('Share')}</h3>
      <div class="row">
        <input readonly .value=${this.url} aria-label=${msg('Link')} data-testid="share-url" @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
        <button @click=${this.copy}>${this.copied ? msg('Copied') : msg('Copy link')}</button>
      </div>
      ${this.qr ? html`<img src=${this.qr} alt=${msg('QR code of the link')} data-testid="share-qr" />` : nothing}
      ${this.note ? html`<p role="status">${this.note}</p>` : nothing}
    `;
  }

  private copy = async () => {
    try {
      await navigator.clipboard.writeText(this.url);
      this.copied = true;
      setTimeout(() => (this.copied = false), 2000);
    } catch {
      (this.renderRoot.querySelector('input') as HTMLInputElement).select();
    }
  };
}
