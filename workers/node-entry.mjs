// Node entry for a comlink worker on worker_threads. Node cannot load .ts by
// itself, so register tsx's loader, import the worker module named in
// workerData, and expose its `api` on the parent port through comlink's Node
// adapter. Browsers load the .ts module directly (vite), which exposes itself.
import { parentPort, workerData } from 'node:worker_threads';
import { readFileSync } from 'node:fs';
import { register } from 'tsx/esm/api';
import { expose } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';

/** This thread's CPU time in ms (utime + stime at 100 ticks/s), or null off Linux. */
function threadCpuMs() {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) * 10;
  } catch {
    return null;
  }
}

register();
const mod = await import(workerData.module);
mod.setThreadClock?.(threadCpuMs);
// Under vitest only: the replication worker's test-only fault injection (src/pool/test-faults.ts).
if (process.env.VITEST && mod.setFaultInjector) mod.setFaultInjector((await import('../src/pool/test-faults.ts')).injectFault);
expose(mod.api, nodeEndpoint(parentPort));
