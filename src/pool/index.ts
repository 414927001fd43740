// Replication pool contract and its one implementation for browser and Node:
// comlink over Web Workers or over worker_threads (see pool.ts, spawn.ts).

import type { RunResult } from '../model/indicators.ts';
import { ReplicationPool } from './pool.ts';
import type { JobFailure, ReplicationJob, ReplicationOptions } from './contract.ts';

export { ReplicationPool, MAX_BATCH, BATCH_TARGET_MS } from './pool.ts';
export { defaultPoolSize } from './size.ts';

export type { ReplicationJob, PoolProgress, ReplicationOptions, JobFailure } from './contract.ts';

/**
 * Run every job on a fresh pool and close it. Results come back in job order
 * whatever the completion order; a job that fails twice is reported in
 * `failures` (its result is null) while the others finish. Rejects with the
 * signal's reason when aborted.
 */
export async function runReplications(
  jobs: ReplicationJob[],
  opts: ReplicationOptions = {},
): Promise<{ results: (RunResult | null)[]; failures: JobFailure[] }> {
  const pool = new ReplicationPool(opts.workers);
  try {
    return await pool.run(jobs, opts);
  } finally {
    pool.close();
  }
}
