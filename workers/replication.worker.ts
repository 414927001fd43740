// Replication worker: runs batches of independent replications through the
// model and transfers their columns back, each as soon as it is done (the
// pool's hang deadline counts from the last one). No model logic of its own.
import { transfer } from 'comlink';
import { runScenario } from '../src/model/run.ts';
import type { Scenario } from '../src/scenario/types.ts';
import {
  packColumns,
  type ReplicationWorkerApi,
  type WireChunk,
  type WireJob,
  type WireOutcome,
  type WorkerStats,
} from '../src/pool/wire.ts';
import { exposeInBrowser } from './expose.ts';

/**
 * Test-only fault injection (src/pool/test-faults.ts): loaded by the dev
 * server here, and by workers/node-entry.mjs under vitest; never in a
 * production build or the CLI.
 */
let injectFault: ((job: WireJob) => void) | undefined;
export function setFaultInjector(f: (job: WireJob) => void): void {
  injectFault = f;
}
// Not awaited at the top: comlink must expose the api before the pool's first message. A batch waits for it instead.
const faultsLoaded = import.meta.env?.DEV ? import('../src/pool/test-faults.ts').then((m) => setFaultInjector(m.injectFault)) : undefined;

/** Scenarios sent by the pool, by key (see WireJob.scenarioKey). */
const scenarios = new Map<number, Scenario>();

function runOne(job: WireJob): WireOutcome {
  try {
    if (job.scenario) scenarios.set(job.scenarioKey, job.scenario);
    const scenario = scenarios.get(job.scenarioKey);
    if (!scenario) throw new Error(`scenario ${job.scenarioKey} was never sent to this worker`);
    injectFault?.(job);
    return { ok: true, result: runScenario(scenario, { seed: job.seed, runIndex: job.runIndex, record: job.record }) };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}

const stats = { jobs: 0, busyMs: 0 };
let threadClock: (() => number | null) | null = null;

/** workers/node-entry.mjs hands in a reader of this thread's CPU time (Node only). */
export function setThreadClock(clock: () => number | null): void {
  threadClock = clock;
}

/** The pool's end of the outcome stream (see ReplicationWorkerApi.streamTo). */
let stream: MessagePort | null = null;

/** A chunk and the transfer list of its columns (one buffer per result). */
function chunk(batch: number, first: number, outcomes: WireOutcome[]): [WireChunk, ArrayBuffer[]] {
  return [{ batch, first, outcomes }, outcomes.flatMap((o) => (o.ok ? [packColumns(o.result)] : []))];
}

export const api: ReplicationWorkerApi = {
  async streamTo(port) {
    stream = port;
  },
  async runBatch(jobs, batch, forget) {
    if (faultsLoaded) await faultsLoaded;
    const t = performance.now();
    if (forget) scenarios.clear();
    // One message per job but the last, which rides on the reply (sent anyway).
    // Measured: ~0.03 ms of this thread and ~0.025 ms of the pool's per job;
    // under 1% of a default replication (~13 ms, which goes ~1 per batch
    // anyway), ~15% of a 0.3 ms toy one. The price of exact progress: the pool
    // knows which job hangs and streams every result as it finishes.
    let first = 0;
    if (stream) {
      for (; first < jobs.length - 1; first++) stream.postMessage(...chunk(batch, first, [runOne(jobs[first])]));
    }
    const [rest, bufs] = chunk(batch, first, jobs.slice(first).map(runOne));
    stats.jobs += jobs.length;
    stats.busyMs += performance.now() - t;
    return transfer(rest, bufs);
  },
  async stats(): Promise<WorkerStats> {
    return { ...stats, threadCpuMs: threadClock?.() ?? null };
  },
};

exposeInBrowser(api);
