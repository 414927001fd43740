// Nothing lost (issue 7): the lab's scenario, seed, week, interventions and
// the editor's unapplied text survive a reload and a crash (IndexedDB), with a
// choice to discard; leaving with edits that are not safely stored asks
// first; when the browser cannot store, the export is offered instead.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { type Browser, type Server } from './harness.ts';
import { exportFile, settle, waitReady, stepTo, openLab, openFile } from './lab-helpers.ts';

/* eslint-disable @typescript-eslint/no-explicit-any */
let server: Server;
let b: Browser;

const sim = (p: Page, expr: string) => p.evaluate(`document.querySelector('app-shell').sim.${expr}`);
/**
 * Everything is stored: the lab has finished what it was asked (an
 * intervention updates the list first and the scenario text a worker call
 * later), and the draft in IndexedDB is the lab as it is then (same scenario
 * text, seed, week, interventions, editor text), its write committed with
 * nothing waiting. Reading the database itself, not the save state alone:
 * right after a click the state can still read "saved" from before the change,
 * and a reload or crash then would meet the write still to come (the flake:
 * a beforeunload prompt that cancelled the reload, or a half-saved draft).
 */
async function saved(p: Page, timeout = 10_000): Promise<void> {
  // A loop of evaluate(), not waitForFunction: the check reads IndexedDB (async), and
  // waitForFunction would take the pending promise itself for a truthy answer.
  for (const end = Date.now() + timeout; !(await p.evaluate(isSaved)); ) {
    if (Date.now() > end) throw new Error(`the lab's work was not stored within ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function isSaved(): Promise<boolean> {
  const shell = document.querySelector('app-shell') as any;
  const queue = shell.sim.queue;
  await queue;
  if (shell.sim.queue !== queue) return false;
  const s = shell.persist;
  if (s.saveState !== 'saved' || s.saver.unsaved) return false;
  const want = s.current();
  const stored: any = await new Promise((resolve) => {
    const open = indexedDB.open('coalesce');
    open.onerror = () => resolve(undefined);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('autosave')) return (db.close(), resolve(undefined));
      const r = db.transaction('autosave').objectStore('autosave').get('lab-draft');
      r.onsuccess = () => (db.close(), resolve(r.result));
      r.onerror = () => (db.close(), resolve(undefined));
    };
  });
  // An untouched built-in keeps no draft at all.
  if (!stored) return s.saver.last === undefined && s.saver.next === undefined && want.interventions.length === 0;
  return stored.text === want.text && stored.seed === want.seed && stored.week === want.week && stored.editorText === want.editorText &&
    JSON.stringify(stored.interventions.map((i: any) => [i.week, i.label])) === JSON.stringify(want.interventions.map((i: any) => [i.week, i.label]));
}
const banner = (p: Page) => p.locator('[data-testid="persist-banner"]');

async function intervene(p: Page, action: string, n: number): Promise<void> {
  await p.locator(`[data-action="${action}"]`).click();
  await p.waitForFunction((k) => (document.querySelector('app-shell') as any).sim.interventions.length === k, n);
}

beforeAll(async () => {
  ({ server, b } = await openLab());
});

afterAll(async () => {
  await b?.close();
  await server?.close();
});

describe('autosave and restore', () => {
  it('a fresh lab has nothing to restore and no banner', async () => {
    expect(await sim(b.page, 'week')).toBe(0);
    expect((await banner(b.page).textContent())!.trim()).toBe('');
  });

  it('interventions, seed and week survive a reload, with a banner that offers to discard', async () => {
    const p = b.page;
    await p.locator('[data-testid="seed"]').fill('777');
    await p.locator('[data-testid="seed"]').press('Enter');
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.seed === 777);
    await stepTo(p, 5);
    await intervene(p, 'crossOrg', 1);
    await stepTo(p, 9);
    await intervene(p, 'crossOrg', 2);
    await stepTo(p, 12);
    const text = (await sim(p, 'scenarioText')) as string;
    const row = await sim(p, 'snapshot.row');
    await saved(p);

    await p.reload();
    await waitReady(p);
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.week === 12, null, { timeout: 20_000 });
    expect(await sim(p, 'seed')).toBe(777);
    expect(await sim(p, 'interventions.length')).toBe(2);
    expect(await sim(p, 'scenarioText')).toBe(text);
    // Same state, not just the same week: the snapshot's indicator row is identical.
    expect(await sim(p, 'snapshot.row')).toEqual(row);
    const said = (await banner(p).textContent())!;
    expect(said).toMatch(/is back/);
    expect(said).toContain('seed 777, week 12, 2 interventions');
    expect(await p.locator('[data-testid="persist-discard"]').isVisible()).toBe(true);
    expect(b.errors).toEqual([]);
  });

  it('after a crash (the tab killed without unload), a new tab restores the work', async () => {
    const p = b.page;
    await intervene(p, 'crossOrg', 3);
    await saved(p);
    // No beforeunload, no pagehide: as if the renderer died.
    const cdp = await b.context.newCDPSession(p);
    const crashed = new Promise((r) => p.once('crash', r));
    // Page.crash never answers (the renderer is gone): do not wait for it.
    void cdp.send('Page.crash').catch(() => undefined);
    await crashed;
    const p2 = await b.context.newPage();
    b.page = p2;
    await p2.goto(server.url);
    await waitReady(p2);
    await banner(p2).filter({ hasText: 'is back' }).waitFor({ timeout: 20_000 });
    expect(await sim(p2, 'interventions.length')).toBe(3);
    expect(await sim(p2, 'seed')).toBe(777);
    expect(await sim(p2, 'week')).toBe(12);
    await p.close().catch(() => undefined);
  });

  it('discarding starts fresh and the discarded work does not come back', async () => {
    const p = b.page;
    await p.locator('[data-testid="persist-discard"]').click();
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.interventions.length === 0);
    expect(await sim(p, 'week')).toBe(0);
    expect((await banner(p).textContent())!.trim()).toBe('');
    await saved(p);
    await p.reload();
    await waitReady(p);
    await settle(p);
    expect(await sim(p, 'interventions.length')).toBe(0);
    expect(await sim(p, 'week')).toBe(0);
    expect((await banner(p).textContent())!.trim()).toBe('');
  });

  it('unapplied edits in the scenario editor survive a reload, still unapplied', async () => {
    const p = b.page;
    await p.locator('[role="tab"]#tab-scenario').click();
    const editor = p.locator('scenario-editor .cm-content');
    await editor.waitFor({ timeout: 20_000 });
    await editor.click();
    await p.keyboard.press('Control+Home');
    await p.keyboard.type('# my note, not applied yet\n');
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).persist.current().editorText?.startsWith('# my note'));
    await saved(p);
    await p.reload();
    await waitReady(p);
    const ed = p.locator('scenario-editor');
    await p.waitForFunction(() => ((document.querySelector('app-shell') as any).shadowRoot.querySelector('scenario-editor')?.value ?? '').startsWith('# my note'), null, { timeout: 20_000 });
    expect(await ed.evaluate((e: any) => e.value as string)).toContain('# my note, not applied yet');
    // Not applied: the running scenario does not have it.
    expect(await sim(p, 'scenarioText')).not.toContain('# my note');
    expect(await banner(p).textContent()).toMatch(/unapplied edits/);
    // Revert, so that the next tests start clean.
    await p.locator('[data-testid="persist-discard"]').click();
    await saved(p);
    await p.locator('[role="tab"]#tab-charts').click();
  });
});

describe('leaving with unsaved changes', () => {
  it('does not ask when everything is stored', async () => {
    const p = b.page;
    await intervene(p, 'crossOrg', 1);
    await saved(p);
    let asked = false;
    p.once('dialog', (d) => {
      asked = true;
      void d.dismiss();
    });
    await p.reload();
    await waitReady(p);
    expect(asked).toBe(false);
  });

  it('asks when the browser cannot store (no IndexedDB), until the scenario is exported', async () => {
    const ctx = b.context;
    const p = await ctx.newPage();
    // This page only: IndexedDB is gone, as in some private windows.
    await p.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true }));
    await p.goto(server.url);
    await waitReady(p);
    await settle(p);
    // Nothing changed yet: no warning.
    expect((await banner(p).textContent())!.trim()).toBe('');
    await intervene(p, 'crossOrg', 1);
    await p.locator('[data-testid="persist-export"]').waitFor({ timeout: 10_000 });
    expect(await banner(p).textContent()).toMatch(/not saving your work/);
    expect(await p.evaluate(() => (document.querySelector('app-shell') as any).persist.saver.unsaved)).toBe(true);
    // Leaving asks (a beforeunload dialog); dismissing it keeps the page.
    const dialog = new Promise<string>((res) => p.once('dialog', (d) => { res(d.type()); void d.dismiss(); }));
    await p.close({ runBeforeUnload: true });
    expect(await dialog).toBe('beforeunload');
    expect(p.isClosed()).toBe(false);
    // The banner's export works and, once exported, leaving no longer asks.
    const [dl] = await Promise.all([p.waitForEvent('download'), p.locator('[data-testid="persist-export"]').click()]);
    expect(dl.suggestedFilename()).toMatch(/\.yaml$/);
    expect(await p.evaluate(() => (document.querySelector('app-shell') as any).persist.saver.unsaved)).toBe(false);
    let asked = false;
    p.on('dialog', (d) => { asked = true; void d.accept(); });
    await p.close({ runBeforeUnload: true });
    await new Promise((r) => setTimeout(r, 500));
    expect(asked).toBe(false);
    expect(p.isClosed()).toBe(true);
  });

  it('the Export menu works too and the YAML holds every intervention', async () => {
    const p = b.page;
    const { bytes } = await exportFile(p, 'yaml');
    expect(bytes.toString('utf8')).toMatch(/type: meetup/);
  });
});

describe('nothing lost when another scenario replaces the work', () => {
  it('edit, open another file: the edits are offered back, and can still be restored after a reload', async () => {
    const p = b.page;
    await settle(p);
    await stepTo(p, 4);
    await intervene(p, 'crossOrg', await sim(p, 'interventions.length') as number + 1);
    const mine = { text: (await sim(p, 'scenarioText')) as string, file: (await sim(p, 'file')) as string, n: (await sim(p, 'interventions.length')) as number };
    await saved(p);

    // Open another file: it runs, and the banner offers the previous work back.
    const other = (await sim(p, 'scenarioText') as string).replace(/^name: .*$/m, 'name: Someone else’s file');
    await openFile(p, 'other.yaml', other);
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.file === 'other.yaml');
    await banner(p).filter({ hasText: 'previous work is kept' }).waitFor({ timeout: 10_000 });
    expect(await banner(p).textContent()).toContain(mine.n === 1 ? '1 intervention' : `${mine.n} interventions`);
    await saved(p);

    // A reload restores what was open last (the other file) and lists the earlier work.
    await p.reload();
    await waitReady(p);
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.file === 'other.yaml', null, { timeout: 20_000 });
    const earlier = p.locator('[data-testid="persist-previous"]').first();
    await earlier.waitFor({ timeout: 10_000 });
    await earlier.click();
    await p.waitForFunction((f) => (document.querySelector('app-shell') as any).sim.file === f, mine.file, { timeout: 20_000 });
    expect(await sim(p, 'scenarioText')).toBe(mine.text);
    expect(await sim(p, 'interventions.length')).toBe(mine.n);
    expect(await banner(p).textContent()).toMatch(/is back/);
    // And the other file is now the earlier work, one click away.
    await saved(p);
    const names = await p.locator('[data-testid="persist-previous"]').allTextContents();
    expect(names.some((t) => t.includes('Someone else’s file'))).toBe(true);
    expect(b.errors).toEqual([]);
  });

  it('a file with the same name as the work it replaces: the work is still kept and restored', async () => {
    const p = b.page;
    await settle(p);
    const base = (await sim(p, 'scenarioText')) as string;
    await openFile(p, 'mine.yaml', base.replace(/^name: .*$/m, 'name: My first version'));
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.scenarioName === 'My first version');
    await stepTo(p, 3);
    await intervene(p, 'meetup', (await sim(p, 'interventions.length') as number) + 1);
    await saved(p);
    const acts = (): Promise<string> => sim(p, 'interventions.map((i) => i.week + ":" + i.action.type).join()') as Promise<string>;
    const mine = { acts: await acts(), n: (await sim(p, 'interventions.length')) as number };

    // The same file name, other content: it runs, and the first version is offered back.
    await openFile(p, 'mine.yaml', base.replace(/^name: .*$/m, 'name: My second version'));
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.scenarioName === 'My second version');
    await banner(p).filter({ hasText: 'previous work is kept' }).waitFor({ timeout: 10_000 });
    expect(await banner(p).textContent()).toContain(`My first version, seed`);
    expect(await banner(p).textContent()).toContain(mine.n === 1 ? '1 intervention' : `${mine.n} interventions`);
    await saved(p);
    await p.locator('[data-testid="persist-restore-previous"]').click();
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.scenarioName === 'My first version', null, { timeout: 20_000 });
    expect(await acts()).toBe(mine.acts);
    expect(await sim(p, 'scenarioText')).toMatch(/type: meetup, at: 4\b/);
    expect(b.errors).toEqual([]);
  });

  it('playing a restored run keeps it: the banner that offered to discard it goes, off the meters', async () => {
    const p = b.page;
    await settle(p);
    await stepTo(p, 6);
    await intervene(p, 'quickWin', (await sim(p, 'interventions.length') as number) + 1);
    await saved(p);
    await p.reload();
    await waitReady(p);
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).booted === true);
    await banner(p).filter({ hasText: 'is back' }).waitFor({ timeout: 20_000 });
    const week = (await sim(p, 'week')) as number;
    await p.locator('lab-transport [data-testid="step"]').click();
    await p.waitForFunction((w) => (document.querySelector('app-shell') as any).sim.week === w + 1, week);
    expect((await banner(p).textContent())!.trim()).toBe('');
    // Kept, not discarded: the restored work is still the run.
    expect(await sim(p, 'scenarioName')).toBe('My first version');
    expect(b.errors).toEqual([]);
  });

  it('a built-in picked while the saved run is still being restored is what runs', async () => {
    const p = b.page;
    await settle(p);
    await saved(p);
    expect(await sim(p, 'scenarioName')).toBe('My first version');
    for (let k = 0; k < 3; k++) {
      await p.reload();
      // The lab answers as soon as the default runs; the restore comes a moment later.
      await waitReady(p);
      await p.locator('[data-testid="scenario-picker"]').selectOption('big-launch');
      await p.waitForFunction(() => (document.querySelector('app-shell') as any).booted === true, null, { timeout: 20_000 });
      await settle(p);
      await p.waitForTimeout(300);
      expect(await sim(p, 'scenarioName'), `reload ${k + 1}`).toBe('Big launch');
      expect(await sim(p, 'week'), `reload ${k + 1}`).toBe(0);
      // The work it replaced is kept and offered back.
      await banner(p).filter({ hasText: 'previous work is kept' }).waitFor({ timeout: 10_000 });
      await p.locator('[data-testid="persist-restore-previous"]').click();
      await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.scenarioName === 'My first version', null, { timeout: 20_000 });
      await settle(p);
      await saved(p);
    }
    expect(b.errors).toEqual([]);
  });
});
