// STUB: replaced by the real model in the next commit. Public shape only.
import type { Action, ActionParams, ActionType, Scenario } from '../scenario/types.ts';
import type { Columns, IndicatorRow, RunResult } from './indicators.ts';
import type { Snapshot } from './snapshot.ts';

export interface SimulationOptions {
  /** Defaults to scenario.seed. */
  seed?: number;
  /** Replication index; sub-streams are seeded `${seed}|${runIndex}|${stream}`. */
  runIndex?: number;
}

export class Simulation {
  readonly scenario: Scenario;
  readonly seed: number;
  readonly runIndex: number;
  constructor(scenario: Scenario, opts: SimulationOptions = {}) {
    this.scenario = scenario;
    this.seed = opts.seed ?? scenario.seed;
    this.runIndex = opts.runIndex ?? 0;
  }
  /** Weeks done; 0 right after initialisation. */
  get week(): number { return 0; }
  get horizon(): number { return this.scenario.horizon; }
  /** Advance one week (no-op at the horizon) and return its indicators. */
  step(): IndicatorRow { throw new Error('not implemented'); }
  /** Advance n weeks, stopping at the horizon. */
  tick(_n: number): void { throw new Error('not implemented'); }
  /** Indicators of the current week. */
  row(): IndicatorRow { throw new Error('not implemented'); }
  /** Indicators of weeks 0..week as columns. */
  columns(): Columns { throw new Error('not implemented'); }
  result(): RunResult { throw new Error('not implemented'); }
  snapshot(): Snapshot { throw new Error('not implemented'); }
  /** Record an action at week+1 into this run's timeline; returns the entry. */
  intervene(_type: ActionType, _params: ActionParams): Action { throw new Error('not implemented'); }
  /** The scenario with every intervention recorded in strategy.actions. */
  recordedScenario(): Scenario { throw new Error('not implemented'); }
}
