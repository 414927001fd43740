// The participatory run's controls in the Room panel (issue 19, part B):
// start a run of the lab's scenario, pace it week by week or with a decision
// timer, see who has decided, show the run in the lab with the played
// members ringed, download it (its decisions included, so it replays), and
// the debrief: the trust at which the room's members first shared a tricky
// issue against the simulated members'.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { RunTrainerView, FirstShareSummary } from '../../room/views.ts';
import { msg } from '../i18n.ts';
import { fixed } from '../number-format.ts';
import { room } from './room-store.ts';

const TIMERS = [0, 30, 60, 90, 120];

@customElement('run-panel')
export class RunPanel extends LitElement {
  @property({ attribute: false }) labScenario?: () => Promise<{ text: string; name: string; seed: number } | undefined>;
  @state() private timer = 0;
  @state() private now = Date.now();
  @state() private busy = false;
  private off?: () => void;
  private tick?: ReturnType<typeof setInterval>;

  static override styles = css`
    :host { display: block; }
    h3 { margin: 14px 0 6px; font-size: 15px; }
    p { margin: 0 0 8px; max-width: 38em; }
    .row { display: flex; gap: 8px; flex-wrap: wrap; align-items: center; margin: 6px 0; }
    button, select { min-height: 36px; padding: 0 12px; font: inherit; border: 1px solid var(--strong-line); background: var(--control); color: var(--ink); border-radius: 8px; cursor: pointer; }
    button.primary { background: var(--ink); color: var(--on-ink); border-color: var(--ink); font-weight: 700; }
    button:disabled { opacity: 0.5; cursor: not-allowed; }
    :is(button, select):focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
    .status { font-size: 15px; font-weight: 700; font-variant-numeric: tabular-nums; }
    ul.played { list-style: none; padding: 0; margin: 4px 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(11em, 1fr)); gap: 2px 10px; }
    ul.played li { display: flex; gap: 6px; align-items: center; }
    .dot { width: 12px; height: 12px; border-radius: 50%; border: 1px solid var(--ink); flex: none; }
    .waiting { color: var(--ink-4); }
    table { border-collapse: collapse; font-variant-numeric: tabular-nums; margin: 4px 0; }
    th, td { border-bottom: 1px solid var(--line); padding: 3px 8px; text-align: left; }
  `;

