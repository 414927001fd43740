// The Room panel (issue 19): start a workshop room, show how to join (QR
// code, short address, room code), who is in, a quick vote with its live
// tally, the participatory run's controls, the answers as CSV, and closing
// the room. Opened from the header's Room button on any view.
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { formatCode, type RoomText } from '../../room/protocol.ts';
import type { TrainerView } from '../../room/views.ts';
import { BUILTINS } from '../builtin-scenarios.ts';
import { getLang, msg } from '../i18n.ts';
import { joinUrl, room } from './room-store.ts';
import { roomAnswersCsv } from './room-csv.ts';
import { TallyBars } from './tally-bars.ts';
import './run-panel.ts';

/** The quick vote's question, in both languages (phones follow the room's language). */
export const QUICK_QUESTION = { en: 'Which strategy would you try next?', nl: 'Welke strategie zou je hierna proberen?' };
const DEFAULT_OPTIONS = ['steady-rhythm', 'big-launch', 'weaver', 'trust-first'];

@customElement('room-panel')
export class RoomPanel extends LitElement {
  /** The lab's running scenario (YAML with its interventions) and seed, for a participatory run. */
  @property({ attribute: false }) labScenario?: () => Promise<{ text: string; name: string; seed: number } | undefined>;
  @state() private qr = '';
  @state() private picked = new Set<string>();
  @state() private confirmClose = false;
  private off?: () => void;
  private qrFor = '';
  private nlNames: Record<string, string> = {};

  static override styles = [
    TallyBars,
    css`
      :host { display: block; font-size: 14px; color: var(--ink); }
      h2 { margin: 0 0 8px; font-size: 18px; }
      h3 { margin: 14px 0 6px; font-size: 15px; }
      p { margin: 0 0 8px; max-width: 38em; }
      .join { display: grid; grid-template-columns: auto minmax(0, 1fr); gap: 12px; align-items: center; }
      .join img { width: 180px; height: 180px; image-rendering: pixelated; background: #fff; border-radius: 6px; }
      .code { font: 800 28px/1.1 ui-monospace, 'SF Mono', Menlo, monospace; letter-spacing: 0.06em; }
      .url { font: 600 15px ui-monospace, 'SF Mono', Menlo, monospace; overflow-wrap: anywhere; }
      .count { font-size: 15px; }
      button { min-height: 36px; padding: 0 12px; font: inherit; border: 1px solid var(--strong-line); background: var(--control); color: var(--ink); border-radius: 8px; cursor: pointer; }
      button.primary { background: var(--ink); color: var(--on-ink); border-color: var(--ink); font-weight: 700; }
      button.danger { border-color: var(--warn); }
      button:disabled { opacity: 0.5; cursor: not-allowed; }
      :is(button, input, summary):focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
      .opts { display: flex; flex-wrap: wrap; gap: 4px 12px; margin: 4px 0 8px; }
      .opts label { display: flex; gap: 4px; align-items: center; min-height: 28px; }
      .row { display: flex; gap: 8px; flex-wrap: wrap; align-items: center; }
      .nicks { color: var(--ink-3); overflow-wrap: anywhere; }
      .problem { border: 2px solid var(--warn); border-radius: 8px; padding: 6px 10px; background: var(--warn-bg); }
      code { font-size: 0.95em; }
      section + section { border-top: 1px solid var(--line); margin-top: 12px; padding-top: 4px; }
      /* At a projector the code must read from the back of the room. */
      :host-context(html[data-presenter='on']) .join img { width: 340px; height: 340px; }
      :host-context(html[data-presenter='on']) .code { font-size: 56px; }
      :host-context(html[data-presenter='on']) .url { font-size: 26px; }
    `,
  ];

  override connectedCallback(): void {
    super.connectedCallback();
    this.off = room.subscribe(() => this.requestUpdate());
    this.picked = new Set(DEFAULT_OPTIONS.filter((id) => BUILTINS.some((b) => b.id === id)));
    if (getLang() === 'nl') void import('../i18n-nl.ts').then((m) => (this.nlNames = m.NL));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.off?.();
  }

  override async updated(_changed: PropertyValues<this>): Promise<void> {
    const v = room.view;
    const url = v ? this.phoneUrl(v) : '';
    if (url && url !== this.qrFor) {
      this.qrFor = url;
      const { qrDataUrl } = await import('../../share/qr.ts');
      const r = await qrDataUrl(url);
      this.qr = r.ok ? r.url : '';
    }
  }

  /** The address phones open: this page's, unless the trainer opened it as localhost (then the laptop's address on the network). */
  private phoneUrl(v: TrainerView): string {
    const local = /^(localhost|127\.|\[::1\])/.test(location.hostname);
    const base = local && v.lan.length ? v.lan[0].replace(/\/$/, '') : location.origin;
    return joinUrl(v.code).replace(location.origin, base);
  }

