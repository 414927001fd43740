// Share links (issue 6): a link opened in a fresh browser context reproduces
// the same run (scenario with interventions, seed) at the same week; bad
// links are refused with a message and the run is unchanged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, startServer, type Browser, type Server } from './harness.ts';
import { waitShell } from './lesson-helpers.ts';
import { columnsJSON, settle } from './lab-helpers.ts';

/* eslint-disable @typescript-eslint/no-explicit-any */
let server: Server;
let b: Browser;

beforeAll(async () => {
  server = await startServer('dev');
  b = await launch({ width: 1280, height: 900 });
});

afterAll(async () => {
  await b?.close();
  await server?.close();
});

describe('share links', () => {
  it('reproduce the same run and week in a fresh context, with a QR code', async () => {
    const p = b.page;
    await p.goto(`${server.url}?lang=en#lab`);
    await waitShell(p);
    await p.locator('[data-testid="scenario-picker"]').selectOption('bridging');
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.scenarioName === 'Bridging');
    await p.locator('[data-testid="seed"]').fill('7');
    await p.locator('[data-testid="seed"]').press('Enter');
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.seed === 7);
    await p.evaluate(() => (document.querySelector('app-shell') as any).sim.step(6));
    await p.locator('[data-action="modelVulnerability"]').click();
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.interventions.length === 1);
    await p.evaluate(() => (document.querySelector('app-shell') as any).sim.step(8));
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.week === 14);
    await settle(p);
    const original = await columnsJSON(p, 14);

    await p.locator('[data-testid="share"]').click();
    await p.waitForSelector('[data-testid="share-qr"]');
    const url = await p.locator('[data-testid="share-url"]').inputValue();
    expect(url).toMatch(/#lab\?s=/);
    expect(url.length).toBeLessThan(2300);
    expect(await p.locator('[data-testid="share-qr"]').getAttribute('src')).toMatch(/^data:image\/png;base64,/);

    const other = await launch({ width: 390, height: 844 });
    try {
      await other.page.goto(url);
      await waitShell(other.page);
      await other.page.waitForFunction(() => (document.querySelector('app-shell') as any).sim.week === 14, null, { timeout: 30_000 });
      const s = await other.page.evaluate(() => {
        const sim = (document.querySelector('app-shell') as any).sim;
        return { seed: sim.seed, name: sim.scenarioName, interventions: sim.scenarioText.includes('modelVulnerability') };
      });
      expect(s).toEqual({ seed: 7, name: 'Bridging', interventions: true });
      expect(await columnsJSON(other.page, 14)).toEqual(original);
      expect(await other.page.locator('[data-testid="week-chip"]').textContent()).toContain('14');
      // The link is consumed: the address no longer carries it.
      expect(other.page.url()).toMatch(/#lab$/);
      expect(other.errors).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it('refuse damaged, oversized and invalid links with a message; the run is unchanged', async () => {
    const p = b.page;
    const before = await p.evaluate(() => (document.querySelector('app-shell') as any).sim.scenarioName);
    const { encodeShare } = await import('../../src/share/link.ts');
    const invalid = encodeShare({ v: 1, scenarios: [{ name: 'mine', text: 'schemaVersion: 1\nhorizon: 99999\n' }], index: 0, seed: 1, week: 0 });
    const cases: [string, RegExp][] = [
      ['NoTaLink', /damaged/],
      ['A'.repeat(13_000), /too large/],
      [invalid, /not valid/],
    ];
    for (const [enc, re] of cases) {
      await p.evaluate((h) => (location.hash = h), `#lab?s=${enc}`);
      await p.waitForFunction((r) => new RegExp(r).test((document.querySelector('app-shell') as any).sim.message), re.source, { timeout: 10_000 });
      expect(await p.evaluate(() => (document.querySelector('app-shell') as any).sim.scenarioName)).toBe(before);
    }
    // The invalid scenario's problem is listed with its place.
    expect(await p.locator('[data-testid="load-errors"]').textContent()).toContain('share link (mine)');
  });
});
