import type { Scenario } from '../scenario/types.ts';
import type { Indicator, RunResult } from './indicators.ts';
import { Simulation } from './simulation.ts';

export interface RunOptions {
  /** Defaults to scenario.seed. */
  seed?: number;
  runIndex?: number;
  /** Defaults to scenario.horizon. */
  weeks?: number;
  /** The indicators the caller will read (default all): clustering and meanConstraint are not computed (NaN) unless listed. */
  record?: readonly Indicator[];
}

/** Run one replication from week 0 to the horizon and return its columns. */
export function runScenario(scenario: Scenario, opts: RunOptions = {}): RunResult {
  const sim = new Simulation(scenario, { seed: opts.seed, runIndex: opts.runIndex, recordEvents: false, record: opts.record });
  sim.tick(opts.weeks ?? scenario.horizon);
  return sim.result();
}
