// Lab benchmark in headless chromium (issue 4): frames per second while
// playing (network + charts) at 60, 300 and 2,000 members, the longest
// main-thread task while playing (PerformanceObserver 'longtask'), and the
// gzip size of what the first screen loads from the production build.
// The honest frame rate is the pictures the network drew (counted here: each
// picture starts by clearing the network's canvas, so the benchmark counts
// clearRect calls on its context; frames whose picture did not change draw
// nothing); animation frames (rAF callbacks) are printed beside it, as they
// also tick on an idle main thread. The network's longest frame of drawing
// and the sprites made (one bitmap each) are measured the same way, from
// outside: the app carries no counters for the benchmark.
// The machine may be shared: every figure is printed with the load average,
// and --reps N repeats each size N times (medians at the end).
// --trace records a Chromium trace and a CPU profile while playing (an
// unminified build, so functions keep their names) and prints where the main
// thread's time went: long tasks by CPU vs wall time, the top trace events,
// and JS self time by function. --paint adds the paint, raster and compositor
// categories (trace-tasks.ts PAINT_CATEGORIES) and writes the events to
// $TMPDIR/coalesce-trace-N.json (the CPU profile to coalesce-trace-N.cpuprofile).
// Run: npx tsx bench/browser-fps.ts [--tab params] [--no-build] [--out-dir DIR (default: $TMPDIR/coalesce-dist-bench)] [--seconds 6] [--speed 4] [--reps 1] [--sizes 60,300,2000] [--trace] [--paint]
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { ROOT, launch, startServer } from '../test/e2e/harness.ts';
import { firstScreen } from '../test/e2e/first-screen.ts';
import { PAINT_CATEGORIES, attribute, hotInLongTasks, mainThreadCpuMs, startTrace, windowBreakdown } from './trace-tasks.ts';

const args = process.argv.slice(2);
const opt = (name: string, def: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : def;
};
const str = (name: string, def: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : def;
};
const SECONDS = opt('seconds', 6);
const SPEED = opt('speed', 4);
const REPS = opt('reps', 1);
const SIZES = str('sizes', '60,300,2000').split(',').map(Number);
const PAINT = args.includes('--paint');
// --tab params|scenario|text: that side tab open while playing instead of the charts (how much the charts cost).
const TAB = str('tab', 'charts');
const TRACE = args.includes('--trace') || PAINT;
// A build of our own: other sessions build into dist/ at the same time.
const OUT = ((d) => (isAbsolute(d) ? d : join(ROOT, d)))(str('out-dir', join(tmpdir(), TRACE ? 'coalesce-dist-bench-trace' : 'coalesce-dist-bench')));
const load = () => loadavg().map((x) => x.toFixed(1)).join(' / ');
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Print what the first screen fetches (gzip sizes), with the page in `lang` (test/e2e/first-screen.ts, as the budget test measures it). */
async function printFirstScreen(url: string, lang: string): Promise<void> {
  const f = await firstScreen(url, OUT, lang);
  console.log(`first screen (${lang}): ${(f.gzip / 1024).toFixed(1)} kB gzip (${(f.raw / 1024).toFixed(0)} kB raw), simulation on ${f.kind}`);
  for (const [path, g] of [...f.files].sort()) console.log(`  ${path} ${(g / 1024).toFixed(1)} kB gz`);
}

