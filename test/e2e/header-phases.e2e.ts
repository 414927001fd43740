// The lab's header and phase encoding in real headless chromium: one header
// row at 1440×900 (EN and NL), nothing wider than a 390×844 phone, and the
// dormant phase hatched on the chip, the ribbon and in the exported charts
// (the SVG pattern travels with the SVG and is drawn in the PNG).
process.env.COALESCE_E2E = '1';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, startServer, type Server } from './harness.ts';
import { exportFile, openFile, settle, stepTo, waitReady } from './lab-helpers.ts';

/* eslint-disable @typescript-eslint/no-explicit-any */
let server: Server;

beforeAll(async () => {
  server = await startServer('dev');
}, 120_000);

afterAll(async () => {
  await server?.close();
});

/** Boxes of the header's visible parts (shadow roots included), in page pixels. */
function headerBoxes(p: Page) {
  return p.evaluate(() => {
    const shell = document.querySelector('app-shell')!.shadowRoot!;
    const header = shell.querySelector('header')!;
    const lab = shell.querySelector('lab-header')!.shadowRoot!;
    const tools = shell.querySelector('app-tools')!.shadowRoot!;
    const parts: [string, Element | null][] = [
      ['brand', header.querySelector('h1')],
      ['views', header.querySelector('nav')],
      ['scenario', lab.querySelector('[data-testid="scenario-picker"]')],
      ['open', lab.querySelector('[data-testid="open-file"]')],
      ['seed', lab.querySelector('[data-testid="seed"]')],
      ['new-seed', lab.querySelector('[data-testid="new-seed"]')],
      ['chip', lab.querySelector('.chip')],
      ['export', lab.querySelector('[data-testid="export-menu"]')],
      ['lang', tools.querySelector('.lang')],
      ['share', tools.querySelector('[data-testid="share"]')],
      ['help', tools.querySelector('[data-testid="help"]')],
    ];
    const boxes: Record<string, { top: number; bottom: number; left: number; right: number; shown: boolean }> = {};
    for (const [k, el] of parts) {
      if (!el) continue;
      const r = el.getBoundingClientRect();
      boxes[k] = { top: r.top, bottom: r.bottom, left: r.left, right: r.right, shown: r.width > 2 && r.height > 2 };
    }
    const hr = header.getBoundingClientRect();
    return { boxes, header: { height: hr.height, scroll: header.scrollWidth, client: header.clientWidth }, page: document.scrollingElement!.scrollWidth - window.innerWidth };
  });
}

async function openAt(width: number, height: number, lang: 'en' | 'nl') {
  const b = await launch({ width, height });
  await b.page.goto(`${server.url}?lang=${lang}`);
  await waitReady(b.page);
  await settle(b.page);
  return b;
}

describe('the header', () => {
  for (const lang of ['en', 'nl'] as const) {
    it(`is one row at 1440×900 (${lang})`, async () => {
      const b = await openAt(1440, 900, lang);
      try {
        const { boxes, header, page } = await headerBoxes(b.page);
        expect(header.height).toBeLessThanOrEqual(48);
        expect(header.scroll).toBeLessThanOrEqual(header.client);
        expect(page).toBeLessThanOrEqual(0);
        // Every part shown, all on the same row, none past the right edge.
        const shown = Object.entries(boxes);
        expect(shown.map(([k]) => k)).toEqual(['brand', 'views', 'scenario', 'open', 'seed', 'new-seed', 'chip', 'export', 'lang', 'share', 'help']);
        for (const [k, r] of shown) {
          expect(r.shown, k).toBe(true);
          expect(r.top, k).toBeGreaterThanOrEqual(0);
          expect(r.bottom, k).toBeLessThanOrEqual(header.height);
          expect(r.right, k).toBeLessThanOrEqual(1440);
        }
        // Left to right in reading order: nothing wrapped under something else.
        for (let i = 1; i < shown.length; i++) expect(shown[i][1].left, `${shown[i][0]} after ${shown[i - 1][0]}`).toBeGreaterThanOrEqual(shown[i - 1][1].right - 1);
        // The week and its phase in one chip, readable words.
        const chip = await b.page.locator('lab-header .chip').textContent();
        expect(chip).toMatch(lang === 'en' ? /Wk 0 · potential/ : /Wk 0 · potentie/);
        expect(b.errors).toEqual([]);
      } finally {
        await b.close();
      }
    });
  }

  it('fits a 390×844 phone: two rows, nothing wider than the screen', async () => {
    const b = await openAt(390, 844, 'en');
    try {
      const { boxes, header, page } = await headerBoxes(b.page);
      expect(page).toBeLessThanOrEqual(0);
      expect(header.scroll).toBeLessThanOrEqual(header.client);
      expect(header.height).toBeLessThanOrEqual(90);
      for (const [k, r] of Object.entries(boxes)) {
        if (!r.shown) continue;
        expect(r.left, k).toBeGreaterThanOrEqual(0);
        expect(r.right, k).toBeLessThanOrEqual(390);
      }
      // What a participant on a phone needs is there; desk work (files, new seed, exports) is not.
      for (const k of ['views', 'chip', 'scenario', 'lang']) expect(boxes[k]?.shown, k).toBe(true);
      for (const k of ['open', 'new-seed', 'export']) expect(boxes[k]?.shown, k).toBe(false);
      // The week chip sits on the first row, beside the views.
      expect(Math.abs(boxes.chip.top - boxes.views.top)).toBeLessThan(8);
      expect(b.errors).toEqual([]);
    } finally {
      await b.close();
    }
  });
});

