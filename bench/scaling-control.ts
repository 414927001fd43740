// Scaling ceiling of this machine: the same work in 1 vs 2 (or k) bare
// worker_threads, no pool, no comlink. Whatever ratio these controls reach is
// the most the replication pool can reach here; the gap between the 'model'
// control and bench/pool.ts is the pool's own overhead.
//   npx tsx bench/scaling-control.ts [--reps 5] [--workers 2] [--kinds cpu,alloc,model]
// Kinds: cpu   = integer loop, no allocation (cores alone);
//        alloc = short-lived objects and typed arrays (adds GC and memory traffic);
//        model = runScenario of the default scenario (what a replication costs).
// Each worker also reports its own thread's CPU time (/proc/thread-self/stat),
// and each measurement the machine's steal time and load average, because
// other sessions share these cores: alternate 1/k rounds and take medians.

import { Worker } from 'node:worker_threads';
import { availableParallelism, loadavg } from 'node:os';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export type ControlKind = 'cpu' | 'alloc' | 'model';

const RUN_TS = new URL('../src/model/run.ts', import.meta.url).href;
const DEFAULTS_TS = new URL('../src/scenario/defaults.ts', import.meta.url).href;

// Runs inside each worker: waits for 'go', does `units` of work, reports its
// wall time and its own thread's CPU time.
const WORKER_SRC = `
const { parentPort, workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
const threadCpuMs = () => {
  try {
    const f = readFileSync('/proc/thread-self/stat', 'utf8');
    const rest = f.slice(f.lastIndexOf(')') + 2).split(' ');
    return (Number(rest[11]) + Number(rest[12])) * 10; // utime + stime, 100 ticks/s
  } catch { return NaN; }
};
let unit;
if (workerData.kind === 'cpu') {
  unit = () => { let x = 1; for (let i = 0; i < 4e6; i++) { x ^= x << 13; x ^= x >>> 17; x ^= x << 5; } return x; };
} else if (workerData.kind === 'alloc') {
  const keep = new Array(4096);
  unit = () => {
    let s = 0;
    for (let i = 0; i < 20000; i++) {
      const o = { a: i, b: new Float64Array(8), c: [i, i + 1] };
      o.b[i & 7] = i; s += o.c[1];
      keep[i & 4095] = o;
    }
    return s;
  };
}
(async () => {
  if (workerData.kind === 'model') {
    const { register } = await import('tsx/esm/api');
    register();
    const { runScenario } = await import(workerData.runTs);
    const { defaultScenario } = await import(workerData.defaultsTs);
    const sc = defaultScenario();
    let r = workerData.offset;
    unit = () => runScenario(sc, { runIndex: r++ }).summary;
  }
  for (let i = 0; i < workerData.warm; i++) unit();
  parentPort.postMessage('ready');
  parentPort.once('message', () => {
    const c0 = threadCpuMs(), t0 = performance.now();
    for (let i = 0; i < workerData.units; i++) unit();
    parentPort.postMessage({ wall: performance.now() - t0, cpu: threadCpuMs() - c0 });
  });
})();
`;

/** Steal ticks (time the hypervisor gave our vCPUs to someone else) so far. */
function stealTicks(): number {
  const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
  return Number(f[8]);
}

export interface ControlRound {
  workers: number;
  /** Work units per second over all workers. */
  perSec: number;
  /** Mean thread CPU ms per unit (from each worker's own thread). */
  cpuMsPerUnit: number;
  /** Process CPU ms / wall ms (all threads: workers, GC helpers, main). */
  cores: number;
  stealMs: number;
  load1: number;
}

/** k workers each doing `units` units at once (start-up and warm-up excluded). */
export async function controlRound(kind: ControlKind, k: number, units: number, warm: number): Promise<ControlRound> {
  const ws = Array.from({ length: k }, (_, i) =>
    new Worker(WORKER_SRC, { eval: true, workerData: { kind, units, warm, offset: i * 1000, runTs: RUN_TS, defaultsTs: DEFAULTS_TS } }));
  try {
    await Promise.all(ws.map((w) => new Promise((res, rej) => { w.once('message', res); w.once('error', rej); })));
    const done = ws.map((w) => new Promise<{ wall: number; cpu: number }>((res, rej) => { w.once('message', res); w.once('error', rej); }));
    const steal0 = stealTicks();
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    for (const w of ws) w.postMessage('go');
    const out = await Promise.all(done);
    const wall = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    return {
      workers: k,
      perSec: (k * units) / (wall / 1000),
      cpuMsPerUnit: out.reduce((s, o) => s + o.cpu, 0) / (k * units),
      cores: (cpu.user + cpu.system) / 1000 / wall,
      stealMs: (stealTicks() - steal0) * 10,
      load1: loadavg()[0],
    };
  } finally {
    await Promise.all(ws.map((w) => w.terminate()));
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Alternating 1-worker and k-worker rounds; median ratio of rates. */
export async function control(kind: ControlKind, k: number, reps: number, opts: { quiet?: boolean } = {}): Promise<number> {
  // Each worker does 1-3 s of work so that scheduling noise averages out.
  const units = kind === 'model' ? 100 : kind === 'cpu' ? (opts.quiet ? 150 : 400) : 300;
  // The model needs ~100 runs per thread before V8 stops re-optimizing it.
  const warm = kind === 'model' ? 150 : 20;
  const ones: ControlRound[] = [];
  const ks: ControlRound[] = [];
  const ratios: number[] = [];
  for (let r = 0; r < reps; r++) {
    const a = await controlRound(kind, 1, units, warm);
    const b = await controlRound(kind, k, units, warm);
    ones.push(a);
    ks.push(b);
    ratios.push(b.perSec / a.perSec);
    const f = (x: ControlRound) =>
      `${x.perSec.toFixed(1).padStart(7)}/s ${x.cpuMsPerUnit.toFixed(2).padStart(6)} thread-CPU-ms/unit ${x.cores.toFixed(2)} cores steal ${String(x.stealMs).padStart(4)} ms load ${x.load1.toFixed(2)}`;
    if (!opts.quiet) console.log(`  ${kind} round ${r + 1}: 1w ${f(a)} | ${k}w ${f(b)} | ratio ${(b.perSec / a.perSec).toFixed(2)}x`);
  }
  const cpuRatio = median(ks.map((x) => x.cpuMsPerUnit)) / median(ones.map((x) => x.cpuMsPerUnit));
  console.log(`${kind} control, 1 vs ${k} bare worker_threads (ceiling of the scaling here): median ratio ${median(ratios).toFixed(2)}x (best ${Math.max(...ratios).toFixed(2)}x); thread CPU per unit ${k}w/1w ${cpuRatio.toFixed(2)}x; cores used 1w ${median(ones.map((x) => x.cores)).toFixed(2)}, ${k}w ${median(ks.map((x) => x.cores)).toFixed(2)}; steal ${median(ks.map((x) => x.stealMs))} ms`);
  return median(ratios);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (name: string, dflt: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : dflt;
  };
  const reps = Number(arg('reps', '5'));
  const k = Number(arg('workers', String(availableParallelism())));
  console.log(`## Scaling control: 1 vs ${k} bare worker_threads (cores: ${availableParallelism()}, load ${loadavg().map((l) => l.toFixed(2)).join(' ')})`);
  for (const kind of arg('kinds', 'cpu,alloc,model').split(',') as ControlKind[]) await control(kind, k, reps);
}
