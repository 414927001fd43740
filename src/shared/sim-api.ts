// The contract between the lab UI and the simulation it drives, wherever
// that runs: workers/simulation.worker.ts wraps ./simulation-session.ts for a
// Web Worker (comlink), and the main thread uses the session itself.
// The scenario crosses as a validated object (structured clone): text is
// parsed where it enters the app, never here.

import type { Action, ActionParams, ActionType, Decision, Scenario } from '../scenario/types.ts';
import type { FirstShare, MemberView } from '../model/member-view.ts';
import type { Columns } from '../model/indicators.ts';
import type { Snapshot } from '../model/snapshot.ts';

/** Errors cross the boundary as values that name the scenario and seed. */
export type SimResult<T> =
  | { ok: true; value: T }
  | { ok: false; error: { message: string; scenario: string; seed: number; runIndex: number } };

export interface SimulationApi {
  /** Start a run of a validated scenario with this seed (the scenario's own seed is ignored) and build week 0. */
  load(scenario: Scenario, seed: number, runIndex?: number): Promise<SimResult<{ week: number; horizon: number; scenarioName: string }>>;
  /** Advance n whole weeks (stops at the horizon) and return the snapshot of the new week. */
  step(n: number): Promise<SimResult<Snapshot>>;
  /** Go to any week 0..horizon, forward or back; the state equals a straight run's. */
  seek(week: number): Promise<SimResult<Snapshot>>;
  /** Snapshot of the current week. */
  snapshot(): Promise<SimResult<Snapshot>>;
  /** Indicator columns for weeks 0..current week (a copy: the caller may keep or transfer it). */
  columns(): Promise<SimResult<Columns>>;
  /**
   * Apply a facilitator action at the current week: it is recorded into the
   * scenario's timeline as `at: week + 1` and takes effect on the next step.
   * Returns the recorded action.
   */
  intervene(type: ActionType, params: ActionParams): Promise<SimResult<Action>>;
  /**
   * Record a participant's decision for the member it plays (a participatory
   * run, docs/MODEL.md §7.12), as `week: week + 1`, like an intervention.
   * A bad member or partner comes back as an error value with the reason.
   */
  decide(decision: Omit<Decision, 'week'>): Promise<SimResult<Decision>>;
  /** What a member knows now: its ties and trust, energy, whom it may seek out, and last week's events. */
  memberView(member: number): Promise<SimResult<MemberView>>;
  /** Every member's first tricky issue shared so far, with the trust it took. */
  firstShares(): Promise<SimResult<FirstShare[]>>;
  /** The scenario with every recorded intervention and decision and the run's seed: replaying it gives this run. */
  exportScenario(): Promise<SimResult<Scenario>>;
}
