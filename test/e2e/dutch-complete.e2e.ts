// Complete Dutch (issue 17, items 15–16): every screen rendered in Dutch (the
// lab and each side tab, the picker's every option, Compare with its table,
// every step of every lesson, presenter mode, the share dialog, the shortcut
// sheet) shows no text that is not Dutch: every visible text node, every
// aria-label, title, alt and placeholder, and every text the network draws on
// its canvas must be a value of the Dutch catalogue (or a lesson file's nl),
// filled in with Dutch, or a non-word (numbers, units, names). See
// dutch-check.ts for what counts.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitState } from './compare-helpers.ts';
import { SHOWN_IN_PAGE, decimalPoints, hasDecimalPoint, isDutch, notDutch } from './dutch-check.ts';
import { ROOT, launch, startServer, type Browser, type Server } from './harness.ts';
import { settle } from './lab-helpers.ts';
import { waitLiveReady, waitShell } from './lesson-helpers.ts';

/* eslint-disable @typescript-eslint/no-explicit-any */
let server: Server;
let b: Browser;
const found: Record<string, string[]> = {};

/** Every text the page draws on a canvas (the network's labels and captions), recorded from fillText. */
const RECORD_CANVAS = `(() => {
  const seen = (globalThis.__canvasText = new Set());
  const orig = CanvasRenderingContext2D.prototype.fillText;
  CanvasRenderingContext2D.prototype.fillText = function (t, ...rest) { seen.add(String(t)); return orig.call(this, t, ...rest); };
  const origS = CanvasRenderingContext2D.prototype.strokeText;
  CanvasRenderingContext2D.prototype.strokeText = function (t, ...rest) { seen.add(String(t)); return origS.call(this, t, ...rest); };
})();`;

async function canvasText(p: Page): Promise<string[]> {
  return p.evaluate(() => {
    const s = (globalThis as any).__canvasText as Set<string>;
    const out = [...s];
    s.clear();
    return out;
  });
}

async function look(p: Page, screen: string, root = 'app-shell'): Promise<void> {
  const texts = [...(await p.evaluate(SHOWN_IN_PAGE, root)), ...(await canvasText(p))];
  const bad = notDutch(texts);
  // Times in Dutch are 24-hour: "18:21", never "06:21 PM" (which passes as a non-word).
  bad.push(...texts.map((t) => (typeof t === 'string' ? t : t.text)).filter((t) => /\d\s?(AM|PM)\b/i.test(t)));
  if (bad.length) found[screen] = bad;
  // Numbers in the Dutch decimal style: "4,5", never "4.5" (text, aria-labels, titles, chart ticks, the network's canvas).
  const points = decimalPoints(texts);
  if (points.length) found[`${screen}: decimal point`] = points;
}

const sim = (p: Page, fn: string) => p.evaluate(`(document.querySelector('app-shell').sim.${fn})`);

beforeAll(async () => {
  server = await startServer('dev');
  b = await launch({ width: 1440, height: 900 });
  await b.context.addInitScript({ content: RECORD_CANVAS });
});

afterAll(async () => {
  await b?.close();
  await server?.close();
});

