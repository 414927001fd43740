// Runs replication jobs through the shared pool for `run` and `compare`:
// progress on a TTY, streaming in job order, and a failed job reported as an
// internal error naming the file, seed and run index.

import type { RunResult } from '../model/indicators.ts';
import { runReplications, type ReplicationJob } from '../pool/index.ts';
import type { CliIO } from './io.ts';
import { progressSink } from './progress.ts';

export interface ReplicateOptions {
  workers?: number;
  /** Shown in the progress line, e.g. "run" or "compare". */
  label: string;
  /** Name of job.tag's scenario (its file), for failure messages. */
  fileOf: (job: ReplicationJob) => string;
  /**
   * Called for each result in job order, as soon as all earlier jobs are done.
   * When given, the returned array is empty (results are not held).
   */
  onOrdered?: (result: RunResult, jobIndex: number) => void;
  /** --progress: plain progress lines on stderr from the start, terminal or not. */
  progress?: boolean;
}

function seconds(ms: number): string {
  return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
}

/**
 * One run goes in this thread: starting a worker (a thread, the model
 * loaded into it) costs more than a short run, and the model is the same
 * pure function of (scenario, seed, run index) here as there.
 */
async function runHere(job: ReplicationJob, opts: ReplicateOptions): Promise<RunResult[]> {
  const { runScenario } = await import('../model/run.ts');
  let result: RunResult;
  try {
    result = runScenario(job.scenario, { seed: job.seed, runIndex: job.runIndex, record: job.record });
  } catch (e) {
    throw new Error(`${opts.fileOf(job)}: scenario "${job.scenario.name}", seed ${job.seed}, run ${job.runIndex}: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (opts.onOrdered) {
    opts.onOrdered(result, 0);
    return [];
  }
  return [result];
}

export async function replicate(io: CliIO, jobs: ReplicationJob[], opts: ReplicateOptions): Promise<RunResult[]> {
  if (jobs.length === 1) return runHere(jobs[0], opts);
  const indexOf = new Map(jobs.map((j, i) => [j, i]));
  const pending = new Map<number, RunResult>();
  let next = 0;
  const onResult = opts.onOrdered
    ? (job: ReplicationJob, result: RunResult) => {
        const i = indexOf.get(job) ?? jobs.findIndex((j) => j.runIndex === job.runIndex && j.tag === job.tag);
        pending.set(i, result);
        while (pending.has(next)) {
          opts.onOrdered!(pending.get(next)!, next);
          pending.delete(next);
          next++;
        }
      }
    : undefined;
  const started = Date.now();
  try {
    const { results, failures } = await runReplications(jobs, {
      workers: opts.workers,
      signal: io.signal,
      onResult,
      // Streaming callers write each run as it comes; the pool need not hold them all.
      keepResults: !opts.onOrdered,
      onProgress: progressSink(io, opts.label, opts.progress === true, ({ done, total, etaMs }) =>
        `${opts.label}: ${done}/${total} runs${etaMs === null ? '' : `, about ${seconds(etaMs)} left`}`),
    });
    if (failures.length > 0) {
      const f = failures[0];
      const more = failures.length > 1 ? ` (and ${failures.length - 1} more failed runs)` : '';
      throw new Error(`${opts.fileOf(f.job)}: ${f.message}${more}`);
    }
    if (io.errIsTTY) {
      io.progress('');
      io.err(`${opts.label}: ${jobs.length} runs in ${seconds(Date.now() - started)}\n`);
    }
    return results as RunResult[];
  } finally {
    io.progress('');
  }
}
