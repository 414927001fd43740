// What Observable Plot costs the lab (issue 4: "use a well-kept chart
// library ... measure its cost"):
//  1. bytes: the gzip size Plot adds to a bundle that already holds the d3
//     modules the network view needs (esbuild, minified, the marks we use);
//  2. time: the main-thread CPU spent inside Plot while the lab plays, per
//     week advanced, from a sampling profile in headless chromium (dev
//     server, so Plot is its own module URL and samples can be attributed).
// Run: npx tsx bench/plot-cost.ts [--seconds 10] [--speed 4] [--members 60]
import { build } from 'esbuild';
import { loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { ROOT } from '../test/e2e/harness.ts';
import { openLab } from '../test/e2e/lab-helpers.ts';

const args = process.argv.slice(2);
const opt = (name: string, def: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : def;
};
const SECONDS = opt('seconds', 10);
const SPEED = opt('speed', 4);
const MEMBERS = opt('members', 60);

// The d3 the network view imports anyway, and the Plot marks the charts use.
const D3 = `
import { forceLink, forceManyBody, forceSimulation, forceX, forceY } from 'd3-force';
import { interpolateCividis } from 'd3-scale-chromatic';
import { polygonHull } from 'd3-polygon';
import { select } from 'd3-selection';
import { zoom, zoomIdentity } from 'd3-zoom';
globalThis.keep = [forceLink, forceManyBody, forceSimulation, forceX, forceY, interpolateCividis, polygonHull, select, zoom, zoomIdentity];
`;
const PLOT = `
import { plot, lineY, text, dot, ruleY, ruleX, rectX, areaY, tickX } from '@observablehq/plot';
globalThis.keepPlot = [plot, lineY, text, dot, ruleY, ruleX, rectX, areaY, tickX];
`;

async function gzipOf(source: string): Promise<number> {
  const out = await build({
    stdin: { contents: source, resolveDir: ROOT, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return gzipSync(out.outputFiles[0].contents).length;
}

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
  children?: number[];
}

async function timeInPlot(): Promise<void> {
  const { server, b } = await openLab();
  try {
    const page = b.page;
    /* eslint-disable @typescript-eslint/no-explicit-any */
    if (MEMBERS !== 60) {
      await page.evaluate(async (n) => {
        const sim = (document.querySelector('app-shell') as any).sim;
        await sim.setParam('population.size', n, 'members');
      }, MEMBERS);
    }
    const cdp = await b.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    const week0 = await page.evaluate(() => (document.querySelector('app-shell') as any).sim.week as number);
    await cdp.send('Profiler.start');
    await page.evaluate((speed) => {
      const sim = (document.querySelector('app-shell') as any).sim;
      sim.setSpeed(speed);
      sim.play();
    }, SPEED);
    await page.waitForTimeout(SECONDS * 1000);
    await page.evaluate(() => (document.querySelector('app-shell') as any).sim.pause());
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
    const week1 = await page.evaluate(() => (document.querySelector('app-shell') as any).sim.week as number);

    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    let busy = 0;
    let plot = 0;
    let charts = 0;
    profile.samples.forEach((id, k) => {
      const dt = profile.timeDeltas[k] / 1000; // ms
      const leaf = byId.get(id)!.callFrame.functionName;
      if (leaf === '(idle)' || leaf === '(program)') return;
      busy += dt;
      let inPlot = false;
      let inCharts = false;
      for (let x: number | undefined = id; x !== undefined; x = parent.get(x)) {
        const url = byId.get(x)!.callFrame.url;
        if (url.includes('@observablehq_plot')) inPlot = true;
        if (url.includes('/src/ui/charts/')) inCharts = true;
      }
      if (inPlot) plot += dt;
      if (inCharts || inPlot) charts += dt;
    });
    const weeks = Math.max(1, week1 - week0);
    console.log(`  playing ${MEMBERS} members at ${SPEED} weeks/s for ${SECONDS} s: ${weeks} weeks`);
    console.log(`  main thread busy      ${busy.toFixed(0).padStart(6)} ms   ${(busy / weeks).toFixed(1).padStart(6)} ms/week`);
    console.log(`  charts (ours + Plot)  ${charts.toFixed(0).padStart(6)} ms   ${(charts / weeks).toFixed(1).padStart(6)} ms/week   ${((100 * charts) / busy).toFixed(0)}% of busy`);
    console.log(`  inside Plot           ${plot.toFixed(0).padStart(6)} ms   ${(plot / weeks).toFixed(1).padStart(6)} ms/week   ${((100 * plot) / busy).toFixed(0)}% of busy`);
  } finally {
    await b.close();
    await server.close();
  }
}

console.log(`Observable Plot's cost (load average ${loadavg().map((x) => x.toFixed(1)).join(' ')})`);
const d3Only = await gzipOf(D3);
const withPlot = await gzipOf(D3 + PLOT);
console.log(`  bundle, gzip: the network's d3 ${(d3Only / 1024).toFixed(1)} kB; with Plot's marks ${(withPlot / 1024).toFixed(1)} kB; Plot adds ${((withPlot - d3Only) / 1024).toFixed(1)} kB`);
await timeInPlot();
