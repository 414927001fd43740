// The header's Room button and its panel (issue 19). Small on purpose: the
// room's code (socket.io, the panel, its Dutch) loads on the first click, or
// at start when this browser holds a room (a reloaded trainer's tab takes
// its room back). Without a room nothing else of it is loaded.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { getLang, loadLang, msg } from '../i18n.ts';
import { savedRoom } from './room-flag.ts';
import type { room as RoomStoreType } from './room-store.ts';

@customElement('room-button')
export class RoomButton extends LitElement {
  /** The lab's scenario for a participatory run (passed on to the panel). */
  @property({ attribute: false }) labScenario?: () => Promise<{ text: string; name: string; seed: number } | undefined>;
  /** Load a participatory run into the lab at its week, its played members ringed on the network. */
  @property({ attribute: false }) openInLab?: (run: { text: string; name: string; week: number; played: { id: number; label: string }[] }) => Promise<void>;
  @state() open = false;
  /** The run's week the lab shows (-1: none). */
  private shown = '';
  @state() private loaded = false;
  private store?: typeof RoomStoreType;

  static override styles = css`
    :host { display: inline-flex; }
    button.room { min-height: 32px; min-width: 32px; font: inherit; font-weight: 700; border: 1px solid var(--control-line); background: var(--control); border-radius: 6px; padding: 0 6px; cursor: pointer; color: var(--ink); white-space: nowrap; display: inline-flex; align-items: center; gap: 4px; }
    button.room svg { width: 20px; height: 20px; display: block; }
    button.room[aria-expanded='true'] { background: var(--ink); color: var(--on-ink); border-color: var(--ink); }
    button:focus-visible { outline: 3px solid var(--focus); outline-offset: 1px; }
    .live { display: inline-block; width: 8px; height: 8px; border-radius: 50%; background: #009e73; margin-right: 4px; vertical-align: middle; }
    .pop { position: fixed; right: 12px; top: 52px; z-index: 40; background: var(--panel); border: 2px solid var(--ink); border-radius: 10px; padding: 10px 12px; box-shadow: 0 8px 24px rgba(0,0,0,0.2);
      width: min(94vw, 40em); max-height: calc(100dvh - 70px); overflow: auto; box-sizing: border-box; }
    .close { float: right; min-width: 36px; min-height: 36px; font: inherit; border: 1px solid var(--control-line); background: var(--control); color: var(--ink); border-radius: 6px; cursor: pointer; }
    :host-context(html[data-presenter='on']) button.room { background: #000; color: #fff; border-color: #bbb; }
    :host-context(html[data-presenter='on']) .pop { width: min(96vw, 60em); font-size: 1.4em; }
  `;

  override connectedCallback(): void {
    super.connectedCallback();
    if (savedRoom()) void this.load().then((s) => s.resume(getLang()));
  }

  private async load(): Promise<typeof RoomStoreType> {
    const [{ room }] = await Promise.all([import('./room-store.ts'), import('./room-panel.ts'), loadLang('room')]);
    if (!this.store) {
      this.store = room;
      room.subscribe(() => {
        this.requestUpdate();
        void this.follow();
      });
    }
    this.loaded = true;
    return room;
  }

  /** While the trainer follows the run, each new week (and each new decision file) is loaded into the lab. */
  private async follow(): Promise<void> {
    const r = this.store?.view?.run;
    if (!this.store?.followRun || !r || !this.openInLab) {
      this.shown = '';
      return;
    }
    const key = `${r.name}|${r.week}|${r.ended}`;
    if (key === this.shown) return;
    this.shown = key;
    const exp = await this.store.send('runExport', {});
    if (!exp.ok || typeof exp.text !== 'string') return;
    await this.openInLab({ text: exp.text, name: r.name, week: r.week, played: r.played.map((p) => ({ id: p.id, label: p.name })) });
  }

  private async toggle(): Promise<void> {
    if (!this.loaded) await this.load();
    this.open = !this.open;
  }

  override render() {
    const v = this.store?.view;
    // A symbol, like ◐ and ?: the header's row has no room for the word in Dutch; the word is its name and tooltip.
    return html`<button class="room" data-testid="room-button" aria-expanded=${this.open ? 'true' : 'false'} aria-haspopup="dialog" @click=${() => void this.toggle()}
        aria-label=${v ? `${msg('Room')}: ${v.connected}` : msg('Room')} title=${msg('Workshop room: participants join from their phones')}>${v ? html`<span class="live" aria-hidden="true"></span>` : nothing}<svg viewBox="0 0 20 20" aria-hidden="true" fill="currentColor"><circle cx="10" cy="5.5" r="2.6"/><path d="M5.6 13.5c0-2.6 2-4.3 4.4-4.3s4.4 1.7 4.4 4.3z"/><circle cx="4" cy="8.5" r="2"/><path d="M0.6 15.5c0-2 1.5-3.3 3.4-3.3 1 0 1.9.4 2.5 1"/><circle cx="16" cy="8.5" r="2"/><path d="M19.4 15.5c0-2-1.5-3.3-3.4-3.3-1 0-1.9.4-2.5 1"/><rect x="1" y="16.5" width="18" height="1.6" rx="0.8"/></svg>${v ? html`<span>${v.connected}</span>` : nothing}</button>
      ${this.open && this.loaded
        ? html`<div class="pop" role="dialog" aria-label=${msg('Workshop room')}>
            <button class="close" @click=${() => (this.open = false)} aria-label=${msg('Close')}>✕</button>
            <room-panel .labScenario=${this.labScenario}></room-panel>
          </div>`
        : nothing}`;
  }
}
