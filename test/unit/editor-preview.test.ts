// The scenario editor's preview runner (src/ui/editor/preview-runner.ts) on
// the replication pool (worker_threads here, Web Workers in the browser): two
// series per indicator, the running scenario computed once, only the latest
// request answered, a failing run reported as a failure; and the 26-week cut
// runs the same weeks as the full horizon.
import { afterEach, describe, expect, it } from 'vitest';
import { INDICATORS } from '../../src/model/indicators.ts';
import { runScenario } from '../../src/model/run.ts';
import { defaultScenario } from '../../src/scenario/defaults.ts';
import type { Scenario } from '../../src/scenario/types.ts';
import { PREVIEW_INDICATORS, PREVIEW_WEEKS, PreviewRunner, previewScenario } from '../../src/ui/editor/preview-runner.ts';
import type { FaultyJob } from '../../src/pool/test-faults.ts';

const sized = (size: number): Scenario => {
  const s = defaultScenario('steady-rhythm');
  return { ...s, population: { ...s.population, size } };
};

let runner: PreviewRunner | undefined;
afterEach(() => runner?.close());

describe('PreviewRunner', () => {
  it('runs the edited and the running scenario for 26 weeks, same seed, run 0, and keeps the running one', async () => {
    runner = new PreviewRunner(2);
    const out = await runner.run(sized(40), sized(30), 7);
    if (out.kind !== 'done') throw new Error(JSON.stringify(out));
    expect(out.weeks).toBe(PREVIEW_WEEKS);
    const direct = runScenario(previewScenario(sized(40)), { seed: 7, runIndex: 0 }).columns;
    for (const k of PREVIEW_INDICATORS) {
      expect(out.edited[k]).toHaveLength(PREVIEW_WEEKS + 1);
      expect(Array.from(out.edited[k]), k).toEqual(Array.from(direct[k]));
    }
    expect(Array.from(out.running.activeFraction)).not.toEqual(Array.from(out.edited.activeFraction));
    expect(runner.computed).toBe(2);
    // Another edit against the same running scenario: one run, not two.
    const again = await runner.run(sized(50), sized(30), 7);
    expect(again.kind).toBe('done');
    expect(runner.computed).toBe(3);
    // An edit back to an earlier scenario costs nothing; a new seed runs both again.
    expect((await runner.run(sized(40), sized(30), 7)).kind).toBe('done');
    expect(runner.computed).toBe(3);
    expect((await runner.run(sized(40), sized(30), 8)).kind).toBe('done');
    expect(runner.computed).toBe(5);
  });

  it('answers only the latest request: the one before it comes back stale', async () => {
    runner = new PreviewRunner(2);
    const first = runner.run(sized(400), sized(30), 1);
    const second = runner.run(sized(35), sized(30), 1);
    expect((await first).kind).toBe('stale');
    const out = await second;
    if (out.kind !== 'done') throw new Error(JSON.stringify(out));
    expect(out.edited.activeFraction).toHaveLength(PREVIEW_WEEKS + 1);
    expect(runner.computed).toBe(2);
  });

  it('reports a run that fails twice as failed, with the error', async () => {
    runner = new PreviewRunner(1);
    // Every job fails (the worker's test-only fault, src/pool/test-faults.ts).
    const jobsFor = runner.jobsFor.bind(runner);
    runner.jobsFor = (...a) => jobsFor(...a).map((j): FaultyJob => ({ ...j, __fail: { mode: 'throw' } }));
    const out = await runner.run(sized(40), sized(30), 1);
    expect(out.kind).toBe('failed');
    if (out.kind === 'failed') expect(out.message).toMatch(/injected test fault/);
  });

  it('previews a shorter horizon whole', async () => {
    runner = new PreviewRunner(1);
    const out = await runner.run({ ...sized(30), horizon: 10 }, { ...sized(30), horizon: 10, seed: 3 }, 1);
    if (out.kind !== 'done') throw new Error(JSON.stringify(out));
    expect(out.weeks).toBe(10);
    expect(out.edited.meanTrust).toHaveLength(11);
  });
});

describe('previewScenario', () => {
  it('gives the same weeks 0..26 as the full run, same seed and run index', () => {
    const full = sized(60);
    const cut = previewScenario(full);
    expect(cut.horizon).toBe(PREVIEW_WEEKS);
    expect(previewScenario({ ...full, horizon: 10 }).horizon).toBe(10);
    const a = runScenario(full, { seed: 7, runIndex: 0 }).columns;
    const b = runScenario(cut, { seed: 7, runIndex: 0 }).columns;
    for (const ind of INDICATORS) expect(Array.from(b[ind]), ind).toEqual(Array.from(a[ind].subarray(0, PREVIEW_WEEKS + 1)));
  });
});
