// How many runs reach a phase, shown as such (issue 15 §4): Compare's phase
// row stacks the share of runs in each phase per week and says the last
// week's share in words; its timing list says "reached maturing in N of R
// runs"; the lab says when its one run got there; a lesson's chart of a
// share of runs draws the share, not a 5–95% band over zeros and ones.
// Every expected figure is computed here from the runs the page holds.
process.env.COALESCE_E2E = '1';
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, launch, startServer, type Browser, type Server } from './harness.ts';
import { viewEval, waitState } from './compare-helpers.ts';
import { stepTo, waitReady } from './lab-helpers.ts';
import { currentStep, waitShell } from './lesson-helpers.ts';

/* eslint-disable @typescript-eslint/no-explicit-any */
let server: Server;
let b: Browser;
const SHOTS = process.env.COALESCE_SCREENSHOTS_DIR ?? `${ROOT}/test-results/screenshots`;

beforeAll(async () => {
  server = await startServer('dev');
  b = await launch({ width: 1440, height: 900 });
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await b?.close();
  await server?.close();
});

describe('phases as shares of runs', () => {
  it('Compare: the phase row stacks the share of runs in each phase; the timing says N of R runs', async () => {
    const p = b.page;
    await p.goto(`${server.url}?lang=en#compare`);
    await waitState(p, 'done');
    const truth = await viewEval<{ runs: number; matured: number; lastMaturing: number; phases: number[][] }>(p, `(v) => {
      const rs = v.results[0];
      const last = rs[0].columns.phase.length - 1;
      return { runs: rs.length, matured: rs.filter((r) => r.summary.maturingWeek !== null).length,
        lastMaturing: Math.round(100 * rs.filter((r) => r.columns.phase[last] === 2).length / rs.length),
        phases: [0, 1, 2, 3].map((k) => Array.from({ length: last + 1 }, (_, w) => rs.filter((r) => r.columns.phase[w] === k).length / rs.length)) };
    }`);
    const ribbons = p.locator('compare-charts .ribbons');
    await ribbons.locator('svg').first().waitFor({ timeout: 30_000 });
    // The key names all four phases; the row has one framed band per scenario.
    expect(await p.locator('[data-testid="phase-key"] span').allTextContents()).toEqual(['potential', 'coalescing', 'maturing', 'dormant']);
    const row = await ribbons.evaluate((el) => {
      const rects = [...el.querySelectorAll('g[data-mark="rect"]')];
      const pieces = [...rects[0].querySelectorAll('rect')].map((r) => ({ x: +r.getAttribute('x')!, w: +r.getAttribute('width')!, y: +r.getAttribute('y')!, h: +r.getAttribute('height')! }));
      const frame = rects[1].querySelector('rect')!;
      const rowA = { top: +frame.getAttribute('y')!, bottom: +frame.getAttribute('y')! + +frame.getAttribute('height')!, left: +frame.getAttribute('x')!, width: +frame.getAttribute('width')! };
      return { groups: rects.length, frames: rects[1].querySelectorAll('rect').length, pieces, rowA, text: [...el.querySelectorAll('g[data-mark="text"] text')].map((t) => t.textContent) };
    });
    expect(row.groups).toBe(2);
    expect(row.frames).toBe(2);
    // Week by week the pieces of scenario A fill its band (shares of one week add up to the whole row),
    // and the maturing piece is as tall as the share of A's runs maturing that week.
    const nWeeks = truth.phases[0].length;
    const { top, bottom, left, width } = row.rowA;
    const inA = row.pieces.filter((r) => r.y >= top - 0.5 && r.y + r.h <= bottom + 0.5);
    for (let w = 0; w < nWeeks; w++) {
      // Inside week w's span [w − 0.5, w + 0.5] of the x scale (domain 0..horizon; the frame runs to horizon + 0.5).
      const x = left + ((w + 0.25) / (nWeeks - 0.5)) * width;
      const here = inA.filter((r) => r.x <= x && x <= r.x + r.w);
      expect(here.reduce((a, r) => a + r.h, 0), `week ${w}`).toBeCloseTo(bottom - top, 0);
    }
    let matW = nWeeks - 1;
    while (matW >= 0 && !(truth.phases[2][matW] > 0)) matW--;
    if (matW >= 0) {
      const x = left + ((matW + 0.25) / (nWeeks - 0.5)) * width;
      const stack = inA.filter((r) => r.x <= x && x <= r.x + r.w).sort((a, b) => a.y - b.y);
      expect(stack[stack.length - 1 - (truth.phases[3][matW] > 0 ? 1 : 0)].h / (bottom - top)).toBeCloseTo(truth.phases[2][matW], 1);
    }
    expect(row.text[0]).toBe(`Wk ${nWeeks - 1}: ${truth.lastMaturing}% maturing`);

    const list = await p.locator('compare-phases [data-phase="maturing"] li').first().textContent();
    if (truth.matured === 0) expect(list).toContain(`never, in all ${truth.runs} runs`);
    else expect(list).toMatch(new RegExp(`reached maturing in ${truth.matured} of ${truth.runs} runs, median week \\d`));
    await ribbons.scrollIntoViewIfNeeded();
    await p.screenshot({ path: `${SHOTS}/compare-phase-shares.png` });
    expect(b.errors).toEqual([]);
  });

  it('the lab says when its one run reached maturing', async () => {
    const p = b.page;
    await p.goto(`${server.url}?lang=en`);
    await waitReady(p);
    const said = () => p.locator('[data-testid="reached-maturing"]').textContent();
    expect(await said()).toBe('Not (yet) maturing');
    const horizon = await p.evaluate(() => (document.querySelector('app-shell') as any).sim.horizon as number);
    await stepTo(p, horizon);
    const phase = await p.evaluate(() => Array.from((document.querySelector('app-shell') as any).sim.columns.phase as Float64Array));
    const first = phase.indexOf(2);
    expect(await said()).toBe(first < 0 ? `Did not reach maturing in ${horizon} weeks` : `Reached maturing in week ${first}`);
  });

  it('a lesson charts "reached maturing" as a share of runs, without a band', async () => {
    const p = b.page;
    await p.goto(`${server.url}?lang=en#lessons`);
    await waitShell(p);
    await p.locator('[data-lesson="phase-tour"]').click();
    await p.locator('[data-testid="lesson-next"]').click();
    await p.waitForSelector('[data-testid="step-predict"]');
    await p.locator('[data-choice]').first().check();
    await p.locator('[data-testid="lock"]').click();
    await p.waitForSelector('[data-testid="step-run"]');
    await p.locator('[data-testid="lesson-next"]').click();
    await p.waitForSelector('[data-testid="verdict"]', { timeout: 150_000 });
    expect(await currentStep(p)).toBe('reveal');
    const share = p.locator('figure.chart[data-indicator="reachedMaturing"]');
    expect(await share.locator('g[data-mark="area"]').count()).toBe(0);
    expect(await share.locator('g[data-mark="line"]').count()).toBeGreaterThan(0);
    // The other indicators keep their bands.
    expect(await p.locator('figure.chart[data-indicator="groupSafety"] g[data-mark="area"]').count()).toBeGreaterThan(0);
    await share.screenshot({ path: `${SHOTS}/lesson-share-of-runs.png` });
  });
});
