// Page helpers for the compare view's end-to-end tests.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/* eslint-disable @typescript-eslint/no-explicit-any */
export const VIEW = `document.querySelector('app-shell').shadowRoot.querySelector('compare-view')`;

/** Wait until the compare view exists and its computation ended in `state`. */
export async function waitState(page: Page, state: string, timeout = 150_000): Promise<void> {
  await page.waitForFunction((s) => {
    const v = (document.querySelector('app-shell') as any)?.shadowRoot?.querySelector('compare-view');
    return !!v && v.state === s;
  }, state, { timeout });
}

export async function viewEval<T>(page: Page, fn: string): Promise<T> {
  return page.evaluate(`(${fn})(${VIEW})`) as Promise<T>;
}

/** Install a long-task observer; read it back with longTasks(). */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const g = globalThis as any;
    g.__long = [] as number[];
    g.__longObs?.disconnect();
    g.__longObs = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) g.__long.push(e.duration);
    });
    g.__longObs.observe({ type: 'longtask', buffered: false });
  });
}

export async function longTasks(page: Page): Promise<number[]> {
  return page.evaluate(() => [...((globalThis as any).__long as number[])]);
}

export async function exportCompare(page: Page, which: string): Promise<{ name: string; bytes: Buffer }> {
  await page.locator('[data-testid="compare-export"]').click();
  const [dl] = await Promise.all([page.waitForEvent('download'), page.locator(`compare-view [data-export="${which}"]`).click()]);
  return { name: dl.suggestedFilename(), bytes: readFileSync((await dl.path())!) };
}
