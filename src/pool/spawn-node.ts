// Node side of spawn.ts: a worker_threads Worker running workers/node-entry.mjs,
// which loads the TypeScript worker module through tsx, or, in the CLI's
// bundle (bin/cli-bundle.mjs), the worker's own bundle, which starts in a
// fraction of the time.
import { Worker } from 'node:worker_threads';
import { wrap, releaseProxy } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import type { WorkerHandle, WorkerKind } from './worker-handle.ts';

const ENTRY = new URL('../../workers/node-entry.mjs', import.meta.url);
const MODULES: Record<WorkerKind, URL> = {
  replication: new URL('../../workers/replication.worker.ts', import.meta.url),
  simulation: new URL('../../workers/simulation.worker.ts', import.meta.url),
};

let bundled: Record<WorkerKind, URL> | null = null;

/** Start workers from these self-contained bundles instead of the TypeScript sources. */
export function useBundledWorkers(urls: Record<WorkerKind, URL>): void {
  bundled = urls;
}

export function spawnNodeWorker<T>(kind: WorkerKind): WorkerHandle<T> {
  const worker = bundled ? new Worker(bundled[kind]) : new Worker(ENTRY, { workerData: { module: MODULES[kind].href } });
  const remote = wrap<T>(nodeEndpoint(worker));
  let terminated = false;
  const died = new Promise<string>((resolve) => {
    worker.on('error', (e) => resolve(`worker error: ${e instanceof Error ? e.message : String(e)}`));
    worker.on('exit', (code) => {
      if (!terminated) resolve(`worker exited with code ${code}`);
    });
  });
  return {
    remote,
    died,
    terminate() {
      terminated = true;
      remote[releaseProxy]();
      void worker.terminate();
    },
  };
}
