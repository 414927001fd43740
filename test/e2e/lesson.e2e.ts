// A lesson from start to debrief and "Try it" (issue 6), in headless Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, startServer, type Browser, type Server } from './harness.ts';
import { currentStep, liveWeek, waitLiveReady, waitShell } from './lesson-helpers.ts';

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

describe('a lesson', () => {
  it('goes frame → predict (locked first) → run → reveal → debrief → try it', async () => {
    const p = b.page;
    await p.goto(`${server.url}?lang=en#lessons`);
    await waitShell(p);
    await p.locator('[data-lesson="c2-energy"]').click();
    await p.waitForSelector('[data-testid="step-frame"]');
    expect(await p.locator('[data-testid="step-frame"]').textContent()).toContain('Hulsebosch (2010)');

    // Nothing of the run before a locked prediction: later steps are disabled, and a URL cannot skip there.
    await p.locator('[data-testid="lesson-next"]').click();
    await p.waitForSelector('[data-testid="step-predict"]');
    expect(await p.locator('button[data-step="reveal"]').isDisabled()).toBe(true);
    expect(await p.locator('[data-testid="lock"]').isDisabled()).toBe(true);
    await p.evaluate(() => (location.hash = '#lessons/c2-energy/reveal'));
    await p.waitForTimeout(300);
    expect(await currentStep(p)).toBe('predict');
    expect(await p.locator('[data-testid="verdict"]').count()).toBe(0);
    expect(await p.locator('lesson-live').count()).toBe(0);

    await p.locator('[data-choice="big-launch"]').check();
    await p.locator('[data-testid="lock"]').click();
    await p.waitForSelector('[data-testid="step-run"]');
    expect(await currentStep(p)).toBe('run');

    // Three live networks, one per scenario; play stops at the lesson's question week (8).
    expect(await p.locator('lesson-live network-view').count()).toBe(3);
    await waitLiveReady(p);
    await p.locator('[data-testid="live-play"]').click();
    await p.waitForSelector('[data-testid="pause-prompt"]', { timeout: 30_000 });
    expect(await liveWeek(p)).toBe(8);
    expect(await p.locator('[data-testid="pause-prompt"]').textContent()).toContain('What do you notice');
    // The three runs share seed 42 and run index 0, and differ by strategy.
    const weeks = await p.evaluate(() => {
      const live = (document.querySelector('app-shell') as any).shadowRoot.querySelector('lessons-view').shadowRoot.querySelector('lesson-player').shadowRoot.querySelector('lesson-live');
      return live.ctrls.map((c: any) => ({ seed: c.seed, week: c.week, active: c.columns.activeFraction[8] }));
    });
    expect(weeks.map((w: any) => [w.seed, w.week])).toEqual([[42, 8], [42, 8], [42, 8]]);
    expect(new Set(weeks.map((w: any) => w.active)).size).toBeGreaterThan(1);

    // Reveal: the verdict comes from 30 runs each; the locked pick is named and is wrong here.
    await p.locator('[data-testid="lesson-next"]').click();
    await p.waitForSelector('[data-testid="verdict"]', { timeout: 90_000 });
    const verdict = await p.locator('[data-testid="verdict"]').textContent();
    expect(verdict).toContain('The runs support: The steady rhythm');
    expect(await p.locator('[data-testid="your-pick"]').textContent()).toContain('The big launch');
    expect(await p.locator('[data-testid="your-pick"]').textContent()).toContain('The runs point elsewhere');
    expect(await p.locator('[data-testid="disagree"]').count()).toBe(0);
    // One chart per indicator, focus first, with a band and a mean line per scenario; the pick is drawn thicker.
    expect(await p.locator('figure.chart').count()).toBe(3);
    expect(await p.locator('figure.chart.focus').getAttribute('data-indicator')).toBe('activeFraction');
    expect(await p.locator('figure.chart.focus svg [stroke-width="4.5"]').count()).toBe(1);
    expect(await p.locator('figure.chart.focus svg [stroke-width="2"]').count()).toBe(2);
    const rows = await p.locator('[data-testid="reveal-table"] tbody tr').allTextContents();
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('your pick');

    await p.locator('[data-testid="lesson-next"]').click();
    await p.waitForSelector('[data-testid="step-debrief"]');
    const debrief = await p.locator('[data-testid="step-debrief"]').textContent();
    expect(debrief).toContain('§7.1');
    expect(debrief).toContain('Limits of the model');
    expect(debrief).toContain('not to data');

    // Try it: the lab opens the lesson's scenarios, B first, same seed; 1 switches to A.
    await p.locator('[data-testid="lesson-next"]').click();
    await p.locator('[data-testid="try-it"]').click();
    await p.waitForFunction(() => {
      const s = document.querySelector('app-shell') as any;
      return s.view === 'lab' && s.sim.scenarioName === 'Steady rhythm' && s.sim.ready;
    }, null, { timeout: 30_000 });
    expect(await p.evaluate(() => (document.querySelector('app-shell') as any).sim.seed)).toBe(42);
    await p.locator('body').press('1');
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.scenarioName === 'Big launch', null, { timeout: 30_000 });
    expect(b.errors).toEqual([]);
  });
});
