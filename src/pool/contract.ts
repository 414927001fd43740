// The replication pool's contract: what a job is, the options of a run,
// and how a failure is reported. Its own file, so that the pool (pool.ts)
// and the module's front (index.ts) both import it without importing each
// other.

import type { Indicator, RunResult } from '../model/indicators.ts';
import type { Scenario } from '../scenario/types.ts';

export interface ReplicationJob {
  scenario: Scenario;
  seed: number;
  runIndex: number;
  /** Free-form tag carried back with the result (e.g. grid point, scenario index). */
  tag?: number;
  /** The indicators the caller will read (runScenario's `record`; default all). */
  record?: readonly Indicator[];
}

export interface PoolProgress {
  done: number;
  total: number;
  /** Estimated milliseconds left, or null before the first result. */
  etaMs: number | null;
}

export interface ReplicationOptions {
  /** Worker count; default: available cores (minus one in the browser). */
  workers?: number;
  signal?: AbortSignal;
  onProgress?: (p: PoolProgress) => void;
  /** Called as each result arrives, job by job (in completion order). */
  onResult?: (job: ReplicationJob, result: RunResult) => void;
  /** Called when a job failed on its first attempt and is queued again (UI fault reports). */
  onRetry?: (failure: JobFailure) => void;
  /** Called when a job has failed twice (it is also listed in `failures`). */
  onFailure?: (failure: JobFailure) => void;
  /** Most jobs per message (default MAX_BATCH); batches hold ~BATCH_TARGET_MS of work and shrink near the end. */
  batchSize?: number;
  /**
   * A job running longer than this is taken for hung (default: no limit): its
   * worker is replaced and it is retried once. Counted from its worker's last
   * finished job (each job reports as it finishes), however long the batch.
   */
  timeoutMs?: number;
  /** false: do not hold results (returns results: []); use onResult to stream them. */
  keepResults?: boolean;
}

export interface JobFailure {
  job: ReplicationJob;
  /** Names the scenario, seed and run index, then the error. */
  message: string;
}
