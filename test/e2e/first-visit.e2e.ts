// A first visit (issue 17, item 19): one sentence says what the lab shows,
// until dismissed (remembered over a reload); organisations have names that
// say something ("Organisation A", a story's own "Hospital") in the Key, the
// member card and the text view; in English and Dutch; at desk and phone size.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, startServer, type Browser, type Server } from './harness.ts';
import { settle } from './lab-helpers.ts';
import { waitShell } from './lesson-helpers.ts';

/* eslint-disable @typescript-eslint/no-explicit-any */
let server: Server;
let b: Browser;

beforeAll(async () => {
  server = await startServer('dev');
  b = await launch({ width: 1440, height: 900 });
});

afterAll(async () => {
  await b?.close();
  await server?.close();
});

describe('first visit', () => {
  it('says in one sentence what the lab shows, until dismissed', async () => {
    const p = b.page;
    await p.goto(`${server.url}?lang=en#lab`);
    await waitShell(p);
    await settle(p);
    const intro = p.locator('[data-testid="intro"]');
    await expect(intro.textContent()).resolves.toMatch(/^A simulated community of practice after its launch: each dot is a member/);
    // One sentence: one full stop, at the end.
    expect(((await intro.textContent()) ?? '').trim().match(/\.(\s|$)/g)).toHaveLength(1);
    await p.screenshot({ path: 'test-results/screenshots/first-visit-en.png' });
    // The network still gets most of the height.
    const net = await p.locator('network-view').boundingBox();
    expect(net!.height).toBeGreaterThan(400);
    await p.locator('[data-testid="intro-dismiss"]').click();
    await expect(intro.count()).resolves.toBe(0);
    await p.reload();
    await waitShell(p);
    expect(await p.locator('[data-testid="intro"]').count()).toBe(0);
  });

  it('names organisations in the Key: Organisation A … E, a story its own (Dutch too)', async () => {
    const p = b.page;
    const key = () => p.evaluate(() => {
      const legend = (document.querySelector('app-shell') as any).shadowRoot.querySelector('network-view').shadowRoot.querySelector('network-legend');
      return (legend.shadowRoot.textContent as string).replace(/\s+/g, ' ');
    });
    expect(await key()).toContain('Organisation A');
    expect(await key()).toContain('Organisation E');
    expect(await key()).not.toMatch(/org-[a-e]/);
    await p.locator('[data-testid="scenario-picker"]').selectOption('care-network');
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.scenarioName === 'Care network');
    await settle(p);
    expect(await key()).toMatch(/Hospital.*Patients.*Students/);
    await p.goto(`${server.url}?lang=nl#lab`);
    await waitShell(p);
    await p.locator('[data-testid="scenario-picker"]').selectOption('care-network');
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.scenarioName === 'Care network');
    await settle(p);
    expect(await key()).toMatch(/Ziekenhuis.*Patiënten.*Studenten/);
    expect(b.errors).toEqual([]);
  });

  it('on a phone (390×844) the sentence fits without sideways scrolling', async () => {
    const o = await launch({ width: 390, height: 844, deviceScaleFactor: 2 });
    try {
      await o.page.goto(`${server.url}?lang=nl#lab`);
      await waitShell(o.page);
      await settle(o.page);
      expect(await o.page.locator('[data-testid="intro"]').textContent()).toMatch(/^Een gesimuleerde community of practice/);
      expect(await o.page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      await o.page.screenshot({ path: 'test-results/screenshots/first-visit-phone-nl.png' });
      expect(o.errors).toEqual([]);
    } finally {
      await o.close();
    }
  });
});
