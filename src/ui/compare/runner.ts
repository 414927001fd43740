// Runs the compare view's replications in the worker pool: only the runs the
// store lacks, interleaved by run index (run 0 of A, B, C, then run 1 …) so a
// half-finished computation is balanced across scenarios and already paired.
// Cancellable through an AbortSignal; the pool's workers stay warm between
// computations. Per result the main thread only files the columns.
import type { RunResult } from '../../model/indicators.ts';
import { ReplicationPool, type PoolProgress, type ReplicationJob } from '../../pool/index.ts';
import type { Scenario } from '../../scenario/types.ts';
import { REPLICATION_DEADLINE_MS, poolFaultOptions } from '../faults/pool-faults.ts';
import { ReplicationStore } from './store.ts';
import { LatestOnly } from '../controllers/latest-only.ts';

export interface RunTarget {
  key: string;
  scenario: Scenario;
}

/** done: every job ran, except `leftOut` that failed twice (the rest finished; the store lacks only those). */
export type RunOutcome = { kind: 'done'; ms: number; computed: number; leftOut: number } | { kind: 'cancelled' } | { kind: 'failed'; message: string };

export interface RunCallbacks {
  onProgress?: (p: PoolProgress) => void;
  onResult?: (target: number, r: RunResult) => void;
  /** A run stopped and was restarted, or left out: in words for the participant (console has the detail). */
  onFault?: (target: number, text: string) => void;
}

/** Workers for compare: every core. The main thread mostly waits; measured in bench/compare.ts. */
export function compareWorkers(): number {
  // ?workers=N overrides (benchmarks, slow machines).
  const q = typeof location !== 'undefined' ? Number(new URLSearchParams(location.search).get('workers')) : NaN;
  if (q >= 1) return Math.min(16, Math.floor(q));
  const n = (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator?.hardwareConcurrency ?? 2;
  return Math.max(1, Math.min(8, n));
}

export class CompareRunner {
  readonly pool: ReplicationPool;
  private latest = new LatestOnly();

  /** Per job; tests lower it to see a hang recovered quickly. */
  deadlineMs = REPLICATION_DEADLINE_MS;

  constructor(readonly store: ReplicationStore, workers = compareWorkers()) {
    this.pool = new ReplicationPool(workers);
  }

  get running(): boolean {
    return this.latest.running;
  }

  /** Jobs the store lacks for `runs` runs of every target, with `seed`. */
  jobsFor(targets: RunTarget[], seed: number, runs: number): ReplicationJob[] {
    const missing = targets.map((t) => new Set(this.store.missing(t.key, runs)));
    const jobs: ReplicationJob[] = [];
    for (let i = 0; i < runs; i++) {
      targets.forEach((t, s) => {
        if (missing[s].has(i)) jobs.push({ scenario: t.scenario, seed, runIndex: i, tag: s });
      });
    }
    return jobs;
  }

  run(targets: RunTarget[], seed: number, runs: number, cb: RunCallbacks = {}): Promise<RunOutcome> {
    const cancelled = (): RunOutcome => ({ kind: 'cancelled' });
    return this.latest.run((signal) => this.compute(targets, seed, runs, cb, signal), cancelled, (message) => ({ kind: 'failed', message }));
  }

  private async compute(targets: RunTarget[], seed: number, runs: number, cb: RunCallbacks, signal: AbortSignal): Promise<RunOutcome> {
    const jobs = this.jobsFor(targets, seed, runs);
    const t0 = performance.now();
    if (jobs.length === 0) {
      cb.onProgress?.({ done: 0, total: 0, etaMs: 0 });
      return { kind: 'done', ms: 0, computed: 0, leftOut: 0 };
    }
    const { failures } = await this.pool.run(jobs, {
      signal,
      // The lab's handling: a hang past the deadline counts as a fault; a fault is
      // retried once on a fresh worker, then the run is left out and the rest go on.
      timeoutMs: this.deadlineMs,
      ...poolFaultOptions((text, job) => cb.onFault?.(job.tag ?? 0, text)),
      keepResults: false,
      onProgress: cb.onProgress,
      onResult: (job, r) => {
        const s = job.tag ?? 0;
        this.store.add(targets[s].key, r);
        cb.onResult?.(s, r);
      },
    });
    return { kind: 'done', ms: performance.now() - t0, computed: jobs.length - failures.length, leftOut: failures.length };
  }

  /** Stop the computation: busy workers are terminated, results so far are kept. */
  cancel(): void {
    this.latest.cancel();
  }

  close(): void {
    this.cancel();
    this.pool.close();
  }
}
