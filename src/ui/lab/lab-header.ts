// The lab's tools in the shared header (UX.md §1): scenario picker, open a
// file, seed with "new seed", the export menu, and one chip with the week and
// its phase. It only asks: app-shell does the loading and exporting.
// One row at 1440 px (labels shorten below 1600 px); on phones the desk-work
// tools (files, new seed, exports) are left out; in presenter mode only the
// scenario and the chip stay, in projector-sized type.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { BUILTIN_GROUPS, BUILTINS, DEFAULT_ID, builtinLabel } from '../builtin-scenarios.ts';
import { msg } from '../i18n.ts';
import { phaseBackground } from '../theme.ts';

export type ExportKind = 'csv' | 'network-png' | 'charts-svg' | 'charts-png' | 'yaml';

/** Events: `lab-pick` {id}, `lab-file` {file}, `lab-seed` {seed}, `lab-export` {kind}. */
@customElement('lab-header')
export class LabHeader extends LitElement {
  /** The built-in scenario shown in the picker, or 'file'. */
  @property() picked = DEFAULT_ID;
  /** Name of the opened file (when picked is 'file'). */
  @property() file = '';
  @property({ type: Number }) seed = 42;
  @property({ type: Number }) week = 0;
  @property() phase = 'potential';

  // On the styles (kept out of css``, whose comments would ship with the first screen):
  // - .menu[open] .items: Above the restore banner (z-index 8): a menu just opened is what the user looks at.
  // - @media (max-width: 1599px): Narrower screens keep one row by dropping words, not tools; each control keeps its accessible name. Below 1600 px the folder icon says "open a file" (its title says it in words); below 1440 px the select and the number go without their labels.
  // - @media (max-width: 700px): Phones view and play; files, new seeds and exports are desk work (UX.md §1: editor read-only on phones). The host dissolves into app-shell's header row (display: contents), so the chip sits beside the views and the scenario and seed share the second row with the language and share buttons.
  // - :host-context(html[data-presenter='on']) :is(.desk, .seed, .wide): Presenter: editing chrome hidden, the chip stays readable on the black header.
  static override styles = css`
    :host { display: flex; align-items: center; gap: 6px; min-width: 0; }
    label { display: flex; align-items: center; gap: 4px; white-space: nowrap; }
    select, input, button, summary { font: inherit; color: var(--ink); }
    select, input, button, summary { min-height: 32px; box-sizing: border-box; border: 1px solid var(--control-line); border-radius: 6px; background: var(--control); padding: 0 8px; cursor: pointer; }
    select { max-width: 190px; }
    input[type='number'] { width: 76px; cursor: text; }
    button { white-space: nowrap; }
    button.icon { padding: 0; width: 32px; display: inline-grid; place-items: center; }
    :is(button, select, input, summary):focus-visible { outline: 3px solid var(--focus); outline-offset: 1px; }
    .seed { display: flex; align-items: center; gap: 3px; }
    .spacer { flex: 1; }
    .chip { padding: 4px 10px; border-radius: 14px; font-weight: 650; border: 1px solid var(--strong-line); white-space: nowrap; color: var(--ink); font-variant-numeric: tabular-nums; }
    .chip .ph { font-weight: 600; }
    .menu { position: relative; }
    .menu summary { list-style: none; display: flex; align-items: center; white-space: nowrap; }
    .menu summary::-webkit-details-marker { display: none; }
    .menu[open] .items { position: absolute; right: 0; top: 36px; z-index: 30; background: var(--control); border: 1px solid var(--control-line); border-radius: 6px; padding: 4px; display: grid; gap: 2px; min-width: 210px; box-shadow: 0 4px 14px rgba(0,0,0,0.12); }
    .items button { text-align: left; border: 0; min-height: 32px; background: var(--control); border-radius: 4px; }
    .items button:hover { background: var(--hover); }
    .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    button.open { display: inline-flex; align-items: center; gap: 5px; }
    @media (max-width: 1599px) {
      button.open { padding: 0; width: 32px; justify-content: center; }
      button.open .wide { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    }
    @media (max-width: 1439px) {
      .wide { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
      select { max-width: 160px; }
    }
    @media (max-width: 700px) {
      .desk.desk, .spacer { display: none; }
      .chip { order: 1; margin-left: auto; padding: 3px 8px; }
      label.scenario { order: 2; flex: 1 1 110px; min-width: 0; }
      .seed { order: 3; }
      select { max-width: none; width: 100%; min-width: 0; }
      input[type='number'] { width: 64px; }
    }
    :host-context(html[data-presenter='on']) :is(.desk, .seed, .wide) { display: none; }
    :host-context(html[data-presenter='on']) .chip { border-color: #fff; }
  `;

