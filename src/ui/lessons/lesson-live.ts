// The lesson's live run: one network per scenario (same seed, run 0), played
// in step with one shared transport, pausing at the lesson's question week.
// The 30-run bands are computed elsewhere; this is what the room watches.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { phaseName } from '../../model/indicators.ts';
import { SimController } from '../controllers/sim-controller.ts';
import { createSimulationApi } from '../controllers/sim-api-factory.ts';
import { msg, pick } from '../i18n.ts';
import { phaseBackground, scenarioVar } from '../theme.ts';
import type { Lesson } from '../../lessons/types.ts';
import '../network/network-view.ts';

@customElement('lesson-live')
export class LessonLive extends LitElement {
  @property({ attribute: false }) lesson?: Lesson;
  @property({ attribute: false }) texts: { text: string; file: string }[] = [];
  /** Scenario picked with 1–4 (drawn larger); -1 = none. */
  @property({ type: Number }) picked = -1;
  @property({ type: Boolean, reflect: true }) presenter = false;
  @state() playing = false;
  @state() week = 0;
  @state() ready = false;
  @state() paused = false;
  ctrls: SimController[] = [];
  private token = 0;
  /** Play was asked for while the simulations were still starting. */
  private wantPlay = false;

  static override styles = css`
    :host { display: flex; flex-direction: column; gap: 8px; min-height: 0; }
    .grid { display: grid; gap: 8px; grid-template-columns: repeat(auto-fit, minmax(260px, 1fr)); }
    .panel { border: 3px solid var(--c); border-radius: 8px; background: var(--panel); display: flex; flex-direction: column; min-width: 0; }
    .panel.focus { grid-column: 1 / -1; }
    .panel h3 { margin: 0; padding: 4px 8px; font-size: 1em; display: flex; gap: 8px; align-items: center; }
    .letter { background: var(--c); color: var(--on-scenario); border-radius: 4px; padding: 0 6px; }
    .chip { margin-left: auto; font-weight: 600; border: 1px solid var(--control-line); border-radius: 12px; padding: 0 8px; font-size: 0.9em; }
    network-view { height: var(--net-h, 320px); }
    .panel.focus network-view { height: calc(var(--net-h, 260px) * 1.6); }
    .bar { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
    button { min-height: 44px; min-width: 44px; font: inherit; border: 1px solid var(--strong-line); background: var(--control); border-radius: 8px; cursor: pointer; padding: 0 12px; }
    button.play { background: var(--ink); color: var(--on-ink); font-weight: 700; min-width: 110px; }
    button:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
    button:disabled { opacity: 0.5; cursor: default; }
    .week { font-weight: 700; font-variant-numeric: tabular-nums; }
    :host([presenter]) .grid { grid-template-columns: repeat(var(--n), minmax(0, 1fr)); }
    :host([presenter]) .panel.focus { grid-column: auto; outline: 6px solid var(--c); outline-offset: 2px; }
    :host([presenter]) .panel h3 { font-size: 0.75em; }
    /* The panels take all the height the player leaves them (lesson-player: presenter, Run step). */
    :host([presenter]) .grid { flex: 1 1 0; min-height: 0; grid-template-rows: minmax(0, 1fr); }
    :host([presenter]) .panel { min-height: 0; }
    /* The lab's presenter zoom for the network's own Key, caption and buttons (lessons-view undoes it for the lesson's type). */
    :host([presenter]) network-view, :host([presenter]) .panel.focus network-view { flex: 1 1 0; min-height: 100px; height: auto; zoom: var(--presenter-zoom, 1.6); }
    :host([presenter]) { gap: 4px; }
    :host([presenter]) .bar { font-size: 0.6em; }
    :host([presenter]) .prompt { font-size: 0.7em; padding: 2px 12px; }
    .prompt { border-left: 6px solid var(--accent); background: var(--selected); padding: 8px 12px; font-weight: 600; margin: 0; }
  `;

  override async connectedCallback() {
    super.connectedCallback();
    if (this.ctrls.length === 0 && this.lesson) await this.boot();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.token++;
    for (const c of this.ctrls) c.hostDisconnected();
    this.ctrls = [];
  }

  private async boot() {
    const l = this.lesson!;
    this.ctrls = l.run.scenarios.map(() => new SimController(this));
    await Promise.all(
      this.ctrls.map(async (c, k) => {
        c.handle = await createSimulationApi('auto');
        c.kind = c.handle.kind;
        await c.load(this.texts[k].text, this.texts[k].file, { seed: l.run.seed });
      }),
    );
    this.ready = this.ctrls.every((c) => c.ready);
    this.week = 0;
    if (this.ready && this.wantPlay) void this.play();
  }

