// Parameter controls generated from the single declaration (PARAMS): a
// sentence label with the live value in bold ("Members answer well 80% of the
// time", UX.md §4; wording in param-format.ts), a slider with the declared
// range, the short label, help and range behind an (i) button, and a reset
// when it differs from the default. A change restarts the run at week 0 with
// the same seed (the shell does that).
import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { PARAMS, PARAM_GROUPS, type ParamPath, type ParamSpec } from '../../scenario/params.ts';
import { msg } from '../i18n.ts';
import { rangeText, sentenceParts, sentenceText, valueText } from './param-format.ts';
import { paramDoc } from '../../scenario/param-docs.ts';
import { TouchSlider } from './touch-slider.ts';

export interface ParamChangeDetail { path: ParamPath; value: number; label: string }

/** A declared parameter, its path typed. */
type Declared = (typeof PARAMS)[number];

/** Seed and replicates are handled elsewhere (header, compare). */
const HIDDEN = new Set(['seed', 'replicates']);

/** The parameters this panel shows (test/unit/i18n-params.test.ts checks each has Dutch). */
export const PANEL_PARAMS: readonly Declared[] = PARAMS.filter((s) => !HIDDEN.has(s.path));

/**
 * Catalogue key of a group heading. 'Run' is also the verb on buttons (Dutch
 * 'Draaien'), so the heading has a key of its own; English shows the name.
 */
export function headingKey(name: string): string {
  return name === 'Run' ? 'Run (parameter group)' : name;
}

function heading(name: string): string {
  const k = headingKey(name);
  const t = msg(k);
  return t === k && k !== name ? msg(name) : t;
}

function step(s: ParamSpec): number {
  if (s.integer) return 1;
  const span = s.max - s.min;
  return span <= 1 ? 0.01 : span <= 10 ? 0.05 : 0.1;
}

@customElement('params-panel')
export class ParamsPanel extends LitElement {
  @property({ attribute: false }) value: (path: ParamPath) => number = (p) => PARAMS.find((s) => s.path === p)!.default;
  @state() private filter = '';
  /** Parameters whose help is open. Kept here, not on the DOM: a search reuses rows for other parameters. */
  @state() private helpOpen: ReadonlySet<string> = new Set();
  /** A value under a moving finger, shown in its sentence before it is committed (touch-slider.ts). */
  @state() private preview?: { path: string; value: number };
  /** Under touch a slider follows the finger's travel, in steps; a tap on its track changes nothing. */
  private touch = new TouchSlider(
    (input, value) => this.emit(this.specOf(input), value),
    (input, value) => (this.preview = value === undefined ? undefined : { path: this.specOf(input).path, value }),
  );

  static override styles = css`
    :host { display: block; font: 13px/1.35 system-ui, sans-serif; color: var(--ink); }
    input[type='search'] { width: 100%; box-sizing: border-box; min-height: 32px; margin: 0 0 6px; padding: 0 8px; font: inherit; border: 1px solid var(--control-line); border-radius: 6px; }
    details { border-bottom: 1px solid var(--line-soft); }
    summary { font-weight: 650; min-height: 30px; line-height: 30px; cursor: pointer; }
    .p { display: grid; grid-template-columns: 1fr auto; gap: 0 6px; padding: 4px 0 6px; }
    .p label { font-size: 12.5px; }
    .p b { font-variant-numeric: tabular-nums; white-space: nowrap; }
    .p .changed { color: var(--accent); }
    /* pan-y: a vertical swipe that starts on a slider still scrolls the page (and cancels the touch: nothing changes). */
    input[type='range'] { grid-column: 1 / 3; width: 100%; margin: 0; accent-color: var(--accent); min-height: 24px; touch-action: pan-y; }
    .help { grid-column: 1 / 3; font-size: 12px; color: var(--ink-3); }
    .help .name { font-weight: 600; }
    .help code { font-size: 11px; }
    .tools { display: flex; gap: 4px; align-self: start; }
    .tools button { min-width: 24px; min-height: 24px; border: 1px solid var(--control-line-soft); border-radius: 12px; background: var(--control); cursor: pointer; font: inherit; font-size: 12px; }
    .note { font-size: 12px; color: var(--ink-3); margin: 0 0 6px; }
  `;

