// Replication pool benchmark: replications per second of the default
// scenario with 1 worker and with every core, the scaling ratio (fresh and
// JIT-warm workers, each against a pure-CPU control run in the same rounds:
// other sessions share the cores), where the CPU goes, the effect of
// batching, and the wall time to 1,000 replications from a cold start.
// Part of `npm run bench`; alone: `npx tsx bench/pool.ts`
// (BENCH_POOL_ROUNDS=n rounds per figure, default 3; BENCH_POOL_BROWSER=0: Node only).

import { availableParallelism, loadavg } from 'node:os';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { runScenario } from '../src/model/run.ts';
import { ReplicationPool, runReplications, type ReplicationJob } from '../src/pool/index.ts';
import type { WorkerStats } from '../src/pool/wire.ts';
import { defaultScenario } from '../src/scenario/defaults.ts';
import { spawnWorker } from '../src/pool/spawn.ts';
import type { SimulationApi } from '../src/shared/sim-api.ts';
import { benchBrowserPool } from './browser-pool.ts';
import { control, controlRound } from './scaling-control.ts';

const scenario = defaultScenario();
const jobs = (n: number): ReplicationJob[] =>
  Array.from({ length: n }, (_, runIndex) => ({ scenario, seed: scenario.seed, runIndex }));

interface Rate {
  /** Replications per wall-clock second. */
  perSec: number;
  /** CPU milliseconds (all threads of this process) per replication. */
  cpuMs: number;
  /** Of which: the worker threads themselves (their own thread clocks; NaN off Linux). */
  workerMs: number;
  /** Of which: the main thread (pool bookkeeping, receiving results). */
  mainMs: number;
  /** CPU time / wall time: how many cores the run actually got. */
  cores: number;
  /** Share of the wall time the workers spent inside runBatch (1 = never waiting for work). */
  busy: number;
}

/** This thread's CPU time in ms (Linux, 10 ms resolution), NaN elsewhere. */
function threadCpuMs(): number {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) * 10;
  } catch {
    return NaN;
  }
}

/**
 * Throughput on a pool whose workers have run `warm` replications each first
 * (worker start-up excluded). V8 compiles and re-compiles the model during
 * roughly its first 100 replications in every worker (each worker is its own
 * isolate, so each pays): warm = 4 measures fresh workers, warm = 150 the
 * steady state. The CPU split shows where the time goes: worker threads,
 * main thread, and the rest (V8's compiler and GC helper threads).
 */
