// Replication worker: runs batches of independent replications through the
// model and transfers their columns back. No model logic of its own.
import { transfer } from 'comlink';
import { runScenario } from '../src/model/run.ts';
import {
  resultTransferables,
  type ReplicationWorkerApi,
  type WireJob,
  type WireOutcome,
} from '../src/pool/wire.ts';
import { exposeInBrowser } from './expose.ts';

function runOne(job: WireJob): WireOutcome {
  try {
    injectFault(job);
    return { ok: true, result: runScenario(job.scenario, { seed: job.seed, runIndex: job.runIndex }) };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}

/** TEST-ONLY: see TestFault in src/pool/wire.ts. */
function injectFault(job: WireJob): void {
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

export const api: ReplicationWorkerApi = {
  async runBatch(jobs) {
    const out = jobs.map(runOne);
    const bufs = out.flatMap((o) => (o.ok ? resultTransferables(o.result) : []));
    return transfer(out, bufs);
  },
};

exposeInBrowser(api);
