// The compare view (issue 5, UX.md §1 Compare): 2–4 scenarios side by side.
// Scenario bar (presets, opened files, the lab's scenario; runs; seed;
// progress; cancel) / network panels on one timeline, same seed / per-
// indicator charts with mean and 5–95% band per scenario / the shared table
// at a chosen week against a chosen baseline / phase timing / exports.
// Replications run in the worker pool under common random numbers: every
// scenario gets the same seed and run indices 0..R-1, as `coalesce compare`.
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { RunResult } from '../../model/indicators.ts';
import type { PoolProgress } from '../../pool/index.ts';
import type { ComparisonTable } from '../../stats/index.ts';
import type { Scenario } from '../../scenario/types.ts';
import type { CompareMeta } from '../../shared/compare-csv.ts';
import { msg } from '../i18n.ts';
import { fixed } from '../number-format.ts';
import type { CompareCharts } from './compare-charts.ts';
import type { ComparePanel } from './compare-panel.ts';
import type { TableSettings } from './compare-table.ts';
import { letter, scenarioVar as scenarioColour } from './labels.ts';
import { MAX_SCENARIOS, type BarChange } from './scenario-bar.ts';
import { CompareRunner } from './runner.ts';
import { BEFORE_ID, LAB_ID, beforeSource, builtinSources, fileSource, labSource, resolve, type LabScenario, type Source } from './sources.ts';
import { ReplicationStore } from './store.ts';
import { loadCompareMemory, saveCompareMemory } from './compare-memory.ts';
import { TableClient } from './table-client.ts';
import { SharedTimeline } from './shared-timeline.ts';
import { exportCompare, type CompareExport } from './compare-exports.ts';
import '../lab/lab-transport.ts';
import './compare-charts.ts';
import './compare-panel.ts';
import './compare-phases.ts';
import './compare-table.ts';
import './scenario-bar.ts';
import '../faults/fault-notice.ts';
import type { FaultNotice } from '../faults/fault-notice.ts';

const NO_MARKS: number[] = [];
/** Results are folded into charts at most this often while computing… */
const REFRESH_MS = 1000;
/** …and into the table and phase timing at most this often (their DOM is larger). */
const TABLE_REFRESH_MS = 3000;

interface Active { src: Source; text: string; name: string; key: string; horizon: number; scenario: Scenario }

/** incomplete: finished, but some runs failed twice and were left out (Run tries them again). */
type RunState = 'idle' | 'running' | 'done' | 'incomplete' | 'cancelled' | 'failed';

@customElement('compare-view')
export class CompareView extends LitElement {
  /** The scenario open in the lab (text with its interventions), offered as a source. */
  @property({ attribute: false }) lab?: LabScenario;
  /** The lab's grey line (its run before the last change), offered as a scenario. */
  @property({ attribute: false }) greyLine?: LabScenario;
  /** Scenarios to open with instead of the defaults (read when the view opens). */
  @property({ attribute: false }) startSlots?: string[];
  /** On screen. The lab keeps the view while another is shown: its computing stops then and goes on (only what is missing) on coming back. */
  @property({ type: Boolean }) onScreen = true;
  /** Computing (or a start) was stopped or held back while away. */
  private owed = false;
  @state() private slots: string[] = ['steady-rhythm', 'big-launch'];
  @state() runs = 30;
  /** Seed typed by the user; otherwise the first scenario's seed (as the CLI). */
  @state() private seedOverride?: number;
  @state() private active: Active[] = [];
  @state() private progress: PoolProgress = { done: 0, total: 0, etaMs: null };
  @state() state: RunState = 'idle';
  @state() private status = '';
  @state() private tableWeek = 26;
  @state() private baseline = 0;
  /** The table's Statistics switch (Δ, intervals, d_z). */
  @state() private showStats = false;
  /** Files dropped on Compare, with their text, to remember over a reload. */
  private fileTexts: { name: string; text: string }[] = [];
  @state() private panelTab = 0;
  @state() private version = 0;
  private files: Source[] = [];
  readonly store = new ReplicationStore();
  private runner?: CompareRunner;
  /** Per scenario, its computed runs in run-index order (what charts and table read). */
  results: RunResult[][] = [];
  /** The shared table as shown (tests compare it with the CLI's). */
  table?: ComparisonTable;
  /** The table handed to the table and phase elements (updated less often while computing). */
  @state() private shownTable?: ComparisonTable;
  private tableShownAt = 0;
  private tableTicket = 0;
  private readonly tables = new TableClient();
  seed = 42;
  /** One week for every panel: play, step, scrub (transport and keys). */
  private readonly timeline = new SharedTimeline(this);
  private refreshTimer = 0;
  private startTimer = 0;
  private gen = 0;
  /** Milliseconds the last computation took (benchmark). */
  lastMs = 0;

