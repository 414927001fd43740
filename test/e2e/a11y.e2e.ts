// Accessibility (issue 6): axe-core finds no serious or critical violations
// on the lab, compare, lesson and presenter screens; the phone-sized lab and
// lessons have no horizontal scrolling; the network has a text alternative.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, startServer, type Browser, type Server } from './harness.ts';
import { waitLiveReady, waitShell } from './lesson-helpers.ts';

/* eslint-disable @typescript-eslint/no-explicit-any */
let server: Server;
let b: Browser;

beforeAll(async () => {
  server = await startServer('dev');
  // axe is injected as a script string, which the app's CSP would refuse.
  b = await launch({ width: 1440, height: 900, bypassCSP: true });
});

afterAll(async () => {
  await b?.close();
  await server?.close();
});

async function serious(page: Page, known: (v: { id: string; nodes: { target: unknown[]; html: string }[] }) => boolean = () => false): Promise<string[]> {
  const r = await new AxeBuilder({ page: page as any }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return r.violations
    .filter((v) => (v.impact === 'serious' || v.impact === 'critical') && !known(v))
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.length} nodes: ${v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(' | ')}`);
}

describe('axe: no serious or critical violations', () => {
  const found: Record<string, string[]> = {};

  it('lab, text view, compare', async () => {
    const p = b.page;
    await p.goto(`${server.url}?lang=en#lab`);
    await waitShell(p);
    found.lab = await serious(p);
    await p.locator('#tab-text').click();
    await p.waitForSelector('[data-testid="member-table"]');
    found['lab text'] = await serious(p);
    await p.evaluate(() => (location.hash = '#compare'));
    await p.waitForSelector('compare-view');
    await p.waitForTimeout(1500);
    found.compare = await serious(p);
    expect(found).toEqual({ lab: [], 'lab text': [], compare: [] });
  });

  it('lessons: list, predict, run, reveal; and presenter mode', async () => {
    const p = b.page;
    await p.evaluate(() => (location.hash = '#lessons'));
    await p.waitForSelector('[data-testid="lesson-list"]');
    const out: Record<string, string[]> = { list: await serious(p) };
    await p.evaluate(() => (location.hash = '#lessons/c1-trust-or-value/predict'));
    await p.waitForSelector('[data-testid="step-predict"]');
    out.predict = await serious(p);
    await p.locator('[data-choice="trust-first"]').check();
    await p.locator('[data-testid="lock"]').click();
    await waitLiveReady(p);
    out.run = await serious(p);
    await p.locator('[data-testid="lesson-next"]').click();
    await p.waitForSelector('[data-testid="verdict"]', { timeout: 90_000 });
    out.reveal = await serious(p);
    await p.keyboard.press('p');
    out['presenter reveal'] = await serious(p);
    await p.evaluate(() => (location.hash = '#lab'));
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).view === 'lab');
    out['presenter lab'] = await serious(p);
    await p.keyboard.press('p');
    expect(out).toEqual({ list: [], predict: [], run: [], reveal: [], 'presenter reveal': [], 'presenter lab': [] });
  });
});

/** Every screen: the lab with each side tab, share and help; Compare with its table; a lesson's steps. */
async function everyScreen(p: Page, out: Record<string, string[]>, prefix: string): Promise<void> {
  await p.goto(`${server.url}?lang=en#lab`);
  await waitShell(p);
  out[`${prefix} lab`] = await serious(p);
  // Presenter mode hides the side tabs (no editing chrome): only what is shown.
  for (const tab of ['params', 'scenario', 'text'] as const) {
    if (!(await p.locator(`#tab-${tab}`).isVisible())) continue;
    await p.locator(`#tab-${tab}`).click();
    await p.waitForTimeout(tab === 'scenario' ? 2000 : 600);
    out[`${prefix} lab ${tab}`] = await serious(p);
  }
  if (await p.locator('#tab-charts').isVisible()) await p.locator('#tab-charts').click();
  const share = p.locator('[data-testid="share"]');
  if (await share.isVisible()) {
    await share.click();
    await p.waitForSelector('[data-testid="share-qr"]', { timeout: 20_000 });
    out[`${prefix} share`] = await serious(p);
    await p.keyboard.press('Escape');
  }
  await p.keyboard.press('?');
  await p.locator('[data-testid="help-sheet"]').waitFor({ state: 'visible', timeout: 10_000 });
  out[`${prefix} help`] = await serious(p);
  await p.keyboard.press('Escape');
  await p.evaluate(() => (location.hash = '#compare'));
  await p.waitForFunction(() => (document.querySelector('app-shell') as any)?.shadowRoot?.querySelector('compare-view')?.state === 'done', null, { timeout: 150_000 });
  out[`${prefix} compare`] = await serious(p);
  await p.evaluate(() => (location.hash = '#lessons'));
  await p.waitForSelector('[data-testid="lesson-list"]');
  out[`${prefix} lessons`] = await serious(p);
  await p.evaluate(() => (location.hash = '#lessons/c2-energy/predict'));
  await p.waitForSelector('[data-testid="step-predict"]');
  out[`${prefix} predict`] = await serious(p);
  await p.locator('[data-choice="same"]').check();
  await p.locator('[data-testid="lock"]').click();
  await waitLiveReady(p);
  out[`${prefix} run`] = await serious(p);
  // In presenter mode the Run step is a stage without a Back/Next row (the step bar and PageDown go on).
  const next = p.locator('[data-testid="lesson-next"]');
  if (await next.isVisible()) await next.click();
  else await p.evaluate(() => (location.hash = '#lessons/c2-energy/reveal'));
  await p.waitForSelector('[data-testid="verdict"]', { timeout: 90_000 });
  out[`${prefix} reveal`] = await serious(p);
}

