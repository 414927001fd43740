// Feedback where the model says no (issue 17, item 17): actions over the
// week's budget are announced in the status line with the week they move to,
// and a sponsor's cut is announced and marked on the charts (a red ▼ with its
// words), in English and in Dutch.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, startServer, type Browser, type Server } from './harness.ts';
import { settle, stepTo } from './lab-helpers.ts';
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

const status = (p: Page) => p.locator('[data-testid="status"]').textContent();
/** The sponsor-cut marks on the lab's charts: their words. */
const cutMarks = (p: Page) =>
  p.evaluate(() => {
    const charts = (document.querySelector('app-shell') as any).shadowRoot.querySelector('challenge-charts');
    return [...charts.shadowRoot.querySelectorAll('svg [aria-label]')].map((e: Element) => e.getAttribute('aria-label')!).filter((t) => /cut|verlaagt/i.test(t));
  });

describe('budget feedback', () => {
  it('says which actions moved to next week, and quiets down in a week without news', async () => {
    const p = b.page;
    await p.goto(`${server.url}?lang=en#lab`);
    await waitShell(p);
    await stepTo(p, 3);
    // 3 + 3 + 2 units on top of the preset's weekly follow-up, against 6.
    for (const a of ['meetup', 'crossOrg', 'quickWin']) {
      const n = await p.evaluate(() => (document.querySelector('app-shell') as any).sim.interventions.length);
      await p.locator(`[data-action="${a}"]`).click();
      await p.waitForFunction((k) => (document.querySelector('app-shell') as any).sim.interventions.length === k + 1, n);
    }
    const at = await p.evaluate(() => (document.querySelector('app-shell') as any).sim.interventions[0].action.at as number);
    await stepTo(p, at);
    await settle(p);
    expect(await status(p)).toMatch(new RegExp(`^Over this week's budget \\(6\\.0 units\\): (Cross-org meetup|Quick win|Cross-org meetup and Quick win|Meetup and Cross-org meetup) moves? to week ${at + 1}\\.$`));
    await p.screenshot({ path: 'test-results/screenshots/budget-deferred-en.png' });
    // The deferred action fits next week; a week later there is no news and the line is cleared.
    await stepTo(p, at + 2);
    expect(await status(p)).not.toMatch(/budget/);
  });

  it("announces the sponsor's cut and marks it on the charts, in Dutch too", async () => {
    const p = b.page;
    await p.locator('[data-testid="scenario-picker"]').selectOption('big-launch');
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.scenarioName === 'Big launch');
    await stepTo(p, 22);
    expect(await cutMarks(p)).toEqual([]);
    await stepTo(p, 23);
    await settle(p);
    expect(await status(p)).toBe('The sponsor cut its support: the budget falls from 6.0 to 4.5 units a week from week 24.');
    const marks = await cutMarks(p);
    // One mark per chart panel (8: C1, C4 and C5 have a second panel for their other scale), each with the cut's words.
    expect(marks.length).toBe(8);
    expect(marks[0]).toBe('Sponsor cut: budget 6.0 → 4.5 units a week from week 24');
    await p.screenshot({ path: 'test-results/screenshots/budget-cut-en.png' });

    await p.goto(`${server.url}?lang=nl#lab`);
    await waitShell(p);
    await p.locator('[data-testid="scenario-picker"]').selectOption('big-launch');
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.scenarioName === 'Big launch');
    await stepTo(p, 23);
    await settle(p);
    expect(await status(p)).toBe('De sponsor verlaagt zijn steun: het budget daalt van 6,0 naar 4,5 eenheden per week vanaf week 24.');
    expect((await cutMarks(p))[0]).toBe('Sponsor verlaagt: budget 6,0 → 4,5 eenheden per week vanaf week 24');
    expect(b.errors).toEqual([]);
  });
});
