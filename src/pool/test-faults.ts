// TEST-ONLY fault injection for the replication worker: a job fails on its
// first `attempts` attempts (default: every attempt) by throwing, by killing
// its worker, or by never returning; or it busy-waits first, to shuffle the
// order in which jobs finish. Tests put `__fail` / `__delayMs` on a job; the
// pool forwards a job's fields without knowing these. The worker loads this
// file only under test: in Node when vitest runs (workers/node-entry.mjs), in
// the browser only from the dev server (import.meta.env.DEV); the CLI and a
// production build never run it.
import type { ReplicationJob } from './contract.ts';
import type { WireJob } from './wire.ts';

export interface TestFault {
  mode: 'throw' | 'exit' | 'hang';
  attempts?: number;
}

export interface JobFaults {
  __fail?: TestFault;
  /** Busy-wait this long before running. */
  __delayMs?: number;
}

/** A replication job with test faults on it. */
export type FaultyJob = ReplicationJob & JobFaults;

export function injectFault(job: WireJob & JobFaults): void {
  if (job.__delayMs) for (const end = performance.now() + job.__delayMs; performance.now() < end; );
  const f = job.__fail;
  if (!f || job.attempt >= (f.attempts ?? Infinity)) return;
  if (f.mode === 'throw') throw new Error('injected test fault');
  if (f.mode === 'exit') {
    const proc = (globalThis as { process?: { exit(code: number): never } }).process;
    if (proc) proc.exit(3);
    (globalThis as unknown as { close(): void }).close();
  }
  if (f.mode === 'hang') for (;;);
}
