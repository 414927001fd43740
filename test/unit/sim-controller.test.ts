// The lab's SimController over the main thread's SimulationSession: it holds
// the validated scenario, changes it by typed edits, and exports the seed the
// user chose (the worker path exported the file's own seed before).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/model/run.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import { SimController } from '../../src/ui/controllers/sim-controller.ts';

const ROOT = join(import.meta.dirname, '../..');
const TEXT = readFileSync(join(ROOT, 'scenarios/steady-rhythm.yaml'), 'utf8');

function lab(): SimController {
  const host = { addController() {}, removeController() {}, requestUpdate() {}, updateComplete: Promise.resolve(true) };
  return new SimController(host, 'main-thread');
}

function parsed(text: string | undefined) {
  const r = parseScenario(text ?? '', { file: 'exported.yaml' });
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  return r.scenario;
}

describe('the lab\'s scenario', () => {
  it('exports the seed the user chose, with the interventions, and replays to the same run', async () => {
    const sim = lab();
    expect(await sim.start(TEXT, 'scenarios/steady-rhythm.yaml')).toBe(true);
    const own = sim.scenario!.seed;
    expect(await sim.setSeed(own + 1234)).toBe(true);
    await sim.step(5);
    await sim.intervene('quickWin', {}, 'Quick win');
    await sim.step(3);
    const exported = parsed(await sim.exportScenario());
    expect(exported.seed).toBe(own + 1234);
    expect(exported.strategy.actions.at(-1)).toEqual({ type: 'quickWin', params: {}, at: 6 });
    // The running text (editor, autosave) keeps the file's own seed, as before; the run's seed is separate.
    expect(parsed(sim.scenarioText).seed).toBe(own);
  });

  it('a slider changes the scenario object by its declared path; undo takes an intervention out of it', async () => {
    const sim = lab();
    await sim.start(TEXT, 'scenarios/steady-rhythm.yaml');
    const before = sim.value('population.size');
    expect(await sim.setParam('population.size', before + 20, 'members')).toBe(true);
    expect(sim.scenario!.population.size).toBe(before + 20);
    expect(sim.value('population.size')).toBe(before + 20);
    expect(parsed(sim.scenarioText).population.size).toBe(before + 20);
    expect(sim.ghostScenario && parsed(sim.ghostScenario.text).population.size).toBe(before);
    // Out of range is kept in range, as the declaration says.
    await sim.setParam('population.size', 1e9, 'members');
    expect(sim.scenario!.population.size).toBe(10_000);

    const n = sim.scenario!.strategy.actions.length;
    await sim.step(2);
    await sim.intervene('meetup', {}, 'Meetup');
    expect(sim.scenario!.strategy.actions).toHaveLength(n + 1);
    await sim.undo();
    expect(sim.scenario!.strategy.actions).toHaveLength(n);
    expect(sim.week).toBe(2);
  });

  it('refuses bad text with located errors and keeps the run', async () => {
    const sim = lab();
    await sim.start(TEXT, 'scenarios/steady-rhythm.yaml');
    const kept = sim.scenario;
    expect(await sim.load('schemaVersion: 1\npopulation:\n  size: -3\n', 'bad.yaml')).toBe(false);
    expect(sim.errors[0]).toMatchObject({ file: 'bad.yaml', line: 3, path: 'population.size' });
    expect(sim.scenario).toBe(kept);
    expect(sim.file).toBe('scenarios/steady-rhythm.yaml');
  });

  it('a file without a seed runs with the declared default, and the lab says that seed (it kept showing the previous one)', async () => {
    const sim = lab();
    await sim.start(TEXT, 'scenarios/steady-rhythm.yaml');
    await sim.setSeed(777);
    expect(await sim.load('schemaVersion: 1\nhorizon: 12\n', 'no-seed.yaml')).toBe(true);
    const exported = parsed(await sim.exportScenario());
    expect(sim.seed).toBe(exported.seed);
    await sim.seek(12);
    expect(Array.from(sim.columns!.activeFraction)).toEqual(Array.from(runScenario(exported).columns.activeFraction));
  });
});