describe('axe on every screen at phone sizes and in presenter mode (issue 17)', () => {
  for (const [w, h] of [[390, 844], [360, 740]] as const) {
    it(`${w}×${h}`, async () => {
      const o = await launch({ width: w, height: h, deviceScaleFactor: 2, bypassCSP: true });
      try {
        const out: Record<string, string[]> = {};
        await everyScreen(o.page, out, `${w}`);
        expect(Object.keys(out).length).toBeGreaterThanOrEqual(10);
        expect(Object.fromEntries(Object.entries(out).filter(([, v]) => v.length))).toEqual({});
      } finally {
        await o.close();
      }
    }, 400_000);
  }

  for (const [w, h] of [[1920, 1080], [1366, 768]] as const) {
    it(`presenter mode at ${w}×${h}: lab, help, compare, lessons`, async () => {
      const o = await launch({ width: w, height: h, bypassCSP: true });
      try {
        const p = o.page;
        const out: Record<string, string[]> = {};
        await p.goto(`${server.url}?lang=en#lab`);
        await waitShell(p);
        await p.keyboard.press('p');
        expect(await p.evaluate(() => document.documentElement.dataset.presenter)).toBe('on');
        await everyScreen(p, out, `presenter ${w}`);
        // Still presenting at the end (it survives the reloads, per tab).
        expect(await p.evaluate(() => document.documentElement.dataset.presenter)).toBe('on');
        // Lab, help, compare, lessons, predict, run, reveal (no side tabs in presenter mode), and share where shown.
        expect(Object.keys(out).length).toBeGreaterThanOrEqual(7);
        expect(Object.fromEntries(Object.entries(out).filter(([, v]) => v.length))).toEqual({});
      } finally {
        await o.close();
      }
    }, 400_000);
  }
});

describe('phone, keyboard, motion', () => {
  it('a 390×844 screen shows the lab and a lesson without horizontal scrolling', async () => {
    const o = await launch({ width: 390, height: 844, deviceScaleFactor: 2 });
    try {
      const p = o.page;
      const overflow = () => p.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth);
      await p.goto(`${server.url}?lang=nl#lab`);
      await waitShell(p);
      await p.waitForTimeout(500);
      expect(await overflow()).toBeLessThanOrEqual(0);
      // The transport stays in thumb reach at the bottom.
      const t = await p.locator('lab-transport').boundingBox();
      expect(t!.y + t!.height).toBeLessThanOrEqual(844 + 1);
      await p.evaluate(() => (location.hash = '#lessons/c2-energy/predict'));
      await p.waitForSelector('[data-testid="step-predict"]');
      expect(await overflow()).toBeLessThanOrEqual(0);
      // Every choice is a target of at least 44 px.
      const heights = await p.locator('label.choice').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
      expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);
      expect(o.errors).toEqual([]);
    } finally {
      await o.close();
    }
  });

  it('every lesson control is reachable by Tab with a visible focus ring', async () => {
    const p = b.page;
    await p.evaluate(() => (location.hash = '#lessons/c5-cross-organisation'));
    await p.waitForSelector('[data-testid="step-frame"]');
    const seen: string[] = [];
    for (let i = 0; i < 30; i++) {
      await p.keyboard.press('Tab');
      const f = await p.evaluate(() => {
        let el: Element | null = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        // Past the last control focus leaves the page (body): not a control.
        if (!el || el === document.body) return null;
        const cs = getComputedStyle(el);
        return { id: (el.getAttribute('data-testid') ?? el.textContent ?? '').trim().slice(0, 30), ring: cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2 };
      });
      if (f) {
        seen.push(f.id);
        expect(f.ring, `focus ring on ${f.id}`).toBe(true);
      }
    }
    expect(seen).toContain('lesson-next');
    expect(seen.some((s) => s.startsWith('1. Frame'))).toBe(true);
  });

  it('the text view names members, ties and the week', async () => {
    const p = b.page;
    await p.evaluate(() => (location.hash = '#lab'));
    await waitShell(p);
    await p.locator('body').press('t');
    // The compare view, kept (hidden) since the first test, has a transport of its own.
    await p.locator('[data-testid="step"]:visible').click();
    await p.locator('[data-testid="step"]:visible').click();
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.week === 2);
    const cap = await p.locator('[data-testid="text-caption"]').textContent();
    expect(cap).toMatch(/^Wk 2:/);
    const rows = await p.locator('[data-testid="member-table"] tbody tr').count();
    expect(rows).toBe(await p.evaluate(() => (document.querySelector('app-shell') as any).sim.columns.members[2]));
  });
});
