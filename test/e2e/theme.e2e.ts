// The Dim room theme (UX.md §6): the header's switch turns the whole app
// dark (page, panels, network canvas with a white facilitator, charts), the
// main text keeps its contrast (≥4.5:1, ≥7:1 in presenter mode, computed here
// from the page's own styles), the choice survives a reload and is on <html>
// before first paint, the system's dark preference is the default, exports
// stay in Daylight, and switching back gives the very same Daylight picture.
// Screenshots of the Dim room screens go to test-results/screenshots/ (two also to docs/screenshots/ with npm run screenshots).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, launch, startServer, type Browser, type Server } from './harness.ts';
import { canvasPixels, exportFile, settle, stepTo, waitReady } from './lab-helpers.ts';
import { waitLiveReady } from './lesson-helpers.ts';

/* eslint-disable @typescript-eslint/no-explicit-any */
const DIR = join(ROOT, 'test-results/screenshots');
// `npm run screenshots` (COALESCE_SCREENSHOTS_DIR=docs/screenshots) keeps two of these in the docs: the lab, and presenter mode on a projector's 1920×1080.
const DOCS = process.env.COALESCE_SCREENSHOTS_DIR && join(ROOT, process.env.COALESCE_SCREENSHOTS_DIR);
const IN_DOCS: Record<string, string> = { lab: 'lab-dim-en.png', 'presenter-1080': 'presenter-dim-en.png' };
const shotPath = (name: string) => (DOCS && IN_DOCS[name] ? join(DOCS, IN_DOCS[name]) : join(DIR, `${name}-dim-en.png`));
let server: Server;
let b: Browser;

beforeAll(async () => {
  mkdirSync(DIR, { recursive: true });
  server = await startServer('dev');
  b = await launch({ width: 1440, height: 900 });
  await b.page.goto(server.url);
  await waitReady(b.page);
  await settle(b.page);
});

afterAll(async () => {
  await b?.close();
  await server?.close();
});

