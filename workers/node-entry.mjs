// Node entry for the comlink workers (src/pool in Node): a worker thread
// cannot load TypeScript by
// itself, so register tsx's loader, import the worker module named in
// workerData, and expose its `api` on the parent port through comlink's Node
// adapter. Browsers load the .ts module directly (vite), which exposes itself.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';
import { exposeOnParentPort } from './node-expose.mjs';

register();
const mod = await import(workerData.module);
// Under vitest only: the replication worker's test-only fault injection (src/pool/test-faults.ts).
if (process.env.VITEST && mod.setFaultInjector) mod.setFaultInjector((await import('../src/pool/test-faults.ts')).injectFault);
exposeOnParentPort(mod);
