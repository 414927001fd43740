// One scenario's network in the compare view: the lab's network view driven
// by its own SimController (its own simulation worker), run index 0 with the
// comparison's seed, so every panel starts from the same members and layout
// and a difference you see comes from the strategy. The compare view moves
// all panels to the same week (goto).
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { phaseName } from '../../model/indicators.ts';
import { SimController } from '../controllers/sim-controller.ts';
import { createSimulationApi } from '../controllers/sim-api-factory.ts';
import { msg } from '../i18n.ts';
import { phaseBackground, scenarioVar } from '../theme.ts';
import { letter } from './labels.ts';
import '../network/network-view.ts';

const BORDER = ['solid', 'dashed', 'dotted', 'double'] as const;

@customElement('compare-panel')
export class ComparePanel extends LitElement {
  readonly sim = new SimController(this);
  @property() text = '';
  @property() file = '';
  @property() name = '';
  @property({ type: Number }) seed = 42;
  @property({ type: Number }) index = 0;
  @property({ type: Number }) speed = 1;
  @property({ type: Boolean }) playing = false;
  private loadedKey = '';
  private started?: Promise<void>;

  static override styles = css`
    :host { display: flex; flex-direction: column; min-width: 0; contain: layout paint; background: var(--panel); border-radius: 6px; border-width: 3px; }
    .head { display: flex; align-items: center; gap: 6px; padding: 3px 8px; font: 13px/1.3 system-ui, sans-serif; border-bottom: 1px solid var(--line-soft); min-height: 30px; }
    .letter { color: var(--on-scenario); font-weight: 800; border-radius: 4px; padding: 0 6px; }
    .name { font-weight: 650; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; flex: 1; min-width: 0; }
    .chip { padding: 1px 8px; border-radius: 10px; border: 1px solid var(--control-line); font-size: 12px; white-space: nowrap; }
    network-view { flex: 1; min-height: 0; }
    .msg { padding: 6px 8px; font-size: 12.5px; }
  `;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('index')) {
      this.style.borderStyle = BORDER[this.index % 4];
      this.style.borderColor = scenarioVar(this.index);
    }
  }

  override async firstUpdated(): Promise<void> {
    // Side by side, an open key would cover half of each small panel: start it
    // folded (one click opens it); the lab shows the same key open.
    const nv = this.renderRoot.querySelector('network-view') as (HTMLElement & { updateComplete: Promise<unknown> }) | null;
    await nv?.updateComplete;
    const legend = nv?.shadowRoot?.querySelector('network-legend') as (HTMLElement & { open: boolean }) | null;
    if (legend) legend.open = false;
  }

  private loading: Promise<void> = Promise.resolve();

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('text') || changed.has('seed')) this.loading = this.ensure();
  }

  /** Settles when the current scenario and seed are loaded and drawn at week 0. */
  async loaded(): Promise<void> {
    await this.updateComplete;
    await this.loading;
    await this.updateComplete;
    await (this.renderRoot.querySelector('network-view') as (HTMLElement & { updateComplete: Promise<unknown> }) | null)?.updateComplete;
  }

  /** Load the scenario (once per text and seed) at week 0. */
  private async ensure(): Promise<void> {
    const key = `${this.seed}\u0000${this.text}`;
    if (!this.text || key === this.loadedKey) return;
    this.loadedKey = key;
    this.started ??= (async () => {
      this.sim.handle = await createSimulationApi('auto');
      this.sim.kind = this.sim.handle.kind;
    })();
    await this.started;
    await this.sim.load(this.text, this.file, { seed: this.seed });
  }

  /** Move to `week` (a step when it is the next one, else a seek). */
  async goto(week: number): Promise<void> {
    const s = this.sim;
    if (!s.ready) return;
    const w = Math.max(0, Math.min(s.horizon, week));
    if (w === s.week) return;
    if (w === s.week + 1) await s.step(1);
    else await s.seek(w);
  }

  override render() {
    const s = this.sim;
    const c = s.columns;
    const phase = c && s.week < c.phase.length ? phaseName(c.phase[s.week]) : null;
    return html`
      <div class="head">
        <span class="letter" style="background:${scenarioVar(this.index)}">${letter(this.index)}</span>
        <span class="name" title=${msg(this.name)}>${msg(this.name)}</span>
        ${s.ready && s.week >= s.horizon && s.horizon > 0 ? html`<span class="chip">${msg('ended wk')} ${s.horizon}</span>` : nothing}
        ${phase ? html`<span class="chip" style="background:${phaseBackground(phase)}" data-testid="panel-phase">${msg(phase)}</span>` : nothing}
      </div>
      ${s.errors.length ? html`<div class="msg" role="status">${s.message}</div>` : nothing}
      <network-view .snapshot=${s.snapshot} .runKey=${`${s.runId}#0`} .speed=${this.speed} .playing=${this.playing}></network-view>
    `;
  }
}
