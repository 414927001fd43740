// Starting a replication worker for the pool: spawn it, hand it the port its
// outcomes stream back on (one message per finished job, see batch.ts), and
// wait until it answers.

import { transfer } from 'comlink';
import { spawnWorker } from './spawn.ts';
import type { WorkerHandle } from './worker-handle.ts';
import type { ReplicationWorkerApi, WireChunk } from './wire.ts';

/**
 * Loading a worker can take a second or more on a busy machine, which is no
 * job's time, so the pool's hang deadline starts after this. A worker that
 * dies instead, or takes longer than a job may (`timeoutMs`), is returned as
 * it is and caught by its first batch's race; so is one still loading when
 * `giveUp` settles (an abort). The port closes with the worker.
 */
export async function startReplicationWorker(
  route: (chunk: WireChunk) => void,
  timeoutMs: number | undefined,
  giveUp: Promise<unknown>,
): Promise<WorkerHandle<ReplicationWorkerApi>> {
  const w = await spawnWorker<ReplicationWorkerApi>('replication');
  const { port1, port2 } = new MessageChannel();
  port1.onmessage = (e: MessageEvent<WireChunk>) => route(e.data);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const ready: Promise<unknown>[] = [w.remote.streamTo(transfer(port2, [port2])).catch(() => undefined), w.died, giveUp];
  if (timeoutMs && timeoutMs > 0) ready.push(new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs))));
  await Promise.race(ready).finally(() => clearTimeout(timer));
  return {
    ...w,
    terminate() {
      port1.close();
      w.terminate();
    },
  };
}
