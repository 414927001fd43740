// Exports that stand alone (issue 17, item 18): the network PNG has a caption
// band under the picture (scenario, seed, week, phase, lens, the week's
// caption, a compact key); the charts SVG and PNG carry a heading, each
// chart's title, a legend and axis labels; in English and Dutch. The files are
// also written to test-results/screenshots/ to be looked at.
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, startServer, type Browser, type Server } from './harness.ts';
import { exportFile, settle, stepTo } from './lab-helpers.ts';
import { exportCompare, waitState } from './compare-helpers.ts';
import { waitShell } from './lesson-helpers.ts';

/* eslint-disable @typescript-eslint/no-explicit-any */
let server: Server;
let b: Browser;
const OUT = 'test-results/screenshots';

beforeAll(async () => {
  server = await startServer('dev');
  b = await launch({ width: 1440, height: 900 });
  mkdirSync(OUT, { recursive: true });
});

afterAll(async () => {
  await b?.close();
  await server?.close();
});

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(bytes: Buffer): { w: number; h: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { w: bytes.readUInt32BE(16), h: bytes.readUInt32BE(20) };
}

/** Share of dark pixels (ink) in rows y0..y1 of a PNG, measured in the page. */
function inkIn(p: Page, bytes: Buffer, y0: number, y1: number): Promise<number> {
  return p.evaluate(
    async ({ b64, y0, y1 }) => {
      const img = await createImageBitmap(new Blob([Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0))], { type: 'image/png' }));
      const c = new OffscreenCanvas(img.width, img.height);
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const d = ctx.getImageData(0, y0, img.width, y1 - y0).data;
      let dark = 0;
      for (let i = 0; i < d.length; i += 4) if (d[i] + d[i + 1] + d[i + 2] < 300) dark++;
      return dark / (d.length / 4);
    },
    { b64: bytes.toString('base64'), y0, y1 },
  );
}

const canvasSize = (p: Page) =>
  p.evaluate(() => {
    const net = (document.querySelector('app-shell') as any).renderRoot.querySelector('network-view');
    const c = net.renderRoot.querySelector('canvas') as HTMLCanvasElement;
    return { w: c.width, h: c.height };
  });

describe('exports that stand alone', () => {
  for (const lang of ['en', 'nl'] as const) {
    it(`network PNG and charts SVG/PNG carry their context (${lang})`, async () => {
      const p = b.page;
      await p.goto(`${server.url}?lang=${lang}#lab`);
      await waitShell(p);
      await stepTo(p, 13);
      await settle(p);
      const words = lang === 'en'
        ? { head: 'Steady rhythm · seed 42 · week 13 · coalescing', trust: 'mean trust', week: 'week', unit: 'trust (0–1)', org: 'Organisation A', lens: 'Lens: All' }
        : { head: 'Vast ritme · seed 42 · week 13 · plakfase', trust: 'gemiddeld vertrouwen', week: 'week', unit: 'vertrouwen (0–1)', org: 'Organisatie A', lens: 'Lens: Alles' };

      const net = await exportFile(p, 'network-png');
      writeFileSync(`${OUT}/export-network-${lang}.png`, net.bytes);
      const cv = await canvasSize(p);
      const size = pngSize(net.bytes);
      expect(size.w).toBe(cv.w);
      // A caption band under the picture, with text in it.
      expect(size.h - cv.h).toBeGreaterThanOrEqual(90);
      expect(await inkIn(p, net.bytes, cv.h + 4, size.h)).toBeGreaterThan(0.01);
      // The band's words are drawn with fillText: record them in a second export.
      await p.evaluate(() => {
        const seen: string[] = ((globalThis as any).__fill = []);
        const orig = CanvasRenderingContext2D.prototype.fillText;
        CanvasRenderingContext2D.prototype.fillText = function (t: string, ...r: any[]) { seen.push(String(t)); return (orig as any).call(this, t, ...r); };
      });
      await exportFile(p, 'network-png');
      const drawn = await p.evaluate(() => (globalThis as any).__fill as string[]);
      expect(drawn).toContain(words.head);
      expect(drawn).toContain(words.org);
      expect(drawn.some((t) => t.startsWith(words.lens))).toBe(true);
      expect(drawn.some((t) => /^Wk 13: /.test(t))).toBe(true);

      const svg = (await exportFile(p, 'charts-svg')).bytes.toString('utf8');
      writeFileSync(`${OUT}/export-charts-${lang}.svg`, svg);
      // Well-formed XML: it opens in a browser, an editor and a report.
      expect(await p.evaluate((t) => new DOMParser().parseFromString(t, 'image/svg+xml').querySelector('parsererror')?.textContent ?? '', svg)).toBe('');
      const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1].replace(/&amp;/g, '&'));
      expect(texts[0]).toBe(words.head);
      // Five chart titles, a legend naming each line, axis labels.
      expect(texts.filter((t) => /^C\d · /.test(t))).toHaveLength(5);
      expect(texts.some((t) => t.startsWith(`${words.trust} `))).toBe(true);
      expect(texts.filter((t) => t === words.week).length).toBe(5);
      expect(texts.some((t) => /^(y axis|y-as): /.test(t) && t.replace(/^[^:]+: /, '').split(' · ').includes(words.unit))).toBe(true);

      const png = await exportFile(p, 'charts-png');
      writeFileSync(`${OUT}/export-charts-${lang}.png`, png.bytes);
      const m = /width="(\d+)" height="(\d+)"/.exec(svg)!;
      expect(pngSize(png.bytes)).toEqual({ w: 2 * +m[1], h: 2 * +m[2] });
      // The heading is drawn: ink in its top rows.
      expect(await inkIn(p, png.bytes, 20, 56)).toBeGreaterThan(0.005);
      expect(b.errors).toEqual([]);
    });
  }

  it("Compare's charts SVG says what was compared, its key and the week axis (Dutch)", async () => {
    const p = b.page;
    await p.goto(`${server.url}?lang=nl#compare`);
    await waitState(p, 'done');
    const svg = (await exportCompare(p, 'charts-svg')).bytes.toString('utf8');
    writeFileSync(`${OUT}/export-compare-charts-nl.svg`, svg);
    expect(await p.evaluate((t) => new DOMParser().parseFromString(t, 'image/svg+xml').querySelector('parsererror')?.textContent ?? '', svg)).toBe('');
    const texts = [...svg.matchAll(/<text[^>]*>([\s\S]*?)<\/text>/g)].map((m) => m[1].replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').trim());
    expect(texts[0]).toBe('Vergelijking: 30 runs per scenario, seed 42');
    expect(texts[1]).toMatch(/^A Vast ritme\s+B Grote lancering\s+\(lijn: gemiddelde; vlak: 5–95% van de runs\)$/);
    const charts = (svg.match(/<svg/g) ?? []).length - 1;
    expect(charts).toBeGreaterThan(10);
    expect(texts.filter((t) => t === 'week')).toHaveLength(charts);
    const png = await exportCompare(p, 'charts-png');
    writeFileSync(`${OUT}/export-compare-charts-nl.png`, png.bytes);
    expect(b.errors).toEqual([]);
  });
});
