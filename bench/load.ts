// Load case of issue 7: four scenarios x N replications of 300 members in
// headless Chromium through the replication pool, results kept as columns
// (one Float64Array per indicator per run, as a comparison view holds them).
// Measures the longest main-thread task (target: none over 50 ms), the
// longest gap between animation frames, and the JS heap before and after
// (after a forced GC), against the raw bytes of the columns kept.
//   npx tsx bench/load.ts [N=1000] [members=300] [--trace] [--view]
// --view runs the same load through the compare view itself (load-view.ts):
// its store, progress bar, throttled charts, table and phase timing.
// --trace records a Chromium trace of the run and attributes every main-thread
// task over 50 ms: wall time against the thread's own CPU time (a task whose
// CPU time is small was descheduled by a loaded machine, not slow), and the
// longest events inside it (GC, message handling, script).
// On a small machine run a scaled-down N; the figures per replication
// extrapolate linearly (say so when quoting them).

import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { launch, startServer } from '../test/e2e/harness.ts';
import { attribute, startTrace } from './trace-tasks.ts';

const PRESETS = ['steady-rhythm', 'matchmaker', 'weaver', 'big-launch'];

export async function benchLoad(n = 1000, members = 300, trace = false): Promise<void> {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) {
    console.log(`load: skipped (${chromium} missing; apt-get install -y chromium)`);
    return;
  }
  const server = await startServer('dev');
  const browser = await launch();
  try {
    const page = browser.page;
    const blank = `${server.url}__bench_load`;
    await browser.context.route(blank, (r) => r.fulfill({ contentType: 'text/html', body: '<!doctype html><title>load</title>' }));
    await page.goto(blank);
    await page.evaluate('globalThis.__import = (url) => import(url); globalThis.__name = (f) => f;');
    const cdp = await browser.context.newCDPSession(page);
    /** JS heap plus ArrayBuffer backing stores (typed-array columns live outside the JS heap), after a forced GC. */
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const u = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number };
      if (u.backingStorageSize === undefined) throw new Error('this Chromium does not report ArrayBuffer memory (Runtime.getHeapUsage.backingStorageSize)');
      return u.usedSize + u.backingStorageSize;
    };
    // Modules and workers loaded, one warm-up run: the steady state is measured.
    await page.evaluate(async ({ presets, members }) => {
      type Import = <T>(url: string) => Promise<T>;
      const load = (globalThis as unknown as { __import: Import }).__import;
      const { runReplications } = await load<typeof import('../src/pool/index.ts')>('/src/pool/index.ts');
      const { defaultScenario } = await load<typeof import('../src/scenario/defaults.ts')>('/src/scenario/defaults.ts');
      const scenarios = presets.map((p) => {
        const s = defaultScenario(p as Parameters<typeof defaultScenario>[0]);
        s.population.size = members;
        return s;
      });
      (globalThis as unknown as { __load: unknown }).__load = { runReplications, scenarios };
      await runReplications([{ scenario: scenarios[0], seed: 1, runIndex: 0 }]);
    }, { presets: PRESETS, members });
    const before = await heap();
    const tracing = trace ? await startTrace(cdp, false) : undefined;
    const events = tracing?.events ?? [];
    const r = await page.evaluate(async (n: number) => {
      const { runReplications, scenarios } = (globalThis as unknown as { __load: { runReplications: typeof import('../src/pool/index.ts').runReplications; scenarios: import('../src/scenario/types.ts').Scenario[] } }).__load;
      const longest = { ms: 0, over50: 0 };
      const obs = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          longest.over50++;
          longest.ms = Math.max(longest.ms, e.duration);
        }
      });
      obs.observe({ type: 'longtask', buffered: false });
      // Self-check: the observer must see a deliberate 80 ms task.
      await new Promise<void>((res) => setTimeout(() => { for (const end = performance.now() + 80; performance.now() < end; ); res(); }));
      await new Promise((res) => setTimeout(res, 100));
      const probe = longest.ms;
      longest.ms = 0;
      longest.over50 = 0;
      let frameGap = 0;
      let last = performance.now();
      let frames = 0;
      let running = true;
      const tick = (t: number) => {
        frameGap = Math.max(frameGap, t - last);
        last = t;
        frames++;
        if (running) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      // Results kept as columns: per scenario, per run, the indicator arrays as they arrived (transferred).
      const kept: Record<string, Float64Array>[][] = scenarios.map(() => []);
      let bytes = 0;
      const jobs = scenarios.flatMap((scenario, k) => Array.from({ length: n }, (_, runIndex) => ({ scenario, seed: scenario.seed, runIndex, tag: k })));
      const t0 = performance.now();
      const { failures } = await runReplications(jobs, {
        keepResults: false,
        onResult: (job, res) => {
          kept[job.tag!].push(res.columns as unknown as Record<string, Float64Array>);
          for (const c of Object.values(res.columns)) bytes += (c as Float64Array).byteLength;
        },
      });
      const ms = performance.now() - t0;
      running = false;
      await new Promise((res) => setTimeout(res, 100));
      obs.disconnect();
      (globalThis as unknown as { __kept: unknown }).__kept = kept;
      return { ms, runs: kept.reduce((a, k) => a + k.length, 0), failures: failures.length, bytes, longest, probe, frameGap, frames, cores: navigator.hardwareConcurrency };
    }, n);
    await tracing?.stop();
    const after = await heap();
    // Dropping the columns gives the memory back.
    await page.evaluate(() => void ((globalThis as unknown as { __kept: unknown }).__kept = null));
    const released = await heap();
    const mb = (x: number) => (x / 1048576).toFixed(1);
    const total = 4 * n;
    console.log(`load (Chromium, ${r.cores} cores, pool default size): 4 scenarios x ${n} replications of ${members} members = ${total} runs in ${(r.ms / 1000).toFixed(1)} s (${((total / r.ms) * 1000).toFixed(1)} runs/s), ${r.runs} kept, ${r.failures} failed`);
    console.log(`  main thread: longest task ${r.longest.ms.toFixed(0)} ms, ${r.longest.over50} task(s) over 50 ms (target none); longest frame gap ${r.frameGap.toFixed(0)} ms over ${r.frames} frames` +
      ` [observer check: a deliberate 80 ms task was seen as ${r.probe.toFixed(0)} ms]`);
    console.log(`  memory (JS heap + ArrayBuffers): ${mb(before)} MB before, ${mb(after)} MB with every run kept as columns (+${mb(after - before)} MB; the columns are ${mb(r.bytes)} MB raw,` +
      ` ${((after - before) / r.runs / 1024).toFixed(1)} kB per run vs ${(r.bytes / r.runs / 1024).toFixed(1)} kB raw), ${mb(released)} MB after dropping them`);
    if (trace) console.log(attribute(events));
    if (n < 1000) {
      const f = 1000 / n;
      console.log(`  scaled to 4 x 1,000: ~${((r.ms * f) / 60000).toFixed(1)} min, ~${mb((after - before) * f)} MB of heap above the start (linear extrapolation from ${n} per scenario)`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const [n, members, trace] = [Number(args[0]) || 1000, Number(args[1]) || 300, process.argv.includes('--trace')];
  if (process.argv.includes('--view')) {
    const { benchLoadView } = await import('./load-view.ts');
    await benchLoadView(n, members, trace);
  } else await benchLoad(n, members, trace);
}
