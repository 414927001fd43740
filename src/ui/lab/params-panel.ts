// Parameter controls generated from the single declaration (PARAMS): a
// sentence label with the live value, a slider with the declared range, the
// help text behind an (i) button, and a mark when it differs from the default. A change
// restarts the run at week 0 with the same seed (the shell does that).
import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { PARAMS, PARAM_GROUPS, type ParamSpec } from '../../scenario/params.ts';
import { msg } from '../i18n.ts';

export interface ParamChangeDetail { path: string; value: number; label: string }

/** Seed and replicates are handled elsewhere (header, compare). */
const HIDDEN = new Set(['seed', 'replicates']);

/** The parameters this panel shows (test/unit/i18n-params.test.ts checks each has Dutch). */
export const PANEL_PARAMS: readonly ParamSpec[] = PARAMS.filter((s) => !HIDDEN.has(s.path));

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

/** The unit in the current language; '' for unitless values. */
function unit(s: ParamSpec): string {
  return s.unit ? msg(s.unit) : '';
}

function step(s: ParamSpec): number {
  if (s.integer) return 1;
  const span = s.max - s.min;
  return span <= 1 ? 0.01 : span <= 10 ? 0.05 : 0.1;
}

function show(v: number, s: ParamSpec): string {
  if (s.integer) return String(Math.round(v));
  return Math.abs(v) >= 10 ? v.toFixed(1) : String(+v.toFixed(3));
}

@customElement('params-panel')
export class ParamsPanel extends LitElement {
  @property({ attribute: false }) value: (path: string) => number = (p) => PARAMS.find((s) => s.path === p)!.default;
  @state() private filter = '';

  static override styles = css`
    :host { display: block; font: 13px/1.35 system-ui, sans-serif; color: #1a1a1a; }
    input[type='search'] { width: 100%; box-sizing: border-box; min-height: 32px; margin: 0 0 6px; padding: 0 8px; font: inherit; border: 1px solid #9aa3ad; border-radius: 6px; }
    details { border-bottom: 1px solid #eceef1; }
    summary { font-weight: 650; min-height: 30px; line-height: 30px; cursor: pointer; }
    .p { display: grid; grid-template-columns: 1fr auto; gap: 0 6px; padding: 4px 0 6px; }
    .p label { font-size: 12.5px; }
    .p b { font-variant-numeric: tabular-nums; }
    .p .changed { color: #0072B2; }
    input[type='range'] { grid-column: 1 / 3; width: 100%; margin: 0; accent-color: #0072B2; min-height: 24px; }
    .help { grid-column: 1 / 3; font-size: 12px; color: #444; }
    .tools { display: flex; gap: 4px; }
    .tools button { min-width: 24px; min-height: 24px; border: 1px solid #c0c6cd; border-radius: 12px; background: #fff; cursor: pointer; font: inherit; font-size: 12px; }
    .note { font-size: 12px; color: #444; margin: 0 0 6px; }
  `;

  override render() {
    const f = this.filter.toLowerCase();
    const groups = Object.entries(PARAM_GROUPS).map(([g, name]) => ({
      g,
      name,
      specs: PANEL_PARAMS.filter((s) => s.group === g && (!f || `${s.label} ${msg(s.label)} ${s.help} ${msg(s.help)} ${s.path}`.toLowerCase().includes(f))),
    }));
    return html`
      <p class="note">${msg('Changing a value restarts the run at week 0 with the same seed; the old run stays as a grey line on the charts.')}</p>
      <input type="search" placeholder=${msg('Find a parameter')} aria-label=${msg('Find a parameter')} .value=${this.filter} @input=${(e: Event) => (this.filter = (e.target as HTMLInputElement).value)} />
      ${groups.filter((g) => g.specs.length).map(
        (g, i) => html`<details ?open=${i < 2 || !!f}><summary>${heading(g.name)}</summary>${g.specs.map((s) => this.control(s))}</details>`,
      )}`;
  }

  private control(s: ParamSpec) {
    const v = this.value(s.path);
    const changed = Math.abs(v - s.default) > 1e-9;
    const id = `p-${s.path.replace(/\W/g, '-')}`;
    return html`<div class="p" data-param=${s.path}>
      <label for=${id}>${msg(s.label)}: <b class=${changed ? 'changed' : ''}>${show(v, s)}</b> ${unit(s)}</label>
      <span class="tools">
        <button aria-label=${msg(`About ${msg(s.label)}`)} aria-expanded="false" @click=${this.toggleHelp}>${INFO}</button>
        ${changed ? html`<button aria-label=${msg(`Reset ${msg(s.label)} to ${show(s.default, s)}`)} title=${msg(`Default ${show(s.default, s)}`)} @click=${() => this.emit(s, s.default)}>↺</button>` : null}
      </span>
      <input id=${id} type="range" min=${s.min} max=${sliderMax(s)} step=${step(s)} .value=${String(v)}
        @change=${(e: Event) => this.emit(s, +(e.target as HTMLInputElement).value)} />
      <div class="help" hidden>${msg(s.help)} ${this.range(s)}${sliderMax(s) < s.max ? ` ${msg(`The slider goes to ${show(sliderMax(s), s)}; more in the Scenario tab.`)}` : ''}</div>
    </div>`;
  }

  /** "Range 0–1 share; default 0.3." (no stray space before ';' when there is no unit). */
  private range(s: ParamSpec): string {
    const r = `${show(s.min, s)}–${show(s.max, s)}`;
    return s.unit ? msg(`Range ${r} ${unit(s)}; default ${show(s.default, s)}.`) : msg(`Range ${r}; default ${show(s.default, s)}.`);
  }

  private toggleHelp(e: Event) {
    const b = e.currentTarget as HTMLButtonElement;
    const help = b.closest('.p')!.querySelector('.help') as HTMLElement;
    help.hidden = !help.hidden;
    b.setAttribute('aria-expanded', String(!help.hidden));
  }

  private emit(s: ParamSpec, value: number) {
    const v = s.integer ? Math.round(value) : value;
    this.dispatchEvent(new CustomEvent<ParamChangeDetail>('param-change', { detail: { path: s.path, value: v, label: msg(s.label) }, bubbles: true, composed: true }));
  }
}

/** A slider's end: the declared maximum, but 2,000 members at most (a larger network is a file's choice, not a drag's). */
function sliderMax(s: ParamSpec): number {
  return Math.min(s.max, s.path === 'population.size' ? 2000 : s.max);
}

/** The help button's (i), drawn: the ⓘ character is missing from some fonts and showed as an empty box. */
const INFO = html`<svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true"><circle cx="7" cy="7" r="6" fill="none" stroke="currentColor" stroke-width="1.3"/><circle cx="7" cy="4.2" r="0.95" fill="currentColor"/><path d="M7 6.3v4.4" stroke="currentColor" stroke-width="1.5" stroke-linecap="round"/></svg>`;
