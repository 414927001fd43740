// The replication pool: a set of comlink workers (Web Workers or
// worker_threads, see spawn.ts) fed with batches of jobs. Job i carries its own
// run index, so results never depend on the pool size or finishing order.

import type { RunResult } from '../model/indicators.ts';
import type { Scenario } from '../scenario/types.ts';
import type { JobFailure, ReplicationJob, ReplicationOptions } from './index.ts';
import { spawnWorker, type WorkerHandle } from './spawn.ts';
import { defaultPoolSize } from './size.ts';
import type { ReplicationWorkerApi, WireJob, WireOutcome, WorkerStats } from './wire.ts';

type Handle = WorkerHandle<ReplicationWorkerApi>;

interface Pending {
  index: number;
  attempt: number;
  /** Run alone: it was in a batch whose worker died. */
  solo: boolean;
}

type Race =
  | { kind: 'done'; outcomes: WireOutcome[] }
  | { kind: 'dead'; message: string }
  | { kind: 'aborted' };

/**
 * Batching. A message costs ~0.07 ms in Node (measured, empty batch), nothing
 * next to a default replication (~15 ms) but 10% or more of a tiny one. So
 * batches hold about BATCH_TARGET_MS of work, estimated from the jobs done so
 * far, never more than MAX_BATCH jobs, and shrink near the end so that every
 * worker stays busy until the last job.
 */
export const MAX_BATCH = 32;
export const BATCH_TARGET_MS = 20;
/** A worker holding more scenarios than this is told to forget them all (sweeps of many grid points). */
const MAX_HELD_SCENARIOS = 256;

export class ReplicationPool {
  private idle: Handle[] = [];
  private busy = new Set<Handle>();
  private sizeP: Promise<number>;
  private queue: Promise<unknown> = Promise.resolve();
  /** Workers started so far, replacements included (for tests and benchmarks). */
  spawned = 0;
  /** Batches sent so far (for tests and benchmarks). */
  messages = 0;
  /** Scenario keys, unique over the pool's life (see WireJob.scenarioKey). */
  private nextKey = 0;

  constructor(workers?: number) {
    this.sizeP = workers && workers > 0 ? Promise.resolve(Math.floor(workers)) : defaultPoolSize();
  }

  size(): Promise<number> {
    return this.sizeP;
  }

  /** Run every job; one run at a time per pool (later calls wait their turn). */
  run(jobs: ReplicationJob[], opts: ReplicationOptions = {}) {
    const p = this.queue.then(() => this.runNow(jobs, opts));
    this.queue = p.catch(() => undefined);
    return p;
  }

  /** Terminate every worker; the pool can still be used (it respawns). */
  close(): void {
    for (const w of [...this.idle, ...this.busy]) w.terminate();
    this.idle = [];
    this.busy.clear();
  }

  /** What each idle worker has done since it started (call between runs). */
  async workerStats(): Promise<WorkerStats[]> {
    return Promise.all(this.idle.map((w) => w.remote.stats()));
  }

  private async acquire(): Promise<Handle> {
    let w = this.idle.pop();
    if (!w) {
      this.spawned++;
      w = await spawnWorker<ReplicationWorkerApi>('replication');
    }
    this.busy.add(w);
    return w;
  }

  private release(w: Handle, healthy: boolean): void {
    this.busy.delete(w);
    if (healthy) this.idle.push(w);
    else w.terminate();
  }

