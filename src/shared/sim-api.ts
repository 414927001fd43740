// The contract between the lab UI and workers/simulation.worker.ts (comlink).
// The worker is a thin adapter over src/model: no model logic of its own.

import type { Action, ActionParams, ActionType, ScenarioError } from '../scenario/types.ts';
import type { Columns } from '../model/indicators.ts';
import type { Snapshot } from '../model/snapshot.ts';

/** Errors cross the boundary as values that name the scenario and seed. */
export type SimResult<T> =
  | { ok: true; value: T }
  | { ok: false; error: { message: string; scenario: string; seed: number; runIndex: number; errors?: ScenarioError[] } };

export interface SimulationApi {
  /**
   * Parse and validate scenario text (YAML or JSON), build week 0. `prebuilt`
   * is the same text already parsed to a plain value at build time (built-in
   * files): validated as it is, it spares loading the YAML parser.
   */
  load(text: string, file: string, seed?: number, runIndex?: number, prebuilt?: unknown): Promise<SimResult<{ week: number; horizon: number; scenarioName: string }>>;
  /** Advance n weeks (stops at the horizon) and return the snapshot of the new week (transferred). */
  step(n: number): Promise<SimResult<Snapshot>>;
  /** Go to any week 0..horizon, forward or back; the state equals a straight run's. */
  seek(week: number): Promise<SimResult<Snapshot>>;
  /** Snapshot of the current week. */
  snapshot(): Promise<SimResult<Snapshot>>;
  /** Indicator columns for weeks 0..current week. */
  columns(): Promise<SimResult<Columns>>;
  /**
   * Apply a facilitator action at the current week: it is recorded into the
   * scenario's timeline as `at: week + 1` and takes effect on the next step.
   * Returns the recorded action, to be added to the scenario file.
   */
  intervene(type: ActionType, params: ActionParams): Promise<SimResult<Action>>;
  /** The scenario with every recorded intervention, as YAML. */
  exportScenario(): Promise<SimResult<string>>;
}
