// The lab (UX.md §1): header, meters, network + side panel (charts,
// parameters, scenario editor), intervene bar, transport. It wires the
// elements' events to the SimController and passes its state down.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { PHASES, phaseName } from '../model/indicators.ts';
import { ACTIONS } from '../scenario/actions.ts';
import type { ActionType } from '../scenario/types.ts';
import type { ParamPath } from '../scenario/params.ts';
import { BUILTINS, DEFAULT_ID, loadDefault } from './builtin-scenarios.ts';
import type { ChallengeCharts } from './charts/challenge-charts.ts';
import { SimController } from './controllers/sim-controller.ts';
import { BEFORE_ID, LAB_ID } from './compare/slot-ids.ts';
import { loadLang, msg } from './i18n.ts';
import { fixed } from './number-format.ts';
import type { InterveneDetail, ReplaceAnswer } from './lab/intervene-bar.ts';
import { InterveneFlow } from './controllers/intervene-flow.ts';
import { PhoneWatch } from './controllers/phone-watch.ts';
import { ScenarioSwitch } from './lab/scenario-switch.ts';
import type { ExportKind } from './lab/lab-header.ts';
import { labKey } from './keyboard.ts';
import type { NetworkView, MemberSelectDetail } from './network/network-view.ts';
import type { ParamChangeDetail } from './lab/params-panel.ts';
import type { TransportAction } from './lab/lab-transport.ts';
import './charts/challenge-charts.ts';
import './lab/intervene-bar.ts';
import './lab/lab-header.ts';
import './lab/lab-meters.ts';
import './lab/lab-transport.ts';
import './lab/member-card.ts';
import './network/network-view.ts';
import './presenter/app-tools.ts';
import { savedRoom } from './room/room-flag.ts';
import { PresenterWatch } from './presenter/presenter.ts';
import type { SharePayload, SharedScenario } from '../share/link.ts';
import { ShareLinks, type ShareLab } from './controllers/share-links.ts';
import { RoomBridge } from './room/room-bridge.ts';
import { PersistController, urlBringsScenario, type EditorLike } from './persist/persist-controller.ts';
import type { LabView } from './persist/lang-handoff.ts';
import type { BannerAction } from './persist/restore-banner.ts';
import './persist/restore-banner.ts';
import { ChartMarks } from './lab/chart-marks.ts';

type SideTab = 'charts' | 'params' | 'scenario' | 'text';

/** Set once the lab's one-sentence introduction was dismissed. The element is upgraded as soon as it is defined, so this comes first. */
const INTRO_KEY = 'coalesce.intro-seen';

function remembered(key: string): boolean {
  try {
    return localStorage.getItem(key) === '1';
  } catch {
    return false;
  }
}

