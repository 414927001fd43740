// SimulationApi on the main thread: the same contract as
// workers/simulation.worker.ts, used when the worker is absent and by tests.
// Seeking back replays from week 0 with the recorded timeline, so the state
// equals a straight run's.
import { Simulation } from '../../model/index.ts';
import { parseScenario, stringifyScenario, validateScenarioObject } from '../../scenario/index.ts';
import type { ActionParams, ActionType, Scenario } from '../../scenario/types.ts';
import type { SimResult, SimulationApi } from '../../shared/sim-api.ts';

export class LocalSimulation implements SimulationApi {
  private sim?: Simulation;
  private seed = 0;

  private fail<T>(message: string): SimResult<T> {
    return { ok: false, error: { message, scenario: this.sim?.scenario.name ?? '', seed: this.seed, runIndex: 0 } };
  }

  private guard<T>(fn: (sim: Simulation) => T): SimResult<T> {
    if (!this.sim) return this.fail('no scenario is loaded');
    try {
      return { ok: true, value: fn(this.sim) };
    } catch (e) {
      return this.fail(e instanceof Error ? e.message : String(e));
    }
  }

  async load(text: string, file: string, seed?: number, runIndex = 0, prebuilt?: unknown) {
    const parsed = prebuilt !== undefined ? validateScenarioObject(prebuilt, file) : parseScenario(text, { file });
    if (!parsed.ok) {
      return { ok: false as const, error: { message: `${parsed.errors.length} error(s) in ${file}`, scenario: file, seed: seed ?? 0, runIndex, errors: parsed.errors } };
    }
    // Only a valid scenario replaces the current run.
    this.start(parsed.scenario, seed ?? parsed.scenario.seed);
    return { ok: true as const, value: { week: 0, horizon: this.sim!.horizon, scenarioName: parsed.scenario.name } };
  }

  private start(s: Scenario, seed: number): void {
    this.seed = seed;
    this.sim = new Simulation({ ...s, seed }, { seed, runIndex: 0 });
  }

  async step(n: number) {
    return this.guard((sim) => {
      sim.tick(Math.max(0, Math.min(n, sim.horizon - sim.week)));
      return sim.snapshot();
    });
  }

  async seek(week: number) {
    return this.guard((sim) => {
      const w = Math.max(0, Math.min(sim.horizon, Math.round(week)));
      if (w < sim.week) {
        this.start(sim.recordedScenario(), this.seed);
        sim = this.sim!;
      }
      sim.tick(w - sim.week);
      return sim.snapshot();
    });
  }

  async snapshot() {
    return this.guard((sim) => sim.snapshot());
  }

  async columns() {
    return this.guard((sim) => sim.columns());
  }

  async intervene(type: ActionType, params: ActionParams) {
    return this.guard((sim) => sim.intervene(type, params));
  }

  async exportScenario() {
    return this.guard((sim) => stringifyScenario({ ...sim.recordedScenario(), seed: this.seed }));
  }
}

export async function createLocalSimulation(): Promise<SimulationApi> {
  return new LocalSimulation();
}