  override render() {
    const v = room.view;
    if (!v) return this.renderStart();
    const url = this.phoneUrl(v);
    return html`
      <h2>${msg('Workshop room')}</h2>
      ${room.status === 'offline' ? html`<p class="problem" role="status">${msg('The connection to the room server was lost; reconnecting…')}</p>` : nothing}
      <section class="join">
        ${this.qr ? html`<img src=${this.qr} alt=${msg('QR code of the room’s address')} data-testid="room-qr" />` : html`<span></span>`}
        <div>
          <p>${msg('Participants scan the code, or open')}</p>
          <p class="url" data-testid="room-url">${url.replace(/^https?:\/\//, '')}</p>
          <p>${msg('and type the room code')}</p>
          <p class="code" data-testid="room-code">${formatCode(v.code)}</p>
          <p class="count" role="status" data-testid="room-count">${msg(`${v.joined} joined, ${v.connected} connected now`)} · ${msg(`at most ${v.capacity}`)}</p>
        </div>
      </section>
      ${v.nicknames.length ? html`<p class="nicks" data-testid="room-nicknames">${msg('Nicknames')}: ${v.nicknames.join(', ')}</p>` : nothing}
      ${room.problem && room.problem !== 'no-server' ? html`<p class="problem" role="alert">${msg('The room refused that')}: ${room.problem}</p>` : nothing}
      <section>${this.renderQuickVote(v)}</section>
      <section><run-panel .labScenario=${this.labScenario}></run-panel></section>
      <section class="row">
        <button @click=${() => this.downloadCsv(v)} ?disabled=${!v.history.length && !v.round} data-testid="room-csv">${msg('Download the room’s answers (CSV)')}</button>
        ${this.confirmClose
          ? html`<span>${msg('Close the room for everyone? Its answers are deleted from the server.')}</span>
              <button class="danger" data-testid="room-close-yes" @click=${() => void room.close()}>${msg('Close the room')}</button>
              <button @click=${() => (this.confirmClose = false)}>${msg('Cancel')}</button>`
          : html`<button class="danger" data-testid="room-close" @click=${() => (this.confirmClose = true)}>${msg('Close the room…')}</button>`}
      </section>
    `;
  }

  private renderStart() {
    return html`<h2>${msg('Workshop room')}</h2>
      <p>${msg('Participants join from their phones: they answer the lessons’ questions, vote, and play members of the community in a participatory run.')}</p>
      ${room.problem === 'no-server'
        ? html`<p class="problem" role="alert" data-testid="room-no-server">${msg('This page is not served by a room server. On this laptop, run')} <code>npx coalesce room</code> ${msg('and open the address it prints.')}</p>`
        : room.problem ? html`<p class="problem" role="alert">${msg('The room could not be resumed; start a new one.')}</p>` : nothing}
      <button class="primary" data-testid="room-start" ?disabled=${room.status === 'connecting'} @click=${() => room.start(getLang())}>
        ${room.status === 'connecting' ? msg('Starting…') : msg('Start a room')}</button>`;
  }

  private name(id: string): RoomText {
    const b = BUILTINS.find((x) => x.id === id)!;
    return { en: b.name, nl: this.nlNames[b.name] ?? '' };
  }

  private renderQuickVote(v: TrainerView) {
    const r = v.round;
    const quick = r?.kind === 'quick' ? r : null;
    const strategies = BUILTINS.filter((b) => b.kind === 'strategy');
    return html`<h3>${msg('Quick vote')}: ${msg(QUICK_QUESTION.en)}</h3>
      ${quick
        ? html`<div data-testid="quick-tally">${this.bars(quick)}</div>
          <div class="row">${quick.open
            ? html`<button class="primary" data-testid="quick-reveal" @click=${() => void room.send('reveal', { round: quick.id })}>${msg('Show the result on the phones')}</button>`
            : html`<span>${msg('The phones show the result.')}</span>`}
            <button @click=${() => this.ask()} data-testid="quick-again">${msg('Ask again')}</button></div>`
        : html`<div class="opts">${strategies.map((b) => html`<label><input type="checkbox" .checked=${this.picked.has(b.id)} ?disabled=${!this.picked.has(b.id) && this.picked.size >= 8}
              @change=${(e: Event) => this.toggle(b.id, (e.target as HTMLInputElement).checked)} />${msg(b.name)}</label>`)}</div>
          <button class="primary" data-testid="quick-ask" ?disabled=${this.picked.size < 2} @click=${() => this.ask()}>${msg('Ask the room')}</button>`}`;
  }

  private toggle(id: string, on: boolean): void {
    const s = new Set(this.picked);
    if (on) s.add(id);
    else s.delete(id);
    this.picked = s;
  }

  private ask(): void {
    const ids = [...this.picked].slice(0, 8);
    void room.send('poll', { kind: 'quick', question: QUICK_QUESTION, options: ids.map((id) => ({ id, text: this.name(id) })) });
  }

  bars(r: NonNullable<TrainerView['round']>) {
    const lang = getLang();
    const label = (t: RoomText) => (typeof t === 'string' ? t : (lang === 'nl' && t.nl) || t.en);
    const max = Math.max(1, ...Object.values(r.counts));
    return html`<p class="count" data-testid="answered">${msg(`${r.answered} of ${room.view?.connected ?? 0} have answered`)}</p>
      <ul class="tally">${r.options.map((o) => html`<li data-option=${o.id} data-count=${r.counts[o.id] ?? 0}><span class="label">${label(o.text)}</span>
        <span class="bar"><span style="width:${(100 * (r.counts[o.id] ?? 0)) / max}%"></span></span><span class="n">${r.counts[o.id] ?? 0}</span></li>`)}</ul>`;
  }

  private downloadCsv(v: TrainerView): void {
    const blob = new Blob([roomAnswersCsv(v)], { type: 'text/csv' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `room-answers-${new Date().toISOString().slice(0, 10)}.csv`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  }
}
