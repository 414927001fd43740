// The participant's phone page (issue 19), made for 390 × 844: one decision
// per screen, large targets, the trainer's language with an override. It
// joins with the code from the address (/r/<code>) or typed in; its token
// stays in localStorage, so a locked phone or a reload comes back to the same
// member and answers. Everything from the room (question, options, nickname,
// member names) is rendered as text by lit, never as markup.
import { LitElement, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { PhoneClient, type Status } from '../room/client.ts';
import { formatCode, normaliseCode, type RoomLang, type RoomText } from '../room/protocol.ts';
import type { PhoneView } from '../room/views.ts';
import { PHONE_CSS } from './styles.ts';
import './run-screens.ts';
import { currentLang, setLang, t } from './words.ts';

const LANG_KEY = 'coalesce.room.lang';
const tokenKey = (code: string) => `coalesce.room.${code}`;

function stored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
function store(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    /* private mode: kept for this page only */
  }
}

export function textOf(x: RoomText, lang: RoomLang): string {
  return typeof x === 'string' ? x : (lang === 'nl' && x.nl) || x.en;
}

@customElement('participant-app')
export class ParticipantApp extends LitElement {
  @state() view: PhoneView | null = null;
  @state() status: Status | 'idle' = 'idle';
  @state() private problem = '';
  @state() private codeInput = '';
  @state() private nickInput = '';
  @state() private choice = '';
  @state() private sending = false;
  /** The language picked on this phone, over the trainer's. */
  @state() private override: RoomLang | null = null;
  client: PhoneClient | null = null;

  static override styles = PHONE_CSS;

  override connectedCallback(): void {
    super.connectedCallback();
    const o = stored(LANG_KEY);
    this.override = o === 'en' || o === 'nl' ? o : null;
    setLang(this.override ?? (/^nl\b/i.test(navigator.language) ? 'nl' : 'en'));
    const fromPath = /\/r\/([A-Za-z0-9-]+)/.exec(location.pathname)?.[1] ?? new URLSearchParams(location.search).get('code') ?? '';
    this.codeInput = fromPath ? formatCode(normaliseCode(fromPath) ?? fromPath) : '';
    const code = normaliseCode(fromPath);
    // Back on this phone: join straight away with the stored token.
    if (code && stored(tokenKey(code))) this.connect(code);
  }

  private connect(code: string, nickname?: string): void {
    this.client?.close();
    this.status = 'connecting';
    this.problem = '';
    this.client = new PhoneClient({
      url: location.origin,
      code,
      token: stored(tokenKey(code)) ?? undefined,
      nickname,
      onToken: (tok) => store(tokenKey(code), tok),
      onView: (v) => {
        this.view = v;
        if (!this.override) setLang(v.lang);
        if (v.round?.mine) this.choice = '';
        this.requestUpdate();
      },
      onStatus: (s, detail) => {
        this.status = s;
        if (s === 'refused') {
          this.problem = detail === 'no-such-room' ? t('No room with that code. Check it with your trainer.') : detail === 'room-full' ? t('This room is full.') : t('The room could not be joined ({0}). Try again.', detail ?? '');
          if (!this.view) this.client = null;
        }
      },
    });
    if (location.pathname !== `/r/${code}`) history.replaceState(null, '', `/r/${code}`);
  }

  private pickLang(l: RoomLang): void {
    this.override = l;
    store(LANG_KEY, l);
    setLang(l);
    this.requestUpdate();
  }

  override render() {
    const v = this.view;
    const lang = currentLang();
    return html`
      <header>
        <strong>Coalesce</strong>
        <span class="code">${v ? html`${t('Workshop room')} <span data-testid="room-code">${formatCode(v.code)}</span>` : nothing}</span>
        <span class="lang" role="group" aria-label=${t('Language')}>
          ${(['en', 'nl'] as const).map((l) => html`<button lang=${l} aria-pressed=${lang === l ? 'true' : 'false'} data-lang=${l} @click=${() => this.pickLang(l)}>${l.toUpperCase()}</button>`)}
        </span>
      </header>
      <p class="status" role="status" aria-live="polite" data-testid="conn">${this.status === 'offline' ? t('Connection lost. Reconnecting…') : ''}</p>
      <main>${this.renderScreen()}</main>
    `;
  }

