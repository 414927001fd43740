// The challenge charts are built once and updated in place week by week
// (src/ui/charts/chart-layers.ts). After a run played with an intervention,
// and again with the grey line of a previous run, each chart must be the SVG
// a fresh build draws for the same data, and look pixel for pixel like the
// charts Observable Plot drew from scratch before (test/e2e/chart-reference.ts).
process.env.COALESCE_E2E = '1';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Server } from './harness.ts';
import { openLab, settle, stepTo } from './lab-helpers.ts';

/* eslint-disable @typescript-eslint/no-explicit-any */
let server: Server;
let b: Browser;

beforeAll(async () => {
  ({ server, b } = await openLab({ width: 1440, height: 900 }));
}, 120_000);

afterAll(async () => {
  await b?.close();
  await server?.close();
});

async function playTo(p: Page, w: number): Promise<void> {
  await p.evaluate(() => {
    const sim = (document.querySelector('app-shell') as any).sim;
    sim.setSpeed(8);
    sim.play();
  });
  await p.waitForFunction((x) => (document.querySelector('app-shell') as any).sim.week >= x, w, { timeout: 60_000 });
  await p.evaluate(() => (document.querySelector('app-shell') as any).sim.pause());
  await settle(p);
  await p.waitForFunction(() => (document.querySelector('app-shell') as any).renderRoot.querySelector('challenge-charts').idle, null, { timeout: 10_000 });
}

interface Compared { id: string; sameAsFresh: boolean; differingPixels: number; pixels: number; paths: number }

/** For each chart: the lab's SVG against a fresh build (markup) and against the reference Plot chart (pixels). */
function compare(p: Page): Promise<Compared[]> {
  return p.evaluate(async () => {
    const shell = document.querySelector('app-shell') as any;
    const charts = shell.renderRoot.querySelector('challenge-charts');
    const sim = shell.sim;
    // The dev server's modules, the app's own instances (written as a string: vitest rewrites import() in this file).
    const load = new Function('u', 'return import(u)') as (u: string) => Promise<any>;
    const { buildChart, frameKey } = await load('/src/ui/charts/plot-chart.ts');
    const { PANELS } = await load('/src/ui/charts/series.ts');
    const { buildReferenceChart } = await load('/test/e2e/chart-reference.ts');
    const raster = async (svg: SVGSVGElement) => {
      const w = +svg.getAttribute('width')!, h = +svg.getAttribute('height')!;
      const img = new Image();
      img.src = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(svg)], { type: 'image/svg+xml' }));
      await img.decode();
      const c = document.createElement('canvas');
      c.width = w;
      c.height = h;
      const g = c.getContext('2d')!;
      g.fillStyle = '#fff';
      g.fillRect(0, 0, w, h);
      g.drawImage(img, 0, 0);
      return g.getImageData(0, 0, w, h).data;
    };
    const out = [];
    // Every panel, the second panels of C1 (value) and C5 (E-I index) included.
    for (const chart of PANELS) {
      const shown = charts.renderRoot.querySelector(`[data-panel="${chart.id}"] .slot svg`) as SVGSVGElement;
      const input = charts.inputFor(PANELS.indexOf(chart));
      input.columns = sim.columns;
      const fresh = buildChart(input, frameKey(input, 0)).svg as SVGSVGElement;
      const ref = buildReferenceChart(input) as SVGSVGElement;
      const [a, r] = [await raster(shown), await raster(ref)];
      let differ = 0;
      for (let i = 0; i < a.length; i += 4) if (a[i] !== r[i] || a[i + 1] !== r[i + 1] || a[i + 2] !== r[i + 2]) differ++;
      out.push({ id: chart.id, sameAsFresh: shown.outerHTML === fresh.outerHTML, differingPixels: differ, pixels: a.length / 4, paths: shown.querySelectorAll('path').length });
    }
    return out;
  });
}

const counts = (p: Page) => p.evaluate(() => {
  const c = (document.querySelector('app-shell') as any).renderRoot.querySelector('challenge-charts');
  return { builds: c.builds as number, inPlace: c.inPlace as number };
});

describe('charts updated in place', () => {
  it('after playing with an intervention: each chart is a fresh build of the same data and looks like Plot drew it from scratch', async () => {
    const p = b.page;
    await stepTo(p, 6);
    await settle(p);
    await p.locator('[data-action="quickWin"]').click();
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.interventions.length === 1);
    const before = await counts(p);
    await playTo(p, 40);
    const after = await counts(p);
    // Most weeks were drawn in place, not by a new Plot SVG.
    expect(after.inPlace - before.inPlace).toBeGreaterThan(2 * (after.builds - before.builds));
    const res = await compare(p);
    for (const r of res) {
      expect(r, r.id).toMatchObject({ sameAsFresh: true, differingPixels: 0 });
      expect(r.paths, r.id).toBeGreaterThan(3);
    }
    // The charts' SVG export holds what is on screen: the same paths (lines, marks) in every chart.
    const exported = await p.evaluate(() => {
      const charts = (document.querySelector('app-shell') as any).renderRoot.querySelector('challenge-charts');
      const ds = (svg: Element) => [...svg.querySelectorAll('path')].map((e) => e.getAttribute('d') + '@' + e.getAttribute('transform'));
      const doc = new DOMParser().parseFromString(charts.toSVG(), 'image/svg+xml');
      return {
        shown: [...charts.renderRoot.querySelectorAll('.slot svg')].map(ds),
        file: [...doc.documentElement.children].filter((e) => e.localName === 'svg').map(ds),
      };
    });
    expect(exported.file).toEqual(exported.shown);
    // Eight panels: C1, C4 and C5 draw a quantity of another scale in a panel of its own.
    expect(exported.file).toHaveLength(8);
    expect(b.errors).toEqual([]);
  });

  it('with the grey line of the previous run (a parameter changed): the same', async () => {
    const p = b.page;
    await p.evaluate(async () => {
      const sim = (document.querySelector('app-shell') as any).sim;
      await sim.setParam('population.size', 80, 'Members');
    });
    await p.waitForFunction(() => !!(document.querySelector('app-shell') as any).sim.ghost);
    await playTo(p, 25);
    const res = await compare(p);
    for (const r of res) expect(r, r.id).toMatchObject({ sameAsFresh: true, differingPixels: 0 });
    // The ghost is on the charts.
    expect(await p.evaluate(() => (document.querySelector('app-shell') as any).renderRoot.querySelector('challenge-charts').renderRoot.querySelectorAll('#C1 .slot svg g.ghost').length)).toBe(3);
    expect(b.errors).toEqual([]);
  });
});