@customElement('app-shell')
export class AppShell extends LitElement {
  readonly sim = new SimController(this, new URLSearchParams(location.search).get('thread') === 'main' ? 'main-thread' : 'auto');
  /** Autosave to IndexedDB, restore after a reload or crash, ask before leaving unsaved edits (src/persist). */
  readonly persist = new PersistController(this, this.sim, () => this.openEditor());
  /** Actions, "Replace weeks …?" and undo (controllers/intervene-flow.ts). */
  readonly flow = new InterveneFlow(this, this.sim, (label) => {
    const bar = this.renderRoot.querySelector('intervene-bar');
    [...(bar?.shadowRoot?.querySelectorAll<HTMLButtonElement>('button[data-action]') ?? [])].find((b) => b.textContent?.includes(label))?.focus();
  });
  /** Keys 1–4 replace the run: it is kept, and Undo brings it back (lab/scenario-switch.ts). */
  readonly switcher = new ScenarioSwitch(this, this.sim);
  /** What a link or the room may do to the lab: load a run (keeping the work it replaces) and set the scenario picker. */
  private lab: ShareLab = { replaceRun: (...a) => this.replaceRun(...a), picked: () => this.picked, pick: (id) => (this.picked = id) };
  /** Share links, and the set of scenarios opened together that keys 1–4 switch between (controllers/share-links.ts). */
  readonly shareLinks = new ShareLinks(this, this.sim, this.switcher, this.lab);
  /** The workshop room's run in the lab, and the lab's run for the room (room/room-bridge.ts). */
  private room = new RoomBridge(this, this.sim, this.lab);
  @state() private tab: SideTab = 'charts';
  /** Presenter mode hides the tab bar: it shows the charts, or a lab left on another tab would stay there. */
  private presenterWatch = new PresenterWatch(this, () => (this.tab = 'charts'));
  /** A phone's one column (controllers/phone-watch.ts). */
  private phoneWatch = new PhoneWatch(this);
  @state() private picked = DEFAULT_ID;
  /** The one-sentence "what am I looking at" above the network, until dismissed (remembered). */
  @state() private introSeen = remembered(INTRO_KEY);
  @state() private selected: number | null = null;
  @state() private focusChart = '';
  @state() private editorReady = false;
  @state() private dragging = false;
  /** Lab | Compare (#compare); the compare view is loaded on first use. */
  @property({ reflect: true }) view: 'lab' | 'compare' | 'lessons' = 'lab';
  /** Lessons (#lessons/<id>/<step>), loaded on first use (issue 6). */
  @state() private lessonsReady = false;
  @state() private lessonRoute = '';
  @state() private compareReady = false;
  /** Slots Compare opens with next time, instead of its defaults. */
  private compareStart?: string[];
  /** The interventions and the sponsor's cuts marked on the timeline and charts (lab/chart-marks.ts). */
  private marks = new ChartMarks();
  @query('network-view') network!: NetworkView;
  @query('challenge-charts') charts!: ChallengeCharts;

