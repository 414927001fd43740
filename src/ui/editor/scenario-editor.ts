// The scenario as YAML in CodeMirror 6, with the validator's errors at their
// line as you type. Loaded on demand (dynamic import) so the first screen
// stays small. Apply runs it; Download saves it.
import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { EditorView, basicSetup } from 'codemirror';
import { yaml } from '@codemirror/lang-yaml';
import { linter, lintGutter, type Diagnostic } from '@codemirror/lint';
import { parseScenario } from '../../scenario/index.ts';
import type { ScenarioError } from '../../scenario/types.ts';
import { msg } from '../i18n.ts';

@customElement('scenario-editor')
export class ScenarioEditor extends LitElement {
  @property() text = '';
  @property() file = 'scenario.yaml';
  @state() private errors: ScenarioError[] = [];
  private view?: EditorView;
  private loaded = '';

  static override styles = css`
    :host { display: flex; flex-direction: column; gap: 6px; font: 13px/1.4 system-ui, sans-serif; min-height: 0; }
    .cm { border: 1px solid #9aa3ad; border-radius: 6px; overflow: hidden; flex: 1 1 auto; min-height: 240px; }
    .bar, ul { flex: none; }
    .cm .cm-editor { height: 100%; }
    .bar { display: flex; gap: 6px; align-items: center; flex-wrap: wrap; }
    button { min-height: 34px; padding: 0 12px; font: inherit; border: 1px solid #57606c; background: #fff; border-radius: 6px; cursor: pointer; }
    button.primary { background: #1a1a1a; color: #fff; }
    button:disabled { opacity: 0.5; cursor: default; }
    ul { margin: 0; padding-left: 18px; color: #8a3a00; max-height: 120px; overflow: auto; }
    .ok { color: #1f5e3a; }
  `;

  override render() {
    return html`
      <div class="bar">
        <button class="primary" data-testid="editor-apply" ?disabled=${this.errors.length > 0} @click=${this.apply}>${msg('Apply: run this scenario')}</button>
        <button @click=${this.download}>${msg('Download YAML')}</button>
        <button @click=${this.revert}>${msg('Revert to the running scenario')}</button>
        <span class=${this.errors.length ? '' : 'ok'} aria-live="polite">${this.errors.length ? msg(`${this.errors.length} problem(s)`) : msg('Valid scenario')}</span>
      </div>
      ${this.errors.length ? html`<ul data-testid="editor-errors">${this.errors.map((e) => html`<li>${msg('Line')} ${e.line}${e.path ? html`, <code>${e.path}</code>` : null}: ${e.message}</li>`)}</ul>` : null}
      <div class="cm"></div>
    `;
  }

  override firstUpdated(): void {
    const lint = linter((view) => {
      const res = parseScenario(view.state.doc.toString(), { file: this.file });
      this.errors = res.ok ? [] : res.errors;
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
      extensions: [basicSetup, yaml(), lintGutter(), lint, EditorView.theme({ '&': { fontSize: '12.5px', height: '100%' }, '.cm-scroller': { overflow: 'auto' } })],
      parent: this.renderRoot.querySelector('.cm') as HTMLElement,
      root: this.renderRoot as ShadowRoot,
    });
    this.loaded = this.text;
  }

  override updated(): void {
    // A new running scenario replaces the text only if the user has not edited it.
    if (this.view && this.text !== this.loaded && this.view.state.doc.toString() === this.loaded) this.setText(this.text);
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
