// "Keep the old run as B in Compare" (UX.md §3): after an intervention that
// replaced weeks, the lab offers to compare its grey line with the run over
// many seeds. The grey line's scenario is the run before the intervention;
// with common random numbers, every run of the two is the same week for week
// until the intervention's week, and only then may differ.
process.env.COALESCE_E2E = '1';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Server } from './harness.ts';
import { openLab, settle, stepTo } from './lab-helpers.ts';
import { viewEval, waitState } from './compare-helpers.ts';

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

describe('the grey line as B in Compare', () => {
  it('is offered only once a change leaves a grey line', async () => {
    const p = b.page;
    await stepTo(p, 12);
    await settle(p);
    expect(await p.locator('[data-testid="compare-ghost"]').count()).toBe(0);
    await stepTo(p, 8);
    await settle(p);
    await p.locator('[data-action="quickWin"]').click();
    await p.locator('[data-testid="replace-confirm"]').click();
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.interventions.length === 1);
    await p.locator('[data-testid="compare-ghost"]').waitFor({ timeout: 10_000 });
  });

  it('opens Compare with the grey line against the run: same runs up to the intervention week', async () => {
    const p = b.page;
    const labName = (await p.evaluate(() => (document.querySelector('app-shell') as any).sim.scenarioName)) as string;
    await p.locator('[data-testid="compare-ghost"]').click();
    await waitState(p, 'done');
    const active = await viewEval<{ id: string; name: string; text: string }[]>(p, `(v) => v.active.map((a) => ({ id: a.src.id, name: a.name, text: a.text }))`);
    expect(active.map((a) => a.id)).toEqual(['lab-before', 'lab']);
    expect(active[0].name).toBe(`${labName}, before Quick win at week 9`);
    expect(active[1].name).toBe(labName);
    const actions = (t: string) => (parse(t).strategy?.actions ?? []).filter((a: any) => a.type === 'quickWin');
    expect(actions(active[0].text)).toEqual([]);
    expect(actions(active[1].text)).toEqual([expect.objectContaining({ type: 'quickWin', at: 9 })]);

    // Every run pair: identical weeks 0–8 (common random numbers; the action is at week 9), and not identical after.
    const pairs = await viewEval<{ before: string; after: string }[]>(p, `(v) => {
      const [a, b] = v.active.map((x) => v.store.runs(x.key, v.runs));
      const cut = (r, from, to) => JSON.stringify(Object.fromEntries(Object.entries(r.columns).map(([k, c]) => [k, Array.from(c).slice(from, to)])));
      return a.map((ra, i) => ({ before: cut(ra, 0, 9) === cut(b[i], 0, 9) ? 'same' : 'differs', after: cut(ra, 9, 79) === cut(b[i], 9, 79) ? 'same' : 'differs' }));
    }`);
    expect(pairs.length).toBeGreaterThanOrEqual(2);
    expect(pairs.every((x) => x.before === 'same')).toBe(true);
    expect(pairs.some((x) => x.after === 'differs')).toBe(true);
    expect(b.errors).toEqual([]);
  });

  it('after undo there is no grey line to compare', async () => {
    const p = b.page;
    await p.evaluate(() => { location.hash = '#lab'; });
    await p.locator('[data-testid="undo"]').click();
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.interventions.length === 0);
    await p.locator('[data-testid="compare-ghost"]').waitFor({ state: 'detached', timeout: 10_000 });
    expect(b.errors).toEqual([]);
  });
});