  override render() {
    const f = this.filter.toLowerCase();
    const groups = Object.entries(PARAM_GROUPS).map(([g, name]) => ({
      g,
      name,
      specs: PANEL_PARAMS.filter((s) => s.group === g && (!f || searchText(s, this.value(s.path)).includes(f))),
    }));
    return html`
      <p class="note">${msg('Changing a value restarts the run at week 0 with the same seed; the old run stays as a grey line on the charts.')}</p>
      <input type="search" placeholder=${msg('Find a parameter')} aria-label=${msg('Find a parameter')} .value=${this.filter} @input=${(e: Event) => (this.filter = (e.target as HTMLInputElement).value)} />
      ${groups.filter((g) => g.specs.length).map(
        (g, i) => html`<details ?open=${i < 2 || !!f}><summary>${heading(g.name)}</summary>${g.specs.map((s) => this.control(s))}</details>`,
      )}`;
  }

  private specOf(input: HTMLInputElement): Declared {
    return PANEL_PARAMS.find((s) => s.path === input.dataset.path)!;
  }

  private control(s: Declared) {
    const v = this.preview?.path === s.path ? this.preview.value : this.value(s.path);
    const changed = Math.abs(v - s.default) > 1e-9;
    const id = `p-${s.path.replace(/\W/g, '-')}`;
    const say = sentenceParts(s, v);
    const max = sliderMax(s);
    const open = this.helpOpen.has(s.path);
    return html`<div class="p" data-param=${s.path}>
      <label for=${id}>${say.before}<b class=${changed ? 'changed' : ''}>${say.value}</b>${say.after}</label>
      <span class="tools">
        <button aria-label=${msg(`About ${msg(s.label)}`)} aria-expanded=${String(open)} @click=${() => this.toggleHelp(s.path)}>${INFO}</button>
        ${changed ? html`<button aria-label=${msg(`Reset ${msg(s.label)} to ${valueText(s.default, s)}`)} title=${msg(`Default ${valueText(s.default, s)}`)} @click=${() => this.emit(s, s.default)}>↺</button>` : null}
      </span>
      <input id=${id} type="range" min=${s.min} max=${max} step=${step(s)} .value=${String(v)} aria-valuetext=${valueText(v, s)} data-path=${s.path}
        @pointerdown=${this.touch.down} @pointermove=${this.touch.move} @pointerup=${this.touch.up} @pointercancel=${this.touch.cancel} @input=${this.touch.input}
        @change=${(e: Event) => { const i = e.target as HTMLInputElement; if (!this.touch.owns(i)) this.emit(s, +i.value); }} />
      <div class="help" ?hidden=${!open}><span class="name">${msg(s.label)}</span>${s.path.toLowerCase() === s.label.toLowerCase() ? '' : html` <code>${s.path}</code>`}<br />${msg(paramDoc(s).help)} ${rangeText(s)}${max < s.max ? ` ${msg(`The slider goes to ${valueText(max, s)}; more in the Scenario tab.`)}` : ''}</div>
    </div>`;
  }

  private toggleHelp(path: string) {
    const next = new Set(this.helpOpen);
    if (!next.delete(path)) next.add(path);
    this.helpOpen = next;
  }

  private emit(s: Declared, value: number) {
    const v = s.integer ? Math.round(value) : value;
    this.dispatchEvent(new CustomEvent<ParamChangeDetail>('param-change', { detail: { path: s.path, value: v, label: msg(s.label) }, bubbles: true, composed: true }));
  }
}

/** What the search box looks in: the sentence as shown, the short label and help (English and the page's language), the file path. */
function searchText(s: ParamSpec, v: number): string {
  const d = paramDoc(s);
  return `${sentenceText(s, v)} ${d.sentence} ${s.label} ${msg(s.label)} ${d.help} ${msg(d.help)} ${s.path}`.toLowerCase();
}

/** A slider's end: the declared maximum, but 2,000 members at most (a larger network is a file's choice, not a drag's). */
function sliderMax(s: ParamSpec): number {
  return Math.min(s.max, s.path === 'population.size' ? 2000 : s.max);
}

/** The help button's (i), drawn: the ⓘ character is missing from some fonts and showed as an empty box. */
const INFO = html`<svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true"><circle cx="7" cy="7" r="6" fill="none" stroke="currentColor" stroke-width="1.3"/><circle cx="7" cy="4.2" r="0.95" fill="currentColor"/><path d="M7 6.3v4.4" stroke="currentColor" stroke-width="1.5" stroke-linecap="round"/></svg>`;
