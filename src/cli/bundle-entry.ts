// Entry of the CLI's bundle (bin/cli-bundle.mjs): the same main() as the
// sources, with the pool's workers started from their own bundles.
import { setNodeSpawner } from '../pool/spawn.ts';
import { spawnNodeWorker, useBundledWorkers } from '../pool/spawn-node.ts';
import type { WorkerKind } from '../pool/spawn.ts';
import { runCli } from './main.ts';
import { setPackageRoot } from './provenance.ts';

/** `root`: the package's folder (the bundle itself lives in its node_modules/.cache). */
export async function start(argv: string[], root: string, workers: Record<WorkerKind, URL>): Promise<void> {
  setPackageRoot(root);
  useBundledWorkers(workers);
  setNodeSpawner(spawnNodeWorker);
  await runCli(argv);
}
