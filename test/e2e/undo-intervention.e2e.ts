// Undo of an intervention (↶ and Ctrl+Z) and the "Replace weeks N–M?"
// question after scrubbing back, in real headless chromium: an undone
// intervention leaves the same indicators, scenario text and network pixels
// as never intervening; cancel leaves the run untouched.
process.env.COALESCE_E2E = '1';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Server } from './harness.ts';
import { canvasHash as canvasPixels, columnsJSON, openLab, settle, stepTo, week } from './lab-helpers.ts';

/* eslint-disable @typescript-eslint/no-explicit-any */
let server: Server;
let b: Browser;

beforeAll(async () => {
  ({ server, b } = await openLab({ width: 1440, height: 900 }));
}, 120_000);

afterAll(async () => {
  await b?.close();
  await server?.close();
});

/** The network view's layout: every member's position, as drawn from. */
const positions = (p: Page) => p.evaluate(() => {
  const n = (document.querySelector('app-shell') as any).renderRoot.querySelector('network-view');
  return JSON.stringify(n.layout.nodes.map((q: { id: number; x: number; y: number }) => [q.id, q.x, q.y]));
});
const sim = (p: Page, expr: string) => p.evaluate((e) => e.split('.').reduce((o: any, k) => o?.[k], (document.querySelector('app-shell') as any).sim), expr);
const count = (p: Page) => sim(p, 'interventions.length') as Promise<number>;
const known = (p: Page) => sim(p, 'columns.week.length') as Promise<number>;
const status = (p: Page) => p.locator('[data-testid="status"]');
const waitCount = (p: Page, n: number) => p.waitForFunction((k) => (document.querySelector('app-shell') as any).sim.interventions.length === k, n);
/** Queue drained and nothing moving (an undo replays in the controller's queue). */
const drained = async (p: Page) => {
  await p.evaluate(() => (document.querySelector('app-shell') as any).sim.exportScenario());
  await settle(p);
};

