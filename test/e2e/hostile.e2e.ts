// Hostile input in the browser (issue 7): every hand-written hostile file of
// test/fixtures/hostile/, dropped on the lab, shows its located error and
// leaves the run untouched and usable; script in a scenario's name, its
// description or the file's name renders as text and never runs; hostile
// share links are refused with a message and leave the app working.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import LZString from 'lz-string';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ROOT, type Browser, type Server } from './harness.ts';
import { settle, waitReady, openLab } from './lab-helpers.ts';

/* eslint-disable @typescript-eslint/no-explicit-any */
const DIR = join(ROOT, 'test/fixtures/hostile');
const EXPECTED = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Record<string, { ok: boolean; line?: number; path?: string; name?: string }>;

let server: Server;
let b: Browser;

const sim = (p: Page, expr: string) => p.evaluate(`document.querySelector('app-shell').sim.${expr}`);
const row = (p: Page) => p.evaluate(() => JSON.stringify((document.querySelector('app-shell') as any).sim.snapshot.row));

/** Drop a file on the lab as a user would (a DragEvent carrying a File), bytes as they are. */
async function drop(p: Page, name: string, bytes: Buffer, type = 'text/yaml'): Promise<void> {
  await p.evaluate(
    ({ name, b64, type }) => {
      const bin = atob(b64);
      const u8 = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) u8[i] = bin.charCodeAt(i);
      const dt = new DataTransfer();
      dt.items.add(new File([u8], name, { type }));
      const shell = document.querySelector('app-shell')!;
      shell.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      shell.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    },
    { name, b64: bytes.toString('base64'), type },
  );
}

/** Every element in the document, shadow roots included. */
function deepHasElement(p: Page, selector: string): Promise<boolean> {
  return p.evaluate((sel) => {
    const walk = (root: Document | ShadowRoot): boolean =>
      !!root.querySelector(sel) || [...root.querySelectorAll('*')].some((e) => e.shadowRoot && walk(e.shadowRoot));
    return walk(document);
  }, selector);
}

beforeAll(async () => {
  ({ server, b } = await openLab());
});

afterAll(async () => {
  await b?.close();
  await server?.close();
});

describe('hostile files dropped on the lab', () => {
  const bad = readdirSync(DIR).filter((f) => f !== 'expected.json' && EXPECTED[f] && !EXPECTED[f].ok);

  it(`each of the ${bad.length} refused fixtures shows its located error; the run stays as it was and usable`, async () => {
    const p = b.page;
    expect(bad.length).toBeGreaterThanOrEqual(25);
    await p.locator('[data-testid="step"]').click();
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.week === 1);
    const before = await row(p);
    const text = await sim(p, 'scenarioText');
    const slow: string[] = [];
    for (const f of bad) {
      const want = EXPECTED[f];
      const t0 = Date.now();
      await p.evaluate(() => ((document.querySelector('app-shell') as any).sim.errors = []));
      await drop(p, f, readFileSync(join(DIR, f)));
      await p.waitForFunction((name) => {
        const s = (document.querySelector('app-shell') as any).sim;
        return s.errors.length > 0 && s.errors[0].file === name;
      }, f, { timeout: 20_000 });
      if (Date.now() - t0 > 5000) slow.push(`${f}: ${Date.now() - t0} ms`);
      const shown = (await p.locator('[data-testid="load-errors"]').textContent())!;
      expect(shown, f).toContain('was not loaded');
      if (want.line) expect(shown, f).toContain(`${f}:${want.line}:`);
      if (want.path) expect(shown, f).toContain(want.path);
      expect(shown, f).not.toMatch(/\bat \w+ \(|TypeError|RangeError|undefined/);
      expect(await p.locator('[data-testid="status"]').textContent(), f).toContain('unchanged');
      expect(await row(p), f).toBe(before);
      expect(await sim(p, 'scenarioText'), f).toBe(text);
    }
    expect(slow).toEqual([]);
    // Still usable.
    await p.locator('[data-testid="step"]').click();
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.week === 2);
    expect(b.errors).toEqual([]);
  });

  it('a 10 MB file is refused by size, before it is read', async () => {
    const p = b.page;
    const w = (await sim(p, 'week')) as number;
    await drop(p, 'huge.yaml', Buffer.alloc(10 * 1024 * 1024, 'a: 1\n'));
    await p.locator('[data-testid="load-errors"]').filter({ hasText: 'huge.yaml' }).waitFor();
    expect(await p.locator('[data-testid="load-errors"]').textContent()).toMatch(/10\.\d MB/);
    expect(await sim(p, 'week')).toBe(w);
  });
});

