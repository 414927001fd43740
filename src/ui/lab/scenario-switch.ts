// Keys 1–4 swap the lab's scenario, a single key press that in a live class
// can land by accident: the run it replaces (scenario with its recorded
// interventions, seed, week, and which preset or shared scenario it was) is
// kept, and one Undo (the status line's button, or Ctrl+Z before anything
// else changes) brings it back exactly where it was.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Intervention, SimController } from '../controllers/sim-controller.ts';
import { msg } from '../i18n.ts';

export interface KeptRun {
  text: string;
  file: string;
  name: string;
  seed: number;
  week: number;
  interventions: Intervention[];
  /** What the app had picked (a preset id, 'file') and which of a shared set, restored with the run. */
  picked: string;
  sharedIndex: number;
  /** The run that replaced it: Undo is offered while that run is still the one on screen. */
  replacedBy: number;
}

/** Loads `text` as a run from outside the lab (app-shell's replaceRun, which keeps drafts); true when it loaded. */
export type Reload = (text: string, file: string, opts: { seed: number; note: string; name?: string }) => Promise<boolean>;

export class ScenarioSwitch implements ReactiveController {
  kept?: KeptRun;

  constructor(private readonly host: ReactiveControllerHost, private readonly sim: SimController) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The run on screen, before a key replaces it. */
  private snapshot(picked: string, sharedIndex: number): Omit<KeptRun, 'replacedBy'> | undefined {
    const s = this.sim;
    if (!s.ready || !s.scenarioText) return undefined;
    return { text: s.scenarioText, file: s.file, name: s.shownName, seed: s.seed, week: s.week, interventions: [...s.interventions], picked, sharedIndex };
  }

  /**
   * Run `swap` (which loads another scenario) keeping the current run for
   * Undo; says what happened and how to get it back.
   */
  async swap(picked: string, sharedIndex: number, swap: () => Promise<boolean>): Promise<void> {
    const before = this.snapshot(picked, sharedIndex);
    if (!(await swap()) || !before) return;
    this.kept = { ...before, replacedBy: this.sim.runId };
    const what = `${msg(`${msg(before.name)} at week ${before.week}`)}${count(before.interventions.length)}`;
    this.sim.message = msg(`Switched to ${msg(this.sim.shownName)}. Undo brings back ${what}.`);
    this.host.requestUpdate();
  }

  /** Undo is on offer: a run was replaced by a key, and nothing has replaced or changed the new one since. */
  get offered(): boolean {
    return this.kept !== undefined && this.kept.replacedBy === this.sim.runId && this.sim.interventions.length === 0;
  }

  /** Bring the kept run back: its scenario and interventions, seed and week. Returns what the app had picked, or undefined. */
  async undo(reload: Reload): Promise<KeptRun | undefined> {
    const k = this.kept;
    if (!k || !this.offered) return undefined;
    this.kept = undefined;
    if (!(await reload(k.text, k.file, { seed: k.seed, note: '', name: k.name }))) return undefined;
    // The interventions are in the scenario's text already; the list gives them back their marks and their own Undo.
    this.sim.interventions = [...k.interventions];
    if (k.week > 0) await this.sim.seek(k.week);
    this.sim.message = msg(`Back to ${msg(`${msg(k.name)} at week ${this.sim.week}`)}${count(k.interventions.length)}.`);
    this.host.requestUpdate();
    return k;
  }
}

/** " (2 interventions)", or nothing. */
function count(n: number): string {
  return n === 0 ? '' : ` (${n === 1 ? msg('1 intervention') : msg(`${n} interventions`)})`;
}
