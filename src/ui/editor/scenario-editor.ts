// The scenario as YAML in CodeMirror 6, with the validator's errors at their
// line as you type. Loaded on demand (dynamic import) so the first screen
// stays small. Apply runs it; Download saves it. Before Apply it shows what
// Apply would change (scenario-diff.ts) and, 1 s after typing stops, 26 weeks
// of the edited scenario against the running one, run in workers
// (preview-runner.ts). Read-only on phones (UX.md §1): desk work.
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { EditorView, basicSetup } from 'codemirror';
import { yaml } from '@codemirror/lang-yaml';
import { linter, lintGutter, type Diagnostic } from '@codemirror/lint';
import { parseScenario } from '../../scenario/index.ts';
import type { Scenario, ScenarioError } from '../../scenario/types.ts';
import { loadLang, msg } from '../i18n.ts';
import { diffList } from './diff-list.ts';
import { editorStyles } from './editor-styles.ts';
import type { PreviewOutcome, PreviewRunner } from './preview-runner.ts';
import { PREVIEW_WEEKS } from './preview-weeks.ts';
import { legend, sparklines } from './preview-sparks.ts';
import { diffScenarios } from './scenario-diff.ts';

/** Quiet time after the last keystroke before the preview runs (UX.md §1, after Victor's "Explorable Explanations"). */
export const PREVIEW_DELAY_MS = 1000;

type Preview = { kind: 'none' } | { kind: 'pending'; last?: Extract<PreviewOutcome, { kind: 'done' }> } | PreviewOutcome;

@customElement('scenario-editor')
export class ScenarioEditor extends LitElement {
  @property() text = '';
  @property() file = 'scenario.yaml';
  /** The running scenario, as the lab holds it (validated): the edits are compared with it. */
  @property({ attribute: false }) scenario?: Scenario;
  /** The run's seed: Apply keeps it, so the preview uses it (NaN: the running text's seed). */
  @property({ type: Number }) seed = Number.NaN;
  /** Hidden while another side tab is open (the lab keeps the editor, with its unapplied edits); a preview waits until it shows. */
  @property({ type: Boolean, reflect: true }) override hidden = false;
  private previewOwed = false;
  @state() private errors: ScenarioError[] = [];
  /** The edited text resolved, or undefined while it has errors. */
  @state() private edited?: Scenario;
  @state() private preview: Preview = { kind: 'none' };
  private view?: EditorView;
  private loaded = '';
  private runner?: PreviewRunner;
  private timer?: ReturnType<typeof setTimeout>;
  /** Bumped by every edit: a preview answers only if nothing changed since it started. */
  private generation = 0;
  /** Milliseconds the last preview took, request to result (tests and benchmarks read it). */
  lastPreviewMs = Number.NaN;
  readonly phone = typeof matchMedia === 'function' && matchMedia('(max-width: 700px)').matches;

  static override styles = editorStyles;

