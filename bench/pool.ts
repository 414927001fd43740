// Replication pool benchmark: replications per second of the default
// scenario with 1 worker and with every core, the scaling ratio, the effect
// of batching, and the wall time to 1,000 replications from a cold start.
// Part of `npm run bench`; alone: `npx tsx bench/pool.ts`.

import { availableParallelism, loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { runScenario } from '../src/model/run.ts';
import { ReplicationPool, runReplications, type ReplicationJob } from '../src/pool/index.ts';
import { defaultScenario } from '../src/scenario/defaults.ts';
import { stringifyScenario } from '../src/scenario/index.ts';
import { spawnWorker } from '../src/pool/spawn.ts';
import type { SimulationApi } from '../src/shared/sim-api.ts';
import { benchBrowserPool } from './browser-pool.ts';

const scenario = defaultScenario();
const jobs = (n: number): ReplicationJob[] =>
  Array.from({ length: n }, (_, runIndex) => ({ scenario, seed: scenario.seed, runIndex }));

interface Rate {
  /** Replications per wall-clock second. */
  perSec: number;
  /** CPU milliseconds (all threads of this process) per replication. */
  cpuMs: number;
  /** CPU time / wall time: how many cores the run actually got. */
  cores: number;
}

/** Throughput on a warm pool (worker start-up excluded), with CPU accounting. */
async function warmRate(workers: number, n: number, batchSize?: number): Promise<Rate> {
  const pool = new ReplicationPool(workers);
  try {
    await pool.run(jobs(workers * 4), { batchSize });
    const cpu = process.cpuUsage();
    const t = performance.now();
    const { failures } = await pool.run(jobs(n), { batchSize, keepResults: false });
    if (failures.length) throw new Error(failures[0].message);
    const wall = performance.now() - t;
    const used = process.cpuUsage(cpu);
    const cpuMs = (used.user + used.system) / 1000;
    return { perSec: n / (wall / 1000), cpuMs: cpuMs / n, cores: cpuMs / wall };
  } finally {
    pool.close();
  }
}

const fmt = (x: number, d = 0) => x.toFixed(d).padStart(8);

/** Simulation worker: a seek back re-runs from week 0; how long does it take? */
async function seekTimes(): Promise<void> {
  const w = await spawnWorker<SimulationApi>('simulation');
  try {
    const h = scenario.horizon;
    await w.remote.load(stringifyScenario(scenario), 'bench.yaml');
    await w.remote.seek(h);
    const times: number[] = [];
    for (let i = 0; i < 10; i++) {
      let t = performance.now();
      await w.remote.seek(Math.floor(h / 2));
      times.push(performance.now() - t);
      t = performance.now();
      await w.remote.seek(h);
    }
    let t = performance.now();
    for (let i = 0; i < 10; i++) await w.remote.seek(h - 1 - i);
    const stepBack = (performance.now() - t) / 10;
    t = performance.now();
    await w.remote.seek(0);
    for (let i = 1; i <= 20; i++) await w.remote.seek(i);
    const stepFwd = (performance.now() - t) / 20;
    times.sort((a, b) => a - b);
    console.log(`simulation worker seek back to week ${Math.floor(h / 2)} (re-run): median ${times[5].toFixed(1)} ms; one week back: ${stepBack.toFixed(1)} ms; one week forward: ${stepFwd.toFixed(1)} ms (incl. snapshot transfer)`);
  } finally {
    w.terminate();
  }
}

export async function benchPool(): Promise<void> {
  const cores = availableParallelism();
  console.log(`\n## Replication pool (default scenario: ${scenario.population.size} members x ${scenario.horizon} weeks)`);
  console.log(`cores: ${cores}; load average before: ${loadavg().map((l) => l.toFixed(2)).join(' ')} (other processes share the CPU)`);

  for (let i = 0; i < 20; i++) runScenario(scenario, { runIndex: i });
  let t = performance.now();
  for (let i = 0; i < 100; i++) runScenario(scenario, { runIndex: i });
  const mainRate = 100 / ((performance.now() - t) / 1000);
  console.log(`main thread, no pool:              ${fmt(mainRate)} replications/s (${(1000 / mainRate).toFixed(2)} ms each)`);

  await seekTimes();

  const N = 200;
  const one = await warmRate(1, N);
  const all = await warmRate(cores, N);
  const line = (label: string, r: Rate) =>
    console.log(`${label}${fmt(r.perSec)} replications/s (${r.cpuMs.toFixed(1)} CPU ms each; got ${r.cores.toFixed(2)} cores)`);
  line(`pool, 1 worker, ${N} replications:    `, one);
  line(`pool, ${cores} workers, ${N} replications:   `, all);
  console.log(`scaling ${cores} workers / 1 worker:        ${fmt(all.perSec / one.perSec, 2)}x (target >= 1.7x on 2 cores)`);
  // Contention from other processes caps the cores we get; CPU cost per
  // replication shows whether the pool itself scales (equal cost = no overhead).
  console.log(`  CPU cost per replication, ${cores} workers vs 1: ${fmt(all.cpuMs / one.cpuMs, 2)}x (1.00 = no parallel overhead)`);
  for (const b of [1, 8]) line(`  batch size ${b}, ${cores} workers:       `, await warmRate(cores, N, b));

  t = performance.now();
  const { failures } = await runReplications(jobs(1000), { keepResults: false });
  if (failures.length) throw new Error(failures[0].message);
  console.log(`1,000 replications, cold start:     ${fmt(performance.now() - t)} ms (incl. starting ${cores} workers)`);
  console.log(`load average after: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  // BENCH_POOL_BROWSER=0 skips the Chromium part (it takes a while).
  if (process.env.BENCH_POOL_BROWSER !== '0') await benchBrowserPool(1000);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await benchPool();
