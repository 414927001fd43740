// The replication pool: a set of comlink workers (Web Workers or
// worker_threads, see spawn.ts) fed with batches of jobs, whose outcomes stream
// back one job at a time (batch.ts). Job i carries its own run index, so
// results never depend on the pool size or finishing order.

import type { RunResult } from '../model/indicators.ts';
import type { Scenario } from '../scenario/types.ts';
import type { JobFailure, ReplicationJob, ReplicationOptions } from './contract.ts';
import { SentBatch, type Pending, type Race } from './batch.ts';
import type { WorkerHandle } from './worker-handle.ts';
import { startReplicationWorker } from './start.ts';
import { defaultPoolSize } from './size.ts';
import type { ReplicationWorkerApi, WireJob, WireOutcome, WorkerStats } from './wire.ts';

type Handle = WorkerHandle<ReplicationWorkerApi>;

/**
 * Batching. A message costs ~0.07 ms in Node (measured, empty batch), nothing
 * next to a default replication (~15 ms) but 10% or more of a tiny one. So
 * batches hold about BATCH_TARGET_MS of work, estimated from the jobs done so
 * far, never more than MAX_BATCH jobs, and shrink near the end so that every
 * worker stays busy until the last job. Outcomes come back one message per
 * job as each finishes (results stream, and the hang deadline counts from the
 * last one, batch.ts); the last of a batch rides on its reply.
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
  /** Batches sent and not yet settled or given up, by id: where streamed outcomes go. */
  private inFlight = new Map<number, SentBatch>();
  private nextBatch = 0;

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

  private async acquire(timeoutMs: number | undefined, giveUp: Promise<unknown>): Promise<Handle> {
    let w = this.idle.pop();
    if (!w) {
      this.spawned++;
      w = await startReplicationWorker((chunk) => this.inFlight.get(chunk.batch)?.deliver(chunk), timeoutMs, giveUp);
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
    /** A caller's callback threw: the run stops as if aborted, and rejects with it. */
    let thrown = null as { error: unknown } | null;
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
      progress();
    };
    const retryOrFail = (p: Pending, message: string) => {
      if (p.attempt === 0) {
        pending.unshift({ index: p.index, attempt: 1, solo: true });
        const job = jobs[p.index];
        opts.onRetry?.({ job, message: `scenario "${job.scenario.name}", seed ${job.seed}, run ${job.runIndex}: ${message}` });
      } else fail(p, message);
    };
    /** Back in line, behind any retries and suspects. */
    const backInLine = (ps: Pending[]) => {
      const at = pending.findIndex((p) => !p.solo);
      pending.splice(at < 0 ? pending.length : at, 0, ...ps);
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

    const slot = async () => {
      let w: Handle | null = null;
      // Keys of the scenarios this slot's worker holds (it forgets them on its first batch).
      let held = new Set<number>();
      let forget = true;
      // A job of this worker threw: replace it once its current batch is in.
      let threw = false;
      // The batch queued on the worker behind the one it is running, so that it
      // starts the next job at once instead of waiting for a round trip through
      // this thread (which other busy threads may keep off a core for a while).
      let ahead: SentBatch | null = null;
      let lastDone = 0;
      // Outcomes are taken as they arrive: results stream out job by job.
      const take = (p: Pending, o: WireOutcome) => {
        if (o.ok) {
          if (keep) results[p.index] = o.result;
          finished++;
          onResult?.(jobs[p.index], o.result);
          progress();
        } else {
          threw = true;
          retryOrFail(p, o.message);
        }
      };
      const send = (w: Handle, batch: Pending[]): SentBatch => {
        if (held.size > MAX_HELD_SCENARIOS) {
          held.clear();
          forget = true;
        }
        const wire: WireJob[] = batch.map((p) => {
          const j = jobs[p.index];
          const scenarioKey = keyOf(j.scenario);
          const first = !held.has(scenarioKey);
          held.add(scenarioKey);
          // Every field of the job but its scenario (sent once per worker) and tag (kept here) crosses as it is.
          const { scenario: _s, tag: _t, ...fields } = j;
          return { ...fields, scenarioKey, scenario: first ? j.scenario : undefined, attempt: p.attempt };
        });
        this.messages++;
        const sent = new SentBatch(this.nextBatch++, batch, take);
        this.inFlight.set(sent.id, sent);
        w.remote.runBatch(wire, sent.id, forget).then(
          (chunk) => sent.deliver(chunk),
          (e) => sent.fail(e instanceof Error ? e.message : String(e)),
        );
        forget = false;
        return sent;
      };
      /** Stop listening to a batch; returns its jobs without an outcome. */
      const drop = (b: SentBatch) => {
        this.inFlight.delete(b.id);
        return b.drop();
      };
      /** Replace this slot's worker; the batch queued on it goes back in line. */
      const replace = () => {
        this.release(w!, false);
        w = null;
        threw = false;
        if (ahead) backInLine(drop(ahead));
        ahead = null;
      };
      while (!aborted && (ahead || pending.length)) {
        const batch = ahead ? null : takeBatch();
        if (!w) {
          w = await this.acquire(opts.timeoutMs, abortP);
          held = new Set();
          forget = true;
        }
        if (aborted) break;
        const cur = ahead ?? send(w, batch!);
        ahead = null;
        // Not near the end, where a queued batch could leave another worker idle.
        if (pending.length >= size * 2 && !pending[0].solo) ahead = send(w, takeBatch());
        const r = await this.race(w, cur, abortP, opts.timeoutMs);
        if (r.kind === 'aborted') return;
        if (r.kind === 'error') {
          thrown ??= { error: r.error };
          onAbort();
          return;
        }
        if (r.kind === 'dead' || r.kind === 'timeout') {
          replace();
          const [first, ...rest] = drop(cur);
          // Every outcome came in after all, just as the worker went.
          if (!first) continue;
          // The first job without an outcome is the one that was running: its
          // predecessors' outcomes were posted before it started. A job that
          // ran alone, or was silent for the whole deadline, spends an
          // attempt. A death is only a suspicion (the death notice can overtake
          // the last outcomes: another channel), so the suspect runs alone
          // first, without spending one. Jobs after it never started.
          if (cur.jobs.length === 1 || r.kind === 'timeout') retryOrFail(first, r.message);
          else pending.unshift({ ...first, solo: true });
          backInLine(rest);
          continue;
        }
        this.inFlight.delete(cur.id);
        // A queued batch started when the one before it finished.
        const now = performance.now();
        const ms = (now - Math.max(cur.sentAt, lastDone)) / cur.jobs.length;
        lastDone = now;
        // Follow a faster batch at once (the first jobs of a fresh worker pay for
        // its warm-up and would keep batches tiny), a slower one gradually.
        perJobMs = perJobMs === null || ms < perJobMs ? ms : 0.7 * perJobMs + 0.3 * ms;
        // A worker whose job threw is replaced: its state is no longer trusted.
        if (threw) replace();
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
      this.inFlight.clear();
    }
    if (thrown) throw thrown.error;
    if (aborted) throw signal?.reason ?? new Error('aborted');
    failures.sort((a, b) => a.index - b.index);
    return { results, failures: failures.map(({ job, message }) => ({ job, message })) };
  }

  /** The batch's outcomes, its worker's death, an abort or the hang deadline (armed now), whichever first. */
  private race(w: Handle, b: SentBatch, abortP: Promise<Race>, timeoutMs?: number): Promise<Race> {
    const contenders: Promise<Race>[] = [b.settled, w.died.then((message): Race => ({ kind: 'dead', message })), abortP];
    const deadline = timeoutMs && timeoutMs > 0 ? b.deadline(timeoutMs) : null;
    if (deadline) contenders.push(deadline.expired);
    return Promise.race(contenders).finally(() => deadline?.cancel());
  }
}
