// What crosses the boundary between the pool and workers/replication.worker.ts.
// Kept apart from index.ts so the worker imports no scheduling code.

import type { Scenario } from '../scenario/types.ts';
import type { RunResult } from '../model/indicators.ts';

/**
 * TEST-ONLY fault injection, honoured only by workers/replication.worker.ts:
 * the job fails on its first `attempts` attempts (default: every attempt) by
 * throwing, by killing its worker, or by never returning. Never set it outside
 * test/ and bench/; nothing in the model or the CLI reads it.
 */
export interface TestFault {
  mode: 'throw' | 'exit' | 'hang';
  attempts?: number;
}

export interface WireJob {
  scenario: Scenario;
  seed: number;
  runIndex: number;
  /** 0 on the first try, 1 on the retry. */
  attempt: number;
  __fail?: TestFault;
  /** TEST-ONLY: busy-wait this long before running, to shuffle completion order. */
  __delayMs?: number;
}

export type WireOutcome = { ok: true; result: RunResult } | { ok: false; message: string };

/** The API the replication worker exposes through comlink. */
export interface ReplicationWorkerApi {
  /** Run a batch of replications; one outcome per job, in order. */
  runBatch(jobs: WireJob[]): Promise<WireOutcome[]>;
}

/** The distinct buffers behind a result's columns, for the transfer list. */
export function resultTransferables(r: RunResult): ArrayBuffer[] {
  const set = new Set<ArrayBuffer>();
  for (const col of Object.values(r.columns)) set.add(col.buffer as ArrayBuffer);
  return [...set];
}
