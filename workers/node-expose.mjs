// Exposing a worker module's `api` on worker_threads' parent port through
// comlink, shared by node-entry.mjs (TypeScript through tsx) and the CLI's
// bundled workers (bin/cli-bundle.mjs), so both start the same way.
import { parentPort } from 'node:worker_threads';
import { readFileSync } from 'node:fs';
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

export function exposeOnParentPort(mod) {
  mod.setThreadClock?.(threadCpuMs);
  expose(mod.api, nodeEndpoint(parentPort));
}
