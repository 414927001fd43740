// The one implementation of SimulationApi (sim-api.ts): a run of the model
// that loads a validated scenario, steps, seeks and records interventions.
// The lab uses it on the main thread as it is; workers/simulation.worker.ts
// wraps it for a Web Worker and only adds transfers. Every method returns a
// SimResult: a bad call or a model error comes back as a value naming the
// scenario, seed and run.
//
// Seeking back re-runs from week 0 with the recorded timeline (the model has
// no state cloning): a default run of 60 × 78 takes a few ms.
import { Simulation } from '../model/index.ts';
import type { Columns } from '../model/indicators.ts';
import type { Scenario } from '../scenario/types.ts';
import type { SimResult, SimulationApi } from './sim-api.ts';

export class SimulationSession implements SimulationApi {
  private sim: Simulation | null = null;
  private label = { scenario: '', seed: Number.NaN, runIndex: 0 };

  private fail<T>(message: string): SimResult<T> {
    return { ok: false, error: { message, ...this.label } };
  }

  /** Run `fn` against the loaded simulation; any throw becomes an error value. */
  private guarded<T>(fn: (s: Simulation) => T): SimResult<T> {
    const sim = this.sim;
    if (!sim) return this.fail('no scenario loaded: call load() first');
    try {
      return { ok: true, value: fn(sim) };
    } catch (e) {
      const { scenario, seed, runIndex } = this.label;
      return this.fail(`${scenario} (seed ${seed}, run ${runIndex}): ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  async load(scenario: Scenario, seed: number, runIndex = 0) {
    this.sim = null;
    this.label = { scenario: scenario.name || 'scenario', seed, runIndex };
    try {
      this.sim = new Simulation({ ...scenario, seed }, { seed, runIndex });
    } catch (e) {
      return this.fail<{ week: number; horizon: number; scenarioName: string }>(`${this.label.scenario} (seed ${seed}): ${e instanceof Error ? e.message : String(e)}`);
    }
    return this.guarded((s) => ({ week: s.week, horizon: s.horizon, scenarioName: scenario.name }));
  }

  async step(n: number) {
    return this.guarded((s) => {
      if (!Number.isInteger(n) || n < 0) throw new Error(`step expects a whole number of weeks >= 0, found ${n}`);
      s.tick(n);
      return s.snapshot();
    });
  }

  async seek(week: number) {
    return this.guarded((s) => {
      if (!Number.isInteger(week) || week < 0 || week > s.horizon) throw new Error(`seek expects a week in 0..${s.horizon}, found ${week}`);
      if (week < s.week) {
        // Replay from week 0 with every intervention recorded so far.
        s = this.sim = new Simulation(s.recordedScenario(), { seed: s.seed, runIndex: s.runIndex });
      }
      s.tick(week - s.week);
      return s.snapshot();
    });
  }

  async snapshot() {
    return this.guarded((s) => s.snapshot());
  }

  async columns() {
    return this.guarded((s) => copyColumns(s.columns()));
  }

  async intervene(type: Parameters<SimulationApi['intervene']>[0], params: Parameters<SimulationApi['intervene']>[1]) {
    return this.guarded((s) => s.intervene(type, params));
  }

  async decide(decision: Parameters<SimulationApi['decide']>[0]) {
    return this.guarded((s) => s.decide(decision));
  }

  async memberView(member: number) {
    return this.guarded((s) => s.memberView(member));
  }

  async firstShares() {
    return this.guarded((s) => s.firstShares());
  }

  async exportScenario() {
    return this.guarded((s) => ({ ...s.recordedScenario(), seed: s.seed }));
  }
}

/** Copies, so that a caller keeping or transferring them never holds the model's own storage. */
function copyColumns(c: Columns): Columns {
  const out = {} as Columns;
  for (const k of Object.keys(c) as (keyof Columns)[]) out[k] = c[k].slice();
  return out;
}
