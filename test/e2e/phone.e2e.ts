// The lab on a phone (issue 17, items 6–9, 11–13 and 20), at 390 × 844 and
// 360 × 740 with a touch screen: the interventions sit right under the
// network, every one in sight with undo beside them; the week on the buttons
// is the week the action is recorded for; a tap on a slider's track changes
// nothing and a drag moves by the finger's travel; a tap on a member opens its
// card; the caption, the lens and the open key never overlap the canvas nor
// get cut off; picking a member leaves every other member's look as the key
// says. Screenshots go to test-results/screenshots/ (and docs/screenshots/
// with npm run screenshots).
import { AxeBuilder } from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, launch, startServer, type Browser, type Server } from './harness.ts';
import { settle, stepTo, waitReady } from './lab-helpers.ts';

/* eslint-disable @typescript-eslint/no-explicit-any */
const DIR = join(ROOT, 'test-results/screenshots');
const DOCS = process.env.COALESCE_SCREENSHOTS_DIR && join(ROOT, process.env.COALESCE_SCREENSHOTS_DIR);
const shot = (p: Page, name: string) => p.screenshot({ path: join(DOCS || DIR, `${name}.png`) });

interface Box { x: number; y: number; width: number; height: number; top: number; bottom: number; left: number; right: number }
/** A shadow-DOM element's box, by a path of selectors through shadow roots from app-shell. */
const box = (p: Page, ...path: string[]) => p.evaluate((sel) => {
  let root: any = (document.querySelector('app-shell') as any).renderRoot;
  let el: any = null;
  for (const s of sel) {
    el = root.querySelector(s);
    if (!el) return null;
    root = el.shadowRoot ?? el;
  }
  const r = (el as Element).getBoundingClientRect();
  return { x: r.x, y: r.y, width: r.width, height: r.height, top: r.top, bottom: r.bottom, left: r.left, right: r.right };
}, path) as Promise<Box | null>;
const overlap = (a: Box, b: Box) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
const sim = (p: Page, expr: string) => p.evaluate((e) => e.split('.').reduce((o: any, k) => o?.[k], (document.querySelector('app-shell') as any).sim), expr);
/** Scroll so that the intervene bar's bottom meets the sticky transport: the bar in sight, as a thumb would bring it. */
const barAboveTransport = (p: Page) => p.evaluate(() => {
  const root = (document.querySelector('app-shell') as any).renderRoot;
  const bar = root.querySelector('intervene-bar').getBoundingClientRect();
  const tr = root.querySelector('lab-transport').getBoundingClientRect();
  window.scrollBy(0, bar.bottom - tr.top + 2);
});

let server: Server;
beforeAll(async () => {
  mkdirSync(DIR, { recursive: true });
  server = await startServer('dev');
}, 120_000);
afterAll(async () => {
  await server?.close();
});

