// A large network drawn in the draw worker (src/ui/network/offscreen-draw.ts;
// off by default, draw-target.ts OFFSCREEN_FROM, so switched on here from
// 1,000 members) at 2,000 members: the worker's picture shows the network,
// is the picture the page itself draws, scrubbing back gives the same
// picture, the exports work, and when the worker fails the page draws again.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, type Browser, type Server } from './harness.ts';
import { canvasHash as canvasPixels, expectEveryExport, openLab, settle, week } from './lab-helpers.ts';

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

/** The draw worker's state, read from the network view (its private `target.off`). */
const off = (p: Page) =>
  p.evaluate(() => {
    const o = (document.querySelector('app-shell') as any).renderRoot.querySelector('network-view').target.off;
    return { frames: (o?.frames ?? 0) as number, failed: (o?.failed ?? false) as boolean, started: !!o?.worker };
  });

/** Distinct colours in a sample of the canvas's pixels (a blank canvas has one). */
const colours = (p: Page) =>
  p.evaluate(() => {
    const c = (document.querySelector('app-shell') as any).renderRoot.querySelector('network-view').renderRoot.querySelector('canvas') as HTMLCanvasElement;
    const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    const set = new Set<number>();
    for (let i = 0; i < d.length; i += 4 * 97) set.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
    return set.size;
  });

const redraw = async (p: Page) => {
  await p.evaluate(() => (document.querySelector('app-shell') as any).renderRoot.querySelector('network-view').redraw());
  await settle(p);
};

describe('a network of 2,000 members drawn in the draw worker', () => {
  it('plays, drawn in the worker, and shows the network', async () => {
    const p = b.page;
    // The draw worker from 1,000 members (OFFSCREEN_FROM is off by default: draw-target.ts).
    await p.evaluate(() => {
      (document.querySelector('app-shell') as any).renderRoot.querySelector('network-view').target.offscreenFrom = 1000;
    });
    // The default 60 members: the page draws, no worker.
    expect(await off(p)).toEqual({ frames: 0, failed: false, started: false });
    await p.evaluate(async () => {
      const sim = (document.querySelector('app-shell') as any).sim;
      await sim.setParam('population.size', 2000, 'Members');
      await sim.step(3);
    });
    await settle(p);
    // From 1,000 members the worker draws, paused too (its sprites are made before play).
    expect((await off(p)).started).toBe(true);
    const frames0 = (await off(p)).frames;
    expect(frames0).toBeGreaterThan(0);
    const w0 = await week(p);
    await p.locator('[data-testid="play"]').click();
    await p.waitForFunction((w) => (document.querySelector('app-shell') as any).sim.week >= w + 3, w0, { timeout: 60_000 });
    mkdirSync(`${ROOT}/test-results/screenshots`, { recursive: true });
    await p.screenshot({ path: `${ROOT}/test-results/screenshots/network-offscreen-2000-playing.png` });
    await p.locator('[data-testid="play"]').click();
    await settle(p);
    const o = await off(p);
    expect(o.started).toBe(true);
    expect(o.failed).toBe(false);
    expect(o.frames).toBeGreaterThan(frames0 + 3);
    expect(await colours(p)).toBeGreaterThan(5);
    expect(b.errors).toEqual([]);
  }, 180_000);

  it('draws the picture the page draws, and scrubbing back gives the same picture', async () => {
    const p = b.page;
    const at = await week(p);
    const frames0 = (await off(p)).frames;
    await redraw(p);
    expect((await off(p)).frames).toBeGreaterThan(frames0);
    const picture = await canvasPixels(p);
    for (let i = 0; i < 3; i++) await p.locator('[data-testid="step"]').click();
    await p.waitForFunction((w) => (document.querySelector('app-shell') as any).sim.week === w + 3, at, { timeout: 60_000 });
    await settle(p);
    expect(await canvasPixels(p)).not.toBe(picture);
    await p.locator('[data-testid="scrubber"]').fill(String(at));
    await p.waitForFunction((w) => (document.querySelector('app-shell') as any).sim.week === w, at);
    await settle(p);
    const frames1 = (await off(p)).frames;
    await redraw(p);
    expect((await off(p)).frames).toBeGreaterThan(frames1);
    expect(await canvasPixels(p)).toBe(picture);
    // The same frame drawn by the page: the same pixels.
    await p.evaluate(() => {
      (document.querySelector('app-shell') as any).renderRoot.querySelector('network-view').target.off.failed = true;
    });
    await redraw(p);
    expect(await canvasPixels(p)).toBe(picture);
    await p.evaluate(() => {
      (document.querySelector('app-shell') as any).renderRoot.querySelector('network-view').target.off.failed = false;
    });
    await redraw(p);
    expect(await canvasPixels(p)).toBe(picture);
  }, 180_000);

  it('every export produces a non-empty file; the network PNG shows the network', async () => {
    const p = b.page;
    await expectEveryExport(p, async (which, bytes) => {
      if (which !== 'network-png') return;
      const n = await p.evaluate(async (png) => {
        const bmp = await createImageBitmap(new Blob([new Uint8Array(png)], { type: 'image/png' }));
        const c = new OffscreenCanvas(bmp.width, bmp.height).getContext('2d')!;
        c.drawImage(bmp, 0, 0);
        const d = c.getImageData(0, 0, bmp.width, bmp.height).data;
        const set = new Set<number>();
        for (let i = 0; i < d.length; i += 4 * 97) set.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
        return set.size;
      }, [...bytes]);
      expect(n, 'colours in the network PNG').toBeGreaterThan(5);
    });
    expect(b.errors).toEqual([]);
  }, 120_000);

  it('when the worker fails, the page draws the network again', async () => {
    const p = b.page;
    const picture = await canvasPixels(p);
    // A week the worker cannot draw: its next picture fails.
    await p.evaluate(() => {
      const net = (document.querySelector('app-shell') as any).renderRoot.querySelector('network-view');
      net.target.off.worker.postMessage({ kind: 'week', snapshot: null, ev: undefined });
      net.redraw();
    });
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).renderRoot.querySelector('network-view').target.off.failed === true);
    await settle(p);
    expect(await canvasPixels(p)).toBe(picture);
    // Playing on, the page draws.
    const frames = (await off(p)).frames;
    const w0 = await week(p);
    await p.locator('[data-testid="play"]').click();
    await p.waitForFunction((w) => (document.querySelector('app-shell') as any).sim.week >= w + 2, w0, { timeout: 60_000 });
    await p.locator('[data-testid="play"]').click();
    await settle(p);
    expect((await off(p)).frames).toBe(frames);
    expect(await colours(p)).toBeGreaterThan(5);
    expect(await canvasPixels(p)).not.toBe(picture);
  }, 180_000);
});
