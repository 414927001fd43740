// Helpers for the lesson, presenter, i18n, share, offline and a11y tests.
import type { Page } from 'playwright-core';

// Dev servers started by these tests do not watch files (see vite.config.ts): a
// source edit elsewhere in the tree must not reload the page mid-test.
process.env.COALESCE_E2E = '1';

/* eslint-disable @typescript-eslint/no-explicit-any */

/** Text a user reads inside `rootSelector` (deep through shadow roots): visible text plus aria-label, title, alt, placeholder. */
export async function visibleText(page: Page, rootSelector = 'app-shell'): Promise<string[]> {
  return page.evaluate((sel) => {
    const out: string[] = [];
    const visible = (el: Element) => {
      const s = getComputedStyle(el);
      return s.display !== 'none' && s.visibility !== 'hidden' && (el as HTMLElement).offsetParent !== null || s.position === 'fixed';
    };
    const walk = (n: Node) => {
      if (n.nodeType === Node.TEXT_NODE) {
        const t = n.textContent?.trim();
        const p = n.parentElement;
        if (t && p && visible(p) && !['STYLE', 'SCRIPT'].includes(p.tagName)) out.push(t);
        return;
      }
      if (n instanceof Element) {
        if (n.tagName === 'STYLE' || n.tagName === 'SCRIPT' || n.tagName === 'OPTION' && !(n as HTMLOptionElement).selected) return;
        if (!visible(n) && !(n instanceof SVGElement)) return;
        for (const a of ['aria-label', 'title', 'alt', 'placeholder']) {
          const v = n.getAttribute(a);
          if (v) out.push(v);
        }
        if (n.shadowRoot) walk(n.shadowRoot);
      }
      for (const c of Array.from(n.childNodes)) walk(c);
    };
    const root = document.querySelector(sel);
    if (root) walk(root);
    return out;
  }, rootSelector);
}

export async function waitShell(page: Page): Promise<void> {
  await page.waitForFunction(() => (document.querySelector('app-shell') as any)?.sim?.ready === true, null, { timeout: 60_000 });
}

/** The lesson player inside app-shell › lessons-view. */
export const player = 'lessons-view lesson-player';

export async function waitLiveReady(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const lv = (document.querySelector('app-shell') as any)?.shadowRoot?.querySelector('lessons-view');
    const live = lv?.shadowRoot?.querySelector('lesson-player')?.shadowRoot?.querySelector('lesson-live');
    return live?.ready === true;
  }, null, { timeout: 60_000 });
}

export async function liveWeek(page: Page): Promise<number> {
  return page.evaluate(() => {
    const lv = (document.querySelector('app-shell') as any).shadowRoot.querySelector('lessons-view');
    return lv.shadowRoot.querySelector('lesson-player').shadowRoot.querySelector('lesson-live').week as number;
  });
}

export async function currentStep(page: Page): Promise<string> {
  return page.evaluate(() => {
    const lv = (document.querySelector('app-shell') as any).shadowRoot.querySelector('lessons-view');
    return lv.shadowRoot.querySelector('lesson-player').step as string;
  });
}
