// Expose a worker API on the worker's own global scope, in browsers only; in
// Node, workers/node-entry.mjs exposes the module's `api` on the parent port.
import { expose } from 'comlink';

export function exposeInBrowser(api: object): void {
  const g = globalThis as { WorkerGlobalScope?: unknown };
  if (typeof g.WorkerGlobalScope !== 'undefined') expose(api);
}
