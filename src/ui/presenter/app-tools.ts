// Header tools on every screen: language (EN | NL), share (link + QR of the
// running lab), presenter mode, the theme (Daylight or Dim room) and the
// shortcut sheet.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { SharePayload, ShortPayload } from '../../share/link.ts';
import { getLang, LANGS, loadLang, msg, rememberLang, type Lang } from '../i18n.ts';
import type { HelpSheet } from './help-sheet.ts';
import { installGlobalKeys, isPresenter, onPresenterChange, setPresenter } from './presenter.ts';
import { PRESENTER_LAB_CSS } from './presenter-styles.ts';
import { currentTheme } from '../theme.ts';
import '../theme-css.ts';
import { followSystemTheme, setTheme, ThemeWatch } from '../theme-state.ts';
// The shortcut sheet and the share panel load when first opened: not part of the first screen.

@customElement('app-tools')
export class AppTools extends LitElement {
  /** The lab's run as a share payload (absent outside the lab). */
  @property({ attribute: false }) share?: () => Promise<SharePayload | ShortPayload | undefined>;
  /** Called before the page reloads in the other language (to keep the run in the URL). */
  @property({ attribute: false }) beforeReload?: () => Promise<void>;
  @state() private presenter = isPresenter();
  @state() private shareUrl = '';
  @state() private shareOpen = false;
  private off?: () => void;
  private themeWatch = new ThemeWatch(this);

  static override styles = css`
    :host { display: flex; align-items: center; gap: 6px; flex-wrap: wrap; }
    button, a { min-height: 32px; min-width: 32px; font: inherit; border: 1px solid var(--control-line); background: var(--control); border-radius: 6px; padding: 0 8px; cursor: pointer; color: var(--ink); }
    button[aria-pressed='true'] { background: var(--ink); color: var(--on-ink); border-color: var(--ink); }
    :is(button, a):focus-visible { outline: 3px solid var(--focus); outline-offset: 1px; }
    .lang { display: inline-flex; }
    .lang button { border-radius: 0; }
    .lang button:first-child { border-radius: 6px 0 0 6px; }
    .lang button:last-child { border-radius: 0 6px 6px 0; border-left: 0; }
    /* On the presenter's black header the pressed state is the light one. */
    :host-context(html[data-presenter='on']) button { background: #000; color: #fff; border-color: #bbb; }
    :host-context(html[data-presenter='on']) button[aria-pressed='true'] { background: #fff; color: #000; border-color: #fff; font-weight: 700; }
    .pop { position: fixed; right: 12px; top: 52px; z-index: 40; background: var(--panel); border: 2px solid var(--ink); border-radius: 10px; padding: 8px; box-shadow: 0 8px 24px rgba(0,0,0,0.2); max-width: min(94vw, 34em); }
    .pop .close { float: right; }
    /* Nobody presents from a phone; the row stays short. A phone follows its own dark setting (theme-boot.js). */
    @media (max-width: 700px) { [data-testid='presenter'], [data-testid='theme'] { display: none; } }
  `;

  override connectedCallback(): void {
    super.connectedCallback();
    installGlobalKeys(() => void this.help());
    followSystemTheme();
    // The skip link lives in index.html, outside every component.
    const skip = document.querySelector('a.skip');
    if (skip) skip.textContent = msg('Skip to the lab');
    this.off = onPresenterChange((on) => {
      this.presenter = on;
      this.adoptLabStyles();
    });
    this.adoptLabStyles();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.off?.();
  }

  /** The lab's own presenter rules go into the shadow root that holds this element (app-shell's). */
  private adoptLabStyles() {
    const root = this.getRootNode();
    if (!(root instanceof ShadowRoot) || root.adoptedStyleSheets.includes(PRESENTER_LAB_CSS)) return;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, PRESENTER_LAB_CSS];
  }

  async help() {
    // Its Dutch comes with the views' catalogue, like the share panel's.
    await Promise.all([import('./help-sheet.ts'), loadLang('views')]);
    let sheet = document.querySelector('help-sheet') as HelpSheet | null;
    if (!sheet) {
      sheet = document.createElement('help-sheet') as HelpSheet;
      document.body.append(sheet);
    }
    if (sheet.open) sheet.close();
    else sheet.show();
  }

  private async switchLang(l: Lang) {
    if (l === getLang()) return;
    await this.beforeReload?.();
    rememberLang(l);
    location.reload();
  }

  private async openShare() {
    if (this.shareOpen) {
      this.shareOpen = false;
      return;
    }
    const p = await this.share?.();
    if (!p) return;
    const [{ shareUrl }] = await Promise.all([import('../../share/link.ts'), import('./share-panel.ts'), loadLang('views')]);
    this.shareUrl = shareUrl(location.href, p);
    this.shareOpen = true;
  }

  override render() {
    const lang = getLang();
    return html`
      <span class="lang" role="group" aria-label=${msg('Language')}>
        ${LANGS.map((l) => html`<button lang=${l} aria-pressed=${l === lang ? 'true' : 'false'} data-lang=${l} @click=${() => void this.switchLang(l)}
          title=${l === 'en' ? 'English' : 'Nederlands'}>${l.toUpperCase()}</button>`)}
      </span>
      ${this.share ? html`<button data-testid="share" aria-expanded=${this.shareOpen ? 'true' : 'false'} @click=${() => void this.openShare()}>${msg('Share')}</button>` : nothing}
      <!-- A symbol, like '?': the header's row has no room for the words (Dutch, phones); they are its name and tooltip. -->
      <button data-testid="theme" aria-pressed=${currentTheme() === 'dim' ? 'true' : 'false'} @click=${() => setTheme(currentTheme() === 'dim' ? 'day' : 'dim')}
        aria-label=${msg('Dim room')} title=${msg('Dim room: light on dark, for a darkened room or a projector (off: Daylight)')}><span aria-hidden="true">◐</span></button>
      <button data-testid="presenter" aria-pressed=${this.presenter ? 'true' : 'false'} @click=${() => setPresenter(!this.presenter)} title=${msg('Presenter mode (P)')}>${msg('Present')}</button>
      <button data-testid="help" aria-label=${msg('Keyboard shortcuts (?)')} title=${msg('Keyboard shortcuts (?)')} @click=${() => void this.help()}>?</button>
      ${this.shareOpen
        ? html`<div class="pop" role="dialog" aria-label=${msg('Share this run')}>
            <button class="close" @click=${() => (this.shareOpen = false)} aria-label=${msg('Close')}>✕</button>
            <share-panel .url=${this.shareUrl} .label=${msg('Same scenario, seed and week on another device')}></share-panel>
          </div>`
        : nothing}
    `;
  }
}
