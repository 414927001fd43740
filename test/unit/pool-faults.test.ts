// Failure handling of the replication pool with the test-only fault flag:
// retry once, replace the worker, report a job failing twice, cancel promptly.
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/model/run.ts';
import { ReplicationPool, runReplications } from '../../src/pool/index.ts';
import type { FaultyJob, TestFault } from '../../src/pool/test-faults.ts';
import { sameResults, smallScenario } from './pool-helpers.ts';

const scenario = smallScenario();
const SEED = 5;
const clean = Array.from({ length: 6 }, (_, i) => runScenario(scenario, { seed: SEED, runIndex: i }));
function jobs(faulty: Record<number, TestFault>): FaultyJob[] {
  return Array.from({ length: 6 }, (_, i) => ({ scenario, seed: SEED, runIndex: i, __fail: faulty[i] }));
}

describe('replication pool faults', () => {
  it('retries a job that threw once, on a fresh worker, and gets the clean result', async () => {
    const { results, failures } = await runReplications(jobs({ 2: { mode: 'throw', attempts: 1 } }), { workers: 2 });
    expect(failures).toEqual([]);
    expect(sameResults(results, clean)).toBeNull();
  });

  it('reports a job that throws twice by scenario, seed and run, and finishes the others', async () => {
    const { results, failures } = await runReplications(jobs({ 3: { mode: 'throw' } }), { workers: 2 });
    expect(failures).toHaveLength(1);
    expect(failures[0].job.runIndex).toBe(3);
    expect(failures[0].message).toBe('scenario "pool-test", seed 5, run 3: injected test fault');
    expect(results[3]).toBeNull();
    expect(sameResults(results.filter((_, i) => i !== 3), clean.filter((_, i) => i !== 3))).toBeNull();
  });

  it('replaces a worker that dies, retrying its job', async () => {
    const pool = new ReplicationPool(2);
    try {
      const once = await pool.run(jobs({ 1: { mode: 'exit', attempts: 1 } }));
      expect(once.failures).toEqual([]);
      expect(sameResults(once.results, clean)).toBeNull();
      // The dead worker is never reused. Whether its replacement starts during
      // this run depends on timing (the retry may go to the other worker once
      // it is idle), but the next run has two workers again: 2 + 1 spawned.
      const again = await pool.run(jobs({}));
      expect(sameResults(again.results, clean)).toBeNull();
      expect(pool.spawned).toBe(3);
    } finally {
      pool.close();
    }
    const always = await runReplications(jobs({ 4: { mode: 'exit' } }), { workers: 2 });
    expect(always.failures.map((f) => f.message)).toEqual(['scenario "pool-test", seed 5, run 4: worker exited with code 3']);
    expect(always.results.filter(Boolean)).toHaveLength(5);
  });

  it('isolates the culprit when a worker dies during a batch', async () => {
    // 24 jobs on 2 workers go out 4 at a time; job 9 kills its batch's worker.
    const many: FaultyJob[] = Array.from({ length: 24 }, (_, i) => ({
      scenario,
      seed: SEED,
      runIndex: i,
      __fail: i === 9 ? { mode: 'exit' } : undefined,
    }));
    const { results, failures } = await runReplications(many, { workers: 2, batchSize: 4 });
    expect(failures.map((f) => f.job.runIndex)).toEqual([9]);
    const expected = many.map((j, i) => (i === 9 ? null : runScenario(scenario, { seed: SEED, runIndex: i })));
    expect(sameResults(results.filter(Boolean), expected.filter(Boolean))).toBeNull();
  });

  it('treats a job over the time limit as a dead worker', async () => {
    // A generous limit: the healthy jobs (a few ms each) must not hit it even on a loaded machine.
    const { results, failures } = await runReplications(jobs({ 0: { mode: 'hang' } }), { workers: 2, timeoutMs: 3000 });
    expect(failures.map((f) => f.message)).toEqual(['scenario "pool-test", seed 5, run 0: timed out after 3000 ms']);
    expect(sameResults(results.slice(1), clean.slice(1))).toBeNull();
  });

  it('notices a job hanging late in a long batch timeoutMs after the last finished job', async () => {
    // Tiny jobs on one warm worker go out up to 32 a message (MAX_BATCH), so
    // job 40 sits deep in a batch. The deadline must count from the last
    // finished job, not allow timeoutMs for every job of the batch: armed as
    // T x batch length, this run noticed the hang after ~17 T.
    const T = 1000;
    const tiny = smallScenario(2, 5);
    const HANG = 40;
    const many: FaultyJob[] = Array.from({ length: 200 }, (_, i) => ({
      scenario: tiny,
      seed: SEED,
      runIndex: i,
      __fail: i === HANG ? { mode: 'hang' } : undefined,
    }));
    const cleanMany = many.map((j) => runScenario(tiny, { seed: SEED, runIndex: j.runIndex }));
    const pool = new ReplicationPool(1);
    try {
      // Warm the worker: a fresh one's first jobs are slow and keep the first batches small.
      await pool.run(many.slice(0, 100).map((j) => ({ ...j, __fail: undefined })));
      const sent = pool.messages;
      let lastResultAt = 0;
      let retryAt = 0;
      let gap = 0;
      const t0 = performance.now();
      const { results, failures } = await pool.run(many, {
        timeoutMs: T,
        onResult: () => void (lastResultAt = performance.now()),
        onRetry: () => {
          retryAt = performance.now();
          gap = retryAt - lastResultAt;
        },
      });
      // Batches were long (typically ~20 messages for the 200 jobs).
      expect(pool.messages - sent).toBeLessThan(200 / 4);
      // Noticed one deadline after the last sign of progress (jobs before it
      // in its batch streamed in), and from the start of the run in well
      // under 32 x T.
      expect(gap).toBeGreaterThanOrEqual(T - 1);
      expect(gap).toBeLessThan(1.6 * T);
      expect(retryAt - t0).toBeLessThan(2 * T);
      // It hangs on its retry too: reported once, every other result there and clean.
      expect(failures.map((f) => f.message)).toEqual([`scenario "pool-test", seed 5, run ${HANG}: timed out after ${T} ms`]);
      expect(results[HANG]).toBeNull();
      const others = <R,>(xs: R[]) => xs.filter((_, i) => i !== HANG);
      expect(sameResults(others(results), others(cleanMany))).toBeNull();
    } finally {
      pool.close();
    }
  });

  it('stops a long batch promptly on abort, even with workers stuck in a job', async () => {
    const stuck: FaultyJob[] = Array.from({ length: 40 }, (_, i) => ({
      scenario,
      seed: SEED,
      runIndex: i,
      __fail: i % 2 ? { mode: 'hang' } : undefined,
    }));
    const ac = new AbortController();
    let afterAbort = 0;
    const started = runReplications(stuck, {
      workers: 2,
      signal: ac.signal,
      onResult: () => void (ac.signal.aborted && afterAbort++),
    });
    await new Promise((r) => setTimeout(r, 1200));
    const t = performance.now();
    ac.abort();
    await expect(started).rejects.toMatchObject({ name: 'AbortError' });
    expect(performance.now() - t).toBeLessThan(200);
    expect(afterAbort).toBe(0);
  });

  it('refuses to start when the signal is already aborted', async () => {
    await expect(runReplications(jobs({}), { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
  });
});
