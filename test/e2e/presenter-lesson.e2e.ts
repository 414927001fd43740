// Presenter mode as a stage for lessons (issue 17): on a 1920 × 1080
// projector and a 1366 × 768 laptop, the question and prompt shrink to a
// band and the networks fill the rest; what a prompt points at is on screen;
// the reveal's charts fit the screen, end labels included.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, ROOT, startServer, type Server } from './harness.ts';
import { waitLiveReady, waitShell } from './lesson-helpers.ts';

/* eslint-disable @typescript-eslint/no-explicit-any */
let server: Server;

beforeAll(async () => {
  server = await startServer('dev');
});

afterAll(async () => {
  await server?.close();
});

/** Boxes inside the lesson player, in screen pixels. */
const stage = (p: Page) => p.evaluate(() => {
  const pl = (document.querySelector('app-shell') as any).shadowRoot.querySelector('lessons-view').shadowRoot.querySelector('lesson-player');
  const box = (el: Element | null | undefined) => {
    const r = el?.getBoundingClientRect();
    return r ? { top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height, width: r.width } : null;
  };
  const live = pl.shadowRoot.querySelector('lesson-live');
  const nets = [...live.shadowRoot.querySelectorAll('network-view')] as any[];
  return {
    band: box(pl.shadowRoot.querySelector('.band')),
    prompt: box(live.shadowRoot.querySelector('[data-testid="pause-prompt"]')),
    nets: nets.map((n) => box(n)),
    captions: nets.map((n) => ({ text: n.renderRoot.querySelector('[data-testid="week-caption"]').textContent as string, box: box(n.renderRoot.querySelector('[data-testid="week-caption"]')) })),
  };
});

const reveal = (p: Page) => p.evaluate(() => {
  const pl = (document.querySelector('app-shell') as any).shadowRoot.querySelector('lessons-view').shadowRoot.querySelector('lesson-player');
  const svg = pl.shadowRoot.querySelector('figure.focus svg') as SVGSVGElement;
  const r = svg.getBoundingClientRect();
  const labels = [...svg.querySelectorAll('[data-testid="end-labels"] text')].map((t) => t.getBoundingClientRect());
  return { right: r.right, bottom: r.bottom, height: r.height, labelRight: Math.max(...labels.map((l) => l.right)), labels: labels.length };
});

/** Every lesson's id, as the catalogue lists them (lessons/*.yaml). */
const LESSONS = readdirSync(join(ROOT, 'lessons')).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, ''));

/** The Predict step's answers, how-sure radios and Lock, in screen pixels. */
const predictBoxes = (p: Page) => p.evaluate(() => {
  const pl = (document.querySelector('app-shell') as any).shadowRoot.querySelector('lessons-view').shadowRoot.querySelector('lesson-player');
  const box = (el: Element) => {
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, width: r.width };
  };
  return {
    choices: [...pl.shadowRoot.querySelectorAll('label.choice')].map(box),
    radios: [...pl.shadowRoot.querySelectorAll('input[type=radio]')].map(box),
    lock: box(pl.shadowRoot.querySelector('[data-testid="lock"]')),
    scrollY: window.scrollY,
  };
});

/** The bottom of the lesson step's last control (Next, or Back on the last step) and of its text, in screen pixels: on screen means nothing to scroll to. */
const lastOnScreen = (p: Page) => p.evaluate(() => {
  const pl = (document.querySelector('app-shell') as any).shadowRoot.querySelector('lessons-view').shadowRoot.querySelector('lesson-player');
  const els = [...pl.shadowRoot.querySelectorAll('.nav button, .text > *, .text share-panel, [data-testid="debrief-verdict"]')] as Element[];
  return Math.max(...els.map((e) => e.getBoundingClientRect().bottom)) + window.scrollY;
});

/** A browser at W × H with the lab open in presenter mode. */
async function presenting(W: number, H: number) {
  const b = await launch({ width: W, height: H });
  await b.page.goto(`${server.url}?lang=en#lab`);
  await waitShell(b.page);
  await b.page.keyboard.press('p');
  return b;
}

