// Simulation worker for the lab: a thin comlink adapter over src/model that
// loads a scenario, steps, seeks and records interventions. Every method
// returns a SimResult; errors come back as values naming scenario and seed.
//
// Seek backwards re-runs from week 0 (the model has no state cloning): a
// default run of 60 x 78 takes a few ms, measured in docs/SWEEPS.md.

import { transfer } from 'comlink';
import { Simulation } from '../src/model/index.ts';
import { snapshotTransferables, type Snapshot } from '../src/model/snapshot.ts';
import type { Columns } from '../src/model/indicators.ts';
import { validateScenarioObject } from '../src/scenario/validate.ts';
import type { ScenarioError } from '../src/scenario/types.ts';
import type { SimResult, SimulationApi } from '../src/shared/sim-api.ts';
import { exposeInBrowser } from './expose.ts';

let sim: Simulation | null = null;
let label = { scenario: '', seed: Number.NaN, runIndex: 0 };

function fail<T>(message: string, errors?: ScenarioError[]): SimResult<T> {
  return { ok: false, error: { message, ...label, ...(errors ? { errors } : {}) } };
}

/** Run `fn` against the loaded simulation; any throw becomes an error value. */
function guarded<T>(fn: (s: Simulation) => T): SimResult<T> {
  if (!sim) return fail('no scenario loaded: call load() first');
  try {
    return { ok: true, value: fn(sim) };
  } catch (e) {
    return fail(`${label.scenario} (seed ${label.seed}, run ${label.runIndex}): ${e instanceof Error ? e.message : String(e)}`);
  }
}

function sendSnapshot(r: SimResult<Snapshot>): SimResult<Snapshot> {
  return r.ok ? transfer(r, snapshotTransferables(r.value)) : r;
}

/** Copies, so that transferring never detaches the model's own storage. */
function copyColumns(c: Columns): Columns {
  const out = {} as Columns;
  for (const k of Object.keys(c) as (keyof Columns)[]) out[k] = c[k].slice();
  return out;
}

export const api: SimulationApi = {
  async load(text, file, seed, runIndex = 0, prebuilt) {
    label = { scenario: file, seed: seed ?? Number.NaN, runIndex };
    sim = null;
    try {
      // The YAML parser is loaded on first need: the lab's first scenario comes prebuilt.
      const parsed =
        prebuilt !== undefined
          ? validateScenarioObject(prebuilt, file)
          : (await import('../src/scenario/parse.ts')).parseScenario(text, { file });
      if (!parsed.ok) {
        const lines = parsed.errors.map((e) => `${e.file}:${e.line}:${e.column}: ${e.message}`);
        return fail(lines.join('\n'), parsed.errors);
      }
      const scenario = parsed.scenario;
      label = { scenario: scenario.name || file, seed: seed ?? scenario.seed, runIndex };
      sim = new Simulation(scenario, { seed: label.seed, runIndex });
    } catch (e) {
      return fail(`${file} (seed ${label.seed}): ${e instanceof Error ? e.message : String(e)}`);
    }
    return guarded((s) => ({ week: s.week, horizon: s.horizon, scenarioName: label.scenario }));
  },

  async step(n) {
    return sendSnapshot(
      guarded((s) => {
        if (!Number.isInteger(n) || n < 0) throw new Error(`step expects a whole number of weeks >= 0, found ${n}`);
        s.tick(n);
        return s.snapshot();
      }),
    );
  },

  async seek(week) {
    return sendSnapshot(
      guarded((s) => {
        if (!Number.isInteger(week) || week < 0 || week > s.horizon) {
          throw new Error(`seek expects a week in 0..${s.horizon}, found ${week}`);
        }
        if (week < s.week) {
          // Replay from week 0 with every intervention recorded so far.
          s = sim = new Simulation(s.recordedScenario(), { seed: s.seed, runIndex: s.runIndex });
        }
        s.tick(week - s.week);
        return s.snapshot();
      }),
    );
  },

  async snapshot() {
    return sendSnapshot(guarded((s) => s.snapshot()));
  },

  async columns() {
    const r = guarded((s) => copyColumns(s.columns()));
    return r.ok ? transfer(r, Object.values(r.value).map((c) => c.buffer as ArrayBuffer)) : r;
  },

  async intervene(type, params) {
    return guarded((s) => s.intervene(type, params));
  },

  async exportScenario() {
    const { stringifyScenario } = await import('../src/scenario/serialize.ts');
    return guarded((s) => stringifyScenario(s.recordedScenario()));
  },
};

exposeInBrowser(api);
