// The live lab in real headless chromium (issue 4): load, play, pause, step,
// scrub, interventions into the exported YAML and back, bad files, exports.
import { mkdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, type Browser, type Server } from './harness.ts';
import { canvasPixels, columnsJSON, expectEveryExport, exportFile, openFile, settle, week, openLab } from './lab-helpers.ts';

let server: Server;
let b: Browser;

beforeAll(async () => {
  ({ server, b } = await openLab({ width: 1440, height: 900 }));
});

afterAll(async () => {
  await b?.close();
  await server?.close();
});

describe('the lab', () => {
  it('loads the default scenario at week 0 with no console errors', async () => {
    const p = b.page;
    expect(await p.locator('[data-testid="week-chip"]').textContent()).toContain('Wk 0');
    expect(await p.locator('[data-testid="scenario-picker"]').inputValue()).toBe('steady-rhythm');
    // The canvas shows something: more than one colour in its pixels.
    const colours = await p.evaluate(() => {
      const net = (document.querySelector('app-shell') as any).renderRoot.querySelector('network-view');
      const c = net.renderRoot.querySelector('canvas') as HTMLCanvasElement;
      const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      const set = new Set<number>();
      for (let i = 0; i < d.length; i += 4 * 97) set.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
      return set.size;
    });
    expect(colours).toBeGreaterThan(5);
    expect(b.errors).toEqual([]);
  });

  it('play advances the week and the network and charts change; pause stops it', async () => {
    const p = b.page;
    const before = await canvasPixels(p);
    const chartBefore = await p.locator('challenge-charts #C2 .slot svg').innerHTML();
    await p.locator('[data-testid="play"]').click();
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.week >= 3, null, { timeout: 20_000 });
    await p.locator('[data-testid="play"]').click();
    const paused = await week(p);
    await settle(p);
    await p.waitForTimeout(700);
    expect(await week(p)).toBe(paused);
    expect(paused).toBeGreaterThanOrEqual(3);
    expect(await canvasPixels(p)).not.toBe(before);
    await p.waitForFunction((old) => document.querySelector('app-shell')!.shadowRoot!.querySelector('challenge-charts')!.shadowRoot!.querySelector('#C2 .slot svg')!.innerHTML !== old, chartBefore, { timeout: 10_000 });
    expect(await p.locator('[data-testid="week-chip"]').textContent()).toContain(`Wk ${paused}`);
  });

  it('step, keyboard and scrubber move the week; scrubbing back gives the same picture', async () => {
    const p = b.page;
    const w0 = await week(p);
    await p.locator('[data-testid="step"]').click();
    await p.waitForFunction((w) => (document.querySelector('app-shell') as any).sim.week === w + 1, w0);
    await p.locator('body').click({ position: { x: 5, y: 890 } }).catch(() => undefined);
    await p.keyboard.press('ArrowRight');
    await p.waitForFunction((w) => (document.querySelector('app-shell') as any).sim.week === w + 2, w0);
    await settle(p);
    const at = await week(p);
    const picture = await canvasPixels(p);
    const snap = await p.evaluate(() => JSON.stringify((document.querySelector('app-shell') as any).sim.snapshot.row));
    // Forward a few weeks, then drag the scrubber back.
    for (let i = 0; i < 4; i++) await p.locator('[data-testid="step"]').click();
    await p.waitForFunction((w) => (document.querySelector('app-shell') as any).sim.week === w + 4, at);
    await settle(p);
    expect(await canvasPixels(p)).not.toBe(picture);
    await p.locator('[data-testid="scrubber"]').fill(String(at));
    await p.waitForFunction((w) => (document.querySelector('app-shell') as any).sim.week === w, at);
    await settle(p);
    expect(await p.evaluate(() => JSON.stringify((document.querySelector('app-shell') as any).sim.snapshot.row))).toBe(snap);
    expect(await canvasPixels(p)).toBe(picture);
    // Typing a week is the alternative to dragging (WCAG 2.5.7); typing must not trigger shortcuts.
    await p.locator('[data-testid="week-input"]').fill('2');
    await p.locator('[data-testid="week-input"]').press('Enter');
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.week === 2);
    expect(await p.evaluate(() => (document.querySelector('app-shell') as any).sim.playing)).toBe(false);
  });

  it('an intervention appears on the timeline and in the exported YAML, which replays to the same indicators', async () => {
    const p = b.page;
    await p.locator('[data-testid="week-input"]').fill('6');
    await p.locator('[data-testid="week-input"]').press('Enter');
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.week === 6);
    await p.locator('[data-action="crossOrg"]').click();
    // Weeks beyond 6 were computed before scrubbing back: the lab asks to replace them.
    await p.locator('[data-testid="replace-confirm"]').click();
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.interventions.length === 1);
    await p.waitForFunction(() => document.querySelector('app-shell')!.shadowRoot!.querySelector('intervene-bar')!.shadowRoot!.querySelector('[data-testid="intervention-log"]')!.textContent!.includes('wk 7 Cross-org meetup'));
    for (let i = 0; i < 10; i++) await p.locator('[data-testid="step"]').click();
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.week === 16);
    // On the charts: a marker with the intervention's label at week 7.
    await p.waitForFunction(() => {
      const ch = document.querySelector('app-shell')!.shadowRoot!.querySelector('challenge-charts')!.shadowRoot!;
      return [...ch.querySelectorAll('#C1 .slot svg title')].some((t) => t.textContent === 'Cross-org meetup');
    }, null, { timeout: 10_000 });
    const ran = await columnsJSON(p, 16);
    const { bytes } = await exportFile(p, 'yaml');
    const yaml = bytes.toString('utf8');
    const actions = parse(yaml).strategy.actions as { type: string; at?: number; params?: { mixing?: string } }[];
    expect(actions).toContainEqual(expect.objectContaining({ type: 'meetup', at: 7, params: expect.objectContaining({ mixing: 'crossOrg' }) }));
    // Replay: open the exported file, run to week 16, compare every indicator.
    await openFile(p, 'replay.yaml', yaml);
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.file === 'replay.yaml');
    await p.evaluate(() => (document.querySelector('app-shell') as any).sim.step(16));
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.week === 16);
    expect(await columnsJSON(p, 16)).toEqual(ran);
  });

  it('a bad file shows line-numbered errors and leaves the run untouched and usable', async () => {
    const p = b.page;
    const w = await week(p);
    const row = await p.evaluate(() => JSON.stringify((document.querySelector('app-shell') as any).sim.snapshot.row));
    await openFile(p, 'broken.yaml', 'schemaVersion: 1\nname: broken\npopulation:\n  size: 50000\nhorizon: -3\n');
    await p.locator('[data-testid="load-errors"]').waitFor();
    const text = await p.locator('[data-testid="load-errors"]').textContent();
    expect(text).toMatch(/broken\.yaml:\d+:\d+/);
    expect(text).toContain('population.size');
    expect(await p.locator('[data-testid="status"]').textContent()).toContain('unchanged');
    expect(await week(p)).toBe(w);
    expect(await p.evaluate(() => JSON.stringify((document.querySelector('app-shell') as any).sim.snapshot.row))).toBe(row);
    // Malformed YAML, too.
    await openFile(p, 'garbage.yaml', 'name: [unclosed\n  - : :\n');
    await p.waitForFunction(() => document.querySelector('app-shell')!.shadowRoot!.querySelector('[data-testid="load-errors"]')?.textContent?.includes('garbage.yaml'));
    expect(await p.locator('[data-testid="load-errors"]').textContent()).toMatch(/garbage\.yaml:\d+/);
    await p.locator('[data-testid="step"]').click();
    await p.waitForFunction((x) => (document.querySelector('app-shell') as any).sim.week === x + 1, w);
  });

  it('the scenario editor flags an error at its line as you type', async () => {
    const p = b.page;
    await p.locator('[role="tab"]#tab-scenario').click();
    const editor = p.locator('scenario-editor .cm-content');
    await editor.waitFor({ timeout: 20_000 });
    // The charts give the side panel to the tab (they once stayed on screen above it).
    expect(await p.locator('challenge-charts').isVisible()).toBe(false);
    await editor.click();
    await p.keyboard.press('Control+Home');
    await p.keyboard.type('bogusKey: 1\n');
    await p.locator('[data-testid="editor-errors"]').waitFor({ timeout: 10_000 });
    expect(await p.locator('[data-testid="editor-errors"]').textContent()).toMatch(/Line 1\b/);
    expect(await p.locator('[data-testid="editor-apply"]').isDisabled()).toBe(true);
    // Typing in the editor never fires the lab's shortcuts.
    expect(await p.evaluate(() => (document.querySelector('app-shell') as any).sim.playing)).toBe(false);
    await p.locator('[role="tab"]#tab-charts').click();
    expect(await p.locator('challenge-charts').isVisible()).toBe(true);
  });

  it('every export produces a non-empty file', async () => {
    const p = b.page;
    await expectEveryExport(p);
    // The scenario editor's own download (its text as it stands).
    await p.locator('[role="tab"]#tab-scenario').click();
    await p.locator('scenario-editor .cm-content').waitFor({ timeout: 20_000 });
    const [dl] = await Promise.all([p.waitForEvent('download'), p.locator('scenario-editor button', { hasText: 'Download YAML' }).click()]);
    expect(dl.suggestedFilename()).toMatch(/\.yaml$/);
    expect(readFileSync((await dl.path())!, 'utf8')).toMatch(/schemaVersion: 1/);
    await p.locator('[role="tab"]#tab-charts').click();
    expect(b.errors).toEqual([]);
  });

  it('keeps a screenshot of the lab', async () => {
    const p = b.page;
    await p.locator('[data-testid="scenario-picker"]').selectOption('weaver');
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.scenarioName.toLowerCase().includes('weaver'));
    await p.evaluate(() => (document.querySelector('app-shell') as any).sim.step(20));
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.week === 20);
    await settle(p);
    // The charts show the new run up to week 20 (a render that was under way must not win).
    await p.waitForFunction(() => {
      const ch = document.querySelector('app-shell')!.shadowRoot!.querySelector('challenge-charts')!.shadowRoot!;
      const paths = ch.querySelectorAll('#C2 .slot svg path');
      for (let i = 0; i < paths.length; i++) if ((paths[i].getAttribute('d') ?? '').split('L').length > 20) return true;
      return false;
    }, null, { timeout: 10_000 });
    mkdirSync(`${ROOT}/test-results`, { recursive: true });
    await p.screenshot({ path: `${ROOT}/test-results/lab-1440x900.png` });
    expect(b.errors).toEqual([]);
  });

  it('"Press play or step" goes once the run moves, by the week box too', async () => {
    const p = b.page;
    const status = () => p.locator('[data-testid="status"]').textContent();
    // Another scenario than the one the test before left (weaver): a fresh load says "Press play or step".
    await p.locator('[data-testid="scenario-picker"]').selectOption('bridging');
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.scenarioName === 'Bridging');
    expect(await status()).toContain('Press play or step');
    await p.locator('[data-testid="week-input"]').fill('20');
    await p.locator('[data-testid="week-input"]').press('Enter');
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.week === 20);
    expect(await status()).not.toContain('Press play');
    await p.locator('[data-testid="week-input"]').fill('0');
    await p.locator('[data-testid="week-input"]').press('Enter');
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.week === 0);
  });
});
