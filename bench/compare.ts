// Compare benchmark (issue 5): time to 30 replications x 4 scenarios in the
// browser's compare view (worker pool, Chromium) and in `coalesce compare`
// (worker_threads), at the default size (60 members) and at 300 members.
// Target: under 2 s at the default size on a 2-core machine. The machine may
// be shared: the load average is printed beside every figure.
// Run: npx tsx bench/compare.ts [runs=30]

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, launch, startServer } from '../test/e2e/harness.ts';

const PRESETS = ['steady-rhythm', 'big-launch', 'value-first', 'matchmaker'];
const RUNS = Number(process.argv[2]) || 30;
const load = () => loadavg().map((x) => x.toFixed(1)).join(' / ');

/** Scenario texts: the preset files, optionally with a population size. */
function texts(size?: number): { id: string; text: string }[] {
  return PRESETS.map((id) => {
    const text = readFileSync(join(ROOT, 'scenarios', `${id}.yaml`), 'utf8');
    return { id, text: size ? `${text.trimEnd()}\npopulation:\n  size: ${size}\n` : text };
  });
}

/* eslint-disable @typescript-eslint/no-explicit-any */
async function browser(): Promise<void> {
  if (!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) {
    console.log('browser: skipped (no chromium)');
    return;
  }
  const server = await startServer('dev');
  const b = await launch({ width: 1440, height: 900 });
  try {
    await b.page.goto(`${server.url}#compare`);
    const done = () =>
      b.page.waitForFunction(() => (document.querySelector('app-shell') as any)?.shadowRoot?.querySelector('compare-view')?.state === 'done', null, { timeout: 600_000 });
    await done(); // the opening comparison warms up the pool's workers
    await b.page.evaluate(() => {
      const g = globalThis as any;
      g.__long = [];
      new PerformanceObserver((l) => { for (const e of l.getEntries()) g.__long.push(e.duration); }).observe({ type: 'longtask' });
    });
    let seed = 1000;
    for (const size of [undefined, 300]) {
      const list = texts(size);
      const cores = await b.page.evaluate(() => navigator.hardwareConcurrency);
      const before = load();
      // Fresh seed each time: nothing cached. The view's own timer measures submit -> last result.
      const r = await b.page.evaluate(async ({ list, seed, runs }) => {
        const v = (document.querySelector('app-shell') as any).shadowRoot.querySelector('compare-view');
        (globalThis as any).__long.length = 0;
        v.files = list.map((t: { id: string; text: string }) => ({ id: `file:${t.id}`, label: t.id, file: `${t.id}.yaml`, load: async () => t.text }));
        v.runs = runs;
        v.seedOverride = seed;
        const t0 = performance.now();
        v.pick(list.map((t: { id: string }) => `file:${t.id}`));
        await new Promise<void>((res) => {
          const tick = () => (v.state === 'done' && v.results.every((x: unknown[]) => x.length === runs) ? res() : setTimeout(tick, 20));
          setTimeout(tick, 300);
        });
        const long = (globalThis as any).__long as number[];
        return { wall: performance.now() - t0, compute: v.lastMs, workers: v.runner.pool ? await v.runner.pool.size() : 0, long: long.length, longest: Math.max(0, ...long) };
      }, { list, seed: seed++, runs: RUNS });
      console.log(
        `browser ${size ?? 60} members: ${RUNS} x 4 runs computed in ${(r.compute / 1000).toFixed(2)} s (${r.workers} workers of ${cores} cores; ` +
          `from the click ${(r.wall / 1000).toFixed(2)} s incl. loading 4 panels); long tasks ${r.long}, longest ${r.longest.toFixed(0)} ms; load ${before} -> ${load()}`,
      );
    }
  } finally {
    await b.close();
    await server.close();
  }
}

function cli(): void {
  const dir = mkdtempSync(join(tmpdir(), 'coalesce-bench-'));
  try {
    for (const size of [undefined, 300]) {
      const files = texts(size).map(({ id, text }) => {
        const f = join(dir, `${id}-${size ?? 60}.yaml`);
        writeFileSync(f, text);
        return f;
      });
      const before = load();
      const out = join(dir, 'out.json');
      // bash's time: wall and CPU seconds (user + sys) of node and its worker threads.
      const r = spawnSync('bash', ['-c', `TIMEFORMAT='%R %U %S'; time node bin/coalesce.mjs compare ${files.map((f) => `'${f}'`).join(' ')} --runs ${RUNS} --seed 2000 --format json > '${out}'`], { cwd: ROOT, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`coalesce compare failed: ${r.stderr}`);
      const [wall, user, sys] = r.stderr.trim().split('\n').pop()!.split(' ').map(Number);
      const runs = JSON.parse(readFileSync(out, 'utf8')).runs as number[];
      console.log(
        `cli     ${size ?? 60} members: ${runs.join('+')} runs in ${wall.toFixed(2)} s wall (node start-up, ${availableParallelism()} worker threads, output included); ` +
          `CPU ${(user + sys).toFixed(2)} s, i.e. about ${((user + sys) / availableParallelism()).toFixed(2)} s on ${availableParallelism()} idle cores; load ${before} -> ${load()}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`compare benchmark: ${availableParallelism()} cores, load average (1/5/15 min) ${load()}`);
cli();
await browser();
