// Replication pool benchmark: replications per second of the default
// scenario with 1 worker and with every core, the scaling ratio, the effect
// of batching, and the wall time to 1,000 replications from a cold start.
// Part of `npm run bench`; alone: `npx tsx bench/pool.ts`.

import { availableParallelism, loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { runScenario } from '../src/model/run.ts';
import { ReplicationPool, runReplications, type ReplicationJob } from '../src/pool/index.ts';
import { defaultScenario } from '../src/scenario/defaults.ts';
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

export async function benchPool(): Promise<void> {
  const cores = availableParallelism();
  console.log(`\n## Replication pool (default scenario: ${scenario.population.size} members x ${scenario.horizon} weeks)`);
  console.log(`cores: ${cores}; load average before: ${loadavg().map((l) => l.toFixed(2)).join(' ')} (other processes share the CPU)`);

  for (let i = 0; i < 20; i++) runScenario(scenario, { runIndex: i });
  let t = performance.now();
  for (let i = 0; i < 100; i++) runScenario(scenario, { runIndex: i });
  const mainRate = 100 / ((performance.now() - t) / 1000);
  console.log(`main thread, no pool:              ${fmt(mainRate)} replications/s (${(1000 / mainRate).toFixed(2)} ms each)`);

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
