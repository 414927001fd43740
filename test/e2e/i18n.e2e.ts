// Dutch and English (issue 6): the default follows the browser, the switch is
// remembered, and no English is left on the lesson screens (checked against
// every English string the app and the lesson files hold).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseLesson } from '../../src/lessons/validate.ts';
import type { Bilingual } from '../../src/lessons/types.ts';
import { NL } from '../../src/ui/i18n-nl.ts';
import { NL_VIEWS } from '../../src/ui/i18n-nl-views.ts';
import { ROOT, launch, startServer, type Browser, type Server } from './harness.ts';
import { visibleText, waitLiveReady, waitShell } from './lesson-helpers.ts';

let server: Server;
let b: Browser;

/** Every English text a lesson screen can show, when its Dutch differs. */
function englishStrings(): string[] {
  const out = new Set<string>();
  for (const [en, nl] of Object.entries({ ...NL, ...NL_VIEWS })) if (en !== nl && !/\{\d\}/.test(en)) out.add(en);
  for (const f of readdirSync(join(ROOT, 'lessons')).filter((x) => x.endsWith('.yaml'))) {
    const r = parseLesson(readFileSync(join(ROOT, 'lessons', f), 'utf8'));
    if (!r.ok) throw new Error(f);
    const walk = (v: unknown) => {
      if (v && typeof v === 'object') {
        const o = v as Partial<Bilingual>;
        if (typeof o.en === 'string' && typeof o.nl === 'string') {
          if (o.en !== o.nl) out.add(o.en);
        } else Object.values(v).forEach(walk);
      }
    };
    walk(r.lesson);
  }
  return [...out];
}

const ENGLISH = englishStrings();
/** Single English words are only checked when long enough not to occur inside Dutch words. */
function englishLeft(texts: string[]): string[] {
  const joined = ` ${texts.join(' \u0001 ')} `;
  const words = new Set(joined.split(/[^\p{L}-]+/u));
  return ENGLISH.filter((e) => (/\s/.test(e.trim()) ? joined.includes(e) : e.length >= 5 && words.has(e)));
}

beforeAll(async () => {
  server = await startServer('dev');
  b = await launch({ width: 1280, height: 900 });
});

afterAll(async () => {
  await b?.close();
  await server?.close();
});

describe('language', () => {
  it('has English strings to look for (the check can fail)', () => {
    expect(ENGLISH.length).toBeGreaterThan(200);
    expect(englishLeft(['At week 26, which community has the most members active in a week?'])).toContain('At week 26, which community has the most members active in a week?');
    expect(englishLeft(['Welke community heeft in week 26 de meeste leden die in een week actief zijn?'])).toEqual([]);
  });

  it('defaults to the browser language (nl-NL → Dutch)', async () => {
    const o = await launch({ width: 1280, height: 900 });
    try {
      await o.context.addInitScript({ content: "Object.defineProperty(navigator, 'languages', { get: () => ['nl-NL', 'nl'] }); Object.defineProperty(navigator, 'language', { get: () => 'nl-NL' });" });
      await o.page.goto(`${server.url}#lessons`);
      await waitShell(o.page);
      expect(await o.page.evaluate(() => document.documentElement.lang)).toBe('nl');
      expect(await o.page.locator('[data-testid="nav-lessons"]').textContent()).toBe('Lessen');
    } finally {
      await o.close();
    }
  });

  it('switches to Dutch with NL, remembers it, and leaves no English on the lesson screens', async () => {
    const p = b.page;
    await p.goto(`${server.url}#lessons`);
    await waitShell(p);
    expect(await p.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(englishLeft(await visibleText(p)).length).toBeGreaterThan(5);
    await Promise.all([p.waitForEvent('load'), p.locator('[data-lang="nl"]').click()]);
    await waitShell(p);
    expect(await p.evaluate(() => document.documentElement.lang)).toBe('nl');
    // Remembered: a plain reload stays Dutch.
    await p.reload();
    await waitShell(p);
    expect(await p.evaluate(() => localStorage.getItem('coalesce.lang'))).toBe('nl');
    await p.waitForSelector('[data-testid="lesson-list"]');
    const screens: Record<string, string[]> = { list: await visibleText(p) };

    for (const id of ['phase-tour', 'c1-trust-or-value', 'c3-tricky-issues', 'c4-one-to-one-or-group', 'c5-cross-organisation']) {
      await p.evaluate((i) => (location.hash = `#lessons/${i}`), id);
      await p.waitForSelector('[data-testid="step-frame"]');
      screens[`${id}/frame`] = await visibleText(p);
      await p.locator('[data-testid="lesson-next"]').click();
      await p.waitForSelector('[data-testid="step-predict"]');
      await p.locator('details.tally summary').click();
      screens[`${id}/predict`] = await visibleText(p);
    }
    // One lesson all the way, every step.
    await p.evaluate(() => (location.hash = '#lessons/c2-energy/predict'));
    await p.waitForSelector('[data-testid="step-predict"]');
    await p.locator('[data-choice="same"]').check();
    await p.locator('[data-testid="lock"]').click();
    await waitLiveReady(p);
    await p.locator('[data-testid="live-play"]').click();
    await p.waitForSelector('[data-testid="pause-prompt"]', { timeout: 30_000 });
    screens['c2/run'] = await visibleText(p);
    await p.locator('[data-testid="lesson-next"]').click();
    await p.waitForSelector('[data-testid="verdict"]', { timeout: 90_000 });
    screens['c2/reveal'] = await visibleText(p);
    for (const step of ['debrief', 'try']) {
      await p.locator('[data-testid="lesson-next"]').click();
      await p.waitForSelector(`[data-testid="step-${step}"]`);
      screens[`c2/${step}`] = await visibleText(p);
    }
    await p.keyboard.press('?');
    await p.locator('[data-testid="help-sheet"]').waitFor({ state: 'visible', timeout: 10_000 });
    screens.help = await visibleText(p, 'help-sheet');
    const left = Object.fromEntries(Object.entries(screens).map(([k, t]) => [k, englishLeft(t)]).filter(([, l]) => l.length));
    expect(left).toEqual({});
    expect(screens['c2/reveal'].join(' ')).toContain('De runs ondersteunen');
    expect(b.errors).toEqual([]);
  });
});