  // On the styles (kept out of css``, whose comments would ship with the first screen):
  // - header: One row at 1440 px: brand, views, the lab's tools (lab-header, which takes the free width), app tools.
  // - :host(:not([view='compare'])) compare-view: Kept once opened, so its scenarios, files and runs are there on coming back.
  // - phone (max-width 700 px), header: two rows: views and the week chip; scenario, seed and app tools. The brand stays for screen readers (the page's heading); the page title names the app.
  // - network-view: Stacked: lens above, caption, zoom and key below the canvas (network-view-styles.ts).
  // - intervene-bar: Under the network: the actions wrap onto rows, all in sight, with undo after them (intervene-bar.ts).
  // - member-card: A tapped member's card opens under the network; clear of the sticky transport when scrolled to.
  static override styles = css`
    :host { display: grid; grid-template-rows: auto auto minmax(0, 1fr) auto auto auto; height: 100vh; height: 100dvh; font: 13px/1.35 system-ui, -apple-system, 'Segoe UI', sans-serif; color: var(--ink); background: var(--bg); }
    header { display: flex; align-items: center; gap: 4px 8px; padding: 4px 10px; min-height: 44px; box-sizing: border-box; background: var(--panel); border-bottom: 1px solid var(--line); flex-wrap: wrap; }
    h1 { font-size: 17px; margin: 0 4px 0 0; letter-spacing: 0.2px; white-space: nowrap; }
    h1 small { font-weight: 500; color: var(--ink-4); font-size: 12px; }
    lab-header { flex: 1 1 auto; }
    app-tools { margin-left: auto; flex: none; }
    select, input, button { font: inherit; }
    :is(button, select, input, summary, a, [tabindex]):focus-visible { outline: 3px solid var(--focus); outline-offset: 1px; }
    @media (max-width: 1599px) { h1 small { display: none; } }
    main { display: grid; grid-template-columns: minmax(0, 1fr) minmax(360px, 40%); min-height: 0; }
    main:has(> .intro) { grid-template-rows: auto minmax(0, 1fr); }
    .intro { grid-column: 1 / -1; display: flex; gap: 10px; align-items: center; margin: 0; padding: 5px 10px; background: var(--panel); border-bottom: 1px solid var(--line); font-size: 13.5px; }
    .intro button { margin-left: auto; flex: none; min-width: 32px; min-height: 32px; border: 1px solid var(--control-line); border-radius: 6px; background: var(--control); color: var(--ink); cursor: pointer; font: inherit; }
    network-view { min-height: 0; border-right: 1px solid var(--line); }
    aside { display: flex; flex-direction: column; min-height: 0; background: var(--panel); }
    [role='tablist'] { display: flex; gap: 2px; padding: 4px 8px 0; border-bottom: 1px solid var(--line); }
    [role='tab'] { min-height: 32px; padding: 0 14px; border: 1px solid transparent; border-bottom: 0; background: none; border-radius: 6px 6px 0 0; cursor: pointer; font-weight: 600; color: var(--ink-3); }
    [role='tab'][aria-selected='true'] { border-color: var(--line); background: var(--panel); color: var(--ink); margin-bottom: -1px; }
    .panel { flex: 1; overflow: auto; padding: 6px 10px; min-height: 0; display: flex; flex-direction: column; gap: 8px; }
    scenario-editor { flex: 1 1 auto; min-height: 420px; }
    .status { display: flex; gap: 10px; align-items: center; padding: 3px 10px; min-height: 24px; background: var(--note-bg); border-top: 1px solid var(--note-line); font-size: 12.5px; }
    /* An empty status line keeps its place on a wide screen: the network does not grow and shrink as messages come and go. */
    .status:not(:has(button, span:not(:empty))) { visibility: hidden; }
    @media (max-width: 700px) { .status:not(:has(button, span:not(:empty))) { display: none; } }
    .status button { margin-left: auto; font: inherit; min-height: 28px; }
    .errors { border: 1px solid var(--warn); border-radius: 6px; padding: 6px 10px; background: var(--warn-bg); }
    .errors h3 { margin: 0 0 4px; font-size: 13px; }
    .errors ul { margin: 0; padding-left: 18px; }
    .errors button { margin-top: 4px; min-height: 28px; border: 1px solid var(--control-line); border-radius: 6px; background: var(--control); cursor: pointer; }
    .drop { position: fixed; inset: 0; background: var(--drop-bg); border: 4px dashed var(--accent); display: grid; place-items: center; font: 600 22px system-ui; color: var(--drop-ink); pointer-events: none; z-index: 10; }
    :host([view='compare']) > :not(header, compare-view, .drop) { display: none; }
    :host(:not([view='lab'])) lab-header { display: none; }
    compare-view { grid-row: 2 / -1; min-height: 0; overflow: auto; }
    :host(:not([view='compare'])) compare-view { display: none; }
    :host([view='lessons']) > :not(header, lessons-view, .drop) { display: none; }
    lessons-view { grid-row: 2 / -1; min-height: 0; overflow: auto; }
    nav.views { display: flex; gap: 2px; flex: none; }
    nav.views a { min-height: 32px; display: flex; align-items: center; padding: 0 10px; border-radius: 6px; color: var(--ink); text-decoration: none; font-weight: 600; }
    nav.views a[aria-current='page'] { background: var(--ink); color: var(--on-ink); }
    .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
    @media (max-width: 700px) {
      :host { height: auto; display: block; }
      header { gap: 6px; padding: 4px 8px; }
      h1 { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
      nav.views a { padding: 0 8px; }
      lab-header { display: contents; }
      app-tools { order: 4; margin-left: 0; }
      main { display: block; }
      .intro { font-size: 12.5px; padding: 4px 8px; }
      network-view { height: auto; --network-canvas-height: clamp(240px, calc(100dvh - 544px), 320px); border-right: 0; border-bottom: 1px solid var(--line); }
      aside { min-height: 420px; }
      intervene-bar { border-top: 0; border-bottom: 1px solid var(--line); }
      .status { border-bottom: 1px solid var(--note-line); }
      member-card { margin: 6px 8px; scroll-margin: 8px 0 140px; }
      [role='tablist'] { overflow-x: auto; padding: 4px 4px 0; }
      [role='tab'] { padding: 0 9px; }
      lab-transport { position: sticky; bottom: 0; z-index: 3; }
      /* A room is run from the trainer's laptop; the phone's header stays as it was. */
      room-button { display: none; }
    }
  `;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('keydown', this.onKey);
    window.addEventListener('hashchange', this.onHash);
    this.onHash();
    this.bootDone = this.boot();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('keydown', this.onKey);
    window.removeEventListener('hashchange', this.onHash);
  }

  private onHash = async () => {
    const h = location.hash;
    const v = h === '#compare' ? 'compare' : h.startsWith('#lessons') ? 'lessons' : 'lab';
    if (v === 'lessons') {
      this.sim.pause();
      await Promise.all([import('./lessons/lessons-view.ts'), loadLang('views')]);
      this.lessonRoute = h.replace(/^#lessons\/?/, '');
      this.lessonsReady = true;
    }
    if (v === 'lab' && this.sim.ready && /[?&]s=/.test(h)) void this.afterBoot().then(() => this.shareLinks.openLink());
    if (v !== 'compare') this.compareStart = undefined;
    if (v === 'compare') {
      this.sim.pause();
      await Promise.all([import('./compare/compare-view.ts'), loadLang('views')]);
      this.compareReady = true;
    }
    this.view = v;
  };

  /** Start-up is over: the default, a link, a restored draft or a language switch's handoff is what runs (tests wait for it). */
  booted = false;
  private bootDone: Promise<void> = Promise.resolve();

  /**
   * What the user opens (a built-in, a file, a lesson's set, a link, keys
   * 1–4) waits for start-up to finish: the lab is on screen as soon as the
   * default runs, and a saved run restored a moment later must not land on
   * top of what the user just chose.
   */
  private afterBoot(): Promise<void> {
    return this.bootDone.catch(() => undefined);
  }

  /** Playing or stepping a restored run keeps it: the banner that offered to discard it goes, instead of covering the meters. */
  private keepRestored(): void {
    if (this.persist.banner === 'restored') this.persist.dismiss();
  }

  private async boot(): Promise<void> {
    const d = await loadDefault();
    this.picked = d.id;
    await this.sim.start(d.text, d.file, d.prebuilt);
    // Back from a language switch: the lab as it was a moment ago, whatever the address says (lang-handoff.ts).
    const back = await this.persist.takeHandoff();
    if (back) {
      // Its status line's words are in the views' catalogue, kept off the first screen.
      await loadLang('views');
      if (await this.persist.start(true, back.draft)) this.showAgain(back.view);
    } else {
      // Read before the share link rewrites the address: with a link, stored work is offered, not restored over the link's scenario.
      const fromUrl = urlBringsScenario();
      if (/[?&]s=/.test(location.hash)) await this.shareLinks.openLink();
      if (await this.persist.start(!fromUrl)) this.picked = 'file';
    }
    this.booted = true;
    // The rest of the catalogue (compare, lessons) once the lab is up, so a later visit there does not wait for it.
    // What only shows after the user acts (a member card, a lens, a seed, the budget news): on the first
    // pointer or key press, or 3 s after the lab is up, whichever comes first; then everything is drawn again in it.
    const later = () => {
      window.removeEventListener('pointerdown', later, true);
      window.removeEventListener('keydown', later, true);
      void loadLang('views').then(() => {
        this.sim.sayNewsAgain();
        this.requestUpdate();
      });
    };
    window.addEventListener('pointerdown', later, true);
    window.addEventListener('keydown', later, true);
    setTimeout(later, 3000);
    // The workshop room's button (issue 19): at once when this browser holds a room (a reloaded trainer's tab), else once the lab is up.
    setTimeout(() => void import('./room/room-button.ts'), savedRoom() ? 0 : 2000);
  }

  private onBanner = async (e: CustomEvent<BannerAction>) => {
    const p = this.persist;
    switch (e.detail) {
      case 'keep': p.dismiss(); break;
      case 'keep-current': p.keepCurrent(); break;
      case 'restore': if (p.draft && (await p.restore(p.draft))) this.picked = 'file'; break;
      case 'export': await this.exportAs('yaml'); break;
      case 'discard':
        await p.discard(async () => {
          const d = await loadDefault();
          // No seed given: the scenario's own (not the seed of the work discarded).
          if (await this.sim.load(d.text, d.file, { prebuilt: d.prebuilt, note: msg('Saved work discarded; the default scenario is running.') })) this.picked = d.id;
        });
        break;
    }
  };

  override render() {
    const s = this.sim;
    const g = s.ghostScenario;
    const c = s.columns;
    const phase: string = c && s.week < c.phase.length ? phaseName(c.phase[s.week]) : PHASES[0];
    const budget = s.value('facilitator.budget') * (c && s.week < c.sponsorSupport.length ? c.sponsorSupport[s.week] : 1);
    const { marks, chartMarks } = this.marks.of(s);
    // On a phone the interventions, the status line and a member's card follow the network (one column, in thumb's reach); on a wide screen they sit below and beside it.
    const phone = this.phoneWatch.phone;
    const card = this.selected !== null ? html`<member-card .snapshot=${s.snapshot} .memberId=${this.selected} @member-select=${this.onSelect}></member-card>` : nothing;
    const status = html`<div class="status"><span role="status" aria-live="polite" data-testid="status">${s.message}</span>
        ${this.switcher.offered ? html`<button data-testid="undo-switch" @click=${this.undoSwitch}>↶ ${msg('Undo')}</button>` : nothing}
        ${g && s.ready ? html`<button class="link" data-testid="compare-ghost" @click=${this.compareGhost}>${msg('Compare with the grey line over many runs')}</button>` : nothing}</div>`;
    const bar = html`<intervene-bar .interventions=${s.interventions} .week=${s.week} .horizon=${s.horizon} .budget=${budget} ?disabled=${!s.ready || s.week >= s.horizon}
        .question=${this.flow.question} .cost=${(t: ActionType) => s.value(ACTIONS[t].costParam)}
        @intervene=${this.onIntervene} @replace-answer=${this.onReplaceAnswer} @undo=${this.undo}></intervene-bar>`;
    return html`
      <header>
        <h1>Coalesce <small>${msg('· the coalescing stage, live')}</small></h1>
        <nav class="views" aria-label=${msg('Views')}>
          <a href="#lab" aria-current=${this.view === 'lab' ? 'page' : 'false'} data-testid="nav-lab">${msg('Lab')}</a>
          <a href="#compare" aria-current=${this.view === 'compare' ? 'page' : 'false'} data-testid="nav-compare">${msg('Compare')}</a>
          <a href="#lessons" aria-current=${this.view === 'lessons' ? 'page' : 'false'} data-testid="nav-lessons">${msg('Lessons')}</a>
        </nav>
        <lab-header .picked=${this.picked} .file=${s.shownName ? msg(s.shownName) : s.file.replace(/^.*\//, '')} .seed=${s.seed} .week=${s.week} .phase=${phase}
          @lab-pick=${this.onPick} @lab-file=${(e: CustomEvent<{ file: File }>) => void this.openFile(e.detail.file)}
          @lab-seed=${(e: CustomEvent<{ seed: number }>) => void s.setSeed(e.detail.seed)} @lab-export=${this.onExport}></lab-header>
        <room-button .labScenario=${this.room.labScenario} .openInLab=${this.room.openInLab}></room-button>
        <app-tools .share=${this.view === 'lab' ? this.shareLinks.linkPayload : undefined} .beforeReload=${this.beforeReload}></app-tools>
      </header>
      <lab-meters .columns=${c} .week=${s.week} .horizon=${s.horizon} .active=${this.focusChart} @meter-select=${this.onMeter}></lab-meters>
      <main>
        ${this.introSeen ? nothing : html`<p class="intro" data-testid="intro">${msg('A simulated community of practice after its launch: each dot is a member (colour: organisation), each line two members who talk; press ▶ Play to watch it week by week, or step in as its facilitator below.')}
          <button data-testid="intro-dismiss" aria-label=${msg('Hide this explanation')} title=${msg('Hide this explanation')} @click=${this.dismissIntro}>✕</button></p>`}
        <network-view lens-controls ?stacked=${phone} .snapshot=${s.snapshot} .runKey=${`${s.runId}#${s.timeline}`} .speed=${s.speed} .playing=${s.playing}
          .selected=${this.selected} .played=${this.room.playedIn(s.file)} @member-select=${this.onSelect}></network-view>
        ${phone ? html`${status}${bar}${card}` : nothing}
        <aside>
          <div role="tablist" aria-label=${msg('Side panel')}>
            ${(['charts', 'params', 'scenario', 'text'] as const).map(
              (t) => html`<button role="tab" id="tab-${t}" aria-selected=${this.tab === t} aria-controls="panel" @click=${() => this.openTab(t)}>
                ${{ charts: msg('Charts'), params: msg('Parameters'), scenario: msg('Scenario'), text: msg('Text') }[t]}</button>`,
            )}
          </div>
          <div class="panel" id="panel" role="tabpanel" tabindex="0" aria-labelledby="tab-${this.tab}">
            ${s.errors.length ? this.renderErrors() : nothing}
            ${phone ? nothing : card}
            <challenge-charts ?hidden=${this.tab !== 'charts'} .columns=${c} .ghost=${s.ghost} .week=${s.week} .horizon=${s.horizon} .playing=${s.playing}
              .focusChart=${this.focusChart} .interventions=${chartMarks}></challenge-charts>
            ${this.tab === 'text' ? html`<network-text .snapshot=${s.snapshot}></network-text>` : nothing}
            ${this.tab === 'params' ? html`<params-panel .value=${(p: ParamPath) => s.value(p)} @param-change=${this.onParam}></params-panel>` : nothing}
            ${this.editorReady
              ? html`<scenario-editor ?hidden=${this.tab !== 'scenario'} .text=${s.scenarioText} .scenario=${s.scenario} .file=${s.file || 'scenario.yaml'} .seed=${s.seed} @scenario-apply=${this.onApply} @scenario-download=${this.onEditorDownload}></scenario-editor>`
              : this.tab === 'scenario' ? html`<p>${msg('Loading the editor…')}</p>` : nothing}
          </div>
        </aside>
      </main>
      ${phone ? nothing : html`${status}${bar}`}
      <lab-transport .week=${s.week} .horizon=${s.horizon} .playing=${s.playing} .speed=${s.speed} .columns=${c} .marks=${marks}
        @transport=${this.onTransport}></lab-transport>
      ${this.compareReady
        ? html`<compare-view .onScreen=${this.view === 'compare'} .lab=${{ text: s.scenarioText, file: s.file, name: s.scenarioName }} .startSlots=${this.compareStart}
            .greyLine=${g && { text: g.text, file: s.file, name: msg(`${msg(g.name)}, before ${g.change}`) }}></compare-view>`
        : nothing}
      ${this.view === 'lessons' && this.lessonsReady ? html`<lessons-view .route=${this.lessonRoute} @lesson-try=${this.onTry}></lessons-view>` : nothing}
      <restore-banner .mode=${this.persist.banner} .draft=${this.persist.draft} .saveState=${this.persist.saveState} ?unsaved=${this.persist.saver.unsaved}
        @banner-action=${this.onBanner}></restore-banner>
      ${this.dragging ? html`<div class="drop">${msg('Drop a scenario file to open it')}</div>` : nothing}
    `;
  }

  private dismissIntro = () => {
    this.introSeen = true;
    try {
      localStorage.setItem(INTRO_KEY, '1');
    } catch {
      /* not remembered: it comes back on the next visit */
    }
  };

  private renderErrors() {
    const s = this.sim;
    return html`<section class="errors" data-testid="load-errors">
      <h3>${msg('That file was not loaded; your run is unchanged.')}</h3>
      <ul>${s.errors.slice(0, 12).map((e) => html`<li>${e.file}:${e.line}:${e.column}${e.path ? html` <code>${e.path}</code>` : nothing}: ${e.message}</li>`)}</ul>
      ${s.errors.length > 12 ? html`<p>${msg(`…and ${s.errors.length - 12} more.`)}</p>` : nothing}
      <button @click=${() => { s.errors = []; this.requestUpdate(); }}>${msg('Dismiss')}</button>
    </section>`;
  }

  override firstUpdated(): void {
    this.addEventListener('dragover', (e) => { e.preventDefault(); this.dragging = true; });
    this.addEventListener('dragleave', (e) => { if (e.target === this || !this.contains(e.relatedTarget as Node)) this.dragging = false; });
    this.addEventListener('drop', (e) => {
      e.preventDefault();
      this.dragging = false;
      const f = e.dataTransfer?.files[0];
      if (f) void this.openFile(f);
    });
  }

  private async openTab(t: SideTab) {
    // The Parameters tab (with its words, param-docs.ts) and the network as text load when first opened, with their Dutch (the views' catalogue).
    if (t === 'params') await Promise.all([loadLang('views'), import('./lab/params-panel.ts')]);
    if (t === 'text') await Promise.all([loadLang('views'), import('./a11y/network-text.ts')]);
    this.tab = t;
    if (t === 'scenario' && !this.editorReady) {
      await Promise.all([import('./editor/scenario-editor.ts'), loadLang('views')]);
      this.editorReady = true;
    }
  }

  /** The Scenario tab opened, its editor loaded and drawn (autosave puts unapplied edits back into it). */
  private async openEditor(): Promise<EditorLike | null> {
    await this.openTab('scenario');
    await this.updateComplete;
    const ed = this.renderRoot.querySelector('scenario-editor') as EditorLike | null;
    if (ed) await ed.updateComplete;
    return ed;
  }

  private onKey = (e: KeyboardEvent) => {
    const key = this.view === 'lab' ? labKey(e) : undefined;
    if (!key) return;
    e.preventDefault();
    const s = this.sim;
    switch (key) {
      case 'undo': this.undo(); break;
      case 'pick1': case 'pick2': case 'pick3': case 'pick4': void this.pickShared(+key.slice(4) - 1); break;
      case 'text': void this.openTab('text'); break; // T: the network as text (UX.md §4 keys)
      case 'lens': this.network?.cycleLens(); break; // L: the next network lens
      case 'toggle': this.keepRestored(); s.toggle(); break;
      case 'step': this.keepRestored(); s.pause(); void s.step(1); break;
      case 'back': s.pause(); void s.seek(s.week - 1); break;
      case 'step10': s.pause(); void s.seek(s.week + 10); break;
      case 'back10': s.pause(); void s.seek(s.week - 10); break;
      case 'first': s.pause(); void s.seek(0); break;
      case 'last': s.pause(); void s.seek(s.horizon); break;
    }
  };

  private onTransport = (e: CustomEvent<TransportAction>) => {
    const s = this.sim;
    const a = e.detail;
    switch (a.type) {
      case 'toggle': this.keepRestored(); s.toggle(); break;
      case 'reset': void s.reset(); break;
      case 'step': this.keepRestored(); s.pause(); void s.step(1); break;
      case 'back': s.pause(); void s.seek(s.week - 1); break;
      case 'seek': s.pause(); void s.seek(a.week); break;
      case 'speed': s.setSpeed(a.speed); break;
    }
  };

  private onIntervene = (e: CustomEvent<InterveneDetail>) => this.flow.intervene(e.detail);
  private onReplaceAnswer = (e: CustomEvent<ReplaceAnswer>) => this.flow.answer(e.detail);
  /** Ctrl+Z: the last intervention, or else a run a key 1–4 replaced. */
  private undo = () => void (this.switcher.offered ? this.undoSwitch() : this.flow.undo());

  private undoSwitch = async () => {
    const k = await this.switcher.undo((text, file, opts) => this.replaceRun(text, file, opts));
    if (!k) return;
    this.picked = k.picked;
    this.shareLinks.index = k.sharedIndex;
  };

  private onParam = (e: CustomEvent<ParamChangeDetail>) => void this.sim.setParam(e.detail.path, e.detail.value, e.detail.label);
  private onSelect = async (e: CustomEvent<MemberSelectDetail>) => {
    // The card's words are in the views' catalogue, kept off the first screen.
    if (e.detail.id !== null) await loadLang('views');
    this.selected = e.detail.id;
    if (this.selected === null || !this.phoneWatch.phone) return;
    // On a phone the card opens under the network and the interventions: brought into sight.
    await this.updateComplete;
    this.renderRoot.querySelector('member-card')?.scrollIntoView({ block: 'nearest' });
  };
  private onMeter = (e: CustomEvent<{ id: string }>) => { this.focusChart = e.detail.id; this.tab = 'charts'; this.network?.setLens(e.detail.id); };

  /** Load one of a set of scenarios at a seed and week (share-links.ts); e2e tests open a lesson's set with it. */
  async openShared(p: SharePayload): Promise<boolean> {
    await this.afterBoot();
    return this.shareLinks.open(p);
  }

  /** Keys 1–4 (share-links.ts). */
  async pickShared(k: number): Promise<void> {
    await this.afterBoot();
    return this.shareLinks.pick(k);
  }

  /**
   * Before a language switch reloads the page: the lab's work and what it
   * shows go across the reload (persist/lang-handoff.ts), from any view, and
   * the address stays as it is (Compare and Lessons keep their own state).
   * Where this tab cannot keep it, the lab's run goes into the address.
   */
  private beforeReload = async (): Promise<void> => {
    const view: LabView = { picked: this.picked, tab: this.tab, lens: this.network?.lens ?? 'All', selected: this.selected };
    if (await this.persist.handOff(view)) return;
    if (this.view !== 'lab') return;
    const address = await this.shareLinks.address();
    if (address) history.replaceState(null, '', address);
  };

  /** After a language switch: the same scenario picked, side tab, lens and member. */
  private showAgain(v: LabView): void {
    this.picked = v.picked === 'file' || BUILTINS.some((b) => b.id === v.picked) ? v.picked : 'file';
    if (v.tab !== 'charts' && ['params', 'scenario', 'text'].includes(v.tab)) void this.openTab(v.tab as SideTab);
    this.selected = v.selected;
    void this.updateComplete.then(() => this.network?.setLens(v.lens));
  }

  private onTry = (e: CustomEvent<{ scenarios: SharedScenario[]; index: number; seed: number }>) => {
    location.hash = '#lab';
    void this.openShared({ v: 1, ...e.detail, week: 0 });
  };

  private onPick = async (e: CustomEvent<{ id: string }>) => {
    const id = e.detail.id;
    const b = BUILTINS.find((x) => x.id === id);
    if (!b) return;
    await this.afterBoot();
    if (await this.replaceRun(await b.load(), b.file)) this.picked = id;
  };

  /** "Keep the old run as B in Compare" (UX.md): the grey line against the run, same seeds. */
  private compareGhost = () => {
    this.compareStart = [BEFORE_ID, LAB_ID];
    location.hash = '#compare';
  };

  /** Load a scenario from outside the lab (a file, a link, a preset): the work it replaces stays in the draft history. */
  private async replaceRun(...args: Parameters<SimController['load']>): Promise<boolean> {
    const kept = this.persist.replacing();
    const ok = await this.sim.load(...args);
    if (ok) kept();
    return ok;
  }

  private async openFile(f: File) {
    if (f.size > 2_000_000) {
      this.sim.errors = [{ file: f.name, line: 1, column: 1, path: '', message: msg(`the file is ${fixed(f.size / 1e6, 1)} MB; scenario files are small text files`) }];
      this.sim.message = msg(`${f.name} was not loaded. Your run is unchanged.`);
      this.requestUpdate();
      return;
    }
    const text = await f.text();
    await this.afterBoot();
    if (await this.replaceRun(text, f.name)) this.picked = 'file';
  }

  /** The editor's Apply: the edited scenario runs at the same seed, computed again up to the week the lab was at, and the status line says so. */
  private onApply = async (e: CustomEvent<{ text: string }>) => {
    const s = this.sim;
    const week = s.week;
    await loadLang('views');
    if (!(await s.load(e.detail.text, s.file || 'editor.yaml', { seed: s.seed, note: '' }))) return;
    this.picked = 'file';
    if (week > 0) await s.seek(Math.min(week, s.horizon));
    s.message = s.week > 0
      ? msg(`Your edits are applied: ${msg(s.shownName)} computed again up to week ${s.week} (seed ${s.seed}).`)
      : msg(`Your edits are applied: ${msg(s.shownName)} at week 0 (seed ${s.seed}). Press play or step.`);
    this.requestUpdate();
  };

  private onEditorDownload = (e: CustomEvent<{ text: string }>) => void this.exportAs('editor-yaml', e.detail.text);
  private onExport = (e: CustomEvent<{ kind: ExportKind }>) => void this.exportAs(e.detail.kind);

  /** Every download of the lab is in lab/lab-exports.ts, loaded on first use: not needed for the first screen. */
  private async exportAs(kind: ExportKind | 'editor-yaml', text = ''): Promise<void> {
    const { exportLab } = await import('./lab/lab-exports.ts');
    return exportLab(kind, { sim: this.sim, network: this.network, charts: this.charts, exported: () => this.persist.exported() }, text);
  }
}