describe.each([[1920, 1080], [1366, 768]])('presenter mode at %i × %i', (W, H) => {
  it('Predict fits the screen in every lesson: the answers, how sure and Lock, with radios a room can see', async () => {
    const b = await presenting(W, H);
    try {
      const p = b.page;
      expect(LESSONS.length).toBeGreaterThanOrEqual(6);
      for (const lesson of LESSONS) {
        // Frame: the situation, the source, the goal and the scenarios, with Next, on one screen.
        await p.evaluate((l) => (location.hash = `#lessons/${l}/frame`), lesson);
        await p.waitForSelector('[data-testid="step-frame"]');
        await p.waitForTimeout(200);
        expect(await lastOnScreen(p), `${lesson}: frame`).toBeLessThanOrEqual(H);
        await p.evaluate((l) => (location.hash = `#lessons/${l}/predict`), lesson);
        await p.waitForFunction((l) => location.hash.includes(l), lesson);
        await p.waitForSelector('[data-testid="step-predict"]');
        await p.waitForTimeout(200);
        const r = await predictBoxes(p);
        expect(r.choices.length, lesson).toBeGreaterThanOrEqual(3);
        expect(r.scrollY, lesson).toBe(0);
        for (const c of r.choices) expect(c.bottom, lesson).toBeLessThanOrEqual(H);
        expect(r.lock.bottom, `${lesson}: Lock`).toBeLessThanOrEqual(H);
        // The radios grow with the text (inputs do not inherit the font size by themselves).
        for (const x of r.radios) expect(x.width, lesson).toBeGreaterThanOrEqual(0.02 * H);
      }
      await p.screenshot({ path: `test-results/screenshots/presenter-predict-${W}.png` });
      expect(b.errors).toEqual([]);
    } finally {
      await b.close();
    }
  });

  it('the lesson is a stage: a band for the question, the networks fill the rest; the prompt\'s caption is on screen; reveal charts fit', async () => {
    const b = await presenting(W, H);
    try {
      const p = b.page;
      await p.evaluate(() => (location.hash = '#lessons/c4-one-to-one-or-group/predict'));
      await p.waitForSelector('[data-testid="step-predict"]');
      await p.locator('[data-choice="matchmaker"]').check();
      await p.locator('[data-testid="lock"]').click();
      await waitLiveReady(p);
      await p.locator('[data-testid="live-play"]').click();
      await p.waitForSelector('[data-testid="pause-prompt"]', { timeout: 60_000 });
      await p.waitForTimeout(600);
      const s = await stage(p);
      // The question and its margin: a band, not the screen.
      expect(s.band!.height, 'band').toBeLessThan(0.16 * H);
      // The networks take about half the screen and end on it.
      for (const n of s.nets) {
        expect(n!.height, 'network height').toBeGreaterThan(0.45 * H);
        expect(n!.bottom, 'network bottom').toBeLessThanOrEqual(H);
      }
      expect(s.prompt!.bottom).toBeLessThanOrEqual(s.nets[0]!.top);
      // The prompt says: read the caption under each network. Network B's says what was woven, on screen.
      expect(await p.locator('[data-testid="pause-prompt"]').textContent()).toContain('Read the caption under each network');
      expect(s.captions[1].text).toMatch(/Wk 9: meetup.* items? woven/);
      expect(s.captions[0].text).not.toContain('woven');
      for (const c of s.captions) expect(c.box!.bottom).toBeLessThanOrEqual(H);

      for (const lesson of ['c4-one-to-one-or-group', 'c5-cross-organisation']) {
        if (lesson !== 'c4-one-to-one-or-group') {
          await p.evaluate((l) => (location.hash = `#lessons/${l}/predict`), lesson);
          await p.waitForSelector('[data-testid="step-predict"]');
          await p.locator('[data-choice]').first().check();
          await p.locator('[data-testid="lock"]').click();
          await p.waitForSelector('[data-testid="step-run"]');
        }
        await p.evaluate((l) => (location.hash = `#lessons/${l}/reveal`), lesson);
        await p.waitForSelector('[data-testid="verdict"]', { timeout: 90_000 });
        await p.waitForTimeout(300);
        const r = await reveal(p);
        // Nothing cut off: the whole focus chart and its end labels are on the screen, and it is not a sliver.
        expect(r.labels, lesson).toBe(2);
        expect(r.right, lesson).toBeLessThanOrEqual(W);
        expect(r.labelRight, lesson).toBeLessThanOrEqual(W);
        expect(r.bottom, lesson).toBeLessThanOrEqual(H);
        expect(r.height, lesson).toBeGreaterThan(0.45 * H);
      }
      // Debrief and Try it of both lessons: one screen each, the verdict and the QR code included.
      for (const lesson of ['c4-one-to-one-or-group', 'c5-cross-organisation']) {
        for (const step of ['debrief', 'try']) {
          await p.evaluate(([l, st]) => (location.hash = `#lessons/${l}/${st}`), [lesson, step]);
          await p.waitForSelector(`[data-testid="step-${step}"]`);
          await p.waitForTimeout(300);
          expect(await lastOnScreen(p), `${lesson}: ${step}`).toBeLessThanOrEqual(H);
        }
      }
      // Try it needs the lab's actions, which the stage hides: it says so, and presenter mode ends there.
      await p.evaluate(() => (location.hash = '#lessons/c4-one-to-one-or-group/try'));
      await p.waitForSelector('[data-testid="try-it"]');
      expect(await p.locator('[data-testid="try-leaves-presenter"]').isVisible()).toBe(true);
      await p.locator('[data-testid="try-it"]').click();
      await p.waitForFunction(() => (document.querySelector('app-shell') as any).view === 'lab' && (document.querySelector('app-shell') as any).sim.scenarioName === 'Matchmaker', null, { timeout: 30_000 });
      expect(await p.evaluate(() => document.documentElement.dataset.presenter)).toBeUndefined();
      expect(await p.locator('[data-action="weave"]').isVisible()).toBe(true);
      expect(await p.locator('[data-testid="scenario-picker"] option:checked').textContent()).toBe('A · Matching only');
      expect(b.errors).toEqual([]);
    } finally {
      await b.close();
    }
  });
});

