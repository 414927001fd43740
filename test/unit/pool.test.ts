// The replication pool over real worker_threads: same results whatever the
// pool size, batching or completion order; streaming and progress.
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/model/run.ts';
import type { RunResult } from '../../src/model/indicators.ts';
import { ReplicationPool, runReplications, type PoolProgress, type ReplicationJob } from '../../src/pool/index.ts';
import { sameResults, smallScenario } from './pool-helpers.ts';

const scenario = smallScenario();
const SEED = 11;
const jobs = (n: number): ReplicationJob[] => Array.from({ length: n }, (_, i) => ({ scenario, seed: SEED, runIndex: i }));
const mainThread = jobs(8).map((j) => runScenario(j.scenario, { seed: j.seed, runIndex: j.runIndex }));

describe('replication pool', () => {
  it('gives the main thread results, identically with 1, 2 and 4 workers', async () => {
    for (const workers of [1, 2, 4]) {
      const { results, failures } = await runReplications(jobs(8), { workers });
      expect(failures).toEqual([]);
      expect(sameResults(results, mainThread), `${workers} workers`).toBeNull();
    }
  });

  it('returns results in job order when they finish in another order', async () => {
    // Early jobs are slowest: on 4 warm workers without batching they finish late.
    const delayed = jobs(8).map((j, i) => ({ ...j, __delayMs: (8 - i) * 40 }));
    const order: number[] = [];
    const pool = new ReplicationPool(4);
    let results;
    try {
      await pool.run(jobs(4), { batchSize: 1 });
      ({ results } = await pool.run(delayed, { batchSize: 1, onResult: (job) => order.push(job.runIndex) }));
    } finally {
      pool.close();
    }
    expect(order).not.toEqual([...order].sort((a, b) => a - b));
    expect([...order].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(sameResults(results, mainThread)).toBeNull();
  });

  it('gives the same results whatever the batch size', async () => {
    for (const batchSize of [1, 3, 8]) {
      const { results } = await runReplications(jobs(8), { workers: 2, batchSize });
      expect(sameResults(results, mainThread), `batch ${batchSize}`).toBeNull();
    }
  });

  it('streams each result as it finishes and reports progress with an estimate', async () => {
    const progress: PoolProgress[] = [];
    const streamed: RunResult[] = [];
    const slowLast = jobs(6).map((j, i) => ({ ...j, __delayMs: i === 5 ? 600 : 0 }));
    let firstAt = 0;
    const t0 = performance.now();
    const { results } = await runReplications(slowLast, {
      workers: 2,
      batchSize: 1,
      onProgress: (p) => progress.push(p),
      onResult: (_job, r) => {
        firstAt ||= performance.now();
        streamed.push(r);
      },
    });
    const end = performance.now();
    // The first result arrived well before the slow job let the batch finish.
    expect(end - firstAt).toBeGreaterThan(400);
    expect(firstAt - t0).toBeLessThan(end - t0);
    expect(streamed).toHaveLength(6);
    expect(new Set(streamed)).toEqual(new Set(results));
    expect(progress[0]).toEqual({ done: 0, total: 6, etaMs: null });
    expect(progress.at(-1)).toMatchObject({ done: 6, total: 6, etaMs: 0 });
    expect(progress.every((p, i) => i === 0 || p.done >= progress[i - 1].done)).toBe(true);
    expect(progress.slice(1).every((p) => p.etaMs !== null && p.etaMs >= 0)).toBe(true);
  });

  it('streams results within a batch, job by job', async () => {
    // Tiny jobs on a warm worker go out many to a message; job 20 is slow.
    // Its batch-mates before it must not wait for it.
    const tiny = smallScenario(2, 5);
    const many = Array.from({ length: 200 }, (_, i) => ({ scenario: tiny, seed: SEED, runIndex: i, __delayMs: i === 20 ? 400 : 0 }));
    const pool = new ReplicationPool(1);
    const at = new Map<number, number>();
    try {
      await pool.run(many.slice(0, 100).map((j) => ({ ...j, __delayMs: 0 })));
      const sent = pool.messages;
      await pool.run(many, { onResult: (job) => at.set(job.runIndex, performance.now()) });
      expect(pool.messages - sent).toBeLessThan(200 / 4);
    } finally {
      pool.close();
    }
    expect(at.get(20)! - at.get(19)!).toBeGreaterThan(300);
    expect(at.get(21)! - at.get(20)!).toBeLessThan(300);
  });

  it('rejects with the error of a callback that throws, and stays usable', async () => {
    const pool = new ReplicationPool(2);
    try {
      const boom = new Error('caller bug');
      const onResult = (job: ReplicationJob) => {
        if (job.runIndex === 3) throw boom;
      };
      await expect(pool.run(jobs(8), { onResult })).rejects.toBe(boom);
      const { results } = await pool.run(jobs(8));
      expect(sameResults(results, mainThread)).toBeNull();
    } finally {
      pool.close();
    }
  });

  it('transfers columns: each result owns its buffers', async () => {
    const { results } = await runReplications(jobs(2), { workers: 1 });
    const r = results[0]!;
    expect(r.columns.meanTrust).toBeInstanceOf(Float64Array);
    expect(r.columns.meanTrust.length).toBe(scenario.horizon + 1);
    // Packed into one buffer per result (one transfer), never shared between results.
    expect(new Set(Object.values(r.columns).map((c) => c.buffer)).size).toBe(1);
    expect(results[1]!.columns.meanTrust.buffer).not.toBe(r.columns.meanTrust.buffer);
  });

  it('sends a scenario once per worker and follows edits to it between runs', async () => {
    const other = smallScenario(12, 20);
    const mixed = jobs(8).map((j, i) => (i % 2 ? { ...j, scenario: other } : j));
    const expected = mixed.map((j) => runScenario(j.scenario, { seed: j.seed, runIndex: j.runIndex }));
    const edited = { ...scenario, population: { ...scenario.population, size: 24 } };
    const pool = new ReplicationPool(2);
    try {
      const a = await pool.run(mixed, { batchSize: 1 });
      expect(sameResults(a.results, expected)).toBeNull();
      // The same object, edited in place: the workers must not run a stale copy.
      const same = jobs(4).map((j) => ({ ...j, scenario: other }));
      Object.assign(other, { horizon: 9 });
      const b = await pool.run(same, { batchSize: 1 });
      expect(b.results[0]!.columns.meanTrust.length).toBe(10);
      expect(sameResults(b.results, same.map((j) => runScenario(other, { seed: j.seed, runIndex: j.runIndex })))).toBeNull();
      const c = await pool.run([{ scenario: edited, seed: SEED, runIndex: 0 }]);
      expect(sameResults(c.results, [runScenario(edited, { seed: SEED, runIndex: 0 })])).toBeNull();
    } finally {
      pool.close();
    }
  });

  it('gives the right results past the limit of scenarios a worker holds', async () => {
    // 300 distinct scenarios through one worker (it is told to forget them
    // midway), then the first 40 of them again, which it must be sent anew.
    const distinct = Array.from({ length: 300 }, (_, i) => smallScenario(2 + (i % 3), 5 + (i % 7)));
    const many: ReplicationJob[] = [...distinct, ...distinct.slice(0, 40)].map((scenario, i) => ({ scenario, seed: SEED, runIndex: i }));
    const retries: string[] = [];
    const { results, failures } = await runReplications(many, { workers: 1, onRetry: (f) => retries.push(f.message) });
    expect(failures).toEqual([]);
    // A retry would hide a worker that was asked for a scenario it had forgotten.
    expect(retries).toEqual([]);
    expect(sameResults(results, many.map((j) => runScenario(j.scenario, { seed: j.seed, runIndex: j.runIndex })))).toBeNull();
  });

  it('batches quick jobs and sends slow ones alone', async () => {
    const pool = new ReplicationPool(1);
    try {
      const tiny = smallScenario(2, 5);
      await pool.run(Array.from({ length: 200 }, (_, i) => ({ scenario: tiny, seed: 1, runIndex: i })));
      expect(pool.messages).toBeLessThan(50);
      const before = pool.messages;
      // Each over BATCH_TARGET_MS (20 ms): no gain in batching them.
      await pool.run(jobs(6).map((j) => ({ ...j, __delayMs: 30 })));
      expect(pool.messages - before).toBe(6);
    } finally {
      pool.close();
    }
  });

  it('keeps its workers between runs of a long-lived pool', async () => {
    const pool = new ReplicationPool(2);
    try {
      const a = await pool.run(jobs(4));
      const b = await pool.run(jobs(4));
      expect(pool.spawned).toBe(2);
      expect(sameResults(a.results, b.results)).toBeNull();
      pool.close();
      await pool.run(jobs(1));
      expect(pool.spawned).toBe(3);
    } finally {
      pool.close();
    }
  });
});