async function warmRate(workers: number, n: number, opts: { batchSize?: number; warm?: number } = {}): Promise<Rate> {
  const { batchSize, warm = 4 } = opts;
  const pool = new ReplicationPool(workers);
  try {
    await pool.run(jobs(workers * warm), { batchSize });
    const sum = (xs: WorkerStats[], f: (s: WorkerStats) => number | null) => xs.reduce((a, x) => a + (f(x) ?? NaN), 0);
    const before = await pool.workerStats();
    const cpu = process.cpuUsage();
    const main = threadCpuMs();
    const t = performance.now();
    const { failures } = await pool.run(jobs(n), { batchSize, keepResults: false });
    if (failures.length) throw new Error(failures[0].message);
    const wall = performance.now() - t;
    const used = process.cpuUsage(cpu);
    const mainMs = threadCpuMs() - main;
    const after = await pool.workerStats();
    const cpuMs = (used.user + used.system) / 1000;
    const workerMs = sum(after, (s) => s.threadCpuMs) - sum(before, (s) => s.threadCpuMs);
    const busyMs = sum(after, (s) => s.busyMs) - sum(before, (s) => s.busyMs);
    return { perSec: n / (wall / 1000), cpuMs: cpuMs / n, workerMs: workerMs / n, mainMs: mainMs / n, cores: cpuMs / wall, busy: busyMs / (workers * wall) };
  } finally {
    pool.close();
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Median of each field over rounds. */
function medianRate(rs: Rate[]): Rate {
  const keys = Object.keys(rs[0]) as (keyof Rate)[];
  return Object.fromEntries(keys.map((k) => [k, median(rs.map((r) => r[k]))])) as unknown as Rate;
}

/**
 * 1 worker vs `cores` workers, alternating rounds (other processes share the
 * machine and their load drifts), each figure the median over rounds; the
 * ratio is the median of the rounds' ratios.
 */
async function scaling(label: string, cores: number, n: number, rounds: number, warm: number): Promise<void> {
  const ones: Rate[] = [];
  const alls: Rate[] = [];
  const ratios: number[] = [];
  const ceilings: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const one = await warmRate(1, n, { warm });
    const all = await warmRate(cores, n, { warm });
    ones.push(one);
    alls.push(all);
    ratios.push(all.perSec / one.perSec);
    // The pure-CPU control right after, so that it meets the same neighbours.
    const c1 = await controlRound('cpu', 1, 100, 20);
    const ck = await controlRound('cpu', cores, 100, 20);
    ceilings.push(ck.perSec / c1.perSec);
  }
  const one = medianRate(ones);
  const all = medianRate(alls);
  const line = (what: string, r: Rate) =>
    console.log(
      `  ${what}${fmt(r.perSec)} replications/s; CPU ms each ${r.cpuMs.toFixed(1)} = workers ${r.workerMs.toFixed(1)} + main ${r.mainMs.toFixed(2)} + V8 helpers ${(r.cpuMs - r.workerMs - r.mainMs).toFixed(1)}; got ${r.cores.toFixed(2)} cores; workers busy ${(100 * r.busy).toFixed(0)}%`,
    );
  console.log(`${label} (${n} replications, ${warm} warm-up replications per worker, median of ${rounds} rounds):`);
  line('1 worker: ', one);
  line(`${cores} workers:`, all);
  console.log(`  scaling ${cores} workers / 1 worker: ${median(ratios).toFixed(2)}x (rounds: ${ratios.map((r) => r.toFixed(2)).join(', ')}; target >= 1.7x on 2 cores)`);
  console.log(`  pure-CPU control in the same rounds (the ceiling): ${median(ceilings).toFixed(2)}x (${ceilings.map((r) => r.toFixed(2)).join(', ')}); pool / control: ${median(ratios.map((r, i) => r / ceilings[i])).toFixed(2)}`);
  // Contention from other processes caps the cores we get; CPU cost per
  // replication shows whether the pool itself scales (equal cost = no overhead).
  console.log(`  CPU per replication ${cores} workers / 1: ${(all.cpuMs / one.cpuMs).toFixed(2)}x all threads, ${(all.workerMs / one.workerMs).toFixed(2)}x worker threads (1.00 = no parallel overhead)`);
  console.log(`  scaling expected from the CPU split on an idle machine: ${idleRatio(one, all, cores).toFixed(2)}x`);
}

/**
 * What the wall-clock ratio would be with the cores to ourselves: one worker
 * is limited by its own thread (the main thread and V8's helpers use the other
 * cores), one worker per core by all the CPU a replication needs (every
 * thread's) spread over every core. Meaningful when other sessions load the
 * machine and wall time is not; it ignores scheduling delays.
 */
function idleRatio(one: Rate, all: Rate, cores: number): number {
  const rate1 = 1 / Math.max(one.workerMs, one.cpuMs / cores);
  return cores / all.cpuMs / rate1;
}

const fmt = (x: number, d = 0) => x.toFixed(d).padStart(8);

/** Simulation worker: a seek back re-runs from week 0; how long does it take? */
async function seekTimes(): Promise<void> {
  const w = await spawnWorker<SimulationApi>('simulation');
  try {
    const h = scenario.horizon;
    await w.remote.load(scenario, scenario.seed);
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
  const rounds = Number(process.env.BENCH_POOL_ROUNDS ?? 3);
  // The ceiling: the same integer loop in 1 vs `cores` bare threads, no pool.
  await control('cpu', cores, rounds, { quiet: true });
  await scaling('pool, fresh workers', cores, N, rounds, 4);
  await scaling('pool, JIT-warm workers', cores, N, rounds, 150);
  for (const b of [1, 8]) {
    const r = await warmRate(cores, N, { batchSize: b });
    console.log(`  batch size ${b}, ${cores} fresh workers: ${fmt(r.perSec)} replications/s (${r.cpuMs.toFixed(1)} CPU ms each; got ${r.cores.toFixed(2)} cores)`);
  }

  t = performance.now();
  const { failures } = await runReplications(jobs(1000), { keepResults: false });
  if (failures.length) throw new Error(failures[0].message);
  console.log(`1,000 replications, cold start:     ${fmt(performance.now() - t)} ms (incl. starting ${cores} workers)`);
  console.log(`load average after: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  // BENCH_POOL_BROWSER=0 skips the Chromium part (it takes a while).
  if (process.env.BENCH_POOL_BROWSER !== '0') await benchBrowserPool(1000);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await benchPool();
