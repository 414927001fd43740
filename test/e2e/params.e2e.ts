// The lab's Parameters tab in headless chromium (UX.md §4): sentence labels
// with the live value in bold, a slider change that restarts the run and
// updates the number inside the sentence, reset, search by the short label,
// the (i) help's range with its unit where a person puts it, in English and
// Dutch; screenshots at 1440×900 and on a 390×844 phone in
// test-results/screenshots/params-*.png.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, launch, type Browser, type Server } from './harness.ts';
import { openLab, settle, waitReady } from './lab-helpers.ts';

/* eslint-disable @typescript-eslint/no-explicit-any */
const DIR = join(ROOT, process.env.COALESCE_SCREENSHOTS_DIR ?? 'test-results/screenshots');

let server: Server;
let b: Browser;

beforeAll(async () => {
  ({ server, b } = await openLab({ width: 1440, height: 900 }));
  mkdirSync(DIR, { recursive: true });
});

afterAll(async () => {
  await b?.close();
  await server?.close();
});

async function openParams(p: Page): Promise<void> {
  await p.locator('[role="tab"]#tab-params').click();
  await p.locator('params-panel [data-param="population.size"]').waitFor({ timeout: 10_000 });
}

/** The visible sentence of a parameter, spaces collapsed. */
async function sentence(p: Page, path: string): Promise<string> {
  const t = await p.locator(`params-panel [data-param="${path}"] label`).textContent();
  return (t ?? '').replace(/\s+/g, ' ').trim();
}

const simValue = (p: Page, path: string) => p.evaluate((x) => (document.querySelector('app-shell') as any).sim.value(x) as number, path);

describe('the Parameters tab in English', () => {
  it('reads as sentences with the live value in bold, and the slider is named by its sentence', async () => {
    const p = b.page;
    await openParams(p);
    expect(await sentence(p, 'population.size')).toBe('The community starts with 60 members');
    expect(await p.locator('params-panel [data-param="population.size"] label b').textContent()).toBe('60 members');
    expect(await sentence(p, 'parameters.issueRate')).toBe('Each week, a member gets a new tricky issue with chance 5%');
    const slider = p.getByRole('slider', { name: 'The community starts with 60 members' });
    expect(await slider.getAttribute('aria-valuetext')).toBe('60 members');
    expect(b.errors).toEqual([]);
  });

  it('a slider change restarts the run with the new value and updates the number inside the sentence; reset brings the default back', async () => {
    const p = b.page;
    const row = p.locator('params-panel [data-param="population.size"]');
    await row.locator('input[type="range"]').fill('80');
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.value('population.size') === 80);
    await settle(p);
    await expect.poll(() => sentence(p, 'population.size')).toBe('The community starts with 80 members');
    expect(await row.locator('input[type="range"]').getAttribute('aria-valuetext')).toBe('80 members');
    expect(await p.evaluate(() => (document.querySelector('app-shell') as any).sim.week)).toBe(0);
    // The changed value is marked and can be reset to the default.
    expect(await row.locator('label b.changed').count()).toBe(1);
    await row.getByRole('button', { name: 'Reset Members to 60 members' }).click();
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.value('population.size') === 60);
    await settle(p);
    await expect.poll(() => sentence(p, 'population.size')).toBe('The community starts with 60 members');
    expect(await row.locator('label b.changed').count()).toBe(0);
    expect(b.errors).toEqual([]);
  });

  it('finds a parameter by its short label, and its help names it, with the range in words', async () => {
    const p = b.page;
    const search = p.locator('params-panel input[type="search"]');
    await search.fill('homophily');
    expect(await p.locator('params-panel [data-param]').evaluateAll((els) => els.map((e) => e.getAttribute('data-param')))).toEqual(['parameters.homophily']);
    expect(await sentence(p, 'parameters.homophily')).toMatch(/^Members lean towards partners from their own organisation with weight 2 /);
    await search.fill('sponsor review');
    const row = p.locator('params-panel [data-param="sponsor.startWeek"]');
    expect(await sentence(p, 'sponsor.startWeek')).toBe('The sponsor starts its review in week 12');
    await row.getByRole('button', { name: 'About Sponsor review starts' }).click();
    const help = (await row.locator('.help').textContent())!.replace(/\s+/g, ' ');
    expect(help).toContain('Sponsor review starts sponsor.startWeek');
    expect(help).toContain('From week 0 to week 520; default week 12.');
    expect(help).not.toMatch(/\d week\b/);
    await p.screenshot({ path: join(DIR, 'params-search-en.png') });
    await search.fill('');
    // The open help stays with its parameter: the row that now shows the horizon does not inherit it.
    expect(await p.locator('params-panel [data-param="horizon"] .help').isHidden()).toBe(true);
    await p.locator('params-panel input[type="search"]').fill('sponsor review');
    expect(await p.locator('params-panel [data-param="sponsor.startWeek"] .help').isVisible()).toBe(true);
    await search.fill('');
    expect(b.errors).toEqual([]);
  });

  it('screenshot at 1440×900 with the members help open', async () => {
    const p = b.page;
    await p.locator('params-panel [data-param="population.size"]').getByRole('button', { name: 'About Members' }).click();
    await p.screenshot({ path: join(DIR, 'params-en.png') });
  });
});

describe('the Parameters tab in Dutch, and on a phone', () => {
  it('reads Dutch sentences with the value inside, and a change updates it', async () => {
    const o = await launch({ width: 1440, height: 900 });
    try {
      const p = o.page;
      await p.goto(`${server.url}?lang=nl`);
      await waitReady(p);
      await settle(p);
      await openParams(p);
      expect(await sentence(p, 'population.size')).toBe('De gemeenschap begint met 60 leden');
      expect(await sentence(p, 'parameters.issueRate')).toBe('Elke week krijgt een lid met kans 5% een nieuwe lastige kwestie');
      await p.locator('params-panel [data-param="population.size"] input[type="range"]').fill('80');
      await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.value('population.size') === 80);
      await settle(p);
      await expect.poll(() => sentence(p, 'population.size')).toBe('De gemeenschap begint met 80 leden');
      await p.locator('params-panel [data-param="population.size"]').getByRole('button', { name: 'Over Leden' }).click();
      const help = (await p.locator('params-panel [data-param="population.size"] .help').textContent())!.replace(/\s+/g, ' ');
      expect(help).toContain('Van 2 tot 10000 leden; standaard 60 leden.');
      expect(help).toContain('De schuif gaat tot 2000 leden');
      await p.screenshot({ path: join(DIR, 'params-nl.png') });
      expect(o.errors).toEqual([]);
    } finally {
      await o.close();
    }
  });

  for (const lang of ['en', 'nl'] as const) {
    it(`fits a 390×844 phone (${lang}): no sideways scrolling, sentences wrap`, async () => {
      const o = await launch({ width: 390, height: 844, deviceScaleFactor: 2 });
      try {
        const p = o.page;
        await p.goto(`${server.url}?lang=${lang}`);
        await waitReady(p);
        await settle(p);
        await openParams(p);
        await p.locator('params-panel').evaluate((e) => e.scrollIntoView({ block: 'start' }));
        await p.locator('params-panel [data-param="population.size"] button').first().click();
        expect(await p.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
        const widths = await p.locator('params-panel [data-param] label').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right));
        expect(Math.max(...widths)).toBeLessThanOrEqual(390);
        await p.screenshot({ path: join(DIR, `params-phone-${lang}.png`) });
        expect(o.errors).toEqual([]);
      } finally {
        await o.close();
      }
    });
  }
});
