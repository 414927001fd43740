// The scenario editor before Apply: "What Apply changes" lists the resolved
// values that differ from the running scenario, and 1 s after typing stops a
// 26-week preview (run in workers) draws the edited scenario against the
// running one. An error replaces both, and the run is never touched. Also
// keeps screenshots of the tab in English and Dutch, and logs the preview's
// latency for 60 and 2,000 members.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, launch, type Browser, type Server } from './harness.ts';
import { columnsJSON, openLab, stepTo } from './lab-helpers.ts';

/* eslint-disable @typescript-eslint/no-explicit-any */
// No file watching on the dev server: edits made meanwhile in the shared tree do not reload the page under test.
process.env.COALESCE_E2E = '1';
const DIR = join(ROOT, process.env.COALESCE_SCREENSHOTS_DIR ?? 'test-results/screenshots');
let server: Server;
let b: Browser;

beforeAll(async () => {
  mkdirSync(DIR, { recursive: true });
  ({ server, b } = await openLab({ width: 1440, height: 900 }));
});

afterAll(async () => {
  await b?.close();
  await server?.close();
});

const run = (p: Page) => p.evaluate(() => {
  const s = (document.querySelector('app-shell') as any).sim;
  return { runId: s.runId as number, week: s.week as number, text: s.scenarioText as string };
});

/** Put the cursor right after `after` in the editor's text (the first match), then let the keyboard type. */
async function cursorAfter(p: Page, after: string): Promise<void> {
  await p.evaluate((needle) => {
    const ed = (document.querySelector('app-shell') as any).renderRoot.querySelector('scenario-editor');
    const view = ed.view;
    const at = view.state.doc.toString().indexOf(needle);
    if (at < 0) throw new Error(`"${needle}" is not in the editor`);
    view.dispatch({ selection: { anchor: at + needle.length } });
    view.focus();
  }, after);
}

/** Wait for a fresh (not dimmed) preview and read its lines' points per indicator. */
async function previewLines(p: Page): Promise<Record<string, { edited: string; running: string }>> {
  await p.locator('[data-testid="editor-preview"]:not(.stale)').waitFor({ timeout: 30_000 });
  return p.evaluate(() => {
    const ed = (document.querySelector('app-shell') as any).renderRoot.querySelector('scenario-editor');
    const figs = [...ed.renderRoot.querySelectorAll('[data-testid="editor-preview"] figure')] as Element[];
    return Object.fromEntries(figs.map((f) => [f.getAttribute('data-indicator'),
      { edited: f.querySelector('[data-line="edited"]')!.getAttribute('points')!, running: f.querySelector('[data-line="running"]')!.getAttribute('points')! }]));
  });
}

/** How long the last preview took from its request to its result (workers, both runs unless cached). */
const workerMs = (p: Page) => p.evaluate(() => (document.querySelector('app-shell') as any).renderRoot.querySelector('scenario-editor').lastPreviewMs as number);

/** Type `value` over the population size and time until the preview shows (typing end → drawn). */
async function previewSize(p: Page, from: string, value: string): Promise<{ ms: number; lines: Record<string, { edited: string; running: string }> }> {
  await cursorAfter(p, `  size: ${from}`);
  for (let i = 0; i < from.length; i++) await p.keyboard.press('Backspace');
  await p.keyboard.type(value);
  const t0 = Date.now();
  await p.locator('[data-testid="editor-preview"].stale, [data-testid="editor-preview-pending"]').first().waitFor({ timeout: 5_000 }).catch(() => undefined);
  const lines = await previewLines(p);
  return { ms: Date.now() - t0, lines };
}

