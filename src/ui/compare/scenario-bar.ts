// The compare view's scenario bar: which scenarios are compared (2–4 slots,
// each a preset, an opened file or the lab's scenario), how many runs, which
// seed. It only chooses: every choice goes up as a `bar-change` event, and the
// view decides what to compute.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { msg } from '../i18n.ts';
import { fixed } from '../number-format.ts';
import { scenarioVar } from '../theme.ts';
import { letter } from './labels.ts';
import type { Source } from './sources.ts';

export const RUN_CHOICES = [10, 30, 100, 300] as const;
export const MAX_SCENARIOS = 4;
/** Scenario files are small text; anything bigger is refused before it is read. */
const MAX_FILE_BYTES = 2_000_000;

export type BarChange =
  | { kind: 'slots'; slots: string[] }
  | { kind: 'runs'; runs: number }
  | { kind: 'seed'; seed: number }
  | { kind: 'file'; name: string; text: string }
  /** A file was not read; `message` says why, in the participant's words. */
  | { kind: 'refused'; message: string };

@customElement('compare-scenario-bar')
export class CompareScenarioBar extends LitElement {
  @property({ attribute: false }) sources: Source[] = [];
  @property({ attribute: false }) slots: string[] = [];
  @property({ type: Number }) runs = 30;
  @property({ type: Number }) seed = 42;

  static override styles = css`
    :host { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 10px; padding: 8px 12px; background: var(--panel); border-bottom: 1px solid var(--line); }
    .slot { display: inline-flex; align-items: center; gap: 4px; padding: 2px 4px 2px 2px; border: 2px solid; border-radius: 8px; background: var(--control); }
    .slot .letter { color: var(--on-scenario); font-weight: 800; border-radius: 5px; padding: 4px 7px; }
    select, input, button { font: inherit; min-height: 32px; border: 1px solid var(--control-line); border-radius: 6px; background: var(--control); padding: 0 8px; }
    .slot select { border: 0; max-width: 230px; }
    .slot button { border: 0; min-width: 28px; padding: 0 4px; }
    input[type='number'] { width: 80px; }
    label { display: inline-flex; gap: 5px; align-items: center; }
    button { cursor: pointer; }
    :is(button, select, input):focus-visible { outline: 3px solid var(--focus); outline-offset: 1px; }
    @media (max-width: 700px) { .slot select { max-width: 150px; } }
  `;

  override connectedCallback(): void {
    super.connectedCallback();
    this.setAttribute('role', 'group');
    this.setAttribute('aria-label', msg('Scenarios to compare'));
  }

  override render() {
    const slots = this.slots;
    return html`
      ${slots.map((id, i) => html`<span class="slot" style="border-color:${scenarioVar(i)}">
        <span class="letter" style="background:${scenarioVar(i)}">${letter(i)}</span>
        <select aria-label=${msg(`Scenario ${letter(i)}`)} data-testid="slot-${i}" @change=${(e: Event) => this.setSlot(i, (e.target as HTMLSelectElement).value)}>
          ${this.sources.map((s) => html`<option value=${s.id} ?selected=${s.id === id}>${s.label}</option>`)}
        </select>
        ${slots.length > 2 ? html`<button aria-label=${msg(`Remove ${letter(i)}`)} title=${msg('Remove')} @click=${() => this.removeSlot(i)}>✕</button>` : nothing}
      </span>`)}
      ${slots.length < MAX_SCENARIOS ? html`<button data-testid="add-scenario" @click=${this.addSlot}>${msg('+ Add')}</button>` : nothing}
      <button @click=${() => (this.renderRoot.querySelector('#cfile') as HTMLInputElement).click()}>${msg('Open file…')}</button>
      <input id="cfile" type="file" accept=".yaml,.yml,.json" hidden data-testid="compare-file" @change=${this.onFile} />
      <label>${msg('Runs')} <select data-testid="runs" @change=${(e: Event) => this.emit({ kind: 'runs', runs: +(e.target as HTMLSelectElement).value })}>
        ${RUN_CHOICES.map((r) => html`<option value=${r} ?selected=${r === this.runs}>${r}</option>`)}</select></label>
      <label>${msg('Seed')} <input type="number" min="0" data-testid="compare-seed" .value=${String(this.seed)}
        @change=${(e: Event) => this.emit({ kind: 'seed', seed: Math.max(0, Math.floor(+(e.target as HTMLInputElement).value)) })} /></label>
    `;
  }

  private emit(detail: BarChange): void {
    this.dispatchEvent(new CustomEvent<BarChange>('bar-change', { detail, bubbles: true, composed: true }));
  }

  private setSlot(i: number, id: string): void {
    this.emit({ kind: 'slots', slots: this.slots.map((s, k) => (k === i ? id : s)) });
  }

  private addSlot = (): void => {
    const used = new Set(this.slots);
    const next = this.sources.find((s) => !used.has(s.id));
    if (!next || this.slots.length >= MAX_SCENARIOS) return;
    this.emit({ kind: 'slots', slots: [...this.slots, next.id] });
  };

  private removeSlot(i: number): void {
    this.emit({ kind: 'slots', slots: this.slots.filter((_, k) => k !== i) });
  }

  private onFile = async (e: Event): Promise<void> => {
    const input = e.target as HTMLInputElement;
    const f = input.files?.[0];
    input.value = '';
    if (!f) return;
    if (f.size > MAX_FILE_BYTES) {
      this.emit({ kind: 'refused', message: msg(`${f.name} is ${fixed(f.size / 1e6, 1)} MB; scenario files are small text files. Nothing changed.`) });
      return;
    }
    this.emit({ kind: 'file', name: f.name, text: await f.text() });
  };
}
