// A lesson's question on the room's phones (issue 19, part A). At Predict
// the trainer sends the question and its choices to every phone and the
// screen counts the answers live (the distribution stays hidden until the
// reveal, so nobody follows the crowd). At Reveal the phones get the result
// and the room's distribution stands beside the model's answer; the lesson's
// results download as CSV with the room's answers (counts, never names).
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { LessonOutcome } from '../../lessons/analyse.ts';
import type { Lesson } from '../../lessons/types.ts';
import type { TrainerView } from '../../room/views.ts';
import { csvField } from '../../shared/csv.ts';
import { msg, pick } from '../i18n.ts';
import { room } from './room-store.ts';
import type { RoundCounts } from './room-csv.ts';
import { TallyBars } from './tally-bars.ts';

@customElement('room-lesson-poll')
export class RoomLessonPoll extends LitElement {
  @property({ attribute: false }) lesson!: Lesson;
  @property({ reflect: true }) step: 'predict' | 'reveal' = 'predict';
  @property({ attribute: false }) outcome?: LessonOutcome;
  private off?: () => void;

  static override styles = [
    TallyBars,
    css`
      :host { display: block; border: 2px solid var(--ink); border-radius: 10px; padding: 8px 12px; margin: 10px 0; background: var(--panel); }
      h3 { margin: 0 0 6px; font-size: 1em; }
      p { margin: 0 0 6px; }
      .big { font-size: 1.3em; font-weight: 800; font-variant-numeric: tabular-nums; }
      button { min-height: 44px; padding: 0 14px; font: inherit; border: 1px solid var(--strong-line); background: var(--control); color: var(--ink); border-radius: 8px; cursor: pointer; }
      button.primary { background: var(--ink); color: var(--on-ink); border-color: var(--ink); font-weight: 700; }
      button:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
      li.supported .label::after { content: ' ✓'; font-weight: 800; }
      /* On the projector, at the reveal: one compact row of choices, so the runs' charts stay on the screen. */
      :host-context(html[data-presenter='on']):host([step='reveal']) { font-size: 0.7em; padding: 4px 12px; }
      :host-context(html[data-presenter='on']):host([step='reveal']) ul.tally { grid-template-columns: repeat(auto-fit, minmax(8em, 1fr)); column-gap: 24px; }
      :host-context(html[data-presenter='on']):host([step='reveal']) ul.tally li { grid-template-columns: minmax(0, 1fr) 2.5em; }
      :host-context(html[data-presenter='on']):host([step='reveal']) ul.tally .label { grid-column: 1 / -1; }
      :host-context(html[data-presenter='on']):host([step='reveal']) :is(.note, .csv) { display: none; }
    `,
  ];

  override connectedCallback(): void {
    super.connectedCallback();
    this.off = room.subscribe(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.off?.();
  }

  /** This lesson's round: the current one, or the last closed one. */
  private round(v: TrainerView): RoundCounts & { open: boolean } | null {
    if (v.round?.lesson === this.lesson.id) return v.round;
    const h = [...v.history].reverse().find((x) => x.kind === 'lesson' && x.lesson === this.lesson.id);
    return h ? { ...h, open: false } : null;
  }

  override updated(_c: PropertyValues<this>): void {
    // At the reveal the phones see the result too.
    const v = room.view;
    const r = v && this.round(v);
    if (this.step === 'reveal' && r?.open && v?.round?.id === r.id) void room.send('reveal', { round: r.id });
  }

  private ask(): void {
    const l = this.lesson;
    void room.send('poll', { kind: 'lesson', lesson: l.id, question: l.question, options: l.choices.map((c) => ({ id: c.id, text: c.text, ...(c.scenario ? { scenario: c.scenario } : {}) })) });
  }

  override render() {
    const v = room.view;
    if (!v) return nothing;
    const r = this.round(v);
    if (this.step === 'predict') {
      if (!r || !r.open) {
        return html`<h3>${msg('Workshop room')}</h3>
          <p>${msg(`${v.connected} phones are connected.`)}</p>
          <button class="primary" data-testid="room-ask" @click=${() => this.ask()}>${r ? msg('Ask the room again') : msg('Ask the room on their phones')}</button>`;
      }
      return html`<h3>${msg('The room is answering on their phones')}</h3>
        <p class="big" role="status" data-testid="room-answered">${msg(`${r.answered} of ${v.connected} have answered`)}</p>`;
    }
    if (!r) return nothing;
    const supported = this.outcome?.verdict.supported;
    const max = Math.max(1, ...Object.values(r.counts));
    return html`<h3>${msg('The room predicted')} (${msg(`${r.answered} answers`)})</h3>
      <ul class="tally" data-testid="room-reveal">${this.lesson.choices.map((c) => {
        const n = r.counts[c.id] ?? 0;
        return html`<li class=${c.id === supported ? 'supported' : ''} data-option=${c.id} data-count=${n}><span class="label">${pick(c.text)}</span>
          <span class="bar"><span style="width:${(100 * n) / max}%"></span></span><span class="n">${n}</span></li>`;
      })}</ul>
      ${supported ? html`<p class="note">${msg('✓ marks the answer the runs support.')}</p>` : nothing}
      ${this.outcome ? html`<button class="csv" data-testid="lesson-csv" @click=${() => this.download(r)}>${msg('Download the results with the room’s answers (CSV)')}</button>` : nothing}`;
  }

  /** The lesson's results (means with 95% intervals at the question's week) and the room's distribution, in one tidy CSV: a row per scenario and indicator (part=model) or per choice (part=room). */
  private download(r: RoundCounts): void {
    const l = this.lesson;
    const o = this.outcome!;
    const rows = [['lesson', 'part', 'scenario', 'indicator', 'week', 'mean', 'lo', 'hi', 'choice', 'choice_text', 'count', 'share', 'answered', 'supported']];
    o.scenarios.forEach((s) => s.atWeek.forEach((m, j) => rows.push([l.id, 'model', s.key, l.run.indicators[j], String(l.run.week), String(m.mean), String(m.lo), String(m.hi), '', '', '', '', '', ''])));
    for (const c of l.choices) {
      const n = r.counts[c.id] ?? 0;
      rows.push([l.id, 'room', c.scenario ?? '', '', '', '', '', '', c.id, c.text.en, String(n), r.answered ? (n / r.answered).toFixed(4) : '', String(r.answered), c.id === o.verdict.supported ? '1' : '0']);
    }
    const text = rows.map((row) => row.map(csvField).join(',')).join('\n') + '\n';
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([text], { type: 'text/csv' }));
    a.download = `lesson-${l.id}-results.csv`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  }
}