describe('the scenario editor before Apply', () => {
  it('lists what Apply changes and previews 26 weeks, edited against running, without touching the run', async () => {
    const p = b.page;
    await stepTo(p, 26);
    const lab = await columnsJSON(p, 26);
    const before = await run(p);
    await p.locator('[role="tab"]#tab-scenario').click();
    await p.locator('scenario-editor .cm-content').waitFor({ timeout: 20_000 });
    // Unchanged text: nothing to apply, and nothing is run for a preview.
    await p.locator('[data-testid="editor-diff"]').waitFor({ timeout: 10_000 });
    expect(await p.locator('[data-testid="editor-diff"]').textContent()).toContain('No changes from the running scenario');
    expect(await p.locator('[data-testid="editor-preview"]').count()).toBe(0);

    const { ms, lines } = await previewSize(p, '60', '150');
    const diff = (await p.locator('[data-testid="editor-diff"] li').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
    expect(diff).toEqual(['Members population.size 60 → 150']);
    // Four indicators, each two lines of weeks 0..26, and the edit shows.
    expect(Object.keys(lines).sort()).toEqual(['activeFraction', 'crossOrgTieShare', 'meanTrust', 'trickySharedGroup']);
    for (const l of Object.values(lines)) {
      expect(l.edited.split(' ')).toHaveLength(27);
      expect(l.running.split(' ')).toHaveLength(27);
    }
    expect(Object.values(lines).filter((l) => l.edited !== l.running).length).toBeGreaterThan(0);
    // The running line is the lab's own run (same seed, run index 0): its last value is the lab's at week 26.
    const label = await p.locator('[data-indicator="activeFraction"] svg').getAttribute('aria-label');
    expect(label).toContain(`running ${Math.round(lab.activeFraction[26] * 100)}%`);
    console.log(`editor preview, 60 → 150 members: ${ms} ms from the last keystroke (1 s of it the typing pause), ${Math.round(await workerMs(p))} ms in the workers (both scenarios, workers started)`);
    await p.screenshot({ path: join(DIR, 'editor-preview-en.png') });
    await p.locator('scenario-editor').screenshot({ path: join(DIR, 'editor-panel-en.png') });

    // An error: the errors replace the diff and the preview, Apply is off, the run is untouched.
    await cursorAfter(p, 'schemaVersion: 1');
    await p.keyboard.type('\nbogusKey: 1');
    await p.locator('[data-testid="editor-errors"]').waitFor({ timeout: 10_000 });
    await p.waitForTimeout(1500);
    expect(await p.locator('[data-testid="editor-diff"]').count()).toBe(0);
    expect(await p.locator('[data-testid="editor-preview"]').count()).toBe(0);
    expect(await p.locator('[data-testid="editor-apply"]').isDisabled()).toBe(true);
    expect(await run(p)).toEqual(before);

    // Fixed again: the diff and a preview come back.
    for (let i = 0; i < '\nbogusKey: 1'.length; i++) await p.keyboard.press('Backspace');
    await p.locator('[data-testid="editor-errors"]').waitFor({ state: 'detached', timeout: 10_000 });
    await previewLines(p);
    expect((await p.locator('[data-testid="editor-diff"] li').allTextContents()).length).toBe(1);
    expect(await run(p)).toEqual(before);
  });

  it('shows only the latest preview when the text changes while one runs', async () => {
    const p = b.page;
    const seen = await p.evaluateHandle(() => {
      const ed = (document.querySelector('app-shell') as any).renderRoot.querySelector('scenario-editor');
      const list: string[] = [];
      ed.addEventListener('preview-done', () => list.push(ed.value.match(/\n {2}size: (\d+)/)[1]));
      return list;
    });
    // Two edits 1.05 s apart: the first preview starts after the 1 s pause (2,000 members), the second replaces it.
    // (1.2 s was a race: a 2,000-member preview takes ~190–290 ms, and when it beat the second edit the test failed.)
    await cursorAfter(p, '  size: 150');
    for (let i = 0; i < 3; i++) await p.keyboard.press('Backspace');
    await p.keyboard.type('2000');
    await p.waitForTimeout(1050);
    await p.keyboard.press('Backspace');
    await p.keyboard.type('1');
    const t0 = Date.now();
    await previewLines(p);
    const ms = Date.now() - t0;
    await p.waitForTimeout(1500);
    expect(await seen.evaluate((l) => l)).toEqual(['2001']);
    expect((await p.locator('[data-testid="editor-diff"] li').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim())).toEqual(['Members population.size 60 → 2001']);
    const inWorker = await workerMs(p);
    console.log(`editor preview, 2,001 members: ${ms} ms from the last keystroke (1 s of it the typing pause), ${Math.round(inWorker)} ms in the worker (running scenario cached)`);
  });

  it('keeps unapplied edits, their undo and the preview across side tabs', async () => {
    const p = b.page;
    const editorValue = () => p.evaluate(() => (document.querySelector('app-shell') as any).renderRoot.querySelector('scenario-editor').value as string);
    const edited = await editorValue();
    expect(edited).toContain('  size: 2001');
    const before = await run(p);
    const done = await p.evaluateHandle(() => {
      const ed = (document.querySelector('app-shell') as any).renderRoot.querySelector('scenario-editor');
      const n = { count: 0 };
      ed.addEventListener('preview-done', () => n.count++);
      return n;
    });
    // An edit, then straight to another tab: the edit stays, and its preview waits while nobody sees it.
    await cursorAfter(p, '  size: 2001');
    await p.keyboard.press('Backspace');
    await p.keyboard.type('3');
    await p.locator('[role="tab"]#tab-params').click();
    await p.locator('params-panel').waitFor({ timeout: 10_000 });
    expect(await p.locator('scenario-editor').isVisible()).toBe(false);
    // The autosave sees the unapplied text while the editor is hidden.
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).persist.current().editorText?.includes('  size: 2003'));
    await p.waitForTimeout(1500);
    expect(await done.evaluate((n) => n.count)).toBe(0);
    await p.locator('[role="tab"]#tab-charts').click();
    await p.locator('[role="tab"]#tab-scenario').click();
    expect(await p.locator('scenario-editor').isVisible()).toBe(true);
    expect(await editorValue()).toBe(edited.replace('  size: 2001', '  size: 2003'));
    expect((await p.locator('[data-testid="editor-diff"] li').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim())).toEqual(['Members population.size 60 → 2003']);
    // Back in view, the preview runs for the text as it is now.
    await previewLines(p);
    expect(await done.evaluate((n) => n.count)).toBe(1);
    // The undo history came through the tab switches too.
    await p.locator('scenario-editor .cm-content').focus();
    await p.keyboard.press('Control+z');
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).renderRoot.querySelector('scenario-editor').value.includes('  size: 2001'));
    // Nothing was applied.
    expect(await run(p)).toEqual(before);
  });

  it('reads in Dutch', async () => {
    // A browser of its own: the English page holds unapplied edits (it would ask before leaving).
    const nl = await launch({ width: 1440, height: 900 });
    const p = nl.page;
    try {
    await p.goto(`${server.url}?lang=nl`);
    await p.waitForFunction(() => (document.querySelector('app-shell') as any)?.sim?.ready === true, null, { timeout: 60_000 });
    await p.locator('[role="tab"]#tab-scenario').click();
    await p.locator('scenario-editor .cm-content').waitFor({ timeout: 20_000 });
    await cursorAfter(p, '  homophily: 2');
    await p.keyboard.type('.5');
    await cursorAfter(p, '  preset: steady-rhythm');
    for (let i = 0; i < 'steady-rhythm'.length; i++) await p.keyboard.press('Backspace');
    await p.keyboard.type('weaver');
    await cursorAfter(p, '  actions: [');
    await p.keyboard.type('{ type: meetup, at: 9 }');
    await previewLines(p);
    const diff = await p.locator('[data-testid="editor-diff"]').textContent();
    expect(diff).toContain('Wat Toepassen verandert');
    expect(diff).toContain('Homofilie');
    expect(diff).toContain('+ Bijeenkomst in week 9');
    expect(await p.locator('scenario-editor .legend').textContent()).toContain('bewerkt');
    await p.screenshot({ path: join(DIR, 'editor-preview-nl.png') });
    await p.locator('scenario-editor').screenshot({ path: join(DIR, 'editor-panel-nl.png') });
    } finally {
      await nl.close();
    }
  });

  it('Apply runs the edits at the same seed, back to the week the lab was at, and says so', async () => {
    const q = await launch({ width: 1440, height: 900 });
    const p = q.page;
    try {
      await p.goto(`${server.url}?lang=en`);
      await p.waitForFunction(() => (document.querySelector('app-shell') as any)?.sim?.ready === true, null, { timeout: 60_000 });
      await stepTo(p, 10);
      await p.locator('[role="tab"]#tab-scenario').click();
      await p.locator('scenario-editor .cm-content').waitFor({ timeout: 20_000 });
      await previewSize(p, '60', '90');
      await p.locator('[data-testid="editor-apply"]').click();
      await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.value('population.size') === 90, null, { timeout: 20_000 });
      await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.week === 10, null, { timeout: 20_000 });
      expect(await p.evaluate(() => (document.querySelector('app-shell') as any).sim.seed)).toBe(42);
      expect(await p.locator('[data-testid="status"]').textContent()).toBe('Your edits are applied: Steady rhythm computed again up to week 10 (seed 42).');
      expect(q.errors).toEqual([]);
    } finally {
      await q.close();
    }
  });
});
