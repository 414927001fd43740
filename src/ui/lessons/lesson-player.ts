// One lesson, step by step (UX.md §5): Frame › Predict › Run › Reveal ›
// Debrief › Try it. The prediction is locked before anything of the run is
// shown; the 30-run comparison starts computing (hidden) at the lock; the
// reveal puts the participant's pick beside the bands and says what the runs
// support, including when they disagree with the lesson.
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { LessonOutcome } from '../../lessons/analyse.ts';
import { lessonScenarios, runLesson } from '../../lessons/run.ts';
import { scenarioSource } from './catalogue.ts';
import type { Lesson } from '../../lessons/types.ts';
import type { Scenario, ScenarioError } from '../../scenario/types.ts';
import { msg, pick } from '../i18n.ts';
import { scenarioVar } from '../theme.ts';
import { ThemeWatch } from '../theme-state.ts';
import { REPLICATION_DEADLINE_MS, poolFaultOptions } from '../faults/pool-faults.ts';
import '../faults/fault-notice.ts';
import { formatValue, indicatorLabel, isPct, isShareOfRuns, lessonNumber } from './indicator-labels.ts';
import { fillText } from '../../lessons/text.ts';
import { marginSentence, scoreSentence, supportedWords, tradeOffSentence, verdictSentence } from './verdict-text.ts';
import { lessonChart } from './lesson-chart.ts';
import type { LessonLive } from './lesson-live.ts';
import './lesson-live.ts';
import '../presenter/share-panel.ts';
import { setPresenter } from '../presenter/presenter.ts';
import { savedRoom } from '../room/room-flag.ts';

export const STEPS = ['frame', 'predict', 'run', 'reveal', 'debrief', 'try'] as const;
export type Step = (typeof STEPS)[number];
const STEP_LABEL: Record<Step, string> = { frame: 'Frame', predict: 'Predict', run: 'Run', reveal: 'Reveal', debrief: 'Debrief', try: 'Try it' };
const CONFIDENCE = ['unsure', 'fairly sure', 'sure'] as const;

interface Saved { choice: string; confidence: number; locked: boolean; tally: Record<string, number> }

@customElement('lesson-player')
export class LessonPlayer extends LitElement {
  @property({ attribute: false }) lesson!: Lesson;
  @property({ reflect: true }) step: Step = 'frame';
  @property({ type: Boolean, reflect: true }) presenter = false;
  /** 1–4 in presenter mode: the scenario drawn larger. */
  @property({ type: Number }) picked = -1;
  @state() private saved: Saved = { choice: '', confidence: 1, locked: false, tally: {} };
  @state() private outcome?: LessonOutcome;
  @state() private progress = { done: 0, total: 0 };
  @state() private problem = '';
  /** Runs that stopped and were restarted or left out, in the participant's words. */
  @state() private faults: string[] = [];
  @state() private scenarioErrors: ScenarioError[] = [];
  @state() private texts: { text: string; file: string }[] = [];
  private scenarios?: Scenario[];
  private computing?: Promise<void>;
  private abort?: AbortController;
  /** The reveal's charts are built in render: a theme switch builds them again. */
  private themeWatch = new ThemeWatch(this);
  /** The player's width in CSS px: the reveal's charts take their card's whole width. */
  @state() private chartWidth = 900;
  /** The screen's height: in presenter mode the focus chart fills what the headline leaves. */
  @state() private screenHeight = typeof window === 'undefined' ? 1080 : window.innerHeight;
  private resize = new ResizeObserver(() => {
    const w = this.clientWidth;
    if (w > 0 && Math.abs(w - this.chartWidth) > 4) this.chartWidth = w;
    if (window.innerHeight !== this.screenHeight) this.screenHeight = window.innerHeight;
  });

  /** Presenter, Reveal: the focus chart takes the screen's height under the headline (measured after each render, updated()). */
  @state() private focusHeight = 560;