  /** Small panels: the key would cover the network, so it starts folded (one click opens it). */
  override updated(): void {
    for (const nv of this.renderRoot.querySelectorAll('network-view')) {
      const legend = nv.shadowRoot?.querySelector('network-legend') as (HTMLElement & { open: boolean; folded?: boolean }) | null;
      if (legend && !legend.folded) {
        legend.open = false;
        legend.folded = true;
      }
    }
  }

  get target(): number {
    return this.lesson?.run.week ?? 0;
  }

  async stepAll(n: number) {
    const w = Math.max(0, Math.min(this.target, this.week + n));
    if (w === this.week || !this.ready) return;
    await Promise.all(this.ctrls.map((c) => (n === 1 ? c.step(1) : c.seek(w))));
    this.week = Math.min(...this.ctrls.map((c) => c.week));
    this.dispatchEvent(new CustomEvent('live-week', { detail: this.week, bubbles: true, composed: true }));
  }

  toggle() {
    if (!this.ready) this.wantPlay = !this.wantPlay;
    else if (this.playing) this.pause();
    else void this.play();
  }

  pause() {
    this.playing = false;
    this.token++;
  }

  async play() {
    if (!this.ready || this.playing) return;
    if (this.week >= this.target) await this.seekAll(0);
    this.playing = true;
    this.paused = false;
    const t = ++this.token;
    const pauseAt = this.lesson?.run.pauseAt;
    const stops = new Set(this.lesson?.run.stops?.map((s) => s.week).filter((w) => w > 0) ?? []);
    if (pauseAt !== undefined) stops.add(pauseAt);
    while (t === this.token && this.week < this.target) {
      const t0 = performance.now();
      await this.stepAll(1);
      if (t !== this.token) return;
      if (stops.has(this.week)) {
        this.playing = false;
        this.paused = true;
        return;
      }
      // 2 weeks a second: slow enough to follow, a 26-week lesson takes 13 s.
      const speed = matchMedia('(prefers-reduced-motion: reduce)').matches ? 4 : 2;
      await new Promise((r) => setTimeout(r, Math.max(0, 1000 / speed - (performance.now() - t0))));
    }
    if (t === this.token) this.playing = false;
  }

  async seekAll(w: number) {
    this.pause();
    await Promise.all(this.ctrls.map((c) => c.seek(w)));
    this.week = w;
  }

  override render() {
    const l = this.lesson;
    if (!l) return nothing;
    const stop = l.run.stops?.filter((s) => s.week <= this.week).at(-1);
    const atPause = l.run.pauseAt !== undefined && this.week === l.run.pauseAt && l.run.pausePrompt;
    return html`
      <div class="bar">
        <button class="play" data-testid="live-play" ?disabled=${!this.ready} @click=${() => this.toggle()}>${this.playing ? msg('❚❚ Pause') : msg('▶ Play')}</button>
        <button aria-label=${msg('Back one week')} title=${msg('Back one week (←)')} ?disabled=${!this.ready} @click=${() => { this.pause(); void this.stepAll(-1); }}>◀</button>
        <button aria-label=${msg('Step one week')} title=${msg('Step one week (→)')} data-testid="live-step" ?disabled=${!this.ready} @click=${() => { this.pause(); void this.stepAll(1); }}>▶|</button>
        <span class="week" data-testid="live-week" aria-live="polite">${msg('Week')} ${this.week} / ${this.target}</span>
        ${this.ready ? nothing : html`<span>${msg('Starting the simulations…')}</span>`}
      </div>
      ${atPause ? html`<p class="prompt" data-testid="pause-prompt">${pick(l.run.pausePrompt!)}</p>` : nothing}
      ${stop ? html`<p class="prompt" data-testid="tour-stop">${msg('Week')} ${stop.week}: ${pick(stop.text)}</p>` : nothing}
      <div class="grid" style="--n:${l.run.scenarios.length}">
        ${l.run.scenarios.map((s, k) => {
          const c = this.ctrls[k];
          const col = c?.columns;
          const ph = col && c.week < col.phase.length ? phaseName(col.phase[c.week]) : 'potential';
          return html`<section class="panel ${this.picked === k ? 'focus' : ''}" style="--c:${scenarioVar(k)}" aria-label="${s.key}: ${pick(s.label)}">
            <h3><span class="letter">${s.key}</span>${pick(s.label)}<span class="chip" style="background:${phaseBackground(ph)}">${msg(ph)}</span></h3>
            <network-view .snapshot=${c?.snapshot} .runKey=${`${k}#${c?.runId ?? 0}`} .speed=${2} .playing=${this.playing}></network-view>
          </section>`;
        })}
      </div>
    `;
  }
}