describe('script in scenario text renders as text', () => {
  it('a <script> name, an onerror description and a hostile file name are shown literally and never run', async () => {
    const p = b.page;
    const name = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">';
    const yaml = `schemaVersion: 1\nname: '${name}'\ndescription: '<svg onload="window.__pwned = 3"></svg><iframe src="javascript:window.__pwned = 4">'\n`;
    const file = '<img src=y onerror="window.__pwned=5">.yaml';
    await drop(p, file, Buffer.from(yaml));
    await p.waitForFunction((n) => (document.querySelector('app-shell') as any).sim.scenarioName === n, name, { timeout: 20_000 });
    await settle(p);
    await p.waitForTimeout(500);
    expect(await p.evaluate(() => (window as any).__pwned)).toBeUndefined();
    // The name is in the status line as the very characters of the file.
    expect(await p.locator('[data-testid="status"]').textContent()).toContain(name);
    // The picker names a dropped file by its scenario's name (never a path), as text.
    expect(await p.locator('[data-testid="scenario-picker"] option:checked').textContent()).toContain(name);
    // Nothing of it became markup anywhere, shadow roots included (the walk does reach into shadow roots).
    expect(await deepHasElement(p, 'network-view canvas, canvas')).toBe(true);
    for (const sel of ['img[src="x"]', 'img[src="y"]', 'svg[onload]', 'iframe', 'script:not([type="module"]):not([src])']) {
      expect(await deepHasElement(p, sel), sel).toBe(false);
    }
    // Also after a reload, in the restore banner.
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).persist.saveState === 'saved', null, { timeout: 10_000 });
    await p.reload();
    await waitReady(p);
    await p.locator('[data-testid="persist-banner"]').filter({ hasText: 'is back' }).waitFor({ timeout: 20_000 });
    expect(await p.locator('[data-testid="persist-banner"]').textContent()).toContain(name);
    await p.waitForTimeout(300);
    expect(await p.evaluate(() => (window as any).__pwned)).toBeUndefined();
    expect(await deepHasElement(p, 'img[src="x"]')).toBe(false);
    await p.locator('[data-testid="persist-discard"]').click();
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.scenarioName !== '' && !(document.querySelector('app-shell') as any).sim.scenarioName.includes('<'));
  });
});

