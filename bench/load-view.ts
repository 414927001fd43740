// The load case of issue 7 through the compare view itself: four presets at
// `members` members, N replications each, computed by the view's runner and
// shown as it shows them (progress bar, throttled charts, table, phase
// timing), not a bare pool. Same figures as load.ts: main-thread tasks over
// 50 ms (with --trace: each one's CPU time and what ran inside it), frame
// gaps, and JS heap + ArrayBuffers at the end with every run kept.
//   npx tsx bench/load.ts [N=1000] [members=300] --view [--trace]
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { ROOT, launch, startServer } from '../test/e2e/harness.ts';
import { attribute, hotInLongTasks, startTrace } from './trace-tasks.ts';

const PRESETS = ['steady-rhythm', 'matchmaker', 'weaver', 'big-launch'];
const load = () => loadavg().map((x) => x.toFixed(1)).join(' / ');

/* eslint-disable @typescript-eslint/no-explicit-any */
export async function benchLoadView(n = 1000, members = 300, trace = false): Promise<void> {
  const server = await startServer('dev');
  const b = await launch({ width: 1440, height: 900 });
  try {
    const page = b.page;
    await page.goto(`${server.url}#compare`);
    await page.waitForFunction(() => (document.querySelector('app-shell') as any)?.shadowRoot?.querySelector('compare-view')?.state === 'done', null, { timeout: 600_000 });
    const cdp = await b.context.newCDPSession(page);
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const u = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number };
      return u.usedSize + (u.backingStorageSize ?? NaN);
    };
    const before = await heap();
    const tracing = trace ? await startTrace(cdp, true) : undefined;
    const events = tracing?.events ?? [];
    const texts = PRESETS.map((id) => ({ id, text: `${readFileSync(join(ROOT, 'scenarios', `${id}.yaml`), 'utf8').trimEnd()}\npopulation:\n  size: ${members}\n` }));
    const loadBefore = load();
    await page.evaluate('globalThis.__import = (url) => import(url)');
    const r = await page.evaluate(async ({ texts, n }) => {
      const v = (document.querySelector('app-shell') as any).shadowRoot.querySelector('compare-view');
      const long: number[] = [];
      const obs = new PerformanceObserver((l) => { for (const e of l.getEntries()) long.push(e.duration); });
      obs.observe({ type: 'longtask', buffered: false });
      let frameGap = 0;
      let last = performance.now();
      let running = true;
      const tick = (t: number) => { frameGap = Math.max(frameGap, t - last); last = t; if (running) requestAnimationFrame(tick); };
      requestAnimationFrame(tick);
      v.files = texts.map((t: { id: string; text: string }) => ({ id: `file:${t.id}`, label: t.id, file: `${t.id}.yaml`, load: async () => t.text }));
      v.runs = n;
      v.seedOverride = 4242;
      const t0 = performance.now();
      v.pick(texts.map((t: { id: string }) => `file:${t.id}`));
      await new Promise<void>((res) => {
        const poll = () => (v.state === 'done' && v.results.length === 4 && v.results.every((x: unknown[]) => x.length === n) ? res() : setTimeout(poll, 100));
        setTimeout(poll, 500);
      });
      // The final charts and table are part of the batch.
      await v.renderRoot.querySelector('compare-charts').ensureComplete();
      await new Promise((res) => setTimeout(res, 500));
      running = false;
      obs.disconnect();
      // What one table refresh costs on the main thread (the view did this every 3 s before the table worker).
      const { pairedTable } = await (globalThis as any).__import('/src/ui/compare/store.ts');
      const tt = performance.now();
      pairedTable(v.results, v.table.week, v.table.baseline);
      const tableMs = performance.now() - tt;
      return { ms: performance.now() - t0, compute: v.lastMs, long, frameGap, tableMs, workers: await v.runner.pool.size(), cores: navigator.hardwareConcurrency };
    }, { texts, n });
    const profile = await tracing?.stop();
    const after = await heap();
    const mb = (x: number) => (x / 1048576).toFixed(1);
    const longest = Math.max(0, ...r.long);
    console.log(`load through the compare view (Chromium, ${r.workers} workers of ${r.cores} cores): 4 presets x ${n} replications of ${members} members in ${(r.compute / 1000).toFixed(1)} s (${(r.ms / 1000).toFixed(1)} s from the pick, charts and table drawn); load ${loadBefore} -> ${load()}`);
    console.log(`  main thread: ${r.long.length} task(s) over 50 ms, longest ${longest.toFixed(0)} ms; longest frame gap ${r.frameGap.toFixed(0)} ms` +
      ` (the table over all runs, if computed on the main thread: ${r.tableMs.toFixed(0)} ms; it runs in the table worker)`);
    console.log(`  memory (JS heap + ArrayBuffers): ${mb(before)} MB with the opening comparison, ${mb(after)} MB with all ${4 * n} runs kept (+${mb(after - before)} MB)`);
    if (trace) console.log(attribute(events));
    if (profile) console.log(hotInLongTasks(events, profile));
  } finally {
    await b.close();
    await server.close();
  }
}