  private renderScreen() {
    const v = this.view;
    if (this.status === 'closed') return html`<h1 data-testid="closed">${t('The trainer closed the room. Thank you for taking part!')}</h1>`;
    if (!v) return this.renderJoin();
    const r = v.round;
    // An open question comes first (a quick vote during a run), then a run going on, then the last result, then a run that ended.
    const runScreen = v.run ? html`<run-screens .run=${v.run} .client=${this.client} data-testid="run"></run-screens>` : null;
    if (runScreen && !r?.open && (!v.run!.ended || !r)) return runScreen;
    if (!r) {
      return html`<section data-testid="waiting"><h1>${t("You're in.")}</h1>
        ${v.nickname ? html`<p class="nick">${t('You')}: <b data-testid="nickname">${v.nickname}</b></p>` : nothing}
        <p>${t("Wait for the trainer's question. Keep this page open; if your phone locks, it comes back here.")}</p></section>`;
    }
    const lang = currentLang();
    if (!r.open && r.counts) return this.renderResult(v);
    if (r.mine) {
      const o = r.options.find((x) => x.id === r.mine);
      return html`<section data-testid="answered"><p class="kicker">${r.kind === 'quick' ? t('Quick vote') : t('Question')}</p>
        <h1>${t('Your answer is in')}: <span data-testid="mine">${o ? textOf(o.text, lang) : ''}</span></h1>
        <p>${t('Wait for the reveal on the big screen.')}</p></section>`;
    }
    return html`<section data-testid="question">
      <p class="kicker">${r.kind === 'quick' ? t('Quick vote') : t('Question')}</p>
      <h1 id="q">${textOf(r.question, lang)}</h1>
      <div class="options" role="radiogroup" aria-labelledby="q">
        ${r.options.map((o) => html`<button role="radio" aria-checked=${this.choice === o.id ? 'true' : 'false'} data-option=${o.id}
          @click=${() => (this.choice = o.id)}>${o.scenario ? html`<span class="letter">${o.scenario}</span>` : nothing}<span>${textOf(o.text, lang)}</span></button>`)}
      </div>
      <div class="bottom">
        ${this.problem ? html`<p role="alert">${this.problem}</p>` : nothing}
        <button class="primary" data-testid="send" ?disabled=${!this.choice || this.sending} @click=${() => void this.send(r.id)}>${t('Send my answer')}</button>
        ${this.choice ? nothing : html`<p class="hint">${t('Pick an answer first.')}</p>`}
      </div>
    </section>`;
  }

  private async send(round: string): Promise<void> {
    if (!this.client || !this.choice) return;
    this.sending = true;
    const r = await this.client.send('answer', { round, choice: this.choice });
    this.sending = false;
    this.problem = r.ok ? '' : t('The room could not be joined ({0}). Try again.', r.detail ?? r.reason);
  }

  private renderResult(v: PhoneView) {
    const r = v.round!;
    const lang = currentLang();
    const counts = r.counts!;
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    return html`<section data-testid="result"><p class="kicker">${r.kind === 'quick' ? t('Quick vote') : t('Question')}</p>
      <h1>${textOf(r.question, lang)}</h1>
      <h2>${t('The room answered')}</h2>
      <ul class="bars">${r.options.map((o) => {
        const n = counts[o.id] ?? 0;
        const pct = total ? Math.round((100 * n) / total) : 0;
        return html`<li class=${r.mine === o.id ? 'mine' : ''} data-count=${n}><span class="label">${textOf(o.text, lang)}${r.mine === o.id ? html` <em>(${t('your answer')})</em>` : nothing}</span>
          <span class="bar"><span style="width:${pct}%"></span></span><span class="n">${n} · ${pct}%</span></li>`;
      })}</ul></section>`;
  }

  private renderJoin() {
    const bad = this.codeInput.trim() !== '' && !normaliseCode(this.codeInput);
    return html`<section data-testid="join"><h1>${t('Join the workshop room')}</h1>
      <label for="code">${t('Room code')}</label>
      <input id="code" autocomplete="off" autocapitalize="characters" spellcheck="false" inputmode="text" .value=${this.codeInput}
        aria-describedby="code-help" @input=${(e: Event) => (this.codeInput = (e.target as HTMLInputElement).value)} data-testid="code" />
      <p id="code-help" class="hint">${bad ? t('That is not a room code: it has 10 letters and digits.') : t('The code your trainer shows, like KQ7M-X2PA-9T.')}</p>
      <label for="nick">${t('Nickname (optional)')}</label>
      <input id="nick" maxlength="24" autocomplete="off" aria-describedby="nick-help" .value=${this.nickInput} @input=${(e: Event) => (this.nickInput = (e.target as HTMLInputElement).value)} data-testid="nick" />
      <p id="nick-help" class="hint">${t('Leave it empty to stay anonymous. Only the trainer sees it.')}</p>
      ${this.problem ? html`<p role="alert" data-testid="problem">${this.problem}</p>` : nothing}
      <div class="bottom"><button class="primary" data-testid="join-button" ?disabled=${!normaliseCode(this.codeInput) || this.status === 'connecting'}
        @click=${() => this.connect(normaliseCode(this.codeInput)!, this.nickInput.trim() || undefined)}>${this.status === 'connecting' ? t('Joining…') : t('Join')}</button></div>
    </section>`;
  }
}