  private async runNow(jobs: ReplicationJob[], opts: ReplicationOptions) {
    const { signal, onProgress, onResult } = opts;
    signal?.throwIfAborted();
    const total = jobs.length;
    const keep = opts.keepResults !== false;
    const results: (RunResult | null)[] = keep ? new Array(total).fill(null) : [];
    const failures: (JobFailure & { index: number })[] = [];
    const pending: Pending[] = jobs.map((_, index) => ({ index, attempt: 0, solo: false }));
    const size = Math.min(await this.sizeP, Math.max(1, total));
    const maxBatch = Math.max(1, opts.batchSize ?? MAX_BATCH);
    const started = performance.now();
    let finished = 0;
    // Scenario keys are new for every run (a caller may edit a scenario object
    // between runs), and each worker's cache is dropped on its first batch of a run.
    const keys = new Map<Scenario, number>();
    const keyOf = (s: Scenario) => {
      let k = keys.get(s);
      if (k === undefined) keys.set(s, (k = this.nextKey++));
      return k;
    };

    let aborted = false;
    let onAbort: () => void = () => {};
    const abortP = new Promise<Race>((resolve) => {
      onAbort = () => {
        aborted = true;
        // Busy workers may be deep in a long run: kill them rather than wait.
        for (const w of [...this.busy]) this.release(w, false);
        resolve({ kind: 'aborted' });
      };
    });
    signal?.addEventListener('abort', onAbort, { once: true });

    const progress = () => {
      const elapsed = performance.now() - started;
      onProgress?.({ done: finished, total, etaMs: finished ? (elapsed / finished) * (total - finished) : null });
    };
    const fail = (p: Pending, message: string) => {
      const job = jobs[p.index];
      const failure = { job, message: `scenario "${job.scenario.name}", seed ${job.seed}, run ${job.runIndex}: ${message}` };
      failures.push({ index: p.index, ...failure });
      finished++;
      opts.onFailure?.(failure);
    };
    const retryOrFail = (p: Pending, message: string) => {
      if (p.attempt === 0) {
        pending.unshift({ index: p.index, attempt: 1, solo: true });
        const job = jobs[p.index];
        opts.onRetry?.({ job, message: `scenario "${job.scenario.name}", seed ${job.seed}, run ${job.runIndex}: ${message}` });
      } else fail(p, message);
    };
    // Small batches near the end keep every worker busy until the last job.
    // Wall-clock ms per job, from finished batches (null until the first one).
    let perJobMs: number | null = null;
    const takeBatch = (): Pending[] => {
      if (pending[0]?.solo) return [pending.shift()!];
      const byTime = perJobMs === null ? 1 : Math.floor(BATCH_TARGET_MS / Math.max(perJobMs, 1e-3));
      const n = Math.max(1, Math.min(maxBatch, byTime, Math.floor(pending.length / (size * 2))));
      const batch: Pending[] = [];
      while (batch.length < n && pending.length && !pending[0].solo) batch.push(pending.shift()!);
      return batch;
    };

    // A batch on its way to a worker, its result not yet in.
    interface Sent {
      batch: Pending[];
      call: Promise<Race>;
      sentAt: number;
    }

    const slot = async () => {
      let w: Handle | null = null;
      // Keys of the scenarios this slot's worker holds (it forgets them on its first batch).
      let held = new Set<number>();
      let forget = true;
      // The batch queued on the worker behind the one it is running, so that it
      // starts the next job at once instead of waiting for a round trip through
      // this thread (which other busy threads may keep off a core for a while).
      let ahead: Sent | null = null;
      let lastDone = 0;
      const send = (w: Handle, batch: Pending[]): Sent => {
        if (held.size > MAX_HELD_SCENARIOS) {
          held.clear();
          forget = true;
        }
        const wire: WireJob[] = batch.map((p) => {
          const j = jobs[p.index];
          const scenarioKey = keyOf(j.scenario);
          const first = !held.has(scenarioKey);
          held.add(scenarioKey);
          return { scenarioKey, scenario: first ? j.scenario : undefined, seed: j.seed, runIndex: j.runIndex, attempt: p.attempt, __fail: j.__fail, __delayMs: j.__delayMs };
        });
        this.messages++;
        const call = this.call(w, wire, forget);
        forget = false;
        return { batch, call, sentAt: performance.now() };
      };
      /** Put a queued batch that will never run back in line, behind any retries. */
      const requeueAhead = () => {
        if (!ahead) return;
        const at = pending.findIndex((p) => !p.solo);
        pending.splice(at < 0 ? pending.length : at, 0, ...ahead.batch);
        ahead = null;
      };
      while (!aborted && (ahead || pending.length)) {
        const batch = ahead ? null : takeBatch();
        if (!w) {
          w = await this.acquire();
          held = new Set();
          forget = true;
        }
        if (aborted) break;
        const cur = ahead ?? send(w, batch!);
        ahead = null;
        // Not near the end, where a queued batch could leave another worker idle.
        if (pending.length >= size * 2 && !pending[0].solo) ahead = send(w, takeBatch());
        const r = await this.race(w, cur.call, cur.batch.length, abortP, opts.timeoutMs);
        if (r.kind === 'aborted') return;
        if (r.kind === 'dead') {
          this.release(w, false);
          w = null;
          requeueAhead();
          // Isolate the culprit: a crashed batch's jobs go back one by one, without
          // spending an attempt; a crashed single job spends one.
          if (cur.batch.length > 1) pending.unshift(...cur.batch.map((p) => ({ ...p, solo: true })));
          else retryOrFail(cur.batch[0], r.message);
          continue;
        }
        // A queued batch started when the one before it finished.
        const now = performance.now();
        const ms = (now - Math.max(cur.sentAt, lastDone)) / cur.batch.length;
        lastDone = now;
        // Follow a faster batch at once (the first jobs of a fresh worker pay for
        // its warm-up and would keep batches tiny), a slower one gradually.
        perJobMs = perJobMs === null || ms < perJobMs ? ms : 0.7 * perJobMs + 0.3 * ms;
        let threw = false;
        r.outcomes.forEach((o, k) => {
          const p = cur.batch[k];
          if (o.ok) {
            if (keep) results[p.index] = o.result;
            finished++;
            onResult?.(jobs[p.index], o.result);
          } else {
            threw = true;
            retryOrFail(p, o.message);
          }
        });
        progress();
        // A worker whose job threw is replaced: its state is no longer trusted.
        if (threw) {
          this.release(w, false);
          w = null;
          requeueAhead();
        }
      }
      if (w) this.release(w, !aborted);
    };

    try {
      progress();
      // Workers that fail leave pending work to the survivors; loop until drained.
      while (!aborted && pending.length) {
        await Promise.all(Array.from({ length: Math.min(size, pending.length) }, slot));
      }
    } finally {
      signal?.removeEventListener('abort', onAbort);
    }
    if (aborted) throw signal?.reason ?? new Error('aborted');
    failures.sort((a, b) => a.index - b.index);
    return { results, failures: failures.map(({ job, message }) => ({ job, message })) };
  }

  private call(w: Handle, wire: WireJob[], forget: boolean): Promise<Race> {
    return w.remote.runBatch(wire, forget).then(
      (outcomes): Race => ({ kind: 'done', outcomes }),
      (e): Race => ({ kind: 'dead', message: e instanceof Error ? e.message : String(e) }),
    );
  }

  /** The batch's result, its worker's death, an abort or the time limit (armed now), whichever first. */
  private race(w: Handle, call: Promise<Race>, jobs: number, abortP: Promise<Race>, timeoutMs?: number): Promise<Race> {
    const contenders: Promise<Race>[] = [call, w.died.then((message): Race => ({ kind: 'dead', message })), abortP];
    let timer: ReturnType<typeof setTimeout> | undefined;
    if (timeoutMs && timeoutMs > 0) {
      const ms = timeoutMs * jobs;
      contenders.push(new Promise((resolve) => (timer = setTimeout(() => resolve({ kind: 'dead', message: `timed out after ${ms} ms` }), ms))));
    }
    return Promise.race(contenders).finally(() => clearTimeout(timer));
  }
}