describe('Dutch, complete', () => {
  it('the check can fail: English is caught, Dutch and numbers pass', () => {
    expect(isDutch('Means in week 26 with 95% intervals')).toBe(false);
    expect(isDutch('Steady rhythm')).toBe(false);
    expect(isDutch('Quick win')).toBe(false);
    expect(isDutch('Meetup · 23')).toBe(false);
    expect(isDutch('scenarios/steady-rhythm.yaml')).toBe(false);
    expect(isDutch('Vast ritme')).toBe(true);
    expect(isDutch('12,5%')).toBe(true);
    expect(isDutch('Wk 14')).toBe(true);
    // Decimal points are caught; decimal commas, sections, versions and file names are not.
    expect(hasDecimalPoint('De sponsor verlaagt zijn steun: het budget daalt van 6.0 naar 4.5 eenheden')).toBe(true);
    expect(hasDecimalPoint('0.33')).toBe(true);
    expect(hasDecimalPoint('Δ −1.2 [−2.0; −0.4]')).toBe(true);
    expect(decimalPoints(['budget 6,0 → 4,5', '12,5%', 'MODEL.md §7.4–7.5, §7.11', 'modelVersion 0.2.0', '18:21', 'scenarios/steady-rhythm.yaml', 'week 24.'])).toEqual([]);
  });

  it('the lab, each side tab, the picker, presenter mode, share and help', async () => {
    const p = b.page;
    await p.goto(`${server.url}?lang=nl#lab`);
    await waitShell(p);
    await settle(p);
    await look(p, 'lab, week 0');
    // Every built-in scenario's name in the picker, not only the selected one.
    const options = await p.locator('[data-testid="scenario-picker"] option, [data-testid="scenario-picker"] optgroup').evaluateAll((els) =>
      els.map((e) => (e instanceof HTMLOptGroupElement ? e.label : e.textContent ?? '')),
    );
    expect(options.length).toBeGreaterThan(10);
    const badOptions = notDutch(options);
    if (badOptions.length) found['scenario picker'] = badOptions;

    // A run with an intervention, a meetup on the network and its caption.
    await sim(p, 'step(3)');
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.week === 3);
    await p.locator('[data-action="quickWin"]').click();
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.interventions.length === 1);
    await look(p, 'lab, intervention recorded');
    // Over budget: the status line says what moved to next week.
    for (const [k, a] of [[2, 'meetup'], [3, 'crossOrg']] as const) {
      await p.locator(`[data-action="${a}"]`).click();
      await p.waitForFunction((n) => (document.querySelector('app-shell') as any).sim.interventions.length === n, k);
    }
    await sim(p, 'step(1)');
    await p.waitForFunction(() => /budget/.test((document.querySelector('app-shell') as any).sim.message));
    await look(p, 'lab, over budget');
    await sim(p, 'step(8)');
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.week === 12);
    await settle(p);
    await look(p, 'lab, week 12');

    for (const tab of ['params', 'scenario', 'text'] as const) {
      await p.locator(`#tab-${tab}`).click();
      await p.waitForTimeout(tab === 'scenario' ? 2500 : 800);
      await look(p, `lab, tab ${tab}`);
    }
    await p.locator('#tab-charts').click();

    // A member's card.
    await p.locator('network-view canvas').focus();
    await p.keyboard.press('ArrowRight');
    await p.keyboard.press('Enter');
    await p.locator('member-card').waitFor({ timeout: 5000 });
    await look(p, 'lab, member card');

    await p.locator('[data-testid="share"]').click();
    await p.waitForSelector('[data-testid="share-qr"]', { timeout: 20_000 });
    await look(p, 'share');
    await p.keyboard.press('Escape');

    await p.keyboard.press('?');
    await p.locator('[data-testid="help-sheet"]').waitFor({ state: 'visible', timeout: 10_000 });
    await look(p, 'help');
    await p.keyboard.press('Escape');

    // Every lens, with its line and its network marks.
    for (let i = 1; i <= 5; i++) {
      await p.locator('network-view canvas').focus();
      await p.keyboard.press('l');
      await p.waitForTimeout(300);
      await look(p, `lab, lens ${i}`);
    }
    expect(await p.evaluate(() => (document.querySelector('app-shell') as any).renderRoot.querySelector('network-view').lens)).toBe('C5');
    await p.keyboard.press('p');
    await p.waitForTimeout(600);
    await look(p, 'presenter lab');
    await p.evaluate(() => (location.hash = '#compare'));
    await waitState(p, 'done');
    await p.waitForTimeout(600);
    await look(p, 'presenter compare');
    await p.evaluate(() => (location.hash = '#lab'));
    await waitShell(p);
    await p.keyboard.press('p');

    // After a reload (the work is restored) the picker never shows a file path, not even for a moment.
    await p.reload();
    const seen = new Set<string>();
    for (let t0 = Date.now(); Date.now() - t0 < 4000; ) {
      const shown = await p.evaluate(() => {
        const pick = (document.querySelector('app-shell') as any)?.shadowRoot?.querySelector('lab-header')?.shadowRoot?.querySelector('[data-testid="scenario-picker"]') as HTMLSelectElement | undefined;
        return pick?.selectedOptions[0]?.textContent?.trim() ?? '';
      });
      if (shown) seen.add(shown);
      await p.waitForTimeout(30);
    }
    expect(seen.size).toBeGreaterThan(0);
    expect([...seen].filter((t) => /\/|\.ya?ml/.test(t))).toEqual([]);
    expect(notDutch([...seen])).toEqual([]);
    await waitShell(p);
    await look(p, 'lab, after reload');
  });

  it('Compare, with its table', async () => {
    const p = b.page;
    await p.evaluate(() => (location.hash = '#compare'));
    await waitState(p, 'done');
    await p.waitForTimeout(800);
    await look(p, 'compare');
    const stats = p.locator('[data-testid="stats-toggle"]');
    if (await stats.count()) {
      await stats.first().click();
      await look(p, 'compare, statistics');
    }
  });

  it('every step of every lesson, and presenter mode', async () => {
    const p = b.page;
    const ids = readdirSync(join(ROOT, 'lessons')).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, ''));
    await p.evaluate(() => (location.hash = '#lessons'));
    await p.waitForSelector('[data-testid="lesson-list"]');
    await look(p, 'lessons list');
    for (const id of ids) {
      await p.evaluate((i) => (location.hash = `#lessons/${i}`), id);
      await p.waitForSelector('[data-testid="step-frame"]');
      await look(p, `${id}/frame`);
      await p.locator('[data-testid="lesson-next"]').click();
      await p.waitForSelector('[data-testid="step-predict"]');
      await p.locator('details.tally summary').click();
      await look(p, `${id}/predict`);
      await p.locator('input[data-choice]').first().check();
      await p.locator('[data-testid="lock"]').click();
      await waitLiveReady(p);
      await p.locator('[data-testid="live-play"]').click();
      await p.waitForSelector('[data-testid="pause-prompt"]', { timeout: 60_000 });
      await look(p, `${id}/run`);
      await p.locator('[data-testid="lesson-next"]').click();
      await p.waitForSelector('[data-testid="verdict"]', { timeout: 150_000 });
      await look(p, `${id}/reveal`);
      if (id === 'c2-energy') {
        await p.keyboard.press('p');
        await p.waitForTimeout(600);
        await look(p, `${id}/reveal, presenter`);
        await p.keyboard.press('p');
      }
      for (const step of ['debrief', 'try']) {
        await p.locator('[data-testid="lesson-next"]').click();
        await p.waitForSelector(`[data-testid="step-${step}"]`);
        await look(p, `${id}/${step}`);
      }
    }
  }, 900_000);

  it('finds no English on any screen', () => {
    expect(found).toEqual({});
    expect(b.errors).toEqual([]);
  });
});
