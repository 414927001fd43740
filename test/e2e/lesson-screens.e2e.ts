// Screenshots of every screen in English and Dutch, to look at: lab, text
// view, compare, lessons, each lesson step, presenter mode, phone. Also
// checks each screen rendered without console errors. A test run writes them
// to test-results/screenshots/ (not tracked); `npm run screenshots` refreshes
// the committed set in docs/screenshots/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, launch, startServer, type Server } from './harness.ts';
import { waitLiveReady, waitShell } from './lesson-helpers.ts';

/* eslint-disable @typescript-eslint/no-explicit-any */
const DIR = join(ROOT, process.env.COALESCE_SCREENSHOTS_DIR ?? 'test-results/screenshots');
let server: Server;

beforeAll(async () => {
  mkdirSync(DIR, { recursive: true });
  server = await startServer('dev');
});

afterAll(async () => {
  await server?.close();
});

describe.each(['en', 'nl'])('screens in %s', (lang) => {
  it('desktop, presenter and phone', async () => {
    const b = await launch({ width: 1440, height: 900 });
    const shot = (name: string, full = false) => b.page.screenshot({ path: join(DIR, `${name}-${lang}.png`), fullPage: full });
    try {
      const p = b.page;
      await p.goto(`${server.url}?lang=${lang}#lab`);
      await waitShell(p);
      // Week 21 of the default run has a meetup: the README's picture shows one (docs/screenshots/lab-en.png).
      await p.evaluate(() => (document.querySelector('app-shell') as any).sim.step(21));
      await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.week === 21);
      await p.waitForTimeout(1500);
      await shot('lab');
      await p.locator('#tab-text').click();
      await p.waitForSelector('[data-testid="member-table"]');
      await shot('lab-text');
      await p.evaluate(() => (location.hash = '#compare'));
      await p.waitForSelector('compare-view');
      await p.waitForTimeout(6000);
      await shot('compare');
      await p.evaluate(() => (location.hash = '#lessons'));
      await p.waitForSelector('[data-testid="lesson-list"]');
      await shot('lessons');
      await p.evaluate(() => (location.hash = '#lessons/c2-energy'));
      await p.waitForSelector('[data-testid="step-frame"]');
      await shot('lesson-1-frame');
      await p.locator('[data-testid="lesson-next"]').click();
      await p.locator('[data-choice="big-launch"]').check();
      await shot('lesson-2-predict');
      await p.locator('[data-testid="lock"]').click();
      await waitLiveReady(p);
      await p.locator('[data-testid="live-play"]').click();
      await p.waitForSelector('[data-testid="pause-prompt"]', { timeout: 30_000 });
      await p.waitForTimeout(1200);
      await shot('lesson-3-run');
      await p.locator('[data-testid="lesson-next"]').click();
      await p.waitForSelector('[data-testid="verdict"]', { timeout: 90_000 });
      await p.setViewportSize({ width: 1440, height: 1500 });
      await shot('lesson-4-reveal');
      await p.setViewportSize({ width: 1440, height: 900 });
      await p.locator('[data-testid="lesson-next"]').click();
      await shot('lesson-5-debrief');
      await p.locator('[data-testid="lesson-next"]').click();
      await p.waitForSelector('[data-testid="share-qr"]');
      await shot('lesson-6-try');
      await p.setViewportSize({ width: 1920, height: 1080 });
      await p.keyboard.press('p');
      await p.evaluate(() => (location.hash = '#lessons/c2-energy/run'));
      await waitLiveReady(p);
      await p.keyboard.press('2');
      await p.waitForTimeout(800);
      await shot('presenter-lesson-run');
      await p.evaluate(() => (location.hash = '#lessons/c2-energy/reveal'));
      await p.waitForSelector('[data-testid="verdict"]', { timeout: 90_000 });
      await shot('presenter-lesson-reveal');
      await p.evaluate(() => (location.hash = '#lab'));
      await p.waitForTimeout(1500);
      await shot('presenter-lab');
      await p.keyboard.press('?');
      await shot('presenter-help');
      expect(b.errors).toEqual([]);
    } finally {
      await b.close();
    }
    // Presenter mode on a 1366 × 768 laptop: the same stage, smaller.
    const lap = await launch({ width: 1366, height: 768 });
    try {
      const p = lap.page;
      await p.goto(`${server.url}?lang=${lang}#lab`);
      await waitShell(p);
      await p.keyboard.press('p');
      await p.evaluate(() => (location.hash = '#lessons/c4-one-to-one-or-group/predict'));
      await p.waitForSelector('[data-testid="step-predict"]');
      await p.locator('[data-choice="weaver"]').check();
      await p.locator('[data-testid="lock"]').click();
      await waitLiveReady(p);
      await p.locator('[data-testid="live-play"]').click();
      await p.waitForSelector('[data-testid="pause-prompt"]', { timeout: 60_000 });
      await p.waitForTimeout(1200);
      await p.screenshot({ path: join(DIR, `presenter-768-lesson-run-${lang}.png`) });
      await p.evaluate(() => (location.hash = '#lessons/c4-one-to-one-or-group/reveal'));
      await p.waitForSelector('[data-testid="verdict"]', { timeout: 90_000 });
      await p.waitForTimeout(300);
      await p.screenshot({ path: join(DIR, `presenter-768-lesson-reveal-${lang}.png`) });
      expect(lap.errors).toEqual([]);
    } finally {
      await lap.close();
    }
    const ph = await launch({ width: 390, height: 844, deviceScaleFactor: 2 });
    try {
      const p = ph.page;
      await p.goto(`${server.url}?lang=${lang}#lab`);
      await waitShell(p);
      await p.waitForTimeout(1200);
      await p.screenshot({ path: join(DIR, `phone-lab-${lang}.png`) });
      await p.evaluate(() => (location.hash = '#lessons/c3-tricky-issues/predict'));
      await p.waitForSelector('[data-testid="step-predict"]');
      await p.screenshot({ path: join(DIR, `phone-lesson-${lang}.png`) });
      expect(ph.errors).toEqual([]);
    } finally {
      await ph.close();
    }
  });
});