describe.each([
  [390, 844],
  [360, 740],
])('the lab on a %i × %i phone', (width, height) => {
  let b: Browser;
  let p: Page;
  beforeAll(async () => {
    b = await launch({ width, height, hasTouch: true });
    p = b.page;
    await p.goto(server.url);
    await waitReady(p);
    await stepTo(p, 15);
    await settle(p);
  }, 120_000);
  afterAll(async () => {
    await b?.close();
  });

  it('the interventions follow the network, all seven in sight on wrapped rows, none scrolled sideways', async () => {
    const net = (await box(p, 'network-view'))!;
    const bar = (await box(p, 'intervene-bar'))!;
    // Only the status line lies between the network and the actions.
    expect(bar.top - net.bottom).toBeGreaterThanOrEqual(0);
    expect(bar.top - net.bottom).toBeLessThan(60);
    await barAboveTransport(p);
    const buttons = await p.locator('intervene-bar button[data-action]').evaluateAll((els) => els.map((e) => {
      const r = e.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    }));
    expect(buttons).toHaveLength(7);
    const transport = (await box(p, 'lab-transport'))!;
    for (const r of buttons) {
      expect(r.left).toBeGreaterThanOrEqual(0);
      expect(r.right).toBeLessThanOrEqual(width);
      expect(r.top).toBeGreaterThanOrEqual(0);
      expect(r.bottom).toBeLessThanOrEqual(transport.top);
      // A thumb's size.
      expect(r.bottom - r.top).toBeGreaterThanOrEqual(40);
    }
    const sideways = await p.locator('intervene-bar').evaluate((e) => e.scrollWidth - e.clientWidth);
    expect(sideways).toBeLessThanOrEqual(0);
    // With the actions in sight the network is too, whole.
    const canvas = (await box(p, 'network-view', 'canvas'))!;
    expect(canvas.top).toBeGreaterThanOrEqual(0);
    expect(canvas.height).toBeGreaterThanOrEqual(230);
    await shot(p, `phone-${width}-act-en`);
  });

  it('the week on the buttons is the week the action is recorded for; undo sits beside the actions, over none', async () => {
    const lead = await p.locator('[data-testid="intervene-week"]').textContent();
    const said = +/(\d+)/.exec(lead ?? '')![1];
    expect(said).toBe(16);
    await p.locator('intervene-bar button[data-action="matchmake"]').tap();
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.interventions.length === 1);
    const status = (await p.locator('[data-testid="status"]').textContent()) ?? '';
    expect(status).toMatch(/recorded for week 16\b/);
    expect(await sim(p, 'interventions.0.action.at')).toBe(said);
    expect(await p.locator('[data-testid="intervention-log"]').textContent()).toMatch(/wk 16 Matchmake/);
    await barAboveTransport(p);
    const undo = (await box(p, 'intervene-bar', '[data-testid="undo"]'))!;
    const transport = (await box(p, 'lab-transport'))!;
    expect(undo.bottom).toBeLessThanOrEqual(transport.top);
    expect(undo.right).toBeLessThanOrEqual(width);
    for (const id of ['meetup', 'matchmake', 'weave', 'modelVulnerability', 'quickWin', 'followUp', 'crossOrg']) {
      const r = (await box(p, 'intervene-bar', `button[data-action="${id}"]`))!;
      expect(overlap(r, undo), `undo over ${id}`).toBe(false);
    }
    // Undo is one tap and gives the run back.
    await p.locator('[data-testid="undo"]').tap();
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.interventions.length === 0);
    await settle(p);
    // Back to the untouched built-in is not "another scenario": no banner comes over the lab.
    await p.waitForTimeout(600);
    expect(await p.evaluate(() => (document.querySelector('app-shell') as any).persist.banner)).toBe('none');
  });

  it('the caption, the lens and the key never lie over the canvas; the open key is whole', async () => {
    const canvas = (await box(p, 'network-view', 'canvas'))!;
    for (const part of ['[data-testid="week-caption"]', 'lens-bar', 'network-legend', '.zoom']) {
      const r = (await box(p, 'network-view', part))!;
      expect(overlap(r, canvas), `${part} over the network`).toBe(false);
    }
    await p.locator('network-legend summary').tap();
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).network.renderRoot.querySelector('network-legend').hasAttribute('expanded'));
    await p.waitForTimeout(100);
    const canvas2 = (await box(p, 'network-view', 'canvas'))!;
    const key = (await box(p, 'network-view', 'network-legend'))!;
    expect(overlap(key, canvas2)).toBe(false);
    expect(key.right).toBeLessThanOrEqual(width);
    // Not cut: the key shows all it holds, its last entry inside its box.
    const whole = await p.evaluate(() => {
      const legend = (document.querySelector('app-shell') as any).network.renderRoot.querySelector('network-legend');
      const details = legend.shadowRoot.querySelector('details');
      const last = [...legend.shadowRoot.querySelectorAll('li')].pop()!.getBoundingClientRect();
      const r = legend.getBoundingClientRect();
      return { scroll: details.scrollHeight - details.clientHeight, lastInside: last.bottom <= r.bottom + 0.5 && last.top >= r.top };
    });
    expect(whole.scroll).toBeLessThanOrEqual(0);
    expect(whole.lastInside).toBe(true);
    await p.locator('network-legend summary').evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await shot(p, `phone-${width}-key-en`);
    await p.locator('network-legend summary').tap();
  });

  it('tapping a member opens its card, in sight, in plain words', async () => {
    await p.evaluate(() => window.scrollTo(0, 0));
    await p.waitForTimeout(100);
    const pt = await p.evaluate(() => {
      const net = (document.querySelector('app-shell') as any).network;
      const s = net.snapshot;
      // A present member that did not take part this week: the card must not call it "active" and "not active" at once.
      const i = [...s.members.id.keys()].find((k: number) => s.members.present[k] && !s.members.active[k] && s.members.level[k] >= 1)
        ?? [...s.members.id.keys()].find((k: number) => s.members.present[k]);
      const id = s.members.id[i];
      const n = net.layout.byId.get(id);
      const [x, y] = net.transform.apply([n.x, n.y]);
      const r = net.renderRoot.querySelector('canvas').getBoundingClientRect();
      return { x: r.left + x, y: r.top + y, id };
    });
    await p.touchscreen.tap(pt.x, pt.y);
    await p.waitForFunction((id) => (document.querySelector('app-shell') as any).selected === id, pt.id);
    const card = p.locator('member-card');
    await card.waitFor();
    await p.waitForTimeout(400);
    const r = (await card.boundingBox())!;
    const transport = (await box(p, 'lab-transport'))!;
    // The card's heading is in sight, above the sticky transport.
    expect(r.y).toBeGreaterThanOrEqual(0);
    expect(r.y + 40).toBeLessThanOrEqual(transport.top);
    const text = await card.evaluate((e) => e.shadowRoot!.textContent ?? '');
    expect(text).toContain(`#${pt.id}`);
    expect(text).not.toMatch(/active,\s*not active/);
    expect(await card.locator('[data-testid="member-week"]').textContent()).toMatch(/^(took part|did not take part)$/);
    // A finger leaves no tooltip behind.
    expect(await p.evaluate(() => !!(document.querySelector('app-shell') as any).network.renderRoot.querySelector('.tip'))).toBe(false);
    await shot(p, `phone-${width}-member-en`);
    // The phone's layout with the card and the key open: no serious or critical axe violations.
    await p.locator('network-legend summary').tap();
    const axe = await new AxeBuilder({ page: p as any }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 80)).join(' | ')}`)).toEqual([]);
    await p.locator('network-legend summary').tap();
    await card.locator('button').tap();
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).selected === null);
  });

  it('a tap on a slider changes nothing; a drag moves by the finger’s travel, in steps, and restarts once', async () => {
    await p.evaluate(() => window.scrollTo(0, 0));
    await p.locator('#tab-params').tap();
    const slider = p.locator('params-panel [data-param="population.size"] input[type=range]');
    await slider.waitFor();
    await slider.scrollIntoViewIfNeeded();
    const s0 = { n: await sim(p, 'scenario.population.size'), run: await sim(p, 'runId') };
    expect(s0.n).toBe(60);
    const r = (await slider.boundingBox())!;
    const y = r.y + r.height / 2;
    // Item 9: one tap far along the track jumped 60 → 583 and restarted the run.
    await p.touchscreen.tap(r.x + r.width * 0.3, y);
    await p.waitForTimeout(1000);
    expect(await sim(p, 'scenario.population.size')).toBe(60);
    expect(await sim(p, 'runId')).toBe(s0.run);
    expect(await slider.inputValue()).toBe('60');
    // A drag of 12 px from the thumb: the value moves by the travel (12 px of the track's span), not to where the finger is.
    const cdp = await p.context().newCDPSession(p);
    const x0 = r.x + 8;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: x0, y }] });
    for (let i = 1; i <= 4; i++) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: x0 + 3 * i, y }] });
      await p.waitForTimeout(30);
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await p.waitForFunction((run) => (document.querySelector('app-shell') as any).sim.runId > run, s0.run);
    const n = (await sim(p, 'scenario.population.size')) as number;
    const span = +(await slider.getAttribute('max'))! - +(await slider.getAttribute('min'))!;
    const expected = 60 + (12 / r.width) * span;
    expect(n).toBeGreaterThan(60);
    expect(Math.abs(n - expected)).toBeLessThanOrEqual(1);
    expect(await sim(p, 'runId')).toBe(s0.run + 1);
    await settle(p);
    expect(b.errors).toEqual([]);
  });
});

describe('the lab on a 360 × 740 phone in Dutch (longer words)', () => {
  it('keeps every action in sight on wrapped rows and the transport on two rows', async () => {
    const b = await launch({ width: 360, height: 740, hasTouch: true });
    try {
      const p = b.page;
      await p.goto(`${server.url}?lang=nl`);
      await waitReady(p);
      await stepTo(p, 15);
      await settle(p);
      await p.locator('intervene-bar button[data-action="weave"]').tap();
      await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.interventions.length === 1);
      expect(await p.locator('[data-testid="intervene-week"]').textContent()).toBe('Ingrijpen in week 16:');
      expect(await p.locator('[data-testid="status"]').textContent()).toMatch(/week 16\b/);
      await barAboveTransport(p);
      const sideways = await p.locator('intervene-bar').evaluate((e) => e.scrollWidth - e.clientWidth);
      expect(sideways).toBeLessThanOrEqual(0);
      const transport = (await box(p, 'lab-transport'))!;
      for (const r of await p.locator('intervene-bar button').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()))) {
        expect(r.right).toBeLessThanOrEqual(360);
        expect(r.bottom).toBeLessThanOrEqual(transport.top);
      }
      // Buttons and speed on one row, the scrubber and the typed week on the other.
      const tops = await p.locator('lab-transport').evaluate((t) => [...t.shadowRoot!.querySelectorAll('button, select, input')].map((e) => e.getBoundingClientRect().top).sort((a, b) => a - b));
      const rows = tops.filter((t, i) => i === 0 || t - tops[i - 1] > 12).length;
      expect(rows).toBeLessThanOrEqual(2);
      await shot(p, 'phone-360-act-nl');
      expect(b.errors).toEqual([]);
    } finally {
      await b.close();
    }
  }, 120_000);
});

describe('picking a member on a wide screen', () => {
  it('leaves every other member drawn as before (no hollow look, which the key keeps for "left"); their contacts are ringed', async () => {
    const b = await launch({ width: 1440, height: 900 });
    try {
      const p = b.page;
      await p.goto(server.url);
      await waitReady(p);
      await stepTo(p, 20);
      await settle(p);
      /** The centre pixel of every opaque member far (> 22 px) from the picked one and its contacts; a pixel on each contact's ring. */
      const sample = (id: number) => p.evaluate((sel) => {
        const net = (document.querySelector('app-shell') as any).network;
        const s = net.snapshot;
        const near = new Set<number>([sel]);
        for (let j = 0; j < s.ties.a.length; j++) {
          if (s.ties.a[j] === sel) near.add(s.ties.b[j]);
          else if (s.ties.b[j] === sel) near.add(s.ties.a[j]);
        }
        const canvas = net.renderRoot.querySelector('canvas') as HTMLCanvasElement;
        const ctx = canvas.getContext('2d')!;
        const dpr = canvas.width / canvas.getBoundingClientRect().width;
        const at = (mid: number) => {
          const n = net.layout.byId.get(mid);
          const [x, y] = net.transform.apply([n.x, n.y]);
          return [x, y];
        };
        const nearPts = [...near].filter((m) => net.layout.byId.has(m)).map(at);
        const far: Record<number, number[]> = {};
        const ring: Record<number, number[]> = {};
        for (let i = 0; i < s.members.id.length; i++) {
          const mid = s.members.id[i];
          // Opaque members only (present, taking part): a faint one lets the ties under it, which do fade, show through.
          if (!s.members.present[i] || !s.members.active[i] || s.members.level[i] === 0 || !net.layout.byId.has(mid)) continue;
          const [x, y] = at(mid);
          const px = (dx: number) => Array.from(ctx.getImageData(Math.round((x + dx) * dpr), Math.round(y * dpr), 1, 1).data);
          if (near.has(mid) && mid !== sel) ring[mid] = px(13 * Math.min(1.6, Math.max(0.45, net.transform.k)));
          else if (nearPts.every(([a, b2]) => Math.hypot(a - x, b2 - y) > 22)) far[mid] = px(0);
        }
        return { far, ring, contacts: near.size - 1 };
      }, id);
      const pick = await p.evaluate(() => {
        const s = (document.querySelector('app-shell') as any).network.snapshot;
        // A member with a few contacts, so that there is a neighbourhood to ring.
        const deg = new Map<number, number>();
        for (let j = 0; j < s.ties.a.length; j++) for (const m of [s.ties.a[j], s.ties.b[j]]) deg.set(m, (deg.get(m) ?? 0) + 1);
        return [...deg].filter(([, d]) => d >= 2 && d <= 6).sort((a, b) => a[0] - b[0])[0][0];
      });
      const before = await sample(pick);
      // Clicked with the mouse, which also hovers it (the hover's treatment is the one that turned everyone hollow).
      const at = await p.evaluate((id) => {
        const net = (document.querySelector('app-shell') as any).network;
        const n = net.layout.byId.get(id);
        const [x, y] = net.transform.apply([n.x, n.y]);
        const r = net.renderRoot.querySelector('canvas').getBoundingClientRect();
        return { x: r.left + x, y: r.top + y };
      }, pick);
      await p.mouse.click(at.x, at.y);
      await p.waitForFunction((id) => (document.querySelector('app-shell') as any).selected === id, pick);
      await settle(p);
      await p.waitForTimeout(200);
      const after = await sample(pick);
      const farIds = Object.keys(before.far);
      expect(farIds.length).toBeGreaterThanOrEqual(10);
      for (const k of farIds) expect(after.far[+k], `member ${k}`).toEqual(before.far[+k]);
      // The contacts' rings show: a pixel on the ring changed for most contacts.
      const changed = Object.keys(before.ring).filter((k) => JSON.stringify(before.ring[+k]) !== JSON.stringify(after.ring[+k]));
      expect(before.contacts).toBeGreaterThanOrEqual(2);
      expect(changed.length).toBeGreaterThanOrEqual(Math.ceil(Object.keys(before.ring).length / 2));
      expect(b.errors).toEqual([]);
    } finally {
      await b.close();
    }
  }, 120_000);
});

describe('a lesson\'s Reveal on a 390 × 844 phone', () => {
  it('keeps every chart and the table within the screen: the lines end in their letter, the labels go in a key under the chart, the table stacks (English and Dutch)', async () => {
    const b = await launch({ width: 390, height: 844, hasTouch: true });
    try {
      const p = b.page;
      for (const lang of ['en', 'nl']) {
        await p.goto(`${server.url}?lang=${lang}#lessons/c3-tricky-issues/predict`);
        await p.waitForSelector('[data-testid="step-predict"]');
        // A fresh prediction in each language (the lock is kept for the session).
        await p.evaluate(() => sessionStorage.clear());
        await p.reload();
        await p.waitForSelector('[data-testid="step-predict"]');
        await p.locator('[data-choice]').first().check();
        await p.locator('[data-testid="lock"]').click();
        await p.waitForSelector('[data-testid="step-run"]');
        await p.evaluate(() => (location.hash = '#lessons/c3-tricky-issues/reveal'));
        await p.waitForSelector('[data-testid="verdict"]', { timeout: 90_000 });
        await p.waitForTimeout(300);
        const m = await p.evaluate(() => {
          const pl = (document.querySelector('app-shell') as any).shadowRoot.querySelector('lessons-view').shadowRoot.querySelector('lesson-player');
          const parts = [...pl.shadowRoot.querySelectorAll('.charts, .charts *, .table-wrap, [data-testid="reveal-table"], [data-testid="reveal-table"] *')] as Element[];
          const shown = parts.filter((e) => e.getClientRects().length > 0);
          const figs = [...pl.shadowRoot.querySelectorAll('figure.chart')] as HTMLElement[];
          return {
            sideways: document.scrollingElement!.scrollWidth - window.innerWidth,
            parts: shown.length,
            outside: shown.filter((e) => e.getBoundingClientRect().right > 390.5 || e.getBoundingClientRect().left < -0.5).map((e) => `${e.tagName} ${e.textContent?.slice(0, 30)}`),
            // Nothing hidden to the side inside the table's box either.
            table: (() => { const w = (pl.shadowRoot.querySelector('.table-wrap') ?? pl.shadowRoot.querySelector('[data-testid="reveal-table"]')) as HTMLElement; return w.scrollWidth - w.clientWidth; })(),
            charts: figs.map((f) => {
              const svg = f.querySelector('svg')!.getBoundingClientRect();
              const ends = [...f.querySelectorAll('[data-testid="end-labels"] text')].map((t) => t.getBoundingClientRect());
              return { ends: ends.length, key: f.querySelectorAll('[data-testid="chart-legend"] li').length, lineEnd: Math.min(...ends.map((r) => r.left)) - svg.left, svgW: svg.width, pick: f.querySelector('[data-testid="chart-legend"] li.mine')?.textContent ?? '' };
            }),
          };
        });
        expect(m.sideways, lang).toBeLessThanOrEqual(0);
        expect(m.parts, lang).toBeGreaterThan(30);
        expect(m.outside, lang).toEqual([]);
        expect(m.table, lang).toBeLessThanOrEqual(0);
        expect(m.charts.length, lang).toBe(3);
        for (const c of m.charts) {
          expect(c.ends, lang).toBe(3);
          expect(c.key, lang).toBe(3);
          // The plot takes the width: the lines end near the chart's right edge, not at 40% of it.
          expect(c.lineEnd, lang).toBeGreaterThan(0.8 * c.svgW);
          expect(c.pick, lang).toContain(lang === 'en' ? 'your pick' : 'jouw keuze');
        }
        await p.screenshot({ path: join(DIR, `phone-reveal-${lang}.png`), fullPage: true });
      }
      expect(b.errors).toEqual([]);
    } finally {
      await b.close();
    }
  }, 240_000);
});