  override connectedCallback(): void {
    super.connectedCallback();
    // Parameter labels in Dutch come with the views' catalogue.
    void loadLang('views').then(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
    this.runner?.close();
    this.runner = undefined;
  }

  override render() {
    const running = this.scenario;
    // Phones only read (no Apply): nothing to compare.
    const changes = this.edited && running && !this.phone ? diffScenarios(running, this.edited) : undefined;
    const seedNote = this.edited && running && this.edited.seed !== running.seed
      ? msg(`The seed in the text (${this.edited.seed}) is not used: Apply keeps the run's seed (${this.runSeed()}). Change it in the header.`)
      : null;
    return html`
      <div class="bar">
        ${this.phone ? html`<span class="ro">${msg('Read-only on a phone: edit scenarios on a computer.')}</span>` : html`
          <button class="primary" data-testid="editor-apply" ?disabled=${this.errors.length > 0} @click=${this.apply}>${msg('Apply: run this scenario')}</button>`}
        <button @click=${this.download}>${msg('Download YAML')}</button>
        ${this.phone ? nothing : html`<button @click=${this.revert}>${msg('Revert to the running scenario')}</button>`}
        <span class=${this.errors.length ? '' : 'ok'} aria-live="polite">${this.errors.length ? (this.errors.length === 1 ? msg('1 problem') : msg(`${this.errors.length} problems`)) : msg('Valid scenario')}</span>
      </div>
      ${this.errors.length ? html`<ul class="errors" data-testid="editor-errors">${this.errors.map((e) => html`<li>${msg('Line')} ${e.line}${e.path ? html`, <code>${e.path}</code>` : null}: ${e.message}</li>`)}</ul>` : null}
      ${changes ? diffList(changes, seedNote) : nothing}
      <div class="cm"></div>
      ${changes ? this.renderPreview(changes.length > 0) : nothing}
    `;
  }

  private renderPreview(changed: boolean) {
    const p = this.preview;
    const seed = this.runSeed();
    if (p.kind === 'failed') return html`<p class="preview-msg" data-testid="editor-preview-failed" title=${p.message}>${msg('The preview could not run; the editor and Apply still work.')}</p>`;
    if (p.kind === 'done') return html`<section class="preview">${legend(p.weeks, seed)}${sparklines(p.edited, p.running, p.weeks, false)}</section>`;
    if (p.kind === 'pending' && p.last) return html`<section class="preview">${legend(p.last.weeks, seed, html`<i>${msg('updating…')}</i>`)}${sparklines(p.last.edited, p.last.running, p.last.weeks, true)}</section>`;
    const weeks = Math.min(PREVIEW_WEEKS, this.scenario?.horizon ?? PREVIEW_WEEKS);
    if (p.kind === 'pending') return html`<p class="preview-msg" data-testid="editor-preview-pending">${msg(`Previewing ${weeks} weeks…`)}</p>`;
    return changed ? nothing : html`<p class="preview-msg">${msg(`Change the text to preview ${weeks} weeks of it against the running scenario.`)}</p>`;
  }

  override firstUpdated(): void {
    const lint = linter((view) => {
      const res = parseScenario(view.state.doc.toString(), { file: this.file });
      this.errors = res.ok ? [] : res.errors;
      this.edited = res.ok ? res.scenario : undefined;
      const doc = view.state.doc;
      const found = res.ok ? res.warnings.map((e) => ({ e, severity: 'warning' as const })) : res.errors.map((e) => ({ e, severity: 'error' as const }));
      return found.map(({ e, severity }): Diagnostic => {
        const line = doc.line(Math.max(1, Math.min(doc.lines, e.line || 1)));
        const from = Math.min(line.to, line.from + Math.max(0, (e.column || 1) - 1));
        return { from, to: Math.max(from, line.to), severity, message: `${e.path ? e.path + ': ' : ''}${e.message}` };
      });
    }, { delay: 300 });
    this.view = new EditorView({
      doc: this.text,
      extensions: [
        basicSetup, yaml(), lintGutter(), lint,
        EditorView.theme({ '&': { fontSize: '12.5px', height: '100%' }, '.cm-scroller': { overflow: 'auto' } }),
        EditorView.updateListener.of((u) => { if (u.docChanged) this.schedulePreview(); }),
        // Not editable on phones (no @codemirror/state import: the dev server would bundle it a second time).
        // Named for screen readers; read-only on phones, yet reachable by Tab so the keyboard can scroll it (axe: scrollable-region-focusable).
        EditorView.contentAttributes.of({ 'aria-label': msg('Scenario (YAML)'), ...(this.phone ? { tabindex: '0' } : {}) }),
        ...(this.phone ? [EditorView.editable.of(false)] : []),
      ],
      parent: this.renderRoot.querySelector('.cm') as HTMLElement,
      root: this.renderRoot as ShadowRoot,
    });
    this.loaded = this.text;
  }

  override updated(changed: PropertyValues<this>): void {
    if (changed.has('hidden') && !this.hidden && this.previewOwed) this.schedulePreview();
    // A new running scenario replaces the text only if the user has not edited it.
    if (this.view && this.text !== this.loaded && this.view.state.doc.toString() === this.loaded) this.setText(this.text);
    // Another running scenario or seed: the edited text is now compared with that.
    else if (this.view && (changed.has('text') || changed.has('seed') || changed.has('scenario'))) this.schedulePreview();
  }

  private runSeed(): number {
    return Number.isFinite(this.seed) ? this.seed : (this.scenario?.seed ?? 42);
  }

  private schedulePreview(): void {
    this.generation++;
    this.runner?.cancel();
    clearTimeout(this.timer);
    const p = this.preview;
    if (p.kind === 'done') this.preview = { kind: 'pending', last: p };
    else if (p.kind !== 'pending') this.preview = { kind: 'none' };
    this.timer = setTimeout(() => void this.runPreview(), PREVIEW_DELAY_MS);
  }

  private async runPreview(): Promise<void> {
    // Nobody sees it: run it when the tab opens again.
    this.previewOwed = this.hidden;
    if (this.hidden) return;
    const gen = this.generation;
    const res = parseScenario(this.value, { file: this.file });
    const running = this.scenario;
    if (!res.ok || !running || this.phone) return void (this.preview = { kind: 'none' });
    if (diffScenarios(running, res.scenario).length === 0) return void (this.preview = { kind: 'none' });
    if (this.preview.kind !== 'pending') this.preview = { kind: 'pending' };
    // The pool's code comes with the first preview, not with the editor: opening the tab stays light.
    if (!this.runner) {
      const { PreviewRunner } = await import('./preview-runner.ts');
      if (!this.isConnected || gen !== this.generation) return;
      this.runner ??= new PreviewRunner();
    }
    const out = await this.runner.run(res.scenario, running, this.runSeed());
    if (gen !== this.generation || out.kind === 'stale') return;
    if (out.kind === 'failed') console.warn(`scenario preview failed: ${out.message}`);
    if (out.kind === 'done') this.lastPreviewMs = out.ms;
    this.preview = out;
    this.dispatchEvent(new CustomEvent('preview-done', { detail: out }));
  }

  setText(text: string): void {
    this.loaded = text;
    this.view?.dispatch({ changes: { from: 0, to: this.view.state.doc.length, insert: text } });
  }

  /** Put text in the editor as the user's own edit (not applied yet): the autosave restores unapplied edits this way. */
  edit(text: string): void {
    this.view?.dispatch({ changes: { from: 0, to: this.view.state.doc.length, insert: text } });
  }

  get value(): string {
    return this.view?.state.doc.toString() ?? this.text;
  }

  private apply = () => this.dispatchEvent(new CustomEvent('scenario-apply', { detail: { text: this.value }, bubbles: true, composed: true }));
  private download = () => this.dispatchEvent(new CustomEvent('scenario-download', { detail: { text: this.value }, bubbles: true, composed: true }));
  private revert = () => this.setText(this.text);
}
