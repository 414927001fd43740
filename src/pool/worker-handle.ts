// What starting a worker gives back, in the browser (spawn.ts) and in Node
// (spawn-node.ts) alike: its own file, so that neither imports the other.
import type { Remote } from 'comlink';

export type WorkerKind = 'replication' | 'simulation';

export interface WorkerHandle<T> {
  remote: Remote<T>;
  /** Settles when the worker dies on its own (uncaught error, exit). */
  died: Promise<string>;
  terminate(): void;
}
