// The lab's connection to the simulation (worker or main thread): one
// ReactiveController that owns the run's state (the validated scenario, seed,
// week, snapshot, columns, interventions, messages), serialises calls, and
// paces playback. Elements read its fields and call its methods; it calls
// host.requestUpdate(). Text enters through load() and is parsed there once
// (scenario-source.ts); sliders, interventions and undo change the scenario
// object by typed edits (scenario-edits.ts), and the simulation receives the
// object itself.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Columns } from '../../model/indicators.ts';
import type { Snapshot } from '../../model/snapshot.ts';
import type { Action, ActionParams, ActionType, Scenario, ScenarioError } from '../../scenario/types.ts';
import type { SimResult } from '../../shared/sim-api.ts';
import type { Prebuilt } from '../../scenario/prebuilt.ts';
import type { ParamPath } from '../../scenario/params.ts';
import { actionParams } from '../../scenario/actions.ts';
import { msg } from '../i18n.ts';
import { WorkerFault, withDeadline, type FaultKind } from '../faults/deadline.ts';
import { labLost, labModelError, labRestarted } from '../faults/words.ts';
import { cutColumns, paramValue, withAction, withParam, withoutAction } from './scenario-edits.ts';
import { readScenario, writeScenario } from './scenario-source.ts';
import { createSimulationApi, type SimHandle, type SimKind } from './sim-api-factory.ts';
import { budgetNews } from '../lab/budget-news.ts';

/** Weeks per second; 0 means as fast as the browser draws. */
export const SPEEDS = [0.5, 1, 2, 4, 0] as const;

export interface Intervention {
  week: number;
  action: Action;
  label: string;
}

/** The scenario behind the grey line: its text, name, and the change the run now has that it lacks. */
export interface GhostScenario {
  text: string;
  name: string;
  change: string;
}

/** What an undo needs to put back exactly: the charts' weeks and ghost from just before the intervention. */
interface UndoRecord {
  columns?: Columns;
  ghost?: Columns;
  ghostScenario?: GhostScenario;
  runId: number;
  /** `edits` before and right after the intervention: the saved columns hold only if nothing else changed since. */
  before: number;
  after: number;
}

interface LoadOptions {
  seed?: number;
  keepInterventions?: boolean;
  /** Keep the run before as the grey line; says what changed. */
  ghost?: string;
  note?: string;
  /** The name the lab shows for it, where the user knows it by another than its own (a lesson's "A · Matching only"). */
  name?: string;
}

export class SimController implements ReactiveController {
  host: ReactiveControllerHost;
  handle?: SimHandle;
  kind?: SimKind;
  ready = false;
  /** The text last loaded successfully, and where it came from. */
  file = '';
  scenarioName = '';
  /** What the picker and the status line call the running scenario: its own name, or the one it was opened by (LoadOptions.name). */
  shownName = '';
  seed = 42;
  week = 0;
  horizon = 0;
  snapshot?: Snapshot;
  /** Indicators of every week computed so far in this run (can run ahead of `week` after scrubbing back). */
  columns?: Columns;
  /** The run before the last parameter change, drawn as a grey ghost. */
  ghost?: Columns;
  /** Its scenario, so that Compare can run both over many seeds. */
  ghostScenario?: GhostScenario;
  playing = false;
  speed: number = 1;
  interventions: Intervention[] = [];
  /** Polite status line (aria-live). */
  message = '';
  /** The "Loaded …. Press play or step." line, cleared when the run plays. */
  private loadedNote = '';
  /** Located errors of the last file that failed to load. */
  errors: ScenarioError[] = [];
  /** The running scenario, validated, with every recorded intervention (its own seed; the run's is `seed`). */
  scenario?: Scenario;
  /** The same scenario written out as YAML, for the editor, autosave and Compare. */
  scenarioText = '';
  /** Bumped on every load, so views can drop per-run caches (layout, marks). */
  runId = 0;
  /** Bumped whenever the action timeline changes (an intervention or an undo), so views drop what they stored of the old future. */
  timeline = 0;
  /** Identifies the run's state for undo: loads and timeline changes move it on; an exact undo moves it back. */
  private edits = 0;
  private undoRecords = new WeakMap<Intervention, UndoRecord>();