describe('presenter mode, the list of lessons', () => {
  it('at 1920 × 1080 the cards read from the back of the room (titles ~42 px, questions ~31 px) and every lesson fits on one screen, in English and Dutch', async () => {
    const b = await presenting(1920, 1080);
    try {
      const p = b.page;
      for (const lang of ['en', 'nl']) {
        await p.goto(`${server.url}?lang=${lang}#lessons`);
        await p.waitForSelector('lessons-view [data-testid="lesson-list"] .card');
        const m = await p.evaluate(() => {
          const v = (document.querySelector('app-shell') as any).shadowRoot.querySelector('lessons-view');
          // On the screen: the CSS size times the zoom (the view undoes the lab's presenter zoom).
          const px = (e: Element) => parseFloat(getComputedStyle(e).fontSize) * ((e as any).currentCSSZoom ?? 1);
          const cards = [...v.shadowRoot.querySelectorAll('.card')] as HTMLElement[];
          const boxes = cards.map((c) => c.getBoundingClientRect());
          return {
            presenter: document.documentElement.dataset.presenter,
            n: cards.length,
            title: Math.min(...cards.map((c) => px(c.querySelector('strong')!))),
            question: Math.min(...cards.map((c) => px(c.querySelector('p')!))),
            bottom: Math.max(...boxes.map((r) => r.bottom)),
            right: Math.max(...boxes.map((r) => r.right)),
            sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          };
        });
        expect(m.presenter, lang).toBe('on');
        expect(m.n, lang).toBe(LESSONS.length);
        expect(m.title, lang).toBeGreaterThanOrEqual(40);
        expect(m.question, lang).toBeGreaterThanOrEqual(28);
        expect(m.bottom, lang).toBeLessThanOrEqual(1080);
        expect(m.right, lang).toBeLessThanOrEqual(1920);
        expect(m.sideways, lang).toBeLessThanOrEqual(0);
      }
      await p.screenshot({ path: 'test-results/screenshots/presenter-lessons-1920.png' });
      expect(b.errors).toEqual([]);
    } finally {
      await b.close();
    }
  });
});