/** WCAG 2 contrast of two rgb()/rgba() colours (alpha already composited). */
function contrast(a: number[], c: number[]): number {
  const lum = (x: number[]) => {
    const [r, g, bl] = x.map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(c)].sort((p, q) => q - p);
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * Text colour and the background it is drawn on, for every element matching
 * a selector path (each step pierces one shadow root), from computed styles:
 * the first non-transparent background up the composed tree, translucent
 * ones blended over what is under them.
 */
async function textOnGround(p: Page, paths: string[][]): Promise<{ what: string; fg: number[]; bg: number[] }[]> {
  return p.evaluate((paths) => {
    const parse = (s: string) => (s.match(/[\d.]+/g) ?? []).map(Number);
    const find = (path: string[]): Element[] => {
      let roots: (Document | ShadowRoot)[] = [document];
      let found: Element[] = [];
      path.forEach((sel, i) => {
        found = roots.flatMap((r) => [...r.querySelectorAll(sel)]);
        if (i < path.length - 1) roots = found.map((e) => e.shadowRoot!).filter(Boolean);
      });
      return found.filter((e) => (e as HTMLElement).offsetParent !== null || getComputedStyle(e).position === 'fixed');
    };
    const ground = (el: Element): number[] => {
      const layers: number[][] = [];
      for (let e: Element | null = el; e; e = (e.parentElement ?? ((e.getRootNode() as ShadowRoot).host as Element | undefined) ?? null)) {
        const c = parse(getComputedStyle(e).backgroundColor);
        const a = c.length === 4 ? c[3] : 1;
        if (a > 0) layers.push([c[0], c[1], c[2], a]);
        if (a >= 1) break;
      }
      let out = [255, 255, 255];
      for (const [r, g, bl, a] of layers.reverse()) out = [r * a + out[0] * (1 - a), g * a + out[1] * (1 - a), bl * a + out[2] * (1 - a)];
      return out;
    };
    return paths.flatMap((path) => find(path).filter((e) => e.textContent?.trim()).slice(0, 3).map((e) => ({ what: path.join(' › '), fg: parse(getComputedStyle(e).color).slice(0, 3), bg: ground(e) })));
  }, paths);
}

const LAB_TEXT = [
  ['app-shell', 'h1'],
  ['app-shell', 'nav.views a'],
  ['app-shell', 'lab-header', '.chip'],
  ['app-shell', 'lab-meters', '.q'],
  ['app-shell', 'lab-meters', '.big'],
  ['app-shell', 'lab-meters', '.sub'],
  ['app-shell', 'network-view', 'lens-bar', '.line'],
  ['app-shell', 'network-view', '.caption'],
  ['app-shell', 'network-view', 'network-legend', 'summary'],
  ['app-shell', 'network-view', 'network-legend', 'li'],
  ['app-shell', '[role="tab"]'],
  ['app-shell', 'challenge-charts', 'h3'],
  ['app-shell', 'challenge-charts', '.readout span'],
  ['app-shell', 'intervene-bar', '.lead'],
  ['app-shell', 'lab-transport', 'label'],
  ['app-shell', 'app-tools', 'button'],
];

/** The background colour of an element inside app-shell's shadow root ('' for app-shell itself). */
const groundOf = (p: Page, sel: string) =>
  p.evaluate((sel) => {
    const s = document.querySelector('app-shell') as any;
    return getComputedStyle(sel ? s.renderRoot.querySelector(sel) : s).backgroundColor;
  }, sel);

/** The network canvas: the ground (a corner) and the facilitator's square, as luminances 0–255. */
async function canvasTones(p: Page): Promise<{ ground: number; square: number; letter: number }> {
  return p.evaluate(() => {
    const net = (document.querySelector('app-shell') as any).renderRoot.querySelector('network-view');
    const c = net.renderRoot.querySelector('canvas') as HTMLCanvasElement;
    const ctx = c.getContext('2d')!;
    const lum = (x: number, y: number) => {
      const d = ctx.getImageData(Math.round(x), Math.round(y), 1, 1).data;
      return 0.2126 * d[0] + 0.7152 * d[1] + 0.0722 * d[2];
    };
    const dpr = c.width / c.clientWidth;
    const f = net.layout.byId.get(-1);
    const t = net.transform;
    const [cx, cy] = [dpr * (t.k * f.x + t.x), dpr * (t.k * f.y + t.y)];
    // The square's half side on screen is 9 × the mark scale; its bottom-left inner corner is square, the centre holds the F.
    const h = 9 * Math.min(1.6, Math.max(0.45, t.k)) * dpr;
    return { ground: lum(2, c.height - 2), square: lum(cx - 0.6 * h, cy + 0.6 * h), letter: Math.min(lum(cx, cy), lum(cx - 0.15 * h, cy), lum(cx, cy - 0.2 * h)) };
  });
}

async function setDim(p: Page, on: boolean): Promise<void> {
  const btn = p.locator('app-tools [data-testid="theme"]');
  if ((await btn.getAttribute('aria-pressed')) !== String(on)) await btn.click();
  await p.waitForFunction((t) => document.documentElement.dataset.theme === t, on ? 'dim' : 'day');
  await settle(p);
  await p.waitForFunction(() => (document.querySelector('app-shell') as any).charts.idle);
}

describe('Dim room', () => {
  it('the header switch turns page, panels and network dark; the main text keeps ≥4.5:1', async () => {
    const p = b.page;
    await stepTo(p, 20);
    await settle(p);
    const dayPicture = await canvasPixels(p);
    const dayTones = await canvasTones(p);
    expect(dayTones.ground).toBeGreaterThan(250);
    expect(dayTones.square).toBeLessThan(40);
    const btn = p.locator('app-tools [data-testid="theme"]');
    expect(await btn.getAttribute('aria-pressed')).toBe('false');
    expect(await btn.getAttribute('aria-label')).toBe('Dim room');
    const bodyDay = await p.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const headerDay = await groundOf(p, 'header');

    // Keyboard reachable: focus it and press Enter.
    await btn.focus();
    await p.keyboard.press('Enter');
    await p.waitForFunction(() => document.documentElement.dataset.theme === 'dim');
    await settle(p);
    expect(await btn.getAttribute('aria-pressed')).toBe('true');
    expect(await p.evaluate(() => localStorage.getItem('coalesce.theme'))).toBe('dim');
    expect(await p.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(18, 18, 18)');
    expect(bodyDay).toBe('rgb(247, 248, 250)');
    const headerDim = await groundOf(p, 'header');
    expect(headerDay).toBe('rgb(255, 255, 255)');
    expect(headerDim).toBe('rgb(28, 28, 28)');
    expect(await groundOf(p, '')).toBe('rgb(18, 18, 18)');
    expect(await groundOf(p, 'network-view')).toBe('rgb(18, 18, 18)');
    expect(await groundOf(p, 'aside')).toBe('rgb(28, 28, 28)');

    const dim = await canvasTones(p);
    expect(dim.ground).toBeLessThan(25);
    // The facilitator: a white square with a dark F.
    expect(dim.square).toBeGreaterThan(200);
    expect(dim.letter).toBeLessThan(80);

    // The charts are built again: their phase bands carry Dim room fills, and nothing is left in Daylight's.
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).charts.idle);
    const fills = await p.evaluate(() =>
      [...(document.querySelector('app-shell') as any).charts.renderRoot.querySelectorAll('.slot svg g[data-mark="rect"] rect')].map((r: Element) => r.getAttribute('fill') ?? ''),
    );
    expect(fills.length).toBeGreaterThan(0);
    expect(fills.some((f) => f === '#262626' || f === '#1F3447' || f === '#2D4D6B')).toBe(true);
    expect(fills.some((f) => ['#F2F2F2', '#DCE9F5', '#B9D3EA'].includes(f))).toBe(false);

    const pairs = await textOnGround(p, LAB_TEXT);
    expect(pairs.length).toBeGreaterThan(20);
    // Dark grounds, but for the pressed and current items, which are inverted (light, with dark words).
    expect(pairs.filter(({ bg }) => Math.max(...bg) < 80).length).toBeGreaterThan(0.85 * pairs.length);
    for (const { what, fg, bg } of pairs) expect(contrast(fg, bg), `${what}: rgb(${fg}) on rgb(${bg})`).toBeGreaterThanOrEqual(4.5);

    // Back to Daylight: the very same network picture as before the switch.
    await setDim(p, false);
    expect(await canvasPixels(p)).toBe(dayPicture);
    expect(await p.evaluate(() => localStorage.getItem('coalesce.theme'))).toBe('day');
    expect(b.errors).toEqual([]);
  });

  it('exports made in Dim room are the Daylight ones', async () => {
    const p = b.page;
    const svgDay = (await exportFile(p, 'charts-svg')).bytes.toString('utf8');
    await setDim(p, true);
    const svgDim = (await exportFile(p, 'charts-svg')).bytes.toString('utf8');
    expect(svgDim).toBe(svgDay);
    const png = (await exportFile(p, 'network-png')).bytes.toString('base64');
    const corner = await p.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.naturalWidth;
      c.height = img.naturalHeight;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      return Array.from(ctx.getImageData(2, c.height - 3, 1, 1).data.slice(0, 3));
    }, png);
    expect(corner).toEqual([255, 255, 255]);
    expect(b.errors).toEqual([]);
  });

  it('presenter mode in Dim room: main text ≥7:1; the choice survives a reload and is set before first paint', async () => {
    const p = b.page;
    await setDim(p, true);
    await p.locator('app-tools [data-testid="presenter"]').click();
    await p.waitForFunction(() => document.documentElement.dataset.presenter === 'on');
    await p.waitForTimeout(600);
    const pairs = await textOnGround(p, LAB_TEXT.filter(([, x]) => !['intervene-bar', '[role="tab"]', 'lab-transport'].includes(x)));
    expect(pairs.length).toBeGreaterThan(12);
    for (const { what, fg, bg } of pairs) expect(contrast(fg, bg), `${what}: rgb(${fg}) on rgb(${bg})`).toBeGreaterThanOrEqual(7);
    await p.locator('app-tools [data-testid="presenter"]').click();
    await p.waitForFunction(() => document.documentElement.dataset.presenter !== 'on');

    // What <html> holds when <body> starts: set by the boot script, before any module ran.
    await b.context.addInitScript(() => {
      new MutationObserver((_, obs) => {
        if (!document.body) return;
        (window as any).__atBody = { theme: document.documentElement.dataset.theme, bg: getComputedStyle(document.documentElement).backgroundColor };
        obs.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await p.reload();
    await waitReady(p);
    expect(await p.evaluate(() => (window as any).__atBody)).toEqual({ theme: 'dim', bg: 'rgb(18, 18, 18)' });
    expect(await p.locator('app-tools [data-testid="theme"]').getAttribute('aria-pressed')).toBe('true');
    await settle(p);
    expect((await canvasTones(p)).ground).toBeLessThan(25);
    expect(b.errors).toEqual([]);
  });

  it('follows the system dark preference until the user chooses; Dutch names the switch', async () => {
    const x = await launch({ width: 1000, height: 700 });
    try {
      const p = x.page;
      await p.emulateMedia({ colorScheme: 'dark' });
      await p.goto(`${server.url}?lang=nl`);
      await waitReady(p);
      expect(await p.evaluate(() => document.documentElement.dataset.theme)).toBe('dim');
      const btn = p.locator('app-tools [data-testid="theme"]');
      expect(await btn.getAttribute('aria-label')).toBe('Donkere zaal');
      expect(await btn.getAttribute('aria-pressed')).toBe('true');
      // No choice stored: the system's setting is followed live.
      await p.emulateMedia({ colorScheme: 'light' });
      await p.waitForFunction(() => document.documentElement.dataset.theme === 'day');
      // A choice wins over the system's setting.
      await btn.click();
      await p.emulateMedia({ colorScheme: 'light' });
      await p.reload();
      await waitReady(p);
      expect(await p.evaluate(() => document.documentElement.dataset.theme)).toBe('dim');
      expect(x.errors).toEqual([]);
    } finally {
      await x.close();
    }
  });

  it('details to look at: member card and tooltip, lenses C2 and C5, parameters, scenario editor, text view, help, share', async () => {
    const p = b.page;
    const shot = (name: string) => p.screenshot({ path: shotPath(name) });
    await setDim(p, true);
    await stepTo(p, 30);
    await settle(p);
    await p.evaluate(() => {
      const net = (document.querySelector('app-shell') as any).network;
      const id = net.layout.nodes.find((n: any) => n.id >= 0).id;
      net.select(id);
      net.tipFor(id);
    });
    await p.locator('lens-bar button[data-lens="C5"]').click();
    await settle(p);
    await shot('lab-card-c5');
    await p.locator('lens-bar button[data-lens="C2"]').click();
    await p.locator('#tab-params').click();
    await settle(p);
    await shot('lab-params-c2');
    await p.locator('lens-bar button[data-lens="All"]').click();
    await p.locator('#tab-scenario').click();
    await p.waitForSelector('scenario-editor .cm-content');
    await p.waitForTimeout(1500);
    await shot('lab-editor');
    await p.locator('#tab-text').click();
    await p.waitForSelector('[data-testid="member-table"]');
    await shot('lab-text');
    await p.locator('#tab-charts').click();
    await p.locator('app-tools [data-testid="help"]').click();
    await p.waitForSelector('[data-testid="help-sheet"]');
    await shot('help');
    await p.locator('app-tools [data-testid="help"]').click();
    await p.waitForFunction(() => !(document.querySelector('help-sheet') as any)?.open);
    await p.locator('app-tools [data-testid="share"]').click();
    await p.waitForSelector('[data-testid="share-qr"]');
    await shot('share');
    await p.locator('app-tools [data-testid="share"]').click();
    expect(b.errors).toEqual([]);
  });

  it('screens to look at: lab, compare, a lesson, presenter mode, the phone', async () => {
    const p = b.page;
    const shot = (name: string) => p.screenshot({ path: shotPath(name) });
    await setDim(p, true);
    await p.evaluate(() => (location.hash = '#lab'));
    await p.evaluate(() => {
      const net = (document.querySelector('app-shell') as any).network;
      net.select(null);
      net.tipFor(null);
    });
    await stepTo(p, 20);
    await settle(p);
    await p.waitForTimeout(800);
    await shot('lab');
    await p.evaluate(() => (location.hash = '#compare'));
    await p.waitForSelector('compare-view');
    await p.waitForTimeout(6000);
    await shot('compare');
    const compareGround = await p.evaluate(() => getComputedStyle((document.querySelector('app-shell') as any).renderRoot.querySelector('compare-view')).backgroundColor);
    expect(compareGround).toBe('rgb(18, 18, 18)');
    await p.evaluate(() => (location.hash = '#lessons/c2-energy'));
    await p.waitForSelector('[data-testid="step-frame"]');
    await p.locator('[data-testid="lesson-next"]').click();
    await p.locator('[data-choice="big-launch"]').check();
    await shot('lesson-predict');
    await p.locator('[data-testid="lock"]').click();
    await waitLiveReady(p);
    await p.locator('[data-testid="lesson-next"]').click();
    await p.waitForSelector('[data-testid="verdict"]', { timeout: 90_000 });
    await p.setViewportSize({ width: 1440, height: 1500 });
    await shot('lesson-reveal');
    await p.setViewportSize({ width: 1440, height: 900 });
    await p.evaluate(() => (location.hash = '#lab'));
    await waitReady(p);
    await p.locator('app-tools [data-testid="presenter"]').click();
    await p.waitForTimeout(1500);
    await shot('presenter');
    // A projector's 1920×1080 (docs/screenshots/presenter-lab-en.png is taken there too), and a lesson as presented.
    await p.setViewportSize({ width: 1920, height: 1080 });
    await p.waitForTimeout(1500);
    await shot('presenter-1080');
    await p.evaluate(() => (location.hash = '#lessons/c2-energy/run'));
    await waitLiveReady(p);
    await p.locator('[data-testid="live-play"]').click();
    await p.waitForSelector('[data-testid="pause-prompt"]', { timeout: 30_000 });
    await p.waitForTimeout(1200);
    await shot('presenter-lesson-run');
    await p.evaluate(() => (location.hash = '#lab'));
    await p.locator('app-tools [data-testid="presenter"]').click();
    await p.setViewportSize({ width: 1440, height: 900 });
    expect(b.errors).toEqual([]);

    const ph = await launch({ width: 390, height: 844, deviceScaleFactor: 2 });
    try {
      await ph.page.emulateMedia({ colorScheme: 'dark' });
      await ph.page.goto(`${server.url}#lab`);
      await waitReady(ph.page);
      await stepTo(ph.page, 20);
      await settle(ph.page);
      await ph.page.waitForTimeout(800);
      await ph.page.screenshot({ path: join(DIR, 'phone-lab-dim-en.png') });
      expect(ph.errors).toEqual([]);
    } finally {
      await ph.close();
    }
  });
});
