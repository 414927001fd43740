#!/usr/bin/env node
// The `coalesce` command. It runs a bundle of the TypeScript sources, built
// by esbuild on first use and rebuilt whenever a source changes
// (bin/cli-bundle.mjs), and falls back to running the sources through tsx
// where no bundle can be built. COALESCE_NO_BUNDLE=1 always runs the sources.
import { fileURLToPath } from 'node:url';
import { ensureBundle, pathToFileURL } from './cli-bundle.mjs';

const argv = process.argv.slice(2);
const bundle = await ensureBundle();
if (bundle) {
  const { start } = await import(pathToFileURL(bundle.cli).href);
  await start(argv, fileURLToPath(new URL('..', import.meta.url)), { replication: pathToFileURL(bundle.replication), simulation: pathToFileURL(bundle.simulation) });
} else {
  const { register } = await import('tsx/esm/api');
  register();
  const { runCli } = await import('../src/cli/main.ts');
  await runCli(argv);
}
