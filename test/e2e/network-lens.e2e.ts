// The network lens (UX.md §3): the lens buttons, the L key and a meter click
// change the picture and the one-line explanation; the minimum-trust filter
// hides ties; going back to "All" gives the very same picture again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, type Browser, type Server } from './harness.ts';
import { canvasHash as canvasPixels, openLab, settle, stepTo } from './lab-helpers.ts';

/** The picture once the page has stopped changing (a side panel that renders late can resize the view by a pixel, and the view refits). */
async function stillPixels(p: Browser['page']): Promise<string> {
  // Off the canvas: a hover dims all but the hovered member's neighbours, and
  // chromium re-hovers after a layout change (the slider's label widening).
  await p.mouse.move(2, 895);
  let last = '';
  for (let i = 0; i < 20; i++) {
    await settle(p);
    const now = await canvasPixels(p);
    if (now === last) return now;
    last = now;
    await p.waitForTimeout(250);
  }
  throw new Error('the network never stood still');
}

let server: Server;
let b: Browser;

/* eslint-disable @typescript-eslint/no-explicit-any */
const lensOf = (p: Browser['page']) => p.evaluate(() => (document.querySelector('app-shell') as any).renderRoot.querySelector('network-view').lens as string);
const line = (p: Browser['page']) => p.locator('lens-bar [data-testid="lens-line"]').textContent();

beforeAll(async () => {
  ({ server, b } = await openLab({ width: 1440, height: 900 }));
  await stepTo(b.page, 12);
  await settle(b.page);
});

afterAll(async () => {
  await b?.close();
  await server?.close();
});

describe('the network lens', () => {
  it('each lens changes the picture and says what it shows; All comes back identical', async () => {
    const p = b.page;
    expect(await lensOf(p)).toBe('All');
    const all = await stillPixels(p);
    const seen = new Map<string, string>([['All', all]]);
    const lines = new Set([await line(p)]);
    for (const l of ['C1', 'C2', 'C3', 'C4', 'C5']) {
      await p.locator(`lens-bar button[data-lens="${l}"]`).click();
      await settle(p);
      expect(await lensOf(p)).toBe(l);
      expect(await p.locator(`lens-bar button[data-lens="${l}"]`).getAttribute('aria-pressed')).toBe('true');
      const px = await canvasPixels(p);
      for (const [other, seenPx] of seen) expect(px, `${l} vs ${other}`).not.toBe(seenPx);
      seen.set(l, px);
      lines.add(await line(p));
      if (l === 'C5') await p.screenshot({ path: `${ROOT}/test-results/lab-lens-c5.png` });
      if (l !== 'C5') await p.screenshot({ path: `${ROOT}/test-results/lab-lens-${l.toLowerCase()}.png` });
    }
    expect(lines.size).toBe(6);
    await p.locator('lens-bar button[data-lens="All"]').click();
    await settle(p);
    expect(await canvasPixels(p)).toBe(all);
  });

  it('the L key cycles the lens (not while typing), and a meter click sets it', async () => {
    const p = b.page;
    await p.locator('body').click({ position: { x: 5, y: 890 } }).catch(() => undefined);
    await p.keyboard.press('l');
    expect(await lensOf(p)).toBe('C1');
    await p.keyboard.press('L');
    expect(await lensOf(p)).toBe('C2');
    for (let i = 0; i < 4; i++) await p.keyboard.press('l');
    expect(await lensOf(p)).toBe('All');
    await p.locator('[data-testid="seed"]').focus();
    await p.keyboard.press('l');
    expect(await lensOf(p)).toBe('All');
    await p.locator('lab-meters button[data-meter="C3"]').click();
    expect(await lensOf(p)).toBe('C3');
    expect(await line(p)).toMatch(/Tricky issues/);
    await p.locator('lens-bar button[data-lens="All"]').click();
  });

  it('the minimum-trust filter hides ties and changes the picture', async () => {
    const p = b.page;
    const before = await stillPixels(p);
    await p.locator('lens-bar [data-testid="min-trust"]').fill('0.6');
    await settle(p);
    expect(await p.locator('lens-bar label').textContent()).toContain('60%');
    expect(await canvasPixels(p)).not.toBe(before);
    await p.locator('lens-bar [data-testid="min-trust"]').fill('0');
    await settle(p);
    expect(await canvasPixels(p)).toBe(before);
    expect(b.errors).toEqual([]);
  });
});
