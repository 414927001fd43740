// Browser side of the pool benchmark: 1,000 replications of the default
// scenario through the pool in headless Chromium, timing them and recording
// the longest main-thread task meanwhile (target: none over 50 ms).
// Part of `npm run bench` (through bench/pool.ts); alone: `npx tsx bench/browser-pool.ts`.

import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { launch, startServer } from '../test/e2e/harness.ts';

export async function benchBrowserPool(n = 1000): Promise<void> {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) {
    console.log(`browser pool: skipped (${chromium} missing; apt-get install -y chromium)`);
    return;
  }
  const server = await startServer('dev');
  const browser = await launch();
  try {
    const blank = `${server.url}__bench_blank`;
    await browser.context.route(blank, (r) => r.fulfill({ contentType: 'text/html', body: '<!doctype html><title>bench</title>' }));
    await browser.page.goto(blank);
    // A string, so that neither tsx nor vitest rewrites the import() call.
    await browser.page.evaluate('globalThis.__import = (url) => import(url); globalThis.__name = (f) => f;');
    const r = await browser.page.evaluate(async (n: number) => {
      type Import = <T>(url: string) => Promise<T>;
      const load = (globalThis as unknown as { __import: Import }).__import;
      const { runReplications, defaultPoolSize } = await load<typeof import('../src/pool/index.ts')>('/src/pool/index.ts');
      const { defaultScenario } = await load<typeof import('../src/scenario/defaults.ts')>('/src/scenario/defaults.ts');
      const scenario = defaultScenario();
      const longest = { ms: 0, count: 0 };
      const obs = new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          longest.count++;
          longest.ms = Math.max(longest.ms, e.duration);
        }
      });
      obs.observe({ type: 'longtask', buffered: false });
      // Check that the observer sees long tasks at all: one deliberate 80 ms task.
      await new Promise<void>((r) =>
        setTimeout(() => {
          for (const end = performance.now() + 80; performance.now() < end; );
          r();
        }),
      );
      await new Promise((r) => setTimeout(r, 100));
      const probe = longest.ms;
      // Warm up (module loading and worker start-up are not the steady state).
      await runReplications([{ scenario, seed: scenario.seed, runIndex: 0 }]);
      const jobs = Array.from({ length: n }, (_, runIndex) => ({ scenario, seed: scenario.seed, runIndex }));
      longest.ms = 0;
      longest.count = 0;
      const t = performance.now();
      let received = 0;
      const { failures } = await runReplications(jobs, { keepResults: false, onResult: () => void received++ });
      const ms = performance.now() - t;
      await new Promise((r) => setTimeout(r, 100));
      obs.disconnect();
      return { ms, received, failures: failures.length, workers: await defaultPoolSize(), cores: navigator.hardwareConcurrency, longest, probe };
    }, n);
    console.log(`browser (Chromium), ${r.workers} worker(s) of ${r.cores} cores, ${n} replications: ${r.ms.toFixed(0)} ms (${((n / r.ms) * 1000).toFixed(0)} replications/s), ${r.received} received, ${r.failures} failed`);
    console.log(`  longest main-thread task meanwhile: ${r.longest.ms.toFixed(0)} ms (${r.longest.count} tasks over 50 ms; target none)` +
      ` [observer check: a deliberate 80 ms task was seen as ${r.probe.toFixed(0)} ms]`);
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await benchBrowserPool(Number(process.argv[2]) || 1000);
}
