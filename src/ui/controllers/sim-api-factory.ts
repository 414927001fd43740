// Where the simulation runs: in workers/simulation.worker.ts when it exists
// (found through a glob), else on the main thread: the same
// SimulationSession either way, the worker only wraps it. `?thread=main`
// forces the in-process path (tests, debugging).
import { wrap, type Remote } from 'comlink';
import type { SimulationApi } from '../../shared/sim-api.ts';

export type SimKind = 'worker' | 'main-thread';

const workerCtors = import.meta.glob<new () => Worker>('/workers/simulation.worker.ts', {
  query: '?worker',
  import: 'default',
});

export interface SimHandle {
  api: SimulationApi;
  kind: SimKind;
  /** Settles when the worker reports an uncaught error or an undecodable message (SimController then replaces it). */
  died?: Promise<string>;
  /** The Web Worker itself (fault tests reach it through here). */
  worker?: Worker;
  dispose(): void;
}

export async function createSimulationApi(prefer: SimKind | 'auto' = 'auto'): Promise<SimHandle> {
  const load = Object.values(workerCtors)[0];
  if (load && prefer !== 'main-thread') {
    const Ctor = await load();
    const worker = new Ctor();
    const api = wrap<SimulationApi>(worker) as unknown as Remote<SimulationApi>;
    const died = new Promise<string>((resolve) => {
      worker.addEventListener('error', (e) => {
        e.preventDefault();
        resolve(e.message || 'the worker failed');
      });
      worker.addEventListener('messageerror', () => resolve('a message from the worker could not be read'));
    });
    return { api: api as unknown as SimulationApi, kind: 'worker', died, worker, dispose: () => worker.terminate() };
  }
  const { SimulationSession } = await import('../../shared/simulation-session.ts');
  return { api: new SimulationSession(), kind: 'main-thread', dispose: () => {} };
}
