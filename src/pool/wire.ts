// What crosses the boundary between the pool and workers/replication.worker.ts.
// Kept apart from index.ts so the worker imports no scheduling code.

import type { Scenario } from '../scenario/types.ts';
import type { Columns, Indicator, RunResult } from '../model/indicators.ts';

export interface WireJob {
  /**
   * The worker keeps the scenarios it has been sent under a key, so that a
   * scenario (2.6 kB, ~0.1 ms to clone each way) crosses once per worker
   * rather than once per job.
   */
  scenarioKey: number;
  /** The scenario itself, only the first time this worker sees scenarioKey. */
  scenario?: Scenario;
  seed: number;
  runIndex: number;
  /** 0 on the first try, 1 on the retry. */
  attempt: number;
  /** The indicators the caller will read (ReplicationJob.record). */
  record?: readonly Indicator[];
}

export type WireOutcome = { ok: true; result: RunResult } | { ok: false; message: string };

/**
 * Outcomes of consecutive jobs of one batch: jobs first, first + 1, ... The
 * worker posts one per finished job on the port given to streamTo (so the pool
 * sees progress and streams results while the batch runs) and returns the
 * last one as runBatch's reply.
 */
export interface WireChunk {
  /** The batch id given to runBatch. */
  batch: number;
  /** Position in the batch of outcomes[0]. */
  first: number;
  outcomes: WireOutcome[];
}

/** What a worker has done since it started (benchmarks and diagnostics). */
export interface WorkerStats {
  /** Jobs run. */
  jobs: number;
  /** Milliseconds spent inside runBatch. */
  busyMs: number;
  /** This thread's own CPU time in ms (Node on Linux, 10 ms resolution), else null. */
  threadCpuMs: number | null;
}

/** The API the replication worker exposes through comlink. */
export interface ReplicationWorkerApi {
  /**
   * Where to post the outcome of each job as it finishes (a port of a
   * MessageChannel, transferred). Without one, a batch's outcomes all come
   * back in runBatch's reply.
   */
  streamTo(port: MessagePort): Promise<void>;
  /**
   * Run a batch of replications in order. Each outcome but the last is posted
   * on the stream port as soon as it is ready; the reply holds the rest.
   * `forget` first drops every cached scenario (the pool's record of what this
   * worker holds starts afresh: each run, and when the cache grows large).
   */
  runBatch(jobs: WireJob[], batch: number, forget?: boolean): Promise<WireChunk>;
  stats(): Promise<WorkerStats>;
}

/**
 * Copies a result's columns into one buffer (views of it, same values) and
 * returns that buffer for the transfer list: one transfer instead of one per
 * indicator (35), which halves the cost of a result crossing to the main thread.
 */
export function packColumns(r: RunResult): ArrayBuffer {
  const names = Object.keys(r.columns) as (keyof Columns)[];
  let length = 0;
  for (const name of names) length += r.columns[name].length;
  const all = new Float64Array(length);
  const packed = {} as Columns;
  let at = 0;
  for (const name of names) {
    const col = r.columns[name];
    all.set(col, at);
    packed[name] = all.subarray(at, at + col.length);
    at += col.length;
  }
  r.columns = packed;
  return all.buffer;
}
