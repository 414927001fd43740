// The simulation worker (workers/simulation.worker.ts) over a real
// worker_thread: seeking reproduces the straight run, an intervention replayed
// from the exported scenario reproduces the interactive run, and errors come
// back as values naming the scenario and seed. The worker and the main
// thread's SimulationSession answer the same calls identically (one
// implementation); scenario text is read, with located errors, where it
// enters (scenario-source.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Simulation } from '../../src/model/index.ts';
import { runScenario } from '../../src/model/run.ts';
import { spawnWorker, type WorkerHandle } from '../../src/pool/spawn.ts';
import { parseScenario, stringifyScenario } from '../../src/scenario/index.ts';
import type { SimResult, SimulationApi } from '../../src/shared/sim-api.ts';
import { SimulationSession } from '../../src/shared/simulation-session.ts';
import { readScenario } from '../../src/ui/controllers/scenario-source.ts';
import { columnsDiff, smallScenario } from './pool-helpers.ts';

const scenario = smallScenario(30, 40);
const SEED = 17;
const RUN = 2;

function value<T>(r: SimResult<T>): T {
  if (!r.ok) throw new Error(`worker error: ${r.error.message}`);
  return r.value;
}

function straightSnapshot(week: number) {
  const sim = new Simulation(scenario, { seed: SEED, runIndex: RUN });
  sim.tick(week);
  return sim.snapshot();
}

let w: WorkerHandle<SimulationApi>;
beforeAll(async () => {
  w = await spawnWorker<SimulationApi>('simulation');
});
afterAll(() => w?.terminate());

describe('simulation worker', () => {
  it('loads, steps and seeks back and forth to exactly the straight-run state', async () => {
    expect(value(await w.remote.load(scenario, SEED, RUN))).toEqual({ week: 0, horizon: 30, scenarioName: 'pool-test' });
    expect(value(await w.remote.step(12)).week).toBe(12);
    for (const week of [5, 20, 0, 29, 3, 30]) {
      const snap = value(await w.remote.seek(week));
      expect(snap.week).toBe(week);
      expect(snap, `week ${week}`).toEqual(straightSnapshot(week));
    }
    const cols = value(await w.remote.columns());
    expect(columnsDiff(cols, runScenario(scenario, { seed: SEED, runIndex: RUN }).columns)).toBeNull();
  });

  it('snapshots carry typed-array columns (transferable)', async () => {
    const snap = value(await w.remote.seek(10));
    expect(snap.members.energy).toBeInstanceOf(Float32Array);
    expect(snap.ties.a).toBeInstanceOf(Int32Array);
    expect(snap.ties.a.length).toBe(snap.ties.trustAB.length);
    expect(snap.row.week).toBe(10);
  });

  it('an intervention replayed from the exported scenario reproduces the interactive run', async () => {
    value(await w.remote.load(scenario, SEED, RUN));
    value(await w.remote.seek(6));
    const recorded = value(await w.remote.intervene('quickWin', {}));
    expect(recorded).toEqual({ type: 'quickWin', params: {}, at: 7 });
    value(await w.remote.step(8));
    value(await w.remote.intervene('matchmake', { k: 3, by: 'crossOrg' }));
    value(await w.remote.seek(30));
    const interactive = value(await w.remote.columns());

    const exported = value(await w.remote.exportScenario());
    expect(exported.seed).toBe(SEED);
    const parsed = parseScenario(stringifyScenario(exported), { file: 'exported.yaml' });
    if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
    const replay = runScenario(parsed.scenario, { seed: SEED, runIndex: RUN });
    expect(columnsDiff(interactive, replay.columns)).toBeNull();
    // The interventions mattered: the plain scenario differs.
    expect(columnsDiff(interactive, runScenario(scenario, { seed: SEED, runIndex: RUN }).columns)).not.toBeNull();
    expect(replay.columns.artifacts[7]).toBeGreaterThan(runScenario(scenario, { seed: SEED, runIndex: RUN }).columns.artifacts[7]);

    // Seeking back before the interventions and forward again replays them.
    value(await w.remote.seek(2));
    value(await w.remote.seek(30));
    expect(columnsDiff(value(await w.remote.columns()), interactive)).toBeNull();
  });

  it('reports errors as values naming the scenario and seed', async () => {
    // Text is read where it enters the lab, with its errors located; the simulation receives only valid scenarios.
    const bad = await readScenario('schemaVersion: 1\npopulation:\n  size: -3\n', 'bad.yaml');
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.errors[0]).toMatchObject({ file: 'bad.yaml', line: 3, path: 'population.size' });

    const fresh = await spawnWorker<SimulationApi>('simulation');
    const notLoaded = await fresh.remote.step(1);
    fresh.terminate();
    expect(notLoaded).toMatchObject({ ok: false, error: { message: expect.stringMatching(/no scenario loaded/) } });

    value(await w.remote.load(scenario, SEED, RUN));
    const out = await w.remote.seek(31);
    expect(out).toMatchObject({ ok: false, error: { scenario: 'pool-test', seed: SEED, runIndex: RUN } });
    if (!out.ok) expect(out.error.message).toMatch(/seek expects a week in 0\.\.30, found 31/);
    value(await w.remote.seek(30));
    const late = await w.remote.intervene('quickWin', {});
    expect(late.ok).toBe(false);
    if (!late.ok) expect(late.error.message).toMatch(/pool-test \(seed 17, run 2\): the run is at its horizon/);
  });

  it('answers every call exactly as the main thread\'s session does: snapshots, columns, errors and the exported scenario', async () => {
    const local = new SimulationSession();
    const both = async <T>(call: (api: SimulationApi) => Promise<T>): Promise<T> => {
      const [a, b] = await Promise.all([call(w.remote as unknown as SimulationApi), call(local)]);
      expect(a, 'worker vs main thread').toEqual(b);
      return a;
    };
    await both((api) => api.load(scenario, SEED + 1, RUN));
    await both((api) => api.step(9));
    await both((api) => api.intervene('meetup', {}));
    await both((api) => api.step(4));
    await both((api) => api.seek(3));
    await both((api) => api.seek(20));
    await both((api) => api.intervene('matchmake', { k: 2, by: 'need' }));
    await both((api) => api.step(2));
    await both((api) => api.columns());
    await both((api) => api.snapshot());
    // Bad calls: the same error values, and the run goes on where it was.
    await both((api) => api.step(-1));
    await both((api) => api.step(1.5));
    await both((api) => api.seek(31));
    await both((api) => api.seek(-2));
    await both((api) => api.snapshot());
    const exported = await both((api) => api.exportScenario());
    if (exported.ok) expect(exported.value.seed).toBe(SEED + 1);
  });
});