  private queue: Promise<unknown> = Promise.resolve();
  private playToken = 0;
  /**
   * A call to the worker unanswered this long means it hangs: it is replaced.
   * Base time plus a generous allowance for re-running the whole horizon
   * (seek back re-runs from week 0), so that big scenarios are not mistaken
   * for hung ones. Tests lower `deadlineBaseMs`.
   */
  deadlineBaseMs = 15_000;
  /** Worker faults recovered so far (tests, diagnostics). */
  faults = 0;

  constructor(host: ReactiveControllerHost, private prefer: SimKind | 'auto' = 'auto') {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.pause();
    this.handle?.dispose();
    this.handle = undefined;
  }

  private deadlineMs(): number {
    const memberWeeks = this.value('population.size') * Math.max(1, this.horizon);
    return this.deadlineBaseMs + 0.2 * (Number.isFinite(memberWeeks) ? memberWeeks : 0);
  }

  /**
   * Run API calls one at a time, in order. A call that hangs past the deadline
   * or whose worker dies is a fault: the worker is replaced and put back where
   * the lab was, and the call returns `fallback()`.
   */
  private run<T>(fn: () => Promise<T>, fallback?: () => T): Promise<T> {
    const guarded = async (): Promise<T> => {
      // No worker (a restart failed): nothing to ask; the lab keeps its last picture and its exports.
      if (!this.handle) return fallback ? fallback() : (undefined as T);
      try {
        return await withDeadline(fn(), this.deadlineMs(), this.handle?.died);
      } catch (e) {
        if (!(e instanceof WorkerFault)) throw e;
        await this.recover(e.kind, e.message, e.ms);
        return fallback ? fallback() : (undefined as T);
      }
    };
    const next = this.queue.then(guarded, guarded);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /**
   * Replace the worker and restore the last good state: the running scenario
   * with its interventions (scenarioText), the seed, the week. Says what
   * happened in the status line (aria-live).
   */
  private async recover(kind: FaultKind, detail: string, ms = 0): Promise<void> {
    const { week, seed, scenario } = this;
    this.pause();
    this.faults++;
    console.warn(`simulation worker fault (${kind}): ${detail}; scenario "${this.scenarioName}", seed ${seed}, week ${week}`);
    this.handle?.dispose();
    this.handle = undefined;
    try {
      const limit = this.deadlineMs();
      const h = (this.handle = this.watch(await withDeadline(createSimulationApi(this.prefer), limit)));
      if (!scenario) throw new Error('nothing loaded yet');
      const res = await withDeadline(h.api.load(scenario, seed), limit, h.died);
      if (!res.ok) throw new Error(res.error.message);
      const snap = await withDeadline(h.api.seek(week), limit, h.died);
      if (!snap.ok) throw new Error(snap.error.message);
      this.snapshot = snap.value;
      this.week = snap.value.week;
      this.ready = true;
      this.say(kind === 'error' ? labModelError(week, seed) : labRestarted(week, seed, kind, ms));
    } catch (e) {
      console.warn(`simulation worker could not be restarted: ${e instanceof Error ? e.message : String(e)}`);
      this.ready = false;
      this.say(labLost(seed));
    }
  }

  /** The last budget news said, so that a week without news takes it off the status line. */
  private newsSaid = '';

  /** Deferred actions and a sponsor's cut, in the status line (lab/budget-news.ts). */
  private sayBudgetNews(): void {
    if (!this.snapshot || !this.scenario) return;
    const news = budgetNews(this.snapshot, this.columns, this.scenario.facilitator.budget, this.scenario.strategy.actions);
    if (news) this.message = news;
    else if (this.newsSaid && this.message === this.newsSaid) this.message = '';
    this.newsSaid = news;
  }

  /** After a catalogue arrives: budget news on the status line said again, in the page's language. */
  sayNewsAgain(): void {
    if (this.newsSaid && this.message === this.newsSaid) {
      this.newsSaid = '';
      this.message = '';
      this.sayBudgetNews();
      this.host.requestUpdate();
    }
  }

  private say(text: string): void {
    this.message = text;
    this.host.requestUpdate();
  }

  /** First load; `prebuilt` is the file prepared at build time (src/scenario/prebuilt.ts). */
  async start(text: string, file: string, prebuilt?: Prebuilt): Promise<boolean> {
    this.handle = this.watch(await createSimulationApi(this.prefer));
    this.kind = this.handle.kind;
    return this.load(text, file, { prebuilt });
  }

  /** A worker that dies while the lab is idle is replaced at once, so that the participant hears of it now, not at the next click. */
  private watch(h: SimHandle): SimHandle {
    void h.died?.then((why) => {
      // Checked again in the queue: a call under way may have replaced it already.
      if (this.handle === h) void this.run(async () => { if (this.handle === h) throw new WorkerFault('died', why); });
    });
    return h;
  }

  /**
   * Load scenario text: parsed and validated here, once. On failure the
   * errors are shown and the run is left as it was.
   */
  async load(text: string, file: string, opts: LoadOptions & { prebuilt?: Prebuilt } = {}): Promise<boolean> {
    this.pause();
    const read = await readScenario(text, file, opts.prebuilt);
    if (!read.ok) {
      this.errors = read.errors.length ? read.errors : [{ file, line: 0, column: 0, path: '', message: msg('the file could not be read') }];
      this.say(this.errors.length === 1 ? msg(`${file} was not loaded: 1 problem, listed below. Your run is unchanged.`) : msg(`${file} was not loaded: ${this.errors.length} problems, listed below. Your run is unchanged.`));
      return false;
    }
    // A prebuilt file comes already written out: writing it here would load the YAML writer for the first screen.
    return this.loadScenario(read.scenario, file, { ...opts, text: opts.prebuilt?.text });
  }

  /** Run a validated scenario from week 0 (the seed: `opts.seed`, else the scenario's own). */
  private loadScenario(scenario: Scenario, file: string, opts: LoadOptions & { text?: string }): Promise<boolean> {
    this.pause();
    return this.run(async () => {
      const api = this.handle!.api;
      const seed = opts.seed ?? scenario.seed;
      const res = await api.load(scenario, seed);
      // A validated scenario the model refuses is a model error: run() restores the last good run.
      if (!res.ok) throw new WorkerFault('error', res.error.message);
      // The text first, so that whoever sees the new file or run finds its text too.
      const text = opts.text ?? (await writeScenario(scenario));
      const before = this.ready && this.scenarioText ? { text: this.scenarioText, name: this.scenarioName, columns: this.columns } : undefined;
      this.scenario = scenario;
      this.scenarioText = text;
      this.seed = seed;
      this.errors = [];
      this.ready = true;
      this.file = file;
      this.scenarioName = res.value.scenarioName;
      this.shownName = opts.name ?? res.value.scenarioName;
      this.horizon = res.value.horizon;
      this.week = res.value.week;
      this.runId++;
      this.edits++;
      if (!opts.keepInterventions) this.interventions = [];
      this.ghost = opts.ghost !== undefined ? before?.columns : undefined;
      this.ghostScenario = opts.ghost !== undefined && before ? { text: before.text, name: before.name, change: opts.ghost } : undefined;
      await this.refresh(await api.snapshot(), true);
      this.say(opts.note ?? (this.loadedNote = msg(`Loaded ${msg(this.shownName)} (seed ${this.seed}). Press play or step.`)));
      return true;
    }, () => false);
  }

  /** The scenario changed by an intervention or an undo: keep its text in step. */
  private async rewrite(scenario: Scenario): Promise<void> {
    this.scenario = scenario;
    this.scenarioText = await writeScenario(scenario);
  }

  /** A declared parameter's value as the running scenario has it. */
  value(path: ParamPath): number {
    return paramValue(this.scenario, path);
  }

  /** Take a new snapshot; extend the known columns when the run got further. */
  private async refresh(snap: SimResult<Snapshot>, resetColumns = false): Promise<void> {
    if (!snap.ok) {
      // The model threw on the way: its state is not trusted; run() starts a clean worker at the last good week.
      throw new WorkerFault('error', snap.error.message);
    }
    this.snapshot = snap.value;
    this.week = snap.value.week;
    const known = this.columns?.week.length ?? 0;
    if (resetColumns || this.week + 1 > known) {
      const cols = await this.handle!.api.columns();
      if (cols.ok) this.columns = cols.value;
    }
    this.sayBudgetNews();
    this.host.requestUpdate();
  }

  step(n = 1): Promise<void> {
    if (this.message === this.loadedNote) this.message = '';
    return this.run(async () => {
      if (this.week >= this.horizon) return;
      if (this.columns && this.week + n < this.columns.week.length) {
        await this.refresh(await this.handle!.api.seek(this.week + n));
      } else {
        await this.refresh(await this.handle!.api.step(n));
      }
    });
  }

  seek(week: number): Promise<void> {
    const w = Math.max(0, Math.min(this.horizon, Math.round(week)));
    // Moved along the timeline: "Press play or step" is done with, as after a step.
    if (w !== this.week && this.message === this.loadedNote) this.message = '';
    return this.run(async () => {
      if (w === this.week) return;
      await this.refresh(await this.handle!.api.seek(w));
    });
  }

  reset(): Promise<void> {
    this.pause();
    return this.seek(0);
  }

  play(): void {
    if (this.playing || !this.ready) return;
    // "Press play" is done with once the run plays.
    if (this.message === this.loadedNote) this.message = '';
    if (this.week >= this.horizon) void this.seek(0);
    this.playing = true;
    this.host.requestUpdate();
    void this.loop(++this.playToken);
  }

  pause(): void {
    if (!this.playing) return;
    this.playing = false;
    this.playToken++;
    this.host.requestUpdate();
  }

  toggle(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  setSpeed(speed: number): void {
    this.speed = speed;
    this.host.requestUpdate();
  }

  private async loop(token: number): Promise<void> {
    while (token === this.playToken && this.week < this.horizon) {
      const t0 = performance.now();
      await this.step(1);
      if (token !== this.playToken) return;
      const wait = this.speed > 0 ? 1000 / this.speed - (performance.now() - t0) : 0;
      await new Promise<void>((r) => (wait > 4 ? setTimeout(r, wait) : requestAnimationFrame(() => r())));
    }
    if (token === this.playToken) this.pause();
  }

  /** The last week computed so far, when it lies beyond the current week (after scrubbing back): an intervention now replaces weeks week+1..that. */
  futureEnd(): number | undefined {
    const last = (this.columns?.week.length ?? 0) - 1;
    return last > this.week ? last : undefined;
  }

  /**
   * Record a facilitator action at the current week (takes effect on the next
   * step). Weeks computed beyond it no longer hold and are dropped; with
   * `keepOld` the run before it stays on the charts as the grey ghost.
   */
  intervene(type: ActionType, params: ActionParams, label: string, opts: { keepOld?: boolean } = {}): Promise<Action | undefined> {
    return this.run(async () => {
      const res = await this.handle!.api.intervene(type, params);
      if (!res.ok) {
        this.say(msg(`${label} was not recorded: ${res.error.message}`));
        return undefined;
      }
      // Its params with their defaults, as the scenario has them once written and read back (a reload, a language switch): the lab's state is the same either way.
      const action: Action = { ...res.value, params: actionParams(res.value.type, res.value.params as Record<string, unknown>) as ActionParams };
      const entry = { week: this.week, action, label };
      const record: UndoRecord = { columns: this.columns, ghost: this.ghost, ghostScenario: this.ghostScenario, runId: this.runId, before: this.edits, after: ++this.edits };
      const textBefore = this.scenarioText;
      this.undoRecords.set(entry, record);
      // The text first: whoever sees the new list (autosave, the timeline) finds the text that holds it.
      await this.rewrite(withAction(this.scenario!, action));
      this.interventions = [...this.interventions, entry];
      this.timeline++;
      // The future computed so far no longer holds.
      const replaced = this.futureEnd();
      const at = action.at ?? this.week + 1;
      if (this.columns && replaced !== undefined) {
        if (opts.keepOld) {
          this.ghost = this.columns;
          this.ghostScenario = { text: textBefore, name: this.scenarioName, change: msg(`${label} at week ${at}`) };
        }
        this.columns = cutColumns(this.columns, this.week + 1);
      }
      this.say(replaced !== undefined
        ? msg(`${label} recorded for week ${at}; weeks ${at}–${replaced} will be computed again${opts.keepOld ? ' (the old run is the grey line)' : ''}.`)
        : msg(`${label} recorded for week ${at}; it takes effect on the next step.`));
      return action;
    });
  }

  /**
   * Undo the most recent intervention: remove it from the action timeline and
   * replay to the current week, as if it had never been made. When nothing
   * else changed since, the charts get back the weeks they had before it
   * (including weeks computed beyond the current one).
   */
  undo(): Promise<Intervention | undefined> {
    return this.run(async () => {
      const last = this.interventions[this.interventions.length - 1];
      if (!last || !this.ready) return undefined;
      const api = this.handle!.api;
      const without = withoutAction(this.scenario!, last.action);
      if (without === undefined) {
        this.say(msg(`${last.label} could not be undone: it is no longer in the scenario's timeline.`));
        return undefined;
      }
      const week = this.week;
      const res = await api.load(without, this.seed);
      if (!res.ok) throw new WorkerFault('error', res.error.message);
      const rec = this.undoRecords.get(last);
      const exact = rec !== undefined && rec.runId === this.runId && rec.after === this.edits;
      this.interventions = this.interventions.slice(0, -1);
      this.timeline++;
      const at = last.action.at ?? last.week + 1;
      // Replay first to the week before the action, so that views forget what they stored of the undone future.
      const first = Math.min(week, at - 1);
      if (first < week) {
        await this.refresh(await api.seek(first), true);
        await this.host.updateComplete;
      }
      await this.refresh(await api.seek(week), true);
      if (exact) {
        this.edits = rec.before;
        if (rec.columns && rec.columns.week.length > (this.columns?.week.length ?? 0)) this.columns = rec.columns;
        this.ghost = rec.ghost;
        this.ghostScenario = rec.ghostScenario;
      } else this.edits++;
      await this.rewrite(without);
      this.say(msg(`Undone: ${last.label} at week ${at}. The run is back at week ${this.week} as if it had never happened.`));
      return last;
    });
  }

  /** The running scenario with its interventions and the seed the run uses, as YAML (what an export or a share link saves). */
  async exportScenario(): Promise<string | undefined> {
    if (!this.scenario) return undefined;
    return writeScenario({ ...this.scenario, seed: this.seed });
  }

  /** Change one declared parameter: restart at week 0 with the same seed, old run kept as a ghost. */
  async setParam(path: ParamPath, value: number, label: string): Promise<boolean> {
    if (!this.scenario) return false;
    const edited = withParam(this.scenario, path, value);
    return this.loadScenario(edited, this.file, {
      seed: this.seed,
      keepInterventions: true,
      ghost: `${label} ${this.value(path)} → ${paramValue(edited, path)}`,
      note: msg(`${label} is now ${paramValue(edited, path)}. The run restarted at week 0 with the same seed (${this.seed}); the old run is the grey line.`),
    });
  }

  async setSeed(seed: number): Promise<boolean> {
    if (!this.scenario) return false;
    return this.loadScenario(this.scenario, this.file, {
      seed,
      keepInterventions: true,
      text: this.scenarioText,
      note: msg(`New seed ${seed}: the run restarted at week 0.`),
    });
  }
}
