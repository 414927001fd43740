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

/** Replications per second on a warm pool (worker start-up excluded). */
async function warmRate(workers: number, n: number, batchSize?: number): Promise<number> {
  const pool = new ReplicationPool(workers);
  try {
    await pool.run(jobs(workers * 4), { batchSize });
    const t = performance.now();
    const { failures } = await pool.run(jobs(n), { batchSize, keepResults: false });
    if (failures.length) throw new Error(failures[0].message);
    return n / ((performance.now() - t) / 1000);
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
  console.log(`pool, 1 worker, ${N} replications:    ${fmt(one)} replications/s`);
  console.log(`pool, ${cores} workers, ${N} replications:   ${fmt(all)} replications/s`);
  console.log(`scaling ${cores} workers / 1 worker:        ${fmt(all / one, 2)}x (target >= 1.7x on 2 cores)`);
  for (const b of [1, 8]) console.log(`  batch size ${b}, ${cores} workers:       ${fmt(await warmRate(cores, N, b))} replications/s`);

  t = performance.now();
  const { failures } = await runReplications(jobs(1000), { keepResults: false });
  if (failures.length) throw new Error(failures[0].message);
  console.log(`1,000 replications, cold start:     ${fmt(performance.now() - t)} ms (incl. starting ${cores} workers)`);
  console.log(`load average after: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  await benchBrowserPool(1000);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await benchPool();