  private emit<T>(type: string, detail: T) {
    this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
  }

  private exportItem(kind: ExportKind, label: string) {
    return html`<button data-export=${kind} @click=${(e: Event) => {
      (e.target as HTMLElement).closest('details')?.removeAttribute('open');
      this.emit('lab-export', { kind });
    }}>${label}</button>`;
  }

  private newSeed = () => {
    const a = new Uint32Array(1);
    crypto.getRandomValues(a);
    this.emit('lab-seed', { seed: a[0] % 1_000_000 });
  };

  override render() {
    return html`
      <label class="scenario"><span class="wide">${msg('Scenario')}</span>
        <select data-testid="scenario-picker" aria-label=${msg('Built-in scenario')} .value=${this.picked}
          @change=${(e: Event) => this.emit('lab-pick', { id: (e.target as HTMLSelectElement).value })}>
          ${BUILTINS.length === 0 ? html`<option value=${DEFAULT_ID}>${DEFAULT_ID}</option>` : nothing}
          ${BUILTIN_GROUPS.map(({ kind, label }) => {
            const list = BUILTINS.filter((b) => b.kind === kind).sort((a, b) => builtinLabel(a).localeCompare(builtinLabel(b)));
            return list.length ? html`<optgroup label=${msg(label)}>${list.map((b) => html`<option value=${b.id} ?selected=${b.id === this.picked}>${builtinLabel(b)}</option>`)}</optgroup>` : nothing;
          })}
          ${this.picked === 'file' ? html`<option value="file" selected>${this.file}</option>` : nothing}
        </select></label>
      <button class="desk open" data-testid="open-file" @click=${() => (this.renderRoot.querySelector('#file') as HTMLInputElement).click()}
        title=${msg('Open a scenario file (or drop one on the page)')}><svg width="16" height="14" viewBox="0 0 16 14" aria-hidden="true"><path d="M1 2.5 h5 l1.5 1.5 h7.5 v8.5 h-14 z" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round"/></svg><span class="wide">${msg('Open file…')}</span></button>
      <input id="file" type="file" accept=".yaml,.yml,.json,text/yaml,application/json" hidden data-testid="file-input" @change=${this.onFile} />
      <span class="seed">
        <label><span class="wide">${msg('Seed')}</span>
          <input type="number" min="0" .value=${String(this.seed)} data-testid="seed" aria-label=${msg('Seed')} title=${msg('Seed')}
            @change=${(e: Event) => this.emit('lab-seed', { seed: Math.max(0, Math.floor(+(e.target as HTMLInputElement).value)) })} /></label>
        <button class="icon desk" data-testid="new-seed" @click=${this.newSeed} aria-label=${msg('New seed')} title=${msg('New seed')}>
          <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true"><rect x="1.5" y="1.5" width="15" height="15" rx="3.5" fill="none" stroke="currentColor" stroke-width="1.6"/>
            <circle cx="5.6" cy="5.6" r="1.5" fill="currentColor"/><circle cx="9" cy="9" r="1.5" fill="currentColor"/><circle cx="12.4" cy="12.4" r="1.5" fill="currentColor"/></svg></button>
      </span>
      <span class="spacer"></span>
      <span class="chip" style="background:${phaseBackground(this.phase)}">
        <span data-testid="week-chip">${msg('Wk')} ${this.week}</span> · <span class="ph" data-testid="phase-chip">${msg(this.phase)}</span></span>
      <details class="menu desk">
        <summary data-testid="export-menu">${msg('Export ▾')}</summary>
        <div class="items">
          ${this.exportItem('csv', msg('Indicators up to this week (CSV)'))}
          ${this.exportItem('network-png', msg('Network (PNG)'))}
          ${this.exportItem('charts-svg', msg('Charts (SVG)'))}
          ${this.exportItem('charts-png', msg('Charts (PNG)'))}
          ${this.exportItem('yaml', msg('Scenario with interventions (YAML)'))}
        </div>
      </details>
    `;
  }

  private onFile = (e: Event) => {
    const input = e.target as HTMLInputElement;
    const f = input.files?.[0];
    if (f) this.emit('lab-file', { file: f });
    input.value = '';
  };
}