  static override styles = css`
    :host { display: block; background: var(--bg); font: 13px/1.35 system-ui, -apple-system, 'Segoe UI', sans-serif; color: var(--ink); }
    select, input, button { font: inherit; }
    button { cursor: pointer; }
    button.primary { background: var(--ink); color: var(--on-ink); border-color: var(--ink); font-weight: 700; }
    :is(button, select, input):focus-visible { outline: 3px solid var(--focus); outline-offset: 1px; }
    .progress { position: relative; z-index: 5; display: flex; align-items: center; gap: 10px; padding: 4px 12px; height: 42px; contain: size layout; width: auto; box-sizing: border-box; background: var(--panel); border-bottom: 1px solid var(--line); }
    progress { width: min(420px, 40vw); height: 14px; accent-color: var(--scenario-0); }
    .progress .text { font-variant-numeric: tabular-nums; }
    .errors { margin: 6px 12px; padding: 6px 10px; border: 1px solid var(--warn); background: var(--warn-bg); border-radius: 6px; }
    .panels { display: grid; gap: 10px; padding: 10px 12px 6px; grid-template-columns: repeat(var(--n, 2), minmax(0, 1fr)); }
    compare-panel { height: 330px; }
    .tabs { display: none; gap: 4px; padding: 6px 12px 0; }
    .tabs button { min-height: 44px; min-width: 56px; border: 2px solid; border-radius: 8px; background: var(--control); font-weight: 700; }
    .tabs button[aria-selected='true'] { color: var(--on-scenario); }
    fault-notice.faults { margin: 6px 12px 0; }
    .note { padding: 0 12px; color: var(--ink-2); font-size: 12.5px; }
    section.block { content-visibility: auto; contain-intrinsic-size: auto 700px; background: var(--panel); margin: 10px 12px; padding: 8px 14px 12px; border: 1px solid var(--line); border-radius: 6px; }
    section.block h2 { font-size: 16px; margin: 2px 0 4px; }
    section.block h2 small { font-weight: 400; color: var(--ink-3); font-size: 13px; }
    lab-transport { position: sticky; bottom: 0; z-index: 4; }
    .progress button { min-height: 32px; border: 1px solid var(--control-line); border-radius: 6px; background: var(--control); padding: 0 12px; }
    .progress button.primary { background: var(--ink); color: var(--on-ink); border-color: var(--ink); }
    .progress button:disabled { background: var(--tint); color: var(--ink-2); border-color: var(--control-line-soft); cursor: default; }
    .menu { position: relative; }
    .menu summary { list-style: none; min-height: 32px; display: flex; align-items: center; border: 1px solid var(--control-line); border-radius: 6px; padding: 0 8px; background: var(--control); cursor: pointer; }
    .menu[open] .items { position: absolute; right: 0; top: 36px; z-index: 6; background: var(--control); border: 1px solid var(--control-line); border-radius: 6px; padding: 4px; display: grid; gap: 2px; min-width: 220px; box-shadow: 0 4px 14px rgba(0,0,0,0.12); }
    .items button { text-align: left; border: 0; min-height: 32px; background: var(--control); border-radius: 4px; }
    .items button:hover { background: var(--hover); }
    .spacer { flex: 1; }
    /* Presenter mode (UX.md §6): the view is zoomed 1.6 at 1080 px (presenter-styles.ts), so 18 px reaches ~29 px on the projector. */
    :host-context(html[data-presenter='on']) { font-size: 18px; }
    :host-context(html[data-presenter='on']) .progress { height: 52px; }
    :host-context(html[data-presenter='on']) .note { font-size: 17px; }
    :host-context(html[data-presenter='on']) section.block h2 { font-size: 24px; }
    :host-context(html[data-presenter='on']) section.block h2 small { font-size: 17px; }
    @media (max-width: 700px) {
      /* The page scrolls, not this element, so the transport sticks to the screen's bottom. */
      :host { overflow: visible !important; }
      .progress { height: auto; min-height: 42px; contain: none; flex-wrap: wrap; padding: 6px 12px; }
      .panels { grid-template-columns: minmax(0, 1fr); }
      .panels compare-panel:not(.current) { display: none; }
      .tabs { display: flex; }
        section.block { margin: 8px 6px; padding: 6px 8px 10px; }
      progress { width: 40vw; }
    }
  `;

