// Starting a comlink worker in the browser (Web Worker) or in Node
// (worker_threads through workers/node-entry.mjs). One handle shape for both,
// so the pool's scheduling is written once.

import { wrap, releaseProxy } from 'comlink';

export type { WorkerHandle, WorkerKind } from './worker-handle.ts';
import type { WorkerHandle, WorkerKind } from './worker-handle.ts';

/** Node without Web Workers (also under jsdom, which has `window` but no Worker). */
export const isNode =
  typeof (globalThis as { Worker?: unknown }).Worker === 'undefined' &&
  typeof process !== 'undefined' &&
  !!process.versions?.node;

type NodeSpawner = <T>(kind: WorkerKind) => Promise<WorkerHandle<T>>;
let nodeSpawner: NodeSpawner | undefined;

/** The CLI's bundle hands in a spawner that loads spawn-node from the bundle (the import below it cannot follow). */
export function setNodeSpawner(spawner: NodeSpawner): void {
  nodeSpawner = spawner;
}

export async function spawnWorker<T>(kind: WorkerKind): Promise<WorkerHandle<T>> {
  if (isNode && nodeSpawner) return nodeSpawner<T>(kind);
  if (isNode) {
    // Hidden from vite so that the browser bundle never pulls in worker_threads.
    const path = './spawn-node.ts';
    const mod = (await import(/* @vite-ignore */ path)) as typeof import('./spawn-node.ts');
    return mod.spawnNodeWorker<T>(kind);
  }
  return spawnBrowserWorker<T>(kind);
}

function spawnBrowserWorker<T>(kind: WorkerKind): WorkerHandle<T> {
  // Literal URLs so that vite finds and bundles each worker.
  const worker =
    kind === 'replication'
      ? new Worker(new URL('../../workers/replication.worker.ts', import.meta.url), { type: 'module' })
      : new Worker(new URL('../../workers/simulation.worker.ts', import.meta.url), { type: 'module' });
  const remote = wrap<T>(worker);
  const died = new Promise<string>((resolve) => {
    worker.addEventListener('error', (e) => {
      e.preventDefault();
      resolve(`worker error: ${e.message || 'failed to load'}`);
    });
    worker.addEventListener('messageerror', () => resolve('worker message could not be decoded'));
  });
  return {
    remote,
    died,
    terminate() {
      remote[releaseProxy]();
      worker.terminate();
    },
  };
}