describe('hostile share links', () => {
  const enc = (x: unknown) => LZString.compressToEncodedURIComponent(typeof x === 'string' ? x : JSON.stringify(x));
  const ok = { v: 1, scenarios: [{ name: 'A', text: 'schemaVersion: 1\nname: A\n' }], index: 0, seed: 5, week: 0 };
  const links: [string, string, RegExp][] = [
    ['damaged', '%%%not-lz%%%', /damaged|could not/i],
    ['not JSON', enc('{"v":1,'), /not valid JSON|damaged/i],
    ['too large', 'A'.repeat(13_000), /too large/],
    ['wrong version', enc({ ...ok, v: 99 }), /version/],
    ['no scenarios', enc({ ...ok, scenarios: [] }), /1 to 4 scenarios/],
    ['five scenarios', enc({ ...ok, scenarios: Array(5).fill(ok.scenarios[0]) }), /1 to 4 scenarios/],
    ['negative seed', enc({ ...ok, seed: -1 }), /seed/],
    ['week past horizon', enc({ ...ok, week: 400 }), /week/],
    ['invalid scenario', enc({ ...ok, scenarios: [{ name: 'bad', text: 'schemaVersion: 1\npopulation:\n  size: -5\n' }] }), /population\.size/],
    ['alias bomb in a scenario', enc({ ...ok, scenarios: [{ name: 'bomb', text: readFileSync(join(DIR, 'billion-laughs.yaml'), 'utf8') }] }), /aliases/],
    // Short links (version 2): a built-in and its changes, made again by the app and then validated like a file.
    ['v2: an unknown built-in', enc({ v: 2, s: [{ b: 'no-such-scenario' }], i: 0, r: 5, w: 0 }), /does not have \(no-such-scenario\)/],
    ['v2: a path as the built-in', enc({ v: 2, s: [{ b: '../../package' }], i: 0, r: 5, w: 0 }), /names no built-in/],
    ['v2: a prototype key as a parameter', `${enc(`{"v":2,"s":[{"b":"steady-rhythm","p":{"__proto__":{"x":1}}}],"i":0,"r":5,"w":0}`)}`, /not a parameter/],
    ['v2: a parameter out of range', enc({ v: 2, s: [{ b: 'steady-rhythm', p: { 'population.size': 1e12 } }], i: 0, r: 5, w: 90 }), /week 90, but its scenario ends/],
    ['v2: removing an action the built-in lacks', enc({ v: 2, s: [{ b: 'steady-rhythm', d: [{ type: 'launch', at: 40 }] }], i: 0, r: 5, w: 0 }), /does not have/],
    ['v2: an action of no known type', enc({ v: 2, s: [{ b: 'steady-rhythm', a: [{ type: 'rm -rf', at: 3 }] }], i: 0, r: 5, w: 0 }), /no known type \("rm -rf"\)/],
    ['v2: an action with a script for params', enc({ v: 2, s: [{ b: 'steady-rhythm', a: [{ type: 'meetup', at: 3, params: { mixing: '<img src=x onerror=alert(1)>' } }] }], i: 0, r: 5, w: 0 }), /mixing/],
  ];

  it.each(links)('%s: refused with a message, the run unchanged and usable', async (_, s, message) => {
    const p = b.page;
    await settle(p);
    const before = await row(p);
    const w = (await sim(p, 'week')) as number;
    await p.evaluate(() => ((document.querySelector('app-shell') as any).sim.errors = []));
    await p.evaluate((h) => (location.hash = h), `#lab?s=${s}`);
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.errors.length > 0, null, { timeout: 20_000 });
    const shown = (await p.locator('[data-testid="load-errors"]').textContent())!;
    expect(shown).toMatch(message);
    expect(shown).not.toMatch(/TypeError|SyntaxError|\bat \w+ \(/);
    expect(await p.locator('[data-testid="status"]').textContent()).toContain('unchanged');
    expect(await row(p)).toBe(before);
    await p.locator('[data-testid="step"]').click();
    await p.waitForFunction((x) => (document.querySelector('app-shell') as any).sim.week === x + 1, w);
  });

  it('a link opened as the first page (boot path) with a prototype key and a script name: loads as data, nothing polluted or run', async () => {
    const p = b.page;
    const name = '<script>window.__pwned = 7</script>';
    const json = `{"v":1,"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":2}},"scenarios":[{"name":${JSON.stringify(name)},"text":${JSON.stringify(`schemaVersion: 1\nname: '${name}'\n`)}}],"index":0,"seed":9,"week":3}`;
    await p.goto('about:blank');
    await p.goto(`${server.url}#lab?s=${enc(json)}`);
    await waitReady(p);
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.seed === 9, null, { timeout: 20_000 });
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.week === 3, null, { timeout: 20_000 });
    expect(await sim(p, 'scenarioName')).toBe(name);
    expect(await p.evaluate(() => [(window as any).__pwned, ({} as any).polluted, (Object.prototype as any).polluted])).toEqual([undefined, undefined, undefined]);
    expect(await deepHasElement(p, 'script:not([type="module"]):not([src])')).toBe(false);
    await p.locator('[data-testid="step"]').click();
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.week === 4);
    expect(b.errors).toEqual([]);
  });
});
