// Pool options that turn replication faults into participant words: pass
// `poolFaultOptions(report)` to ReplicationPool.run / runReplications and
// show what `report` receives in an aria-live region (fault-notice.ts). The
// technical message (scenario, seed, run, error) goes to the console.
import type { JobFailure, ReplicationOptions } from '../../pool/index.ts';
import { runLeftOut, runRestarted } from './words.ts';

export function poolFaultOptions(report: (text: string) => void): Pick<ReplicationOptions, 'onRetry' | 'onFailure'> {
  return {
    onRetry: (f: JobFailure) => {
      console.warn(`replication retried: ${f.message}`);
      report(runRestarted(f.job.runIndex, f.job.seed));
    },
    onFailure: (f: JobFailure) => {
      console.warn(`replication failed twice: ${f.message}`);
      report(runLeftOut(f.job.runIndex, f.job.seed));
    },
  };
}
