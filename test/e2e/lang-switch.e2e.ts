// A language switch changes the words and nothing else (issue 17, item 14):
// the scenario, the interventions (one recorded the moment before included),
// the seed, the week, the picked scenario, side tab, lens and member survive
// EN → NL → EN and a reload after; no restore banner comes over the meters;
// a switch from Compare comes back to Compare with the lab's work intact.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Server } from './harness.ts';
import { openLab, settle, stepTo, waitReady } from './lab-helpers.ts';

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

/** What must not change across a switch. */
const state = (p: Page) => p.evaluate(() => {
  const shell = document.querySelector('app-shell') as any;
  const s = shell.sim;
  return {
    scenario: JSON.stringify(s.scenario),
    file: s.file,
    seed: s.seed,
    week: s.week,
    interventions: s.interventions.map((i: any) => ({ week: i.week, action: i.action })),
    picked: shell.picked,
    tab: shell.tab,
    lens: shell.network.lens,
    selected: shell.selected,
  };
});
const banner = (p: Page) => p.evaluate(() => (document.querySelector('app-shell') as any).persist.banner as string);
const bannerBox = (p: Page) => p.evaluate(() => {
  const el = (document.querySelector('app-shell') as any).renderRoot.querySelector('restore-banner');
  const box = el.shadowRoot.querySelector('.box');
  return box ? box.getBoundingClientRect().height : 0;
});

const booted = (p: Page) => p.waitForFunction(() => (document.querySelector('app-shell') as any)?.booted === true, null, { timeout: 60_000 });

async function switchTo(p: Page, lang: 'en' | 'nl'): Promise<void> {
  await Promise.all([p.waitForEvent('load'), p.locator(`[data-lang="${lang}"]`).click()]);
  await waitReady(p);
  await booted(p);
  await p.waitForFunction((l) => document.documentElement.lang === l, lang);
  await settle(p);
  // Give a late banner the chance to show.
  await p.waitForTimeout(500);
}

describe('switching the language', () => {
  let before: Awaited<ReturnType<typeof state>>;

  it('keeps the run, an intervention recorded a moment before, the week and what the lab shows', async () => {
    const p = b.page;
    await p.locator('lab-header select').first().selectOption('big-launch');
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.file.includes('big-launch'));
    await stepTo(p, 15);
    await settle(p);
    await p.locator('#tab-params').click();
    await p.locator('lens-bar button[data-lens="C3"]').click();
    const id = await p.evaluate(() => (document.querySelector('app-shell') as any).network.snapshot.members.id[3]);
    await p.evaluate((m) => (document.querySelector('app-shell') as any).network.select(m), id);
    // Recorded, and at once the switch: no time for the autosave's delay.
    await p.locator('[data-action="meetup"]').click();
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.interventions.length === 1);
    before = await state(p);
    expect(before.interventions[0].action.at).toBe(16);
    expect(before.picked).toBe('big-launch');

    await switchTo(p, 'nl');
    expect(await state(p)).toEqual(before);
    // The words did change: the intervention's label and the buttons are Dutch.
    expect(await p.evaluate(() => (document.querySelector('app-shell') as any).sim.interventions[0].label)).toBe('Bijeenkomst');
    expect(await p.locator('[data-testid="intervention-log"]').textContent()).toContain('Bijeenkomst');
    expect(await p.locator('[data-testid="status"]').textContent()).toContain('Taal gewisseld');
    // Nothing comes over the meters.
    expect(await banner(p)).toBe('none');
    expect(await bannerBox(p)).toBe(0);
    expect(b.errors).toEqual([]);
  });

  it('and back to English, the same again', async () => {
    const p = b.page;
    await switchTo(p, 'en');
    expect(await state(p)).toEqual(before);
    expect(await p.evaluate(() => (document.querySelector('app-shell') as any).sim.interventions[0].label)).toBe('Meetup');
    expect(await banner(p)).toBe('none');
  });

  it('survives a plain reload after the switch, and the intervention can still be undone', async () => {
    const p = b.page;
    await Promise.all([p.waitForEvent('load'), p.reload()]);
    await waitReady(p);
    await booted(p);
    await settle(p);
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.interventions.length === 1);
    const after = await state(p);
    expect({ scenario: after.scenario, seed: after.seed, week: after.week, interventions: after.interventions })
      .toEqual({ scenario: before.scenario, seed: before.seed, week: before.week, interventions: before.interventions });
    await p.locator('[data-testid="undo"]').click();
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.interventions.length === 0);
    const undone = JSON.parse(await p.evaluate(() => JSON.stringify((document.querySelector('app-shell') as any).sim.scenario)));
    expect(undone.strategy.actions).toHaveLength(JSON.parse(before.scenario).strategy.actions.length - 1);
  });

  it('from Compare: back in Compare, the lab’s work intact', async () => {
    const p = b.page;
    await p.locator('[data-action="weave"]').click();
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.interventions.length === 1);
    const lab = await state(p);
    await p.evaluate(() => (location.hash = '#compare'));
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).view === 'compare');
    await Promise.all([p.waitForEvent('load'), p.locator('[data-lang="nl"]').click()]);
    await waitReady(p);
    await booted(p);
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).view === 'compare');
    expect(await p.evaluate(() => location.hash)).toBe('#compare');
    const back = await state(p);
    expect({ scenario: back.scenario, seed: back.seed, week: back.week, interventions: back.interventions })
      .toEqual({ scenario: lab.scenario, seed: lab.seed, week: lab.week, interventions: lab.interventions });
    expect(await banner(p)).toBe('none');
    await switchTo(p, 'en');
  });
});
