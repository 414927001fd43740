// Lessons screen (#lessons, #lessons/<id>/<step>): the list of lessons (with
// any file that failed to validate, located), a trainer's own lesson file,
// and the player. Keys here: PageDown/PageUp slides; on the Run step space
// plays, arrows step and 1–4 pick a network; on Predict 1–4 pick an answer.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { addLesson, loadCatalogue, type Catalogue } from './catalogue.ts';
import type { LessonError } from '../../lessons/types.ts';
import { msg, pick } from '../i18n.ts';
import { isTyping } from '../keyboard.ts';
import { singleKeyAllowed } from '../single-keys.ts';
import { isPresenter, onPresenterChange } from '../presenter/presenter.ts';
import { STEPS, type LessonPlayer, type Step } from './lesson-player.ts';
import './lesson-player.ts';

@customElement('lessons-view')
export class LessonsView extends LitElement {
  /** The part of the hash after "lessons/". */
  @property() route = '';
  @property({ type: Boolean, reflect: true }) presenter = isPresenter();
  @state() private cat?: Catalogue;
  @state() private fileErrors: LessonError[] = [];
  @state() private picked = -1;
  private off?: () => void;

  static override styles = css`
    :host { display: block; padding: 14px 18px 40px; background: var(--bg); font: 16px/1.45 system-ui, -apple-system, 'Segoe UI', sans-serif; color: var(--ink); box-sizing: border-box; }
    /*
     * The lab's presenter zoom (presenter-styles.ts) would enlarge the lessons'
     * own projector type a second time: undone here, so the player sizes its
     * type by the screen's height and its charts and stage in screen pixels.
     */
    :host([presenter]) { background: var(--canvas); padding: 10px 32px; display: flex; flex-direction: column; zoom: calc(1 / var(--presenter-zoom, 1.6)); }
    /* The Run step is a stage of the screen's height; the other steps scroll. */
    :host([presenter]) lesson-player { flex: 1 0 auto; }
    :host([presenter]) lesson-player[step='run'] { flex: 1 1 0; min-height: 0; }
    h2 { margin: 0 0 6px; font-size: 1.6em; }
    .intro { max-width: 44em; margin: 0 0 14px; }
    ol.list { list-style: none; padding: 0; margin: 0; display: grid; gap: 10px; grid-template-columns: repeat(auto-fill, minmax(min(100%, 22em), 1fr)); }
    .card { display: block; background: var(--panel); border: 1px solid var(--control-line-soft); border-radius: 10px; padding: 12px 14px; color: inherit; text-decoration: none; min-height: 44px; }
    .card:hover { border-color: var(--ink); }
    .card:focus-visible, a:focus-visible, button:focus-visible, summary:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
    .card strong { font-size: 1.1em; display: block; }
    .tag { display: inline-block; font-size: 0.8em; font-weight: 700; border: 1px solid var(--strong-line); border-radius: 10px; padding: 0 8px; margin-right: 6px; }
    .card p { margin: 4px 0 0; color: var(--ink-2); }
    .errors { border: 2px solid var(--warn); border-radius: 8px; padding: 8px 12px; background: var(--warn-bg); margin: 12px 0; }
    .errors code { font-size: 0.9em; }
    .own { margin-top: 16px; }
    .own button { min-height: 44px; padding: 0 14px; font: inherit; border: 1px solid var(--strong-line); background: var(--control); border-radius: 8px; cursor: pointer; }
    :host([presenter]) :is(.back, .tag) { display: none; }
    /*
     * Presenter mode's list of lessons (UX.md §6): sized by the screen's
     * height, as the player is, so the titles reach ~42 px and the questions
     * ~31 px at 1080 px; the six lessons in a grid of three on one screen.
     * Opening a lesson file is the trainer's desk work: hidden, as the lab's
     * editing chrome is.
     */
    :host([presenter]) { font-size: max(16px, 2.9vh); line-height: 1.25; }
    :host([presenter]) h2 { font-size: 1.5em; margin: 0 0 0.1em; }
    :host([presenter]) .intro { font-size: 0.8em; max-width: none; margin: 0 0 0.5em; color: var(--ink-2); }
    :host([presenter]) ol.list { grid-template-columns: repeat(auto-fill, minmax(min(100%, 18em), 1fr)); gap: 0.5em; }
    :host([presenter]) ol.list li { display: flex; }
    :host([presenter]) .card { flex: 1; padding: 0.35em 0.6em 0.45em; border-width: 2px; border-color: var(--strong-line); }
    :host([presenter]) .card strong { font-size: 1.35em; line-height: 1.12; }
    :host([presenter]) .card p { margin-top: 0.3em; color: var(--ink); }
    :host([presenter]) .own { display: none; }
    .back { display: inline-flex; align-items: center; min-height: 44px; color: var(--ink); font-weight: 600; }
  `;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('keydown', this.onKey);
    this.off = onPresenterChange((on) => (this.presenter = on));
    void loadCatalogue().then((c) => (this.cat = c));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('keydown', this.onKey);
    this.off?.();
  }

  private get parts(): { id: string; step: Step } {
    const [id = '', step = 'frame'] = this.route.split('/');
    return { id, step: (STEPS as readonly string[]).includes(step) ? (step as Step) : 'frame' };
  }

  get player(): LessonPlayer | null {
    return this.renderRoot.querySelector('lesson-player');
  }

  override render() {
    if (!this.cat) return html`<p>${msg('Loading the lessons…')}</p>`;
    const { id, step } = this.parts;
    const lesson = this.cat.lessons.find((l) => l.id === id);
    if (id && lesson) {
      const n = this.cat.lessons.indexOf(lesson) + 1;
      return html`<a class="back" href="#lessons" data-testid="all-lessons">← ${msg('All lessons')}</a>
        <span class="tag">${msg(`Lesson ${n} of ${this.cat.lessons.length}`)} · ${lesson.topic === 'phases' ? msg('Phases') : lesson.topic}</span>
        <lesson-player .lesson=${lesson} .step=${step} ?presenter=${this.presenter} .picked=${this.picked}
          @lesson-step=${(e: CustomEvent<Step>) => this.goStep(lesson.id, e.detail)}></lesson-player>`;
    }
    return html`
      <h2>${msg('Lessons')}</h2>
      <p class="intro">${msg('Each lesson asks you to predict what a facilitation strategy does, runs the comparison live, and shows the answer from 30 runs of each strategy. The challenges come from the coalescing stage as Hulsebosch (2010) describes it after Wenger, McDermott & Snyder (2002).')}</p>
      ${id && !lesson ? html`<p class="errors" role="alert">${msg(`There is no lesson "${id}".`)}</p>` : nothing}
      <ol class="list" data-testid="lesson-list">
        ${this.cat.lessons.map((l) => html`<li><a class="card" href="#lessons/${l.id}" data-lesson=${l.id}>
          <span class="tag">${l.topic === 'phases' ? msg('Phases') : l.topic}</span>${l.audience === 'trainers' ? html`<span class="tag">${msg('for trainers')}</span>` : nothing}
          <strong>${pick(l.title)}</strong><p>${pick(l.question)}</p></a></li>`)}
      </ol>
      ${this.renderErrors([...this.cat.errors, ...this.fileErrors])}
      <div class="own">
        <button @click=${() => (this.renderRoot.querySelector('#lesson-file') as HTMLInputElement).click()}>${msg('Open a lesson file…')}</button>
        <input id="lesson-file" type="file" accept=".yaml,.yml,.json" hidden data-testid="lesson-file" @change=${this.onFile} />
        <p>${msg('Trainers: a lesson is one YAML file with the text in English and Dutch; see lessons/README.md. Problems are listed here with their line and column.')}</p>
      </div>`;
  }

  private renderErrors(errors: LessonError[]) {
    if (!errors.length) return nothing;
    return html`<section class="errors" role="alert" data-testid="lesson-errors"><strong>${msg('These lesson files were not loaded:')}</strong>
      <ul>${errors.slice(0, 20).map((e) => html`<li><code>${e.file}:${e.line}:${e.column}</code>${e.path ? html` <code>${e.path}</code>` : nothing}: ${e.message}</li>`)}</ul></section>`;
  }

  private onFile = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const f = input.files?.[0];
    input.value = '';
    if (!f) return;
    if (f.size > 200_000) {
      this.fileErrors = [{ file: f.name, line: 1, column: 1, path: '', message: msg('the file is too large for a lesson (at most 200 kB)') }];
      return;
    }
    const r = addLesson(await f.text(), f.name);
    if (!r.ok) {
      this.fileErrors = r.errors;
      return;
    }
    this.fileErrors = [];
    this.cat = await loadCatalogue();
    location.hash = `#lessons/${r.lesson.id}`;
  };

  private goStep(id: string, step: Step) {
    this.player?.live?.pause();
    location.hash = `#lessons/${id}/${step}`;
  }

  private onKey = (e: KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e) || !singleKeyAllowed(e) || !this.isConnected) return;
    const p = this.player;
    if (!p) return;
    const onButton = e.composedPath().some((el) => el instanceof HTMLButtonElement || (el instanceof HTMLInputElement && el.type === 'radio'));
    const live = p.step === 'run' ? p.live : null;
    switch (e.key) {
      case 'PageDown': e.preventDefault(); p.next(); return;
      case 'PageUp': e.preventDefault(); p.prev(); return;
      case ' ':
        if (live && !onButton) { e.preventDefault(); live.toggle(); }
        return;
      case 'ArrowRight':
      case 'ArrowLeft': {
        if (onButton && !live) return;
        e.preventDefault();
        const d = e.key === 'ArrowRight' ? 1 : -1;
        if (live) { live.pause(); void live.stepAll(d); } else if (d > 0) p.next(); else p.prev();
        return;
      }
      case '1': case '2': case '3': case '4': {
        const k = +e.key - 1;
        if (live) {
          e.preventDefault();
          this.picked = this.picked === k ? -1 : k;
        } else if (p.step === 'predict') {
          const radio = p.renderRoot.querySelectorAll<HTMLInputElement>('input[name="choice"]')[k];
          if (radio) { e.preventDefault(); radio.click(); radio.focus(); }
        }
        return;
      }
    }
  };
}