  override connectedCallback(): void {
    super.connectedCallback();
    this.off = room.subscribe(() => this.requestUpdate());
    this.tick = setInterval(() => (this.now = Date.now()), 1000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.off?.();
    clearInterval(this.tick);
  }

  private get run(): RunTrainerView | null {
    return room.view?.run ?? null;
  }

  override render() {
    const r = this.run;
    if (!r) return this.renderStart();
    const decided = r.played.filter((p) => p.decided).length;
    const left = r.deadline ? Math.max(0, Math.ceil((r.deadline - this.now) / 1000)) : null;
    return html`<h3>${msg('Participatory run')}: ${r.name}</h3>
      <p class="status" role="status" data-testid="run-status">${r.ended
        ? msg(`The run ended at week ${r.week}.`)
        : msg(`Week ${r.week + 1} of ${r.horizon}: ${decided} of ${r.played.length} decided`)}${left !== null && !r.ended ? ` · ${msg(`${left} s left`)}` : ''}</p>
      ${r.ended ? nothing : html`<div class="row">
        <button class="primary" data-testid="run-week" ?disabled=${this.busy} @click=${() => void this.runWeek(r.week)}>${msg(`Run week ${r.week + 1}`)}</button>
        <label>${msg('Decision time')} <select data-testid="run-timer" @change=${(e: Event) => void room.send('runTimer', { timer: Number((e.target as HTMLSelectElement).value) })}>
          ${TIMERS.map((t) => html`<option value=${t} ?selected=${t === r.timer}>${t ? msg(`${t} s`) : msg('none: I run each week')}</option>`)}</select></label>
        <button data-testid="run-end" @click=${() => void room.send('runEnd', {})}>${msg('End the run')}</button></div>`}
      <p>${msg('Played by people (the model plays a member whose decision does not come in time):')}</p>
      <ul class="played" data-testid="run-played">${r.played.map((p) => html`<li class=${p.decided ? '' : 'waiting'} data-member=${p.id} data-decided=${p.decided ? '1' : '0'}>
        <span class="dot" style="background:${p.colour}"></span>${p.name} <small>${p.org}</small> ${p.decided ? '✓' : '…'}</li>`)}</ul>
      <div class="row">
        <button data-testid="run-show" aria-pressed=${room.followRun ? 'true' : 'false'} @click=${() => room.follow(!room.followRun)}>${msg('Show the run in the lab, week by week')}</button>
        <button data-testid="run-download" @click=${() => void this.download(r)}>${msg('Download the run with its decisions (YAML)')}</button>
      </div>
      ${this.renderDebrief(r)}
      ${r.ended ? this.renderStart() : nothing}`;
  }

  private renderStart() {
    return html`<h3>${msg('Play a member: a participatory run')}</h3>
      <p>${msg('Each participant plays one member of the lab’s scenario and decides, week by week, whether to come to the meetup, whom to talk to and whether to share a tricky issue. The model plays every other member.')}</p>
      <div class="row">
        <label>${msg('Decision time')} <select @change=${(e: Event) => (this.timer = Number((e.target as HTMLSelectElement).value))}>
          ${TIMERS.map((t) => html`<option value=${t} ?selected=${t === this.timer}>${t ? msg(`${t} s`) : msg('none: I run each week')}</option>`)}</select></label>
        <button class="primary" data-testid="run-start" ?disabled=${this.busy || !room.view?.joined} @click=${() => void this.start()}>${msg('Start a participatory run of the lab’s scenario')}</button>
      </div>
      ${room.view?.joined ? nothing : html`<p>${msg('Participants join first; each gets a member when the run starts.')}</p>`}`;
  }

  private summaryRow(label: string, s: FirstShareSummary) {
    return html`<tr><th scope="row">${label}</th><td>${msg(`${s.shared} of ${s.members} members`)}</td>
      <td>${s.meanTrust === null ? '–' : `${Math.round(s.meanTrust * 100)}%`}</td><td>${s.meanWeek === null ? '–' : fixed(s.meanWeek, 1)}</td></tr>`;
  }

  private renderDebrief(r: RunTrainerView) {
    const d = r.debrief;
    return html`<h3>${msg('Debrief: when did members first share a tricky issue?')}</h3>
      <table data-testid="run-debrief"><thead><tr><th></th><th>${msg('shared so far')}</th><th>${msg('mean trust at the first share')}</th><th>${msg('mean week')}</th></tr></thead>
        <tbody>${this.summaryRow(msg('Played by people'), d.played)}${this.summaryRow(msg('Played by the model'), d.simulated)}</tbody></table>
      ${d.attendance.played !== null ? html`<p>${msg(`People chose to come to the meetup in ${Math.round(d.attendance.played * 100)}% of their decisions.`)}</p>` : nothing}`;
  }

  private async start(): Promise<void> {
    const s = await this.labScenario?.();
    if (!s) return;
    this.busy = true;
    await room.send('runStart', { scenario: s.text, name: s.name, seed: s.seed, timer: this.timer });
    this.busy = false;
  }

  private async runWeek(week: number): Promise<void> {
    this.busy = true;
    await room.send('runWeek', { week });
    this.busy = false;
  }

  private async download(r: RunTrainerView): Promise<void> {
    const exp = await room.send('runExport', {});
    if (!exp.ok || typeof exp.text !== 'string') return;
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([exp.text], { type: 'text/yaml' }));
    a.download = `${r.name.replace(/[^\w-]+/g, '-').toLowerCase() || 'run'}-participatory.yaml`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  }
}
