// Share links (issue 6): a link opened in a fresh browser context reproduces
// the same run (scenario with interventions, seed) at the same week; bad
// links are refused with a message and the run is unchanged.
import LZString from 'lz-string';
import type { Page } from 'playwright-core';
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

/** The JSON a share URL carries. */
const linkJSON = (url: string) => JSON.parse(LZString.decompressFromEncodedURIComponent(/[?&]s=([^&]*)/.exec(url)![1])!);
/** Modules a side of the share panel's QR code, read back from the image (qr.ts: 6 px a module, 2 of quiet zone each side). */
const qrModules = (p: Page) => p.locator('[data-testid="share-qr"]').evaluate((img: HTMLImageElement) => img.naturalWidth / 6 - 4);

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
    // A built-in with one intervention: its id, seed, week and that action (issue 17, item 10: 2,043 characters before).
    expect(url.length).toBeLessThan(300);
    expect(linkJSON(url)).toMatchObject({ v: 2, s: [{ b: 'bridging', a: [{ type: 'modelVulnerability', at: 7 }] }], r: 7, w: 14 });
    expect(await p.locator('[data-testid="share-qr"]').getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    // Coarse enough to scan off a projector: at most version 14 (73 modules a side; a 2,000-character link needs version 40, 177).
    expect(await qrModules(p)).toBeLessThanOrEqual(73);

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

  it('a lesson\'s set of built-ins, one changed by a slider and an intervention, stays short and opens the same set, run and week', async () => {
    // A browser of its own: the tests before left work in this one's storage, and restoring it raced with the link.
    await b.close();
    b = await launch({ width: 1280, height: 900 });
    const p = b.page;
    // A fresh page (the same address with only a new #fragment would not reload it).
    await p.goto('about:blank');
    await p.goto(`${server.url}?lang=en#lab`);
    await waitShell(p);
    // As a lesson's Try it opens its scenarios (lesson-player.ts): each a built-in file, named by key and label.
    await p.evaluate(async () => {
      const shell = document.querySelector('app-shell') as any;
      const files = ['big-launch', 'steady-rhythm', 'value-first'];
      const texts = await Promise.all(files.map((f) => fetch(`/scenarios/${f}.yaml`).then((r) => r.text())));
      await shell.openShared({ v: 1, scenarios: texts.map((text, i) => ({ name: `${'ABC'[i]} · ${files[i]}`, text })), index: 1, seed: 42, week: 0 });
    });
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.scenarioName === 'Steady rhythm');
    await p.evaluate(() => (document.querySelector('app-shell') as any).sim.setParam('population.size', 80, 'Members'));
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.value('population.size') === 80);
    await p.evaluate(() => (document.querySelector('app-shell') as any).sim.step(9));
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.week === 9);
    await p.locator('[data-action="quickWin"]').click();
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.interventions.length === 1);
    await p.evaluate(() => (document.querySelector('app-shell') as any).sim.step(3));
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.week === 12);
    await settle(p);
    const original = await columnsJSON(p, 12);

    await p.locator('[data-testid="share"]').click();
    await p.waitForSelector('[data-testid="share-qr"]');
    const url = await p.locator('[data-testid="share-url"]').inputValue();
    expect(url.length).toBeLessThan(300);
    const sent = linkJSON(url);
    expect(sent.s.map((e: { b: string }) => e.b)).toEqual(['big-launch', 'steady-rhythm', 'value-first']);
    expect(sent.s[1]).toMatchObject({ p: { 'population.size': 80 }, a: [{ type: 'quickWin', at: 10 }] });
    expect(sent.s[0].p).toBeUndefined();
    expect(await qrModules(p)).toBeLessThanOrEqual(73);

    const other = await launch({ width: 390, height: 844 });
    try {
      const q = other.page;
      await q.goto(url);
      await waitShell(q);
      await q.waitForFunction(() => (document.querySelector('app-shell') as any).sim.week === 12, null, { timeout: 30_000 });
      expect(await q.evaluate(() => (document.querySelector('app-shell') as any).sim.value('population.size'))).toBe(80);
      expect(await columnsJSON(q, 12)).toEqual(original);
      // The set came too: key 1 opens A.
      await q.locator('body').press('1');
      await q.waitForFunction(() => (document.querySelector('app-shell') as any).sim.scenarioName === 'Big launch', null, { timeout: 30_000 });
      expect(other.errors).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it('a scenario that is no built-in with a few changes goes whole, and opens', async () => {
    // A browser of its own: the tests before left work in this one's storage, and restoring it raced with the link.
    await b.close();
    b = await launch({ width: 1280, height: 900 });
    const p = b.page;
    await p.goto('about:blank');
    await p.goto(`${server.url}?lang=en#lab`);
    await waitShell(p);
    const text = await p.evaluate(() => fetch('/scenarios/weaver.yaml').then((r) => r.text()));
    await p.locator('[data-testid="file-input"]').setInputFiles({ name: 'ours.yaml', mimeType: 'text/yaml', buffer: Buffer.from(text.replace(/^name: .*$/m, 'name: Our own network')) });
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.scenarioName === 'Our own network');
    await p.locator('[data-testid="share"]').click();
    await p.waitForSelector('[data-testid="share-url"]');
    const url = await p.locator('[data-testid="share-url"]').inputValue();
    const sent = linkJSON(url);
    expect(sent.v).toBe(2);
    expect(sent.s[0].b).toBeUndefined();
    expect(sent.s[0].t).toContain('Our own network');
    const other = await launch({ width: 1280, height: 900 });
    try {
      await other.page.goto(url);
      await waitShell(other.page);
      await other.page.waitForFunction(() => (document.querySelector('app-shell') as any).sim.scenarioName === 'Our own network', null, { timeout: 30_000 });
      expect(other.errors).toEqual([]);
    } finally {
      await other.close();
    }
  });
});