  static override styles = css`
    :host { display: block; font-size: 16px; line-height: 1.45; color: var(--ink); }
    /* 50 px at 1080 px (UX.md §6: essential text 46 px for a room 6 image heights deep), in proportion on lower screens: 35 px at 768. */
    :host([presenter]) { font-size: max(20px, 4.6vh); }
    h2 { font-size: 1.5em; line-height: 1.2; margin: 0 0 0.3em; }
    :host([presenter]) h2 { font-size: 1.5em; }
    .steps { display: flex; flex-wrap: wrap; gap: 4px; list-style: none; padding: 0; margin: 0 0 12px; }
    .steps button { min-height: 44px; padding: 0 12px; border: 1px solid var(--control-line); background: var(--control); border-radius: 22px; font: inherit; font-size: 0.9em; cursor: pointer; color: var(--ink); }
    .steps button[aria-current='step'] { background: var(--ink); color: var(--on-ink); border-color: var(--ink); font-weight: 700; }
    .steps button:disabled { color: var(--ink-4); background: var(--tint); cursor: not-allowed; }
    /* Presenter (UX.md §1, §6): the question is the slide's title, networks and the focus chart fill the screen. */
    :host([presenter]) .steps { font-size: 0.6em; }
    :host([presenter]:is([step='run'], [step='reveal'])) h2, :host([presenter]) .hint { display: none; }
    :host([presenter]) .reveal .headline { order: -2; font-size: 0.8em; margin: 0; }
    /*
     * Presenter, Run step: a stage. The steps, the question and its margin
     * shrink to a band; the networks take every pixel left, at 1920 × 1080
     * and at 1366 × 768 alike (lessons-view gives the player the screen's
     * height; lesson-live lets its panels grow).
     */
    :host([presenter][step='run']) { display: flex; flex-direction: column; height: 100%; min-height: 0; }
    :host([presenter][step='run']) .steps { margin-bottom: 4px; }
    :host([presenter][step='run']) section[data-testid='step-run'] { flex: 1 1 0; min-height: 0; display: flex; flex-direction: column; gap: 4px; }
    :host([presenter][step='run']) lesson-live { flex: 1 1 0; min-height: 0; }
    :host([presenter][step='run']) .band { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0 0.8em; }
    :host([presenter][step='run']) .band .question { font-size: 0.7em; margin: 0; }
    :host([presenter][step='run']) .band .margin { font-size: 0.5em; margin: 0; }
    :host([presenter][step='run']) .progress { font-size: 0.45em; margin: 0; }
    /* The step buttons above (and PageUp/PageDown) go back and on: no second row of Back/Next under the stage. */
    :host([presenter][step='run']) .nav { display: none; }
    .margin { color: var(--ink-2); margin: -0.3em 0 0.8em; }
    .summary { border-left: 6px solid var(--ink); padding: 4px 12px; background: var(--selected); }
    :host([presenter]) .reveal .charts { order: -1; }
    /* The workshop room's answers (issue 19) stand with the runs' answer on the projector, between the headline and the charts. */
    :host([presenter]) .reveal room-lesson-poll { order: -1; }
    .reveal { display: flex; flex-direction: column; gap: 12px; }
    .headline { margin: 0; font-weight: 700; display: none; }
    button.retry { min-height: 44px; padding: 0 14px; margin-left: 6px; font: inherit; border: 1px solid var(--ink); background: var(--ink); color: var(--on-ink); border-radius: 8px; cursor: pointer; }
    :host([presenter]) .headline { display: block; }
    button:focus-visible, input:focus-visible, a:focus-visible, summary:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
    .cols { display: grid; grid-template-columns: minmax(0, 30em) minmax(0, 1fr); gap: 20px; align-items: start; }
    :host([presenter]) .cols { grid-template-columns: minmax(0, 1fr); }
    .text p { margin: 0 0 0.7em; max-width: 40em; }
    .source { font-size: 0.85em; color: var(--ink-3); }
    .question { font-size: 1.35em; font-weight: 700; line-height: 1.25; margin: 0 0 0.6em; }
    :host([presenter]) .question { font-size: 1.5em; }
    fieldset { border: 0; padding: 0; margin: 0 0 12px; }
    legend { font-weight: 700; margin-bottom: 6px; }
    .choice { display: flex; gap: 10px; align-items: flex-start; border: 2px solid var(--control-line-soft); border-radius: 10px; padding: 10px 12px; margin-bottom: 8px; cursor: pointer; background: var(--panel); }
    .choice:has(input:checked) { border-color: var(--ink); background: var(--selected); }
    /* Inputs do not inherit the font size: without it 1.2em is 16 px, a dot beside 50 px answers on a projector. */
    .choice input, .conf input { font: inherit; width: 1.2em; height: 1.2em; margin: 0.15em 0 0; flex: none; }
    .conf input { margin: 0; }
    .lockrow { display: flex; flex-wrap: wrap; align-items: flex-end; gap: 8px 24px; margin-bottom: 12px; }
    .lockrow fieldset { margin: 0; }
    /*
     * Presenter, Predict: the question, its answers, how sure, and Lock on one
     * screen at 1920 × 1080 and 1366 × 768 (no scrolling in front of a room):
     * the lesson's title steps back, the answers take two columns.
     */
    :host([presenter][step='predict']) h2 { font-size: 0.7em; color: var(--ink-2); margin: 0; }
    :host([presenter][step='predict']) .question { font-size: 1.15em; margin: 0 0 0.25em; }
    :host([presenter][step='predict']) .margin { font-size: 0.7em; margin: 0 0 0.5em; }
    :host([presenter][step='predict']) fieldset.choices { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 8px; margin-bottom: 8px; }
    :host([presenter][step='predict']) .choice { margin: 0; padding: 6px 12px; }
    :host([presenter][step='predict']) .lockrow { font-size: 0.7em; }
    :host([presenter][step='predict']) .progress { font-size: 0.6em; margin: 0; }
    :host([presenter][step='predict']) details.tally, :host([presenter][step='predict']) .nav { font-size: 0.6em; }
    /*
     * Presenter, Frame, Debrief and Try it: one screen each. The verdict stays
     * large; the debrief's three texts stand side by side, smaller (still
     * ~27 px at 1080, above the lab's 21 px), the source and the buttons smaller still.
     */
    /* The lesson's title is the Frame slide's title: essential text, ≥ 46 px at 1080 (UX.md §6). */
    :host([presenter][step='frame']) h2 { font-size: 1.2em; margin: 0 0 0.2em; }
    :host([presenter]:is([step='debrief'], [step='try'])) h2 { font-size: 0.8em; margin: 0 0 0.2em; }
    :host([presenter][step='frame']) .text { font-size: 0.72em; }
    :host([presenter][step='try']) .text { font-size: 0.7em; }
    /* The link for the participants' own devices beside what to try, its QR code on screen. */
    :host([presenter][step='try']) .try { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 0.75fr); gap: 0 1em; align-items: start; }
    :host([presenter]:is([step='frame'], [step='debrief'], [step='try'])) .text p { max-width: none; }
    :host([presenter][step='debrief']) .summary { font-size: 0.72em; margin: 0 0 0.4em; }
    :host([presenter][step='debrief']) .sections { display: grid; grid-template-columns: repeat(auto-fit, minmax(12em, 1fr)); gap: 0 1.2em; font-size: 0.6em; line-height: 1.35; }
    :host([presenter][step='debrief']) .sections h3 { margin: 0.2em 0; }
    :host([presenter][step='debrief']) .sections p { margin: 0; }
    :host([presenter]:is([step='frame'], [step='debrief'], [step='try'])) :is(.source, .nav) { font-size: 0.5em; margin: 0.3em 0 0; }
    .choice small { display: block; color: var(--ink-3); }
    .conf { display: flex; gap: 16px; flex-wrap: wrap; }
    .conf label { display: flex; gap: 6px; align-items: center; min-height: 44px; }
    .primary { min-height: 48px; padding: 0 20px; font: inherit; font-weight: 700; background: var(--ink); color: var(--on-ink); border: 0; border-radius: 10px; cursor: pointer; }
    .primary:disabled { background: var(--disabled); cursor: not-allowed; }
    .secondary { min-height: 44px; padding: 0 16px; font: inherit; background: var(--control); color: var(--ink); border: 1px solid var(--strong-line); border-radius: 10px; cursor: pointer; }
    .locked { border-left: 6px solid var(--ink); padding: 6px 12px; background: var(--selected); margin: 8px 0; }
    .nav { display: flex; justify-content: space-between; gap: 8px; margin-top: 16px; }
    .progress { font-size: 0.9em; color: var(--ink-3); }
    .verdict { border: 3px solid var(--ink); border-radius: 10px; padding: 10px 14px; margin: 0 0 12px; background: var(--panel); }
    .verdict.mismatch { border-color: var(--warn); }
    .verdict p { margin: 0 0 0.4em; }
    .charts { display: grid; gap: 12px; }
    .chart { background: var(--panel); border: 1px solid var(--line); border-radius: 8px; padding: 8px; margin: 0; }
    .chart.focus { border: 2px solid var(--ink); }
    .chart h3 { margin: 0 0 4px; font-size: 1em; }
    .chart.focus h3::after { content: ' ★'; }
    /* Under a narrow chart, its key (lesson-chart.ts): the line, the label in full. */
    .chart-legend { list-style: none; margin: 4px 0 0; padding: 0; display: grid; gap: 2px; font-size: 0.85em; font-weight: 600; }
    .chart-legend li { display: flex; align-items: center; gap: 8px; }
    .chart-legend li.mine { font-weight: 800; }
    .chart-legend i { flex: none; width: 28px; }
    table { border-collapse: collapse; font-size: 0.9em; font-variant-numeric: tabular-nums; }
    th, td { border-bottom: 1px solid var(--line); padding: 4px 8px; text-align: left; }
    tr.mine td { font-weight: 800; }
    .letter { display: inline-block; min-width: 1.4em; text-align: center; color: var(--on-scenario); border-radius: 4px; font-weight: 700; }
    .errors { border: 2px solid var(--warn); padding: 8px 12px; border-radius: 8px; }
    details.tally summary { cursor: pointer; min-height: 44px; display: flex; align-items: center; }
    details.tally label { display: flex; gap: 8px; align-items: center; margin: 4px 0; }
    details.tally input { width: 4em; min-height: 36px; font: inherit; }
    .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
    @media (max-width: 700px) {
      .cols { grid-template-columns: minmax(0, 1fr); }
      /*
       * The table fits a phone: a block per scenario, each value after its
       * indicator's name (which screen readers read too, in place of the
       * header row); should it still be wider, it scrolls in its own box.
       */
      .table-wrap { overflow-x: auto; }
      table, tbody, tr, td { display: block; }
      thead { display: none; }
      tr { border-bottom: 1px solid var(--line); padding: 6px 0; }
      td { border: 0; padding: 1px 4px; }
      td:first-child { font-weight: 700; }
      td[data-label]::before { content: attr(data-label) ': '; color: var(--ink-2); }
      .steps button { padding: 0 8px; }
    }
  `;