async function main(): Promise<void> {
  if (!args.includes('--no-build')) execFileSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', OUT, '--emptyOutDir', ...(TRACE ? ['--minify', 'false'] : [])], { cwd: ROOT, stdio: 'inherit' });
  const server = await startServer('preview', { outDir: OUT });
  const results: { members: number; fps: number; paintedFps: number; longestTaskMs: number; load: string }[] = [];
  try {
    // First screen: every script and stylesheet fetched until the lab is ready, in English and in Dutch.
    for (const lang of ['en', 'nl']) await printFirstScreen(server.url, lang);

    for (let rep = 0; rep < REPS; rep++) for (const size of SIZES) {
      const br = await launch({ width: 1440, height: 900 });
      const p = br.page;
      await p.goto(server.url);
      await p.waitForFunction(() => (document.querySelector('app-shell') as any)?.sim?.ready === true, null, { timeout: 60_000 });
      await p.evaluate(async (n) => {
        const sim = (document.querySelector('app-shell') as any).sim;
        await sim.setParam('population.size', n, 'Members');
        await sim.step(4);
      }, size);
      if (TAB !== 'charts') {
        await p.evaluate((t) => (document.querySelector('app-shell') as any).renderRoot.querySelector(`#tab-${t}`).click(), TAB);
        await p.waitForTimeout(1500);
      }
      // Playing starts from a settled first picture (at 2,000 members its 120 force ticks take ~2 s), as after any load.
      await p.waitForFunction(() => (document.querySelector('app-shell') as any).renderRoot.querySelector('network-view').idle, null, { timeout: 120_000 });
      const tracing = TRACE ? await startTrace(await br.context.newCDPSession(p), true, PAINT ? PAINT_CATEGORIES : []) : undefined;
      const r = await p.evaluate(
        async ({ seconds, speed }) => {
          const shell = document.querySelector('app-shell') as any;
          const net = shell.renderRoot.querySelector('network-view');
          const charts = shell.renderRoot.querySelector('challenge-charts');
          const tasks: number[] = [];
          const obs = new PerformanceObserver((l) => l.getEntries().forEach((e) => tasks.push(e.duration)));
          obs.observe({ type: 'longtask' });
          const gaps: number[] = [];
          let last = performance.now();
          let frames = 0;
          let run = true;
          const raf = (t: number) => {
            gaps.push(t - last);
            last = t;
            frames++;
            if (run) requestAnimationFrame(raf);
          };
          requestAnimationFrame(raf);
          // Counters of the network's work, installed from here (the app keeps none).
          const ctx = net.renderRoot.querySelector('canvas').getContext('2d', { alpha: false });
          let painted = 0;
          let drawMs = 0;
          let sprites = 0;
          const clear = ctx.clearRect;
          ctx.clearRect = function (this: CanvasRenderingContext2D, ...a: unknown[]) {
            painted++;
            return clear.apply(this, a);
          };
          const frame = net.frame;
          net.frame = function (this: unknown, ...a: unknown[]) {
            const p0 = painted;
            const t = performance.now();
            const r = frame.apply(this, a);
            if (painted > p0) drawMs = Math.max(drawMs, performance.now() - t);
            return r;
          };
          // A sprite is painted on a scratch OffscreenCanvas and taken as a bitmap (sprites.ts).
          const take = OffscreenCanvas.prototype.transferToImageBitmap;
          OffscreenCanvas.prototype.transferToImageBitmap = function (this: OffscreenCanvas) {
            sprites++;
            return take.call(this);
          };
          if (net.layout) net.layout.longestMs = 0;
          const renders0 = charts.renders;
          const builds0 = charts.builds ?? NaN;
          const inPlace0 = charts.inPlace ?? NaN;
          const week0 = shell.sim.week;
          shell.sim.setSpeed(speed);
          shell.sim.play();
          const t0 = performance.now();
          await new Promise((res) => setTimeout(res, seconds * 1000));
          const dt = (performance.now() - t0) / 1000;
          shell.sim.pause();
          ctx.clearRect = clear;
          net.frame = frame;
          OffscreenCanvas.prototype.transferToImageBitmap = take;
          run = false;
          obs.disconnect();
          gaps.sort((a, b) => a - b);
          return {
            fps: frames / dt,
            paintedFps: painted / dt,
            p95FrameMs: gaps[Math.floor(gaps.length * 0.95)] ?? 0,
            // Animation frames that came more than 20 ms after the one before (a missed vsync at 60 Hz).
            lateFrames: gaps.filter((g) => g > 20).length,
            weeksPerSecond: (shell.sim.week - week0) / dt,
            chartRenders: charts.renders - renders0,
            // Plot SVGs built, and charts updated in place (challenge-charts.ts).
            chartBuilds: (charts.builds ?? NaN) - builds0,
            chartsInPlace: (charts.inPlace ?? NaN) - inPlace0,
            longestTaskMs: tasks.length ? Math.max(...tasks) : 0,
            longTasks: tasks.length,
            // The network's longest frame that drew (JS recording; chromium rasterises at commit) and force tick.
            netDrawMs: drawMs,
            netTickMs: net.layout?.longestMs ?? NaN,
            spritesMade: sprites,
            ties: shell.sim.snapshot.ties.a.length,
          };
        },
        { seconds: SECONDS, speed: SPEED },
      );
      let cpuPerPicture = '';
      if (tracing) {
        const profile = (await tracing.stop())!;
        const events = tracing.events;
        if (PAINT) {
          const file = join(tmpdir(), `coalesce-trace-${size}.json`);
          writeFileSync(file, JSON.stringify(events));
          writeFileSync(file.replace(/\.json$/, '.cpuprofile'), JSON.stringify(profile));
          console.log(`--- trace events written to ${file}, the CPU profile beside it (.cpuprofile)`);
        }
        console.log(`--- ${size} members, traced (numbers below are slower than untraced):`);
        console.log(attribute(events));
        console.log(hotInLongTasks(events, profile));
        console.log(windowBreakdown(events, profile, SECONDS));
        // The comparison that holds on a shared machine: the main thread's CPU per picture the network drew.
        cpuPerPicture = `, main-thread CPU ${(mainThreadCpuMs(events) / (r.paintedFps * SECONDS)).toFixed(1)} ms per drawn picture (traced)`;
      }
      const l = load();
      results.push({ members: size, ...r, load: l });
      console.log(
        `${String(size).padStart(5)} members (${r.ties} ties): network drew ${r.paintedFps.toFixed(1)} pictures/s (animation frames ${r.fps.toFixed(1)}/s, p95 frame ${r.p95FrameMs.toFixed(1)} ms, ${r.lateFrames} late), ` +
          `${r.weeksPerSecond.toFixed(2)} wk/s at ${SPEED} wk/s, ${r.chartRenders} chart rebuild rounds (${r.chartBuilds} Plot builds, ${r.chartsInPlace} in place), longest task ${r.longestTaskMs.toFixed(0)} ms (${r.longTasks} over 50 ms; network's longest draw ${r.netDrawMs.toFixed(0)} ms, tick ${r.netTickMs.toFixed(0)} ms, ${r.spritesMade} sprites made)${cpuPerPicture}; load ${l}`,
      );
      if (br.errors.length) console.log('  console errors:', br.errors.slice(0, 3));
      await br.close();
    }
    if (REPS > 1) {
      console.log(`medians of ${REPS}:`);
      for (const size of SIZES) {
        const rs = results.filter((r) => r.members === size);
        const med = (k: 'fps' | 'paintedFps' | 'longestTaskMs') => median(rs.map((r) => r[k]));
        console.log(`${String(size).padStart(5)} members: network drew ${med('paintedFps').toFixed(1)} pictures/s, animation frames ${med('fps').toFixed(1)}/s, longest task ${med('longestTaskMs').toFixed(0)} ms; load ${rs.map((r) => r.load.split(' / ')[0]).join(', ')}`);
      }
    }
  } finally {
    await server.close();
  }
}

await main();