  private sources(): Source[] {
    return [...builtinSources(), ...(this.lab ? [labSource(this.lab)] : []), ...(this.greyLine ? [beforeSource(this.greyLine)] : []), ...this.files];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.runner ??= new CompareRunner(this.store);
    if (!this.startSlots) this.remember();
    this.takeStartSlots();
  }

  /** Take back what Compare held before the reload (compare-memory.ts); scenarios no longer offered are left out. */
  private remember(): void {
    const m = loadCompareMemory();
    if (!m) return;
    this.fileTexts = m.files;
    this.files = m.files.map((f) => fileSource(f.name, f.text));
    const offered = new Set(this.sources().map((x) => x.id));
    const slots = m.slots.filter((id) => offered.has(id));
    if (slots.length >= 2) this.slots = slots;
    this.runs = m.runs;
    this.seedOverride = m.seed;
    this.tableWeek = m.week;
    this.baseline = Math.min(m.baseline, this.slots.length - 1);
    this.showStats = m.stats;
  }

  /** Start with the slots the lab asked for ("Compare with the grey line"), if they are there. */
  private takeStartSlots(): void {
    const start = this.startSlots?.filter((id) => this.sources().some((s) => s.id === id));
    if (start && start.length >= 2) this.slots = start;
    this.scheduleStart(0);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.runner?.close();
    this.runner = undefined;
    this.tables.close();
    clearTimeout(this.refreshTimer);
    clearTimeout(this.startTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Asked again, with the view already made (kept while away).
    if (this.hasUpdated && changed.has('startSlots') && this.startSlots) this.takeStartSlots();
    if (!changed.has('onScreen') || changed.get('onScreen') === undefined) return;
    if (this.onScreen && this.owed) {
      this.owed = false;
      this.scheduleStart(0);
    } else if (!this.onScreen) this.away();
  }

  /** Leaving for another view: pause, and stop the work (start again on coming back). */
  private away(): void {
    this.timeline.pause();
    if (this.state !== 'running' && !this.startTimer) return;
    this.owed = true;
    clearTimeout(this.startTimer);
    this.startTimer = 0;
    this.gen++;
    this.runner?.cancel();
    this.state = 'cancelled';
  }

  protected override updated(changed: PropertyValues<this>): void {
    const kept = ['slots', 'runs', 'seedOverride', 'tableWeek', 'baseline', 'showStats'] as const;
    if (kept.some((k) => changed.has(k as keyof CompareView))) {
      saveCompareMemory({ slots: this.slots, files: this.fileTexts.filter((f) => this.slots.includes(`file:${f.name}`)), runs: this.runs, seed: this.seedOverride, week: this.tableWeek, baseline: this.baseline, stats: this.showStats });
    }
    // A changed lab scenario matters only when it is being compared.
    if (changed.has('lab') && (changed.get('lab') as LabScenario | undefined)?.text !== this.lab?.text && this.slots.includes(LAB_ID)) this.scheduleStart(300);
    else if (changed.has('greyLine') && (changed.get('greyLine') as LabScenario | undefined)?.text !== this.greyLine?.text && this.slots.includes(BEFORE_ID)) this.scheduleStart(300);
  }

  private scheduleStart(ms = 250): void {
    clearTimeout(this.startTimer);
    // Away: start on coming back (see willUpdate).
    if (!this.onScreen) return void (this.owed = true);
    this.startTimer = window.setTimeout(() => {
      this.startTimer = 0;
      void this.start();
    }, ms);
  }

  /** Resolve the chosen scenarios, load the panels, compute the runs still missing. */
  async start(): Promise<void> {
    const gen = ++this.gen;
    this.runner?.cancel();
    const all = this.sources();
    const chosen = this.slots.map((id) => all.find((s) => s.id === id)).filter((s): s is Source => !!s);
    const resolved = await Promise.all(chosen.map(resolve));
    if (gen !== this.gen) return;
    const bad = resolved.findIndex((r) => !r.ok);
    if (bad >= 0) {
      const r = resolved[bad] as { ok: false; errors: { file: string; line: number; column: number; path: string; message: string }[] };
      const e = r.errors[0];
      this.state = 'failed';
      this.status = msg(`${letter(bad)} (${chosen[bad].file}) could not be read: line ${e.line}, ${e.path ? `${e.path}: ` : ''}${e.message}${r.errors.length > 1 ? ` (and ${r.errors.length - 1} more)` : ''}. Pick another scenario.`);
      return;
    }
    const ok = resolved as { ok: true; text: string; scenario: Scenario }[];
    this.seed = this.seedOverride ?? ok[0].scenario.seed;
    const active = ok.map((r, i) => ({ src: chosen[i], text: r.text, name: r.scenario.name, key: ReplicationStore.key(r.text, this.seed), horizon: r.scenario.horizon, scenario: r.scenario }));
    this.active = active;
    this.store.retain(active.map((a) => a.key));
    const shortest = Math.min(...active.map((a) => a.horizon));
    this.tableWeek = Math.min(this.tableWeek, shortest);
    this.baseline = Math.min(this.baseline, active.length - 1);
    this.panelTab = Math.min(this.panelTab, active.length - 1);
    this.timeline.week = 0;
    this.timeline.pause();
    void this.refresh();
    // Panels first: their networks settle in a few short bursts of main-thread
    // work; the replications start after, so both stay responsive.
    await this.updateComplete;
    await Promise.race([Promise.all(this.panels().map((p) => p.loaded())), new Promise((r) => setTimeout(r, 4000))]);
    if (gen !== this.gen) return;
    await this.compute(gen);
  }

  private async compute(gen: number): Promise<void> {
    const runner = this.runner;
    if (!runner) return;
    const targets = this.active.map((a) => ({ key: a.key, scenario: a.scenario }));
    this.state = 'running';
    this.status = '';
    this.faultNotice()?.clear();
    this.progress = { done: 0, total: runner.jobsFor(targets, this.seed, this.runs).length, etaMs: null };
    const outcome = await runner.run(targets, this.seed, this.runs, {
      onProgress: (p) => {
        if (gen === this.gen) this.progress = p;
      },
      onResult: () => {
        if (gen === this.gen) this.scheduleRefresh();
      },
      onFault: (target, text) => {
        if (gen === this.gen) this.faultNotice()?.add(`${letter(target)} (${this.active[target]?.name ?? ''}): ${text}`);
      },
    });
    if (gen !== this.gen) return;
    clearTimeout(this.refreshTimer);
    this.refreshTimer = 0;
    await this.refresh();
    if (gen !== this.gen) return;
    const total = this.active.length * this.runs;
    if (outcome.kind === 'done' && outcome.leftOut > 0) {
      this.state = 'incomplete';
      this.lastMs = outcome.ms;
      this.status = msg(`${outcome.leftOut} of ${total} runs stopped twice and were left out; charts and table use the runs every scenario has. Press Run to try the missing ones again.`);
    } else if (outcome.kind === 'done') {
      this.state = 'done';
      this.lastMs = outcome.ms;
      this.status = outcome.computed
        ? msg(`${total} runs (${this.runs} per scenario, seed ${this.seed}); ${outcome.computed} computed in ${fixed(outcome.ms / 1000, 1)} s.`)
        : msg(`${total} runs (${this.runs} per scenario, seed ${this.seed}), already computed.`);
    } else if (outcome.kind === 'cancelled') {
      this.state = 'cancelled';
      const n = this.results.map((r) => r.length);
      this.status = msg(`Cancelled. Charts and table show the runs finished so far (${n.join(' / ')}); press Run to finish.`);
    } else {
      this.state = 'failed';
      this.status = msg(`A run failed: ${outcome.message}`);
    }
  }

  /** Per result: only a timer; the folding into charts and table runs twice a second. */
  private scheduleRefresh(): void {
    if (this.refreshTimer) return;
    this.refreshTimer = window.setTimeout(() => {
      this.refreshTimer = 0;
      void this.refresh(false);
    }, REFRESH_MS);
  }

  private refresh(final = true): Promise<void> {
    this.results = this.active.map((a) => this.store.runs(a.key, this.runs));
    this.version++;
    return this.recomputeTable(final);
  }

  /**
   * The table in the table worker (table-client.ts): with a thousand runs per
   * scenario the statistics take longer than a frame may. Only the answer to
   * the latest request is shown.
   */
  private async recomputeTable(force = true): Promise<void> {
    if (!force && performance.now() - this.tableShownAt < TABLE_REFRESH_MS) return;
    this.tableShownAt = performance.now();
    const ticket = ++this.tableTicket;
    const ready = this.results.length >= 2 && this.results.every((r) => r.length > 0);
    const shortest = Math.min(...this.active.map((a) => a.horizon));
    const table = ready ? await this.tables.compute(this.results, Math.min(this.tableWeek, shortest), this.baseline) : undefined;
    if (ticket !== this.tableTicket) return;
    this.table = table;
    this.shownTable = table;
  }

  cancel = (): void => this.runner?.cancel();

  /** The same array while the scenarios are unchanged, so child elements do not re-render for nothing. */
  private namesFor?: { src: Active[]; names: string[] };
  private names(): string[] {
    if (this.namesFor?.src !== this.active) this.namesFor = { src: this.active, names: this.active.map((a) => msg(a.name)) };
    return this.namesFor.names;
  }

  horizon(): number {
    return Math.max(0, ...this.active.map((a) => a.horizon));
  }

  override render() {
    const all = this.sources();
    const p = this.progress;
    const running = this.state === 'running';
    const n = this.active.length;
    const names = this.names();
    const horizon = this.horizon();
    const shortest = n ? Math.min(...this.active.map((a) => a.horizon)) : horizon;
    return html`
      <compare-scenario-bar .sources=${all} .slots=${this.slots} .runs=${this.runs} .seed=${this.seed} @bar-change=${this.onBar}></compare-scenario-bar>
      <div class="progress" data-testid="compare-status" data-state=${this.state}>
        ${running
          ? html`<button class="primary" data-testid="cancel" @click=${this.cancel}>${msg('Cancel')}</button>`
          : html`<button class="primary" data-testid="run" ?disabled=${this.state === 'done'} @click=${() => this.scheduleStart(0)}>${this.state === 'done' ? msg('✓ Computed') : msg('Run', 'button')}</button>`}
        ${running || (p.total > 0 && this.state === 'cancelled')
          ? html`<progress data-testid="compare-progress" max=${Math.max(1, p.total)} .value=${p.done} aria-label=${msg('Runs computed')}></progress>
              <span class="text">${msg(`${p.done} of ${p.total} runs`)}${running && p.etaMs !== null ? msg(` · about ${Math.ceil(p.etaMs / 1000)} s left`) : ''}</span>`
          : nothing}
        <span role="status" aria-live="polite" data-testid="compare-message">${this.status}</span>
        <span class="spacer"></span>
        <details class="menu">
          <summary data-testid="compare-export">${msg('Export ▾')}</summary>
          <div class="items">
            <button data-export="tidy-csv" @click=${this.onExport}>${msg('All runs, tidy (CSV)')}</button>
            <button data-export="table-csv" @click=${this.onExport}>${msg('Table (CSV, as the CLI)')}</button>
            <button data-export="charts-svg" @click=${this.onExport}>${msg('Charts (SVG)')}</button>
            <button data-export="charts-png" @click=${this.onExport}>${msg('Charts (PNG)')}</button>
          </div>
        </details>
      </div>
      <fault-notice class="faults"></fault-notice>
      <div class="tabs" role="tablist" aria-label=${msg('Network shown')}>
        ${this.active.map((_, i) => html`<button role="tab" aria-selected=${i === this.panelTab} style="border-color:${scenarioColour(i)};${i === this.panelTab ? `background:${scenarioColour(i)}` : ''}"
          @click=${() => (this.panelTab = i)}>${letter(i)}</button>`)}
      </div>
      <div class="panels" style="--n:${Math.max(1, n)}">
        ${this.active.map((a, i) => html`<compare-panel class=${i === this.panelTab ? 'current' : ''} .index=${i} .text=${a.text} .file=${a.src.file} .name=${a.name}
          .seed=${this.seed} .speed=${this.timeline.speed} .playing=${this.timeline.playing}></compare-panel>`)}
      </div>
      <p class="note">${msg(`Each network is run 1 of ${this.runs}, seed ${this.seed}: the same members and the same chance events where the strategies allow, so what differs comes from the strategy. Charts and table below use all runs.`)}</p>
      <section class="block" aria-labelledby="h-charts">
        <h2 id="h-charts">${msg('How the indicators develop')} <small>${msg(`${this.results[0]?.length ?? 0} of ${this.runs} runs per scenario`)}</small></h2>
        <compare-charts .results=${this.results} .names=${names} .version=${this.version} .horizon=${horizon} .tableWeek=${Math.min(this.tableWeek, shortest)}
          .cursorWeek=${this.timeline.week} ?busy=${running}></compare-charts>
      </section>
      <section class="block" aria-labelledby="h-table">
        <h2 id="h-table">${msg('Which strategy does better, challenge by challenge?')}</h2>
        <compare-table .table=${this.shownTable} .stats=${this.showStats} .names=${names} .horizon=${shortest} @table-settings=${this.onTableSettings}></compare-table>
      </section>
      <section class="block" aria-labelledby="h-phases">
        <h2 id="h-phases">${msg('When did the community coalesce, and mature?')} <small>${msg('one dot per run; tick: median')}</small></h2>
        <compare-phases .table=${this.shownTable} .results=${this.results} .names=${names} .horizon=${shortest}></compare-phases>
      </section>
      <lab-transport .week=${this.timeline.week} .horizon=${horizon} .playing=${this.timeline.playing} .speed=${this.timeline.speed} .marks=${NO_MARKS} @transport=${this.timeline.onTransport}></lab-transport>
    `;
  }

  // Scenario bar (scenario-bar.ts chooses; the view computes) -------------

  private onBar = (e: CustomEvent<BarChange>): void => {
    const c = e.detail;
    switch (c.kind) {
      case 'slots':
        this.slots = c.slots.slice(0, MAX_SCENARIOS);
        if (this.baseline >= this.slots.length) this.baseline = 0;
        this.scheduleStart();
        break;
      case 'runs': this.runs = c.runs; this.scheduleStart(0); break;
      case 'seed': this.seedOverride = c.seed; this.scheduleStart(0); break;
      case 'refused': this.status = c.message; break;
      case 'file': {
        const src = fileSource(c.name, c.text);
        this.files = [...this.files.filter((s) => s.id !== src.id), src];
        this.fileTexts = [...this.fileTexts.filter((f) => f.name !== c.name), { name: c.name, text: c.text }];
        // Into a new slot while there is room, else in place of the last one.
        this.slots = this.slots.length < MAX_SCENARIOS ? [...this.slots, src.id] : [...this.slots.slice(0, -1), src.id];
        this.scheduleStart(0);
        break;
      }
    }
  };

  /** Pick scenarios by id (tests, links). */
  pick(ids: string[]): void {
    this.slots = ids.slice(0, MAX_SCENARIOS);
    this.scheduleStart(0);
  }

  private onTableSettings = (e: CustomEvent<Partial<TableSettings>>): void => {
    if (e.detail.week !== undefined) this.tableWeek = e.detail.week;
    if (e.detail.baseline !== undefined) this.baseline = e.detail.baseline;
    if (e.detail.stats !== undefined) {
      this.showStats = e.detail.stats;
      return;
    }
    void this.recomputeTable();
    this.version++;
  };

  // Shared timeline (shared-timeline.ts) ----------------------------------

  panels(): ComparePanel[] {
    return [...this.renderRoot.querySelectorAll('compare-panel')] as ComparePanel[];
  }

  visible(): boolean {
    return this.isConnected && this.offsetParent !== null;
  }

  // Exports (compare-exports.ts) ------------------------------------------

  meta(): CompareMeta {
    return { seed: this.seed, scenarios: this.active.map((a, i) => ({ label: letter(i), file: a.src.file, name: a.name })) };
  }

  private onExport = (e: Event): void => {
    const button = e.target as HTMLElement;
    button.closest('details')?.removeAttribute('open');
    void exportCompare(button.dataset.export as CompareExport, {
      scenarios: this.active.map((a) => ({ id: a.src.id, name: a.name })),
      results: this.results,
      table: this.table,
      seed: this.seed,
      meta: this.meta(),
      charts: this.renderRoot.querySelector('compare-charts') as CompareCharts,
    });
  };

  private faultNotice(): FaultNotice | null {
    return this.renderRoot.querySelector('fault-notice');
  }
}
