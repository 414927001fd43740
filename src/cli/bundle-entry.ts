// Entry of the CLI's bundle (bin/cli-bundle.mjs): the same main() as the
// sources, with the pool's workers started from their own bundles.
import { setNodeSpawner, type WorkerKind } from '../pool/spawn.ts';
import { runCli } from './main.ts';
import { setPackageRoot } from './provenance.ts';

/** `root`: the package's folder (the bundle itself lives in its node_modules/.cache). */
export async function start(argv: string[], root: string, workers: Record<WorkerKind, URL>): Promise<void> {
  setPackageRoot(root);
  // Loaded on the first worker only: worker_threads and comlink's adapter cost start-up time.
  setNodeSpawner(async (kind) => {
    const node = await import('../pool/spawn-node.ts');
    node.useBundledWorkers(workers);
    return node.spawnNodeWorker(kind);
  });
  await runCli(argv);
}
