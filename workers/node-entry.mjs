// Node entry for a comlink worker on worker_threads. Node cannot load .ts by
// itself, so register tsx's loader, import the worker module named in
// workerData, and expose its `api` on the parent port through comlink's Node
// adapter. Browsers load the .ts module directly (vite), which exposes itself.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';
import { exposeOnParentPort } from './node-expose.mjs';

register();
exposeOnParentPort(await import(workerData.module));
