// How many workers to start when the caller does not say.
import { isNode } from './spawn.ts';

/** Node: every available core. Browser: one fewer, for the UI thread. */
export async function defaultPoolSize(): Promise<number> {
  if (isNode) {
    const path = 'node:os';
    const os = (await import(/* @vite-ignore */ path)) as typeof import('node:os');
    return Math.max(1, os.availableParallelism?.() ?? os.cpus().length);
  }
  const cores = (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator?.hardwareConcurrency ?? 2;
  return Math.max(1, cores - 1);
}