describe('undo of an intervention', () => {
  let text0 = '';
  let row8 = '';
  let pixels8 = '';
  let layout8 = '';
  let cols12: Record<string, number[]> = {};

  it('the ↶ button undoes an intervention made at the current week: same pixels, indicators and scenario as before', async () => {
    const p = b.page;
    await stepTo(p, 8);
    await settle(p);
    text0 = (await sim(p, 'scenarioText')) as string;
    row8 = JSON.stringify(await sim(p, 'snapshot.row'));
    pixels8 = await canvasPixels(p);
    const cols8 = await columnsJSON(p, 8);
    expect(await p.locator('[data-testid="undo"]').count()).toBe(0);

    await p.locator('[data-action="meetup"]').click();
    await waitCount(p, 1);
    expect(await sim(p, 'scenarioText')).not.toBe(text0);
    await p.locator('[data-testid="undo"]').click();
    await waitCount(p, 0);
    await drained(p);
    await status(p).filter({ hasText: 'Undone: Meetup at week 9' }).waitFor();
    expect(await week(p)).toBe(8);
    expect(await sim(p, 'scenarioText')).toBe(text0);
    expect(JSON.stringify(await sim(p, 'snapshot.row'))).toBe(row8);
    expect(await columnsJSON(p, 8)).toEqual(cols8);
    expect(await canvasPixels(p)).toBe(pixels8);
    // No ● marker is left on the charts.
    await p.waitForFunction(() => {
      const ch = document.querySelector('app-shell')!.shadowRoot!.querySelector('challenge-charts')!.shadowRoot!;
      return ![...ch.querySelectorAll('#C1 .slot svg title')].some((t) => t.textContent === 'Meetup');
    });
    expect(b.errors).toEqual([]);
  });

  it('after scrubbing back, an intervention asks "Replace weeks 9–12?"; Cancel leaves the run untouched', async () => {
    const p = b.page;
    await stepTo(p, 12);
    await settle(p);
    cols12 = await columnsJSON(p, 12);
    await stepTo(p, 8);
    await settle(p);
    // Scrubbed back: the picture of week 8 as the network view redraws it now (its sprite scale may differ from the first visit).
    pixels8 = await canvasPixels(p);
    layout8 = await positions(p);
    expect(JSON.stringify(await sim(p, 'snapshot.row'))).toBe(row8);
    expect(await known(p)).toBe(13);

    await p.locator('[data-action="quickWin"]').click();
    const q = p.locator('[data-testid="replace-question"]');
    await q.waitFor();
    expect(await q.textContent()).toContain('replace weeks 9–12?');
    expect(await p.locator('[data-testid="replace-confirm"]').textContent()).toContain('Replace weeks 9–12');
    // The question has the focus, so Enter or Escape answers it at once.
    expect(await p.evaluate(() => {
      const bar = document.querySelector('app-shell')!.shadowRoot!.querySelector('intervene-bar')!;
      return (bar.shadowRoot!.activeElement as HTMLElement | null)?.dataset.testid;
    })).toBe('replace-confirm');
    await p.locator('[data-testid="replace-cancel"]').click();
    await q.waitFor({ state: 'detached' });
    await status(p).filter({ hasText: 'Cancelled' }).waitFor();
    expect(await count(p)).toBe(0);
    expect(await sim(p, 'scenarioText')).toBe(text0);
    expect(await known(p)).toBe(13);
    expect(await columnsJSON(p, 12)).toEqual(cols12);
    expect(await week(p)).toBe(8);
    expect(await canvasPixels(p)).toBe(pixels8);

    // Escape cancels too.
    await p.locator('[data-action="quickWin"]').click();
    await q.waitFor();
    await p.keyboard.press('Escape');
    await q.waitFor({ state: 'detached' });
    expect(await count(p)).toBe(0);
    expect(await known(p)).toBe(13);
  });

  it('Replace records it, drops weeks 9–12 and keeps the old run as the grey line; undo brings weeks 9–12 back exactly', async () => {
    const p = b.page;
    await p.locator('[data-action="quickWin"]').click();
    await p.locator('[data-testid="replace-confirm"]').click();
    await waitCount(p, 1);
    expect(await known(p)).toBe(9);
    expect(await sim(p, 'ghost.week.length')).toBe(13);
    // The ghost shows every line of a chart, not only the first.
    await p.waitForFunction(() => {
      const ch = document.querySelector('app-shell')!.shadowRoot!.querySelector('challenge-charts')!.shadowRoot!;
      return ch.querySelectorAll('#C1 .slot svg g.ghost').length === 3 && ch.querySelectorAll('#C2 .slot svg g.ghost').length === 2;
    }, null, { timeout: 10_000 });

    await p.locator('[data-testid="undo"]').click();
    await waitCount(p, 0);
    await drained(p);
    expect(await week(p)).toBe(8);
    expect(await known(p)).toBe(13);
    expect(await columnsJSON(p, 12)).toEqual(cols12);
    expect(await sim(p, 'ghost')).toBeUndefined();
    expect(await sim(p, 'scenarioText')).toBe(text0);
    // The same layout as before asking. (Pixels are compared in the first test: the network view now repaints only
    // what changed, so after a visit to later weeks its canvas can differ in anti-aliasing with the same positions.)
    expect(await positions(p)).toBe(layout8);
  });

  it('Ctrl+Z undoes an intervention made weeks ago and replays to the current week; in a text field it does not', async () => {
    const p = b.page;
    await p.locator('[data-action="weave"]').click();
    await p.locator('[data-testid="replace-confirm"]').click();
    await waitCount(p, 1);
    for (let i = 0; i < 4; i++) await p.locator('[data-testid="step"]').click();
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.week === 12);
    await settle(p);
    const changed = await columnsJSON(p, 12);
    expect(changed).not.toEqual(cols12);

    // Typing in the week field: Ctrl+Z belongs to the field.
    await p.locator('[data-testid="week-input"]').focus();
    await p.keyboard.press('Control+z');
    await p.waitForTimeout(300);
    expect(await count(p)).toBe(1);

    await p.locator('[data-testid="week-input"]').blur();
    await p.locator('network-view').focus();
    await p.keyboard.press('Control+z');
    await waitCount(p, 0);
    await drained(p);
    expect(await week(p)).toBe(12);
    expect(await columnsJSON(p, 12)).toEqual(cols12);
    expect(await sim(p, 'scenarioText')).toBe(text0);
    await status(p).filter({ hasText: 'Undone: Weave at week 9' }).waitFor();
    expect(await p.locator('[data-testid="undo"]').count()).toBe(0);

    // Nothing left: Ctrl+Z says so and changes nothing.
    await p.keyboard.press('Control+z');
    await status(p).filter({ hasText: 'Nothing to undo' }).waitFor();
    expect(await columnsJSON(p, 12)).toEqual(cols12);
    expect(b.errors).toEqual([]);
  });

  it('undo removes only the most recent of several interventions', async () => {
    const p = b.page;
    await p.locator('[data-action="meetup"]').click();
    await waitCount(p, 1);
    const afterOne = (await sim(p, 'scenarioText')) as string;
    await p.locator('[data-testid="step"]').click();
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.week === 13);
    await p.locator('[data-action="crossOrg"]').click();
    await waitCount(p, 2);
    await p.locator('[data-testid="undo"]').click();
    await waitCount(p, 1);
    await drained(p);
    expect(await sim(p, 'interventions.0.label')).toBe('Meetup');
    expect(await week(p)).toBe(13);
    // The timeline is the one after the first intervention (the replayed file spells out the meetup's default mixing).
    const actions = (text: string) => (parse(text).strategy.actions as { type: string; at?: number; params?: { mixing?: string } }[])
      .map((a) => `${a.type}@${a.at}:${a.params?.mixing ?? 'random'}`);
    expect(actions((await sim(p, 'scenarioText')) as string)).toEqual(actions(afterOne));
    expect(actions(afterOne)).toContain('meetup@13:random');
  });
});