describe('the phase ribbon under the timeline', () => {
  for (const [w, h] of [[1440, 900], [390, 844], [1920, 1080]] as const) {
    it(`writes a phase's name only where it fits, never a cut-off letter (${w}×${h})`, async () => {
      const b = await openAt(w, h, 'en');
      try {
        if (w === 1920) await b.page.keyboard.press('p');
        await stepTo(b.page, 20);
        await settle(b.page);
        const spans = await b.page.evaluate(() => {
          const t = (document.querySelector('app-shell') as any).shadowRoot.querySelector('lab-transport').shadowRoot;
          return [...t.querySelectorAll('.ribbon > span')].map((e: any) => ({ text: e.querySelector('.sr-only') ? '' : e.textContent.trim(), title: e.title, scroll: e.scrollWidth, client: e.clientWidth }));
        });
        // Potential (week 0) and coalescing so far: two stretches, each named in its title.
        expect(spans.map((x) => x.title)).toEqual(['potential', 'coalescing']);
        expect(spans[0].text).toBe('');
        expect(spans[1].text).toBe('coalescing');
        for (const x of spans) if (x.text) expect(x.scroll, x.text).toBeLessThanOrEqual(x.client + 1);
        expect(b.errors).toEqual([]);
      } finally {
        await b.close();
      }
    });
  }
});

// Almost nobody takes part after the launch: dormant from week 13 at seed 42.
const FADING = `schemaVersion: 1
name: Fading
seed: 42
horizon: 40
population:
  size: 40
parameters:
  relevanceA: 0.5
  relevanceB: 20
  capacityProb: 0.05
  launchBoost: 0
strategy:
  preset: big-launch
`;

describe('the dormant phase', () => {
  it('is hatched on the chip, the ribbon and the charts, and the hatch is in the exported SVG and PNG', async () => {
    const b = await openAt(1440, 900, 'en');
    const p = b.page;
    try {
      await openFile(p, 'fading.yaml', FADING);
      await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.file === 'fading.yaml');
      await p.evaluate(() => (document.querySelector('app-shell') as any).sim.step(30));
      await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.week === 30);
      await settle(p);
      const phases = (await p.evaluate(() => Array.from((document.querySelector('app-shell') as any).sim.columns.phase as Float64Array))) as number[];
      const firstDormant = phases.indexOf(3);
      expect(firstDormant).toBeGreaterThan(0);
      expect(await p.locator('[data-testid="phase-chip"]').textContent()).toBe('dormant');
      expect(await p.locator('lab-header .chip').getAttribute('style')).toContain('repeating-linear-gradient');
      expect(await p.locator('lab-transport .ribbon > span').last().getAttribute('style')).toContain('repeating-linear-gradient');
      await p.waitForFunction(() => {
        const ch = document.querySelector('app-shell')!.shadowRoot!.querySelector('challenge-charts')!.shadowRoot!;
        return ch.querySelectorAll('.slot svg pattern[id^="dormant-hatch-"]').length === 8 && !!ch.querySelector('#C1 .slot svg [fill="url(#dormant-hatch-C1)"]');
      }, null, { timeout: 15_000 });

      const svg = (await exportFile(p, 'charts-svg')).bytes.toString('utf8');
      for (const id of ['C1', 'C2', 'C3', 'C4', 'C5']) {
        expect(svg).toContain(`<pattern id="dormant-hatch-${id}"`);
        expect(svg).toContain(`fill="url(#dormant-hatch-${id})"`);
      }

      // The PNG: inside C1's dormant band (week 25, halfway down the plot) light ground and darker hatch lines alternate.
      const png = (await exportFile(p, 'charts-png')).bytes.toString('base64');
      const width = Number(/width="(\d+)"/.exec(svg)![1]);
      // Where the first chart's plot starts: the export has a heading, a title and a legend above it (export-context.ts).
      const top = Number(/<svg[^>]* y="([\d.]+)"/.exec(svg.slice(svg.indexOf('>') + 1))![1]);
      const row = await p.evaluate(async ({ b64, width, top }) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const c = document.createElement('canvas');
        c.width = img.naturalWidth;
        c.height = img.naturalHeight;
        const ctx = c.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        const scale = img.naturalWidth / width;
        const x0 = Math.round((36 + ((width - 50) * 25) / 40) * scale);
        const y = Math.round((top + 8 + 20) * scale);
        const d = ctx.getImageData(x0, y, Math.round(24 * scale), 1).data;
        const lum: number[] = [];
        for (let i = 0; i < d.length; i += 4) lum.push(Math.round(0.2126 * d[i] + 0.7152 * d[i + 1] + 0.0722 * d[i + 2]));
        return lum;
      }, { b64: png, width, top });
      expect(Math.max(...row)).toBeGreaterThan(235);
      expect(Math.min(...row)).toBeLessThan(200);
      // More than one dark stripe along 24 px (lines every 6 px), not one edge.
      const darkRuns = row.filter((v, i) => v < 200 && (i === 0 || row[i - 1] >= 200)).length;
      expect(darkRuns).toBeGreaterThanOrEqual(3);
      expect(b.errors).toEqual([]);
    } finally {
      await b.close();
    }
  });
});
