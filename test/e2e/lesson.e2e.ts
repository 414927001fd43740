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

    // The question states the smallest difference that counts.
    expect(await p.locator('[data-testid="margin"]').textContent()).toBe('A difference smaller than 5 percentage points counts as about the same.');
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
    expect(verdict).toMatch(/B is higher by \d+ percentage points \(95% interval \d+ to \d+ percentage points over 30 paired runs\), more than the smallest difference that counts, 5 percentage points\./);
    expect(await p.locator('[data-testid="verdict"]').getAttribute('data-kind')).toBe('clear');
    // The reveal's text quotes the run: its figures are the table's.
    const table = await p.locator('[data-testid="reveal-table"] tbody tr').allTextContents();
    const shares = table.map((r) => /(\d+%)/.exec(r)![1]);
    const said = await p.locator('[data-testid="reveal-text"]').textContent();
    expect(said).toContain(`${shares[0]} of members active at week 26`);
    expect(said).toContain(`keeps ${shares[1]} active, quick wins ${shares[2]}`);
    expect(said).not.toMatch(/\{[A-D]/);
    // Each chart takes its card's width, and its end labels do not overlap.
    const charts = await p.evaluate(() => {
      const pl = (document.querySelector('app-shell') as any).shadowRoot.querySelector('lessons-view').shadowRoot.querySelector('lesson-player');
      return [...pl.shadowRoot.querySelectorAll('figure.chart')].map((f: HTMLElement) => {
        const svg = f.querySelector('svg')!;
        const labels = [...svg.querySelectorAll('[data-testid="end-labels"] text')].map((t) => t.getBoundingClientRect());
        return { card: f.clientWidth, svg: svg.getBoundingClientRect().width, labels: labels.map((r) => ({ top: r.top, bottom: r.bottom, right: r.right })), cardRight: f.getBoundingClientRect().right };
      });
    });
    for (const c of charts) {
      expect(c.svg).toBeGreaterThan(0.95 * (c.card - 16));
      expect(c.labels).toHaveLength(3);
      const ys = [...c.labels].sort((a, b) => a.top - b.top);
      for (let i = 1; i < ys.length; i++) expect(ys[i].top).toBeGreaterThanOrEqual(ys[i - 1].bottom - 1);
      for (const l of c.labels) expect(l.right).toBeLessThanOrEqual(c.cardRight);
    }
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
    expect(await p.locator('[data-testid="debrief-verdict"]').textContent()).toContain('The runs support: The steady rhythm');

    // Try it: the lab opens the lesson's scenarios, B first, same seed; 1 switches to A.
    await p.locator('[data-testid="lesson-next"]').click();
    await p.locator('[data-testid="try-it"]').click();
    await p.waitForFunction(() => {
      const s = document.querySelector('app-shell') as any;
      return s.view === 'lab' && s.sim.scenarioName === 'Steady rhythm' && s.sim.ready;
    }, null, { timeout: 30_000 });
    expect(await p.evaluate(() => (document.querySelector('app-shell') as any).sim.seed)).toBe(42);
    // The lab calls them what the lesson does: the picker and the status line say "B · …", then "A · …".
    const pickerText = () => p.locator('[data-testid="scenario-picker"] option:checked').textContent();
    expect(await pickerText()).toMatch(/^B · /);
    await p.locator('body').press('1');
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.scenarioName === 'Big launch', null, { timeout: 30_000 });
    expect(await pickerText()).toMatch(/^A · /);
    expect(await p.locator('[data-testid="status"]').textContent()).toMatch(/^Switched to A · .*Undo brings back B · /);
    expect(b.errors).toEqual([]);
  });

  it('C1: "about the same" can win, beside the other side of the trade-off; counts and shares stay in range', async () => {
    const p = b.page;
    await p.goto(`${server.url}?lang=en#lessons/c1-trust-or-value/predict`);
    await waitShell(p);
    await p.waitForSelector('[data-testid="step-predict"]');
    await p.locator('[data-choice="same"]').check();
    await p.locator('[data-testid="lock"]').click();
    await p.waitForSelector('[data-testid="step-run"]');
    await p.evaluate(() => (location.hash = '#lessons/c1-trust-or-value/reveal'));
    await p.waitForSelector('[data-testid="verdict"]', { timeout: 90_000 });
    expect(await p.locator('[data-testid="verdict"]').getAttribute('data-kind')).toBe('same');
    expect(await p.locator('[data-testid="verdict"]').textContent()).toContain('The runs support: About the same.');
    expect(await p.locator('[data-testid="verdict-numbers"]').textContent()).toMatch(/wholly within the smallest difference that counts, 5 percentage points either way/);
    expect(await p.locator('[data-testid="your-pick"]').getAttribute('data-score')).toBe('right');
    expect(await p.locator('[data-testid="your-pick"]').textContent()).toContain('The runs agree with you.');
    // Trust is about the same; sponsor value is not: the debrief and the reveal show both.
    const other = await p.locator('[data-testid="trade-off"]').textContent();
    expect(other).toMatch(/Value the sponsor sees \(cumulative\), week 26: A · Value first 1\d, B · Trust first \d\.\d/);
    // Trust is a percentage here as everywhere; no interval runs below 0.
    const cells = await p.locator('[data-testid="reveal-table"] tbody td').allTextContents();
    expect(cells.join(' ')).toMatch(/3\d% \[3\d%, 3\d%\]/);
    expect(cells.join(' ')).not.toMatch(/−|-\d/);
    await p.locator('[data-testid="lesson-next"]').click();
    await p.waitForSelector('[data-testid="step-debrief"]');
    expect(await p.locator('[data-testid="debrief-trade-off"]').textContent()).toBe(other);
    expect(b.errors).toEqual([]);
  });

  it('C3: "nowhere" is judged by the half disclosure that counts, and a rare count never gets a negative bound', async () => {
    const p = b.page;
    await p.goto(`${server.url}?lang=en#lessons/c3-tricky-issues/predict`);
    await waitShell(p);
    await p.waitForSelector('[data-testid="step-predict"]');
    expect(await p.locator('[data-testid="margin"]').textContent()).toBe('A difference smaller than 0.5 tricky issues counts as about the same.');
    await p.locator('[data-choice="same"]').check();
    await p.locator('[data-testid="lock"]').click();
    await p.waitForSelector('[data-testid="step-run"]');
    await p.evaluate(() => (location.hash = '#lessons/c3-tricky-issues/reveal'));
    await p.waitForSelector('[data-testid="verdict"]', { timeout: 90_000 });
    expect(await p.locator('[data-testid="your-pick"]').getAttribute('data-score')).toBe('wrong');
    expect(await p.locator('[data-testid="verdict-numbers"]').textContent()).toMatch(/C is higher by 1\.\d tricky issues \(95% interval 0\.\d to [12]\.\d tricky issues over 30 paired runs\), more than the smallest difference that counts, 0\.5 tricky issues\./);
    // The big launch never brings an issue to the group: 0 [0, 0], never a negative bound.
    const first = await p.locator('[data-testid="reveal-table"] tbody tr').first().textContent();
    expect(first).toContain('0 [0, 0]');
    expect((await p.locator('[data-testid="reveal-table"]').textContent())!).not.toMatch(/−|\[-/);
    expect(b.errors).toEqual([]);
  });
});