  private get key() {
    return `coalesce.lesson.${this.lesson.id}`;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lesson')) {
      this.abort?.abort();
      this.outcome = undefined;
      this.computing = undefined;
      this.problem = '';
      try {
        const s = JSON.parse(sessionStorage.getItem(this.key) ?? 'null') as Saved | null;
        this.saved = s && typeof s.choice === 'string' ? { ...s, tally: s.tally ?? {} } : { choice: '', confidence: 1, locked: false, tally: {} };
      } catch {
        this.saved = { choice: '', confidence: 1, locked: false, tally: {} };
      }
      void this.prepare();
    }
    // Nothing of the run is shown before the prediction is locked.
    if (!this.saved.locked && STEPS.indexOf(this.step) > STEPS.indexOf('predict')) this.step = 'predict';
  }

  private save(patch: Partial<Saved>) {
    this.saved = { ...this.saved, ...patch };
    try {
      sessionStorage.setItem(this.key, JSON.stringify(this.saved));
    } catch {
      /* not kept across reloads; fine */
    }
  }

  private async prepare() {
    const r = await lessonScenarios(this.lesson, scenarioSource);
    if (!r.ok) {
      this.scenarioErrors = r.errors;
      return;
    }
    this.scenarios = r.scenarios;
    this.texts = r.texts;
    if (this.saved.locked) void this.compute();
  }

  /** Start the 30-run comparison in the background (once). */
  compute(): Promise<void> {
    if (this.computing || !this.scenarios) return this.computing ?? Promise.resolve();
    this.abort = new AbortController();
    const l = this.lesson;
    this.progress = { done: 0, total: l.run.runs * l.run.scenarios.length };
    this.problem = '';
    this.faults = [];
    this.computing = runLesson(l, this.scenarios, {
      signal: this.abort.signal,
      onProgress: (p) => (this.progress = { done: p.done, total: p.total }),
      // As in the lab and Compare: a hang is a fault, a fault is retried once on a fresh worker.
      timeoutMs: REPLICATION_DEADLINE_MS,
      ...poolFaultOptions((text, job) => (this.faults = [...this.faults, `${l.run.scenarios[job.tag ?? 0]?.key ?? ''}: ${text}`].slice(-4))),
    })
      .then((o) => {
        if (l === this.lesson) this.outcome = o;
      })
      .catch((e: unknown) => {
        if (this.abort?.signal.aborted) return;
        // The technical reason is in the console (pool-faults.ts); the answer needs every run, so offer to try again.
        console.warn(`lesson runs stopped: ${e instanceof Error ? e.message : String(e)}`);
        this.problem = msg('Some runs stopped twice, so the answer cannot be computed fairly yet. Your prediction is kept: press Try again.');
        this.computing = undefined;
      });
    return this.computing;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resize.observe(this);
  }

  override updated(): void {
    if (!this.presenter || this.step !== 'reveal') return;
    const svg = this.renderRoot.querySelector('figure.focus svg');
    if (!svg) return;
    // Where the chart starts with the page scrolled to the top: the scroller is lessons-view, the player's host.
    const scroller = (this.getRootNode() as ShadowRoot).host as HTMLElement | undefined;
    const top = svg.getBoundingClientRect().top + (scroller?.scrollTop ?? 0);
    const want = Math.max(260, Math.round(this.screenHeight - top - 16));
    if (Math.abs(want - this.focusHeight) > 8) this.focusHeight = want;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
    this.resize.disconnect();
  }

  go(step: Step) {
    if (!this.saved.locked && STEPS.indexOf(step) > STEPS.indexOf('predict')) return;
    this.dispatchEvent(new CustomEvent('lesson-step', { detail: step, bubbles: true, composed: true }));
  }

  next() {
    const i = STEPS.indexOf(this.step);
    if (i < STEPS.length - 1) this.go(STEPS[i + 1]);
  }

  prev() {
    const i = STEPS.indexOf(this.step);
    if (i > 0) this.go(STEPS[i - 1]);
  }

  get live(): LessonLive | null {
    return this.renderRoot.querySelector('lesson-live');
  }

  override render() {
    const l = this.lesson;
    const i = STEPS.indexOf(this.step);
    return html`
      <nav aria-label=${msg('Lesson steps')}>
        <ol class="steps">
          ${STEPS.map((s, k) => html`<li><button data-step=${s} aria-current=${s === this.step ? 'step' : 'false'}
            ?disabled=${!this.saved.locked && k > 1} @click=${() => this.go(s)}>${k + 1}. ${msg(STEP_LABEL[s])}</button></li>`)}
        </ol>
      </nav>
      <h2 data-testid="lesson-title">${pick(l.title)}</h2>
      ${this.scenarioErrors.length ? html`<div class="errors" role="alert"><p>${msg('This lesson cannot run: a scenario is not valid.')}</p>
        <ul>${this.scenarioErrors.map((e) => html`<li>${e.file}:${e.line}:${e.column} ${e.path}: ${e.message}</li>`)}</ul></div>` : nothing}
      <section data-testid="step-${this.step}" aria-live="polite">${this.renderStep()}</section>
      <div class="nav">
        <button class="secondary" ?disabled=${i === 0} @click=${() => this.prev()} data-testid="lesson-back">← ${msg('Back')}</button>
        ${this.step === 'predict' && !this.saved.locked
          ? nothing
          : html`<button class="primary" ?disabled=${i === STEPS.length - 1} @click=${() => this.next()} data-testid="lesson-next">${msg('Next')} →</button>`}
      </div>
    `;
  }

  private renderStep() {
    switch (this.step) {
      case 'frame': return this.renderFrame();
      case 'predict': return this.renderPredict();
      case 'run': return this.renderRun();
      case 'reveal': return this.renderReveal();
      case 'debrief': return this.renderDebrief();
      case 'try': return this.renderTry();
    }
  }

  private renderFrame() {
    const l = this.lesson;
    return html`<div class="text">
      <p>${pick(l.frame)}</p>
      <p class="source">${msg('Source')}: ${pick(l.source)}</p>
      <p><strong>${msg('Your goal')}:</strong> ${msg('predict the outcome before you see it, then check your prediction against 30 simulated runs of each strategy.')}</p>
      <ul>${l.run.scenarios.map((s, k) => html`<li><span class="letter" style="background:${scenarioVar(k)}">${s.key}</span> ${pick(s.label)}</li>`)}</ul>
    </div>`;
  }

  private renderPredict() {
    const l = this.lesson;
    const s = this.saved;
    const chosen = l.choices.find((c) => c.id === s.choice);
    return html`<p class="question" id="q">${pick(l.question)}</p>
      <p class="margin" data-testid="margin">${marginSentence(l)}</p>
      ${s.locked
        ? html`<div class="locked" data-testid="locked">${msg('Your prediction is locked')}: <strong>${chosen ? pick(chosen.text) : ''}</strong> (${msg(CONFIDENCE[s.confidence])}).
            ${msg('Go on to run the simulations.')}</div>`
        : html`
          <fieldset class="choices">
            <legend class="sr-only">${pick(l.question)}</legend>
            ${l.choices.map((c) => html`<label class="choice"><input type="radio" name="choice" value=${c.id} .checked=${s.choice === c.id}
              @change=${() => this.save({ choice: c.id })} data-choice=${c.id} />
              <span>${pick(c.text)}</span></label>`)}
          </fieldset>
          <div class="lockrow">
            <fieldset class="conf">
              <legend>${msg('How sure are you?')}</legend>
              ${CONFIDENCE.map((c, k) => html`<label><input type="radio" name="conf" .checked=${s.confidence === k} @change=${() => this.save({ confidence: k })} />${msg(c)}</label>`)}
            </fieldset>
            <button class="primary" data-testid="lock" ?disabled=${!s.choice} @click=${this.lock}>${msg('Lock my prediction')}</button>
          </div>
          ${s.choice ? nothing : html`<p class="progress">${msg('Pick an answer first; nothing of the run is shown until you lock it.')}</p>`}`}
      ${this.roomPoll('predict')}
      ${this.renderTally()}`;
  }

  /** The workshop room's part of Predict and Reveal (issue 19): only while this browser holds a room, whose code loads then. */
  private roomPoll(step: 'predict' | 'reveal') {
    if (!savedRoom()) return nothing;
    void import('../room/room-lesson-poll.ts');
    return html`<room-lesson-poll .lesson=${this.lesson} step=${step} .outcome=${this.outcome}></room-lesson-poll>`;
  }

  private renderTally() {
    const l = this.lesson;
    return html`<details class="tally"><summary>${msg('Show of hands in the room (optional, for the trainer)')}</summary>
      ${l.choices.map((c) => html`<label><input type="number" min="0" max="999" .value=${String(this.saved.tally[c.id] ?? '')}
        @change=${(e: Event) => this.save({ tally: { ...this.saved.tally, [c.id]: Math.max(0, Math.floor(+(e.target as HTMLInputElement).value) || 0) } })} />${pick(c.text)}</label>`)}
    </details>`;
  }

  private lock = () => {
    if (!this.saved.choice) return;
    this.save({ locked: true });
    void this.compute();
    this.go('run');
  };

  private renderRun() {
    const l = this.lesson;
    const p = this.progress;
    return html`<div class="band"><p class="question">${pick(l.question)}</p>
      <p class="margin" data-testid="margin">${marginSentence(l)}</p></div>
      <p class="hint">${msg('Each network is one run of its strategy, all with the same seed. Press play; the lesson pauses at the moments worth a look.')}</p>
      ${this.texts.length ? html`<lesson-live .lesson=${l} .texts=${this.texts} .picked=${this.picked} ?presenter=${this.presenter}></lesson-live>` : html`<p>${msg('Starting the simulations…')}</p>`}
      <p class="progress" data-testid="runs-progress">${this.outcome
        ? msg(`All ${p.total} runs are done. Watch the networks first; Reveal shows the answer when you are ready.`)
        : msg(`Meanwhile ${l.run.runs} runs of each strategy are computed for the reveal: ${p.done} of ${p.total} done.`)}</p>
      ${this.renderProblem()}`;
  }

  private renderProblem() {
    return html`${this.faults.length ? html`<fault-notice .lines=${this.faults}></fault-notice>` : nothing}
      ${this.problem ? html`<p role="alert" data-testid="runs-problem">${this.problem} <button class="retry" @click=${() => void this.compute()}>${msg('Try again')}</button></p>` : nothing}`;
  }

  private renderReveal() {
    const l = this.lesson;
    const o = this.outcome;
    if (!o) {
      return html`<p class="progress" data-testid="runs-progress">${msg(`Computing ${l.run.runs} runs of each strategy: ${this.progress.done} of ${this.progress.total} done.`)}</p>
        ${this.renderProblem()}`;
    }
    const v = o.verdict;
    const mine = l.choices.find((c) => c.id === this.saved.choice)!;
    const expected = l.choices.find((c) => c.id === l.expected)!;
    const pickedIdx = mine.scenario ? l.run.scenarios.findIndex((s) => s.key === mine.scenario) : -1;
    const score = v.scores[mine.id] ?? 'wrong';
    const tallyTotal = Object.values(this.saved.tally).reduce((a, b) => a + b, 0);
    // Projected chart text: 30 px at 1080 px, 21 px at 768 (UX.md §6 allows ticks at 0.7 of the essential size).
    const fs = this.presenter ? Math.max(16, Math.round(this.screenHeight * 0.028)) : 12;
    // The card's own width (measured), less the figure's padding and border.
    const w = Math.max(280, Math.round(this.chartWidth - 2 * 8 - 4));
    const other = tradeOffSentence(l, o);
    const supported = supportedWords(l, o);
    return html`<div class="reveal">
      <p class="headline" data-testid="headline">${v.kind === 'close' ? msg('Too close to call.') : html`${msg('The runs support')}: ${supported}.`} ${msg('You predicted')}: ${pick(mine.text)}.</p>
      <div class="verdict ${v.agrees ? '' : 'mismatch'}" data-testid="verdict" data-kind=${v.kind}>
        <p><strong>${v.kind === 'close' ? msg('Too close to call.') : html`${msg('The runs support')}: ${supported}.`}</strong>
          <span data-testid="verdict-numbers">${verdictSentence(l, o)}</span></p>
        ${other ? html`<p data-testid="trade-off"><strong>${msg('The other side of the trade-off')}:</strong> ${other}</p>` : nothing}
        <p data-testid="your-pick" data-score=${score}>${msg('You predicted')}: <strong>${pick(mine.text)}</strong> (${msg(CONFIDENCE[this.saved.confidence])}).
          ${score === 'wrong' ? html`${scoreSentence(score)} <em>${pick(mine.why)}</em>` : scoreSentence(score)}</p>
        ${tallyTotal ? html`<p>${msg('The room')}: ${l.choices.map((c) => `${pick(c.text)} ${this.saved.tally[c.id] ?? 0}`).join(' · ')}</p>` : nothing}
        ${v.agrees ? nothing : html`<p data-testid="disagree"><strong>${msg('Note: these runs do not support the answer this lesson expected')} (${pick(expected.text)}).</strong> ${msg('Say so in class: a model can surprise its authors too.')}</p>`}
      </div>
      <p data-testid="reveal-text">${fillText(pick(l.reveal), l, o, lessonNumber)}</p>
      ${this.roomPoll('reveal')}
      <div class="charts">
        ${l.run.indicators.map((ind, j) => html`<figure class="chart ${j === 0 ? 'focus' : ''}" data-indicator=${ind}>
          <h3>${indicatorLabel(ind)}</h3>
          ${lessonChart({ title: indicatorLabel(ind), bands: o.scenarios.map((s) => s.bands[j]), labels: l.run.scenarios.map((s) => `${s.key} · ${pick(s.label)}`), week: l.run.week, picked: pickedIdx, pickedLabel: msg('your pick'), pct: isPct(ind), shareOfRuns: isShareOfRuns(ind), format: (x: number) => formatValue(x, ind), width: w, height: j === 0 ? (this.presenter ? this.focusHeight : 240) : (this.presenter ? 260 : 150), fontSize: fs })}
        </figure>`)}
      </div>
      <div class="table-wrap"><table data-testid="reveal-table">
        <caption class="sr-only">${msg(`Means at week ${l.run.week} with 95% intervals`)}</caption>
        <thead><tr><th>${msg('Scenario')}</th>${l.run.indicators.map((ind) => html`<th>${indicatorLabel(ind)}</th>`)}</tr></thead>
        <tbody>${o.scenarios.map((s, k) => html`<tr class=${k === pickedIdx ? 'mine' : ''}><td><span class="letter" style="background:${scenarioVar(k)}">${s.key}</span> ${pick(l.run.scenarios[k].label)}${k === pickedIdx ? html` (${msg('your pick')})` : nothing}</td>
          ${s.atWeek.map((m, j) => html`<td data-label=${indicatorLabel(l.run.indicators[j])}>${formatValue(m.mean, l.run.indicators[j])} <small>[${formatValue(m.lo, l.run.indicators[j])}, ${formatValue(m.hi, l.run.indicators[j])}]</small></td>`)}</tr>`)}</tbody>
      </table></div></div>`;
  }

  private renderDebrief() {
    const d = this.lesson.debrief;
    const o = this.outcome;
    // Texts may quote the runs ({B}, {diff}); before the runs are in, the placeholders stay as written.
    const text = (t: { en: string; nl: string }) => (o ? fillText(pick(t), this.lesson, o, lessonNumber) : pick(t));
    const other = o ? tradeOffSentence(this.lesson, o) : undefined;
    return html`<div class="text">
      ${o ? html`<p class="summary" data-testid="debrief-verdict"><strong>${o.verdict.kind === 'close' ? msg('Too close to call.') : html`${msg('The runs support')}: ${supportedWords(this.lesson, o)}.`}</strong> ${verdictSentence(this.lesson, o)}</p>` : nothing}
      ${other ? html`<p class="summary" data-testid="debrief-trade-off"><strong>${msg('The other side of the trade-off')}:</strong> ${other}</p>` : nothing}
      <div class="sections">
        <section><h3>${msg('What the model does')}</h3><p>${text(d.mechanism)}</p></section>
        ${d.notice ? html`<section><h3>${msg('Things to notice')}</h3><p>${text(d.notice)}</p></section>` : nothing}
        <section><h3>${msg('Limits of the model')}</h3><p>${text(d.limits)}</p></section>
      </div>
      <p class="source">${msg('Source')}: ${pick(this.lesson.source)}</p>
    </div>`;
  }

  private renderTry() {
    const l = this.lesson;
    const t = l.run.scenarios.find((s) => s.key === l.tryIt.scenario)!;
    const o = this.outcome;
    return html`<div class="text try"><div>
      <p>${o ? fillText(pick(l.tryIt.suggestion), l, o, lessonNumber) : pick(l.tryIt.suggestion)}</p>
      <p><button class="primary" data-testid="try-it" @click=${() => this.tryIt()}>${msg(`Open ${t.key} · ${pick(t.label)} in the lab`)}</button></p>
      <p>${msg('The lab opens the same scenarios with the same seed; keys 1–4 switch between them.')}</p>
      ${this.presenter ? html`<p data-testid="try-leaves-presenter">${msg('Presenter mode ends there: trying it takes the lab\'s facilitator actions and tabs. Press P to present again.')}</p>` : nothing}
      </div><share-panel .url=${this.lessonUrl()} .label=${msg('Open this lesson on your own device')}></share-panel>
    </div>`;
  }

  private lessonUrl(): string {
    return `${location.href.replace(/#.*$/, '')}#lessons/${this.lesson.id}`;
  }

  private tryIt() {
    const l = this.lesson;
    // Presenter mode hides the lab's actions and tabs (a stage): trying the suggestion needs them.
    if (this.presenter) setPresenter(false);
    const index = l.run.scenarios.findIndex((s) => s.key === l.tryIt.scenario);
    this.dispatchEvent(new CustomEvent('lesson-try', {
      detail: { scenarios: this.texts.map((t, k) => ({ name: `${l.run.scenarios[k].key} · ${pick(l.run.scenarios[k].label)}`, text: t.text })), index, seed: l.run.seed },
      bubbles: true, composed: true,
    }));
  }
}
