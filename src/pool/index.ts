// Replication pool contract. PLACEHOLDER implementation: runs in-process on
// the calling thread. The worker-pool issue replaces the body, not the shape.

import type { Scenario } from '../scenario/types.ts';
import type { RunResult } from '../model/indicators.ts';
import { runScenario } from '../model/run.ts';

export interface ReplicationJob {
  scenario: Scenario;
  seed: number;
  runIndex: number;
  /** Free-form tag carried back with the result (e.g. grid point, scenario index). */
  tag?: number;
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
  /** Called as each result arrives (in completion order). */
  onResult?: (job: ReplicationJob, result: RunResult) => void;
}

export interface JobFailure {
  job: ReplicationJob;
  message: string;
}

/** Run every job; results come back in job order whatever the completion order. */
export async function runReplications(
  jobs: ReplicationJob[],
  opts: ReplicationOptions = {},
): Promise<{ results: (RunResult | null)[]; failures: JobFailure[] }> {
  const results: (RunResult | null)[] = [];
  const failures: JobFailure[] = [];
  for (const job of jobs) {
    if (opts.signal?.aborted) throw opts.signal.reason ?? new Error('aborted');
    try {
      const r = runScenario(job.scenario, { seed: job.seed, runIndex: job.runIndex });
      results.push(r);
      opts.onResult?.(job, r);
    } catch (e) {
      results.push(null);
      failures.push({ job, message: e instanceof Error ? e.message : String(e) });
    }
    opts.onProgress?.({ done: results.length, total: jobs.length, etaMs: null });
  }
  return { results, failures };
}
