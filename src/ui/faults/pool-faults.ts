// Pool options that turn replication faults into participant words: pass
// `poolFaultOptions(report)` to ReplicationPool.run / runReplications and
// show what `report` receives in an aria-live region (fault-notice.ts). The
// technical message (scenario, seed, run, error) goes to the console.
import type { JobFailure, ReplicationJob, ReplicationOptions } from '../../pool/index.ts';
import { runLeftOut, runRestarted } from './words.ts';

/**
 * A replication that has not answered after this long is taken for hung: its
 * worker is replaced and the run tried once more (then left out). Far above a
 * real run: 2,000 members over 104 weeks take a few seconds on a slow laptop.
 * Compare and the lessons pass it as the pool's timeoutMs.
 */
export const REPLICATION_DEADLINE_MS = 60_000;

export function poolFaultOptions(report: (text: string, job: ReplicationJob) => void): Pick<ReplicationOptions, 'onRetry' | 'onFailure'> {
  return {
    onRetry: (f: JobFailure) => {
      console.warn(`replication retried: ${f.message}`);
      report(runRestarted(f.job.runIndex, f.job.seed), f.job);
    },
    onFailure: (f: JobFailure) => {
      console.warn(`replication failed twice: ${f.message}`);
      report(runLeftOut(f.job.runIndex, f.job.seed), f.job);
    },
  };
}
