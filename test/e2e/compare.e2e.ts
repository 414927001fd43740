// The compare view in headless chromium (issue 5): three presets, 30
// replications in the worker pool with a progress bar and no main-thread
// task over 50 ms; bands, table and phase timing; the same table as
// `coalesce compare`; cancelling stops the work; panels on one timeline;
// exports; screenshots.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, launch, startServer, type Browser, type Server } from './harness.ts';
import { exportCompare, longTasks, viewEval, waitState, watchLongTasks } from './compare-helpers.ts';

/* eslint-disable @typescript-eslint/no-explicit-any */
let server: Server;
let b: Browser;
const PRESETS = ['steady-rhythm', 'big-launch', 'value-first'];
const SEED = 7;

beforeAll(async () => {
  server = await startServer('dev');
  b = await launch({ width: 1440, height: 900 });
  await b.page.goto(`${server.url}#compare`);
  // The view opens on two presets and computes them at once.
  await waitState(b.page, 'done');
});

afterAll(async () => {
  await b?.close();
  await server?.close();
});

/** Wait until every chart has one band per scenario and the table is there. */
async function chartsReady(n: number): Promise<void> {
  await b.page.waitForFunction((n) => {
    const v = (document.querySelector('app-shell') as any).shadowRoot.querySelector('compare-view');
    const charts = v.shadowRoot.querySelector('compare-charts');
    const figs = [...charts.shadowRoot.querySelectorAll('figure')];
    return (
      v.state === 'done' &&
      !charts.running && figs.length > 0 &&
      figs.every((f: any) => f.querySelectorAll('g[data-mark="area"] path').length === n)
    );
  }, n, { timeout: 150_000 });
}

describe('compare view', () => {
  it('three presets, 30 runs each: progress bar, bands, table, phase timing, and no main-thread task over 50 ms', async () => {
    const p = b.page;
    // The observer must see long tasks at all: a deliberate 80 ms task first.
    await watchLongTasks(p);
    await p.evaluate(() => new Promise<void>((r) => setTimeout(() => { for (const end = performance.now() + 80; performance.now() < end; ); r(); })));
    await p.waitForTimeout(100);
    expect(Math.max(...(await longTasks(p)))).toBeGreaterThanOrEqual(75);

    await p.locator('[data-testid="add-scenario"]').click();
    await p.locator('[data-testid="slot-2"]').selectOption('value-first');
    // A new seed: every run of every scenario is computed afresh.
    await p.locator('[data-testid="compare-seed"]').fill(String(SEED));
    await p.locator('[data-testid="compare-seed"]').press('Tab');
    const bar = p.locator('[data-testid="compare-progress"]');
    await bar.waitFor({ state: 'visible', timeout: 60_000 });
    // From here on the 90 runs compute (the panels were set up first): watch the main thread.
    await watchLongTasks(p);
    // Read while the bar is up: once all 90 are done it goes (on a quiet machine within a second).
    const seen = await p.waitForFunction(() => {
      const v = (document.querySelector('app-shell') as any).shadowRoot.querySelector('compare-view');
      const e = v.shadowRoot.querySelector('[data-testid="compare-progress"]') as HTMLProgressElement | null;
      return v.progress.done > 0 && v.progress.total === 90 && e ? { value: e.value, max: e.max } : false;
    }, null, { timeout: 120_000, polling: 'raf' });
    const mid = (await seen.jsonValue()) as { value: number; max: number };
    expect(mid.value).toBeGreaterThan(0);
    expect(mid.max).toBe(90);
    await chartsReady(3);
    await p.waitForTimeout(300);
    const long = await longTasks(p);
    expect(long.filter((d) => d > 50), `long tasks: ${long.map((d) => d.toFixed(0)).join(', ')}`).toEqual([]);

    const info = await viewEval<{ runs: number[]; seed: number; names: string[]; status: string }>(p, `(v) => ({
      runs: v.results.map((r) => r.length), seed: v.seed, names: v.active.map((a) => a.src.id),
      status: v.shadowRoot.querySelector('[data-testid=compare-status]').textContent })`);
    expect(info.runs).toEqual([30, 30, 30]);
    expect(info.seed).toBe(SEED);
    expect(info.names).toEqual(PRESETS);
    expect(info.status).toMatch(/90 runs .*90 computed/s);

    // Bands: 21 indicator charts, each with three bands and three mean lines; a legend naming all three.
    expect(await p.locator('compare-charts figure').count()).toBe(21);
    expect(await p.locator('compare-charts figure[data-indicator="activeFraction"] g[data-mark="line"] path').count()).toBeGreaterThanOrEqual(3);
    const legend = await p.locator('[data-testid="compare-legend"]').textContent();
    for (const n of ['Steady rhythm', 'Big launch', 'Value first']) expect(legend).toContain(n);
    // A band is a band: its upper edge lies above its lower edge somewhere.
    const spread = await viewEval<number>(p, `(v) => {
      let m = 0; for (const r of v.results[0]) m = Math.max(m, r.columns.activeFraction[26]);
      let lo = 1; for (const r of v.results[0]) lo = Math.min(lo, r.columns.activeFraction[26]);
      return m - lo; }`);
    expect(spread).toBeGreaterThan(0);

    // Table: grouped by challenge, every row with three cells, a best marked, differences for B and C.
    const table = p.locator('[data-testid="compare-table"]');
    expect(await table.locator('tr.group').count()).toBe(5);
    expect(await table.locator('tr[data-indicator]').count()).toBe(21);
    expect(await table.locator('tr[data-indicator="activeFraction"] td[data-scenario]').count()).toBe(3);
    expect(await table.locator('td.best').count()).toBeGreaterThanOrEqual(19);
    // Plain words first; Δ behind the Statistics switch (compare-words.e2e.ts checks them further).
    expect(await table.locator('tr[data-indicator="meanTrust"] td[data-testid="row-verdict"]').textContent()).toMatch(/B (higher by|lower by|about the same)/);
    expect(await table.locator('tr[data-indicator="meanTrust"] td[data-scenario="1"]').textContent()).not.toMatch(/Δ/);
    expect(await table.getAttribute('data-week')).toBe('26');

    // Phase timing for both phases and every scenario.
    // The text lives in compare-phases' shadow root: locate inside it (Playwright's
    // CSS pierces open shadow roots; the host's own textContent is empty).
    const phasesLoc = p.locator('compare-phases .cols');
    await phasesLoc.waitFor({ timeout: 30_000 });
    const phases = await phasesLoc.textContent();
    expect(phases).toContain('Reached coalescing');
    expect((phases!.match(/median week|never, in all/g) ?? []).length).toBe(6);
    expect(b.errors).toEqual([]);
  });

  it('gives the same table as `coalesce compare` for the same scenarios, seed and run count', async () => {
    const view = JSON.parse(await viewEval<string>(b.page, `(v) => JSON.stringify({ ...v.meta(), ...v.table })`));
    const cli = JSON.parse(
      // --window 1: the view compares weekly flows at the week itself (its thin runs carry one week).
      execFileSync('node', ['bin/coalesce.mjs', 'compare', ...PRESETS.map((id) => `scenarios/${id}.yaml`), '--runs', '30', '--seed', String(SEED), '--week', '26', '--window', '1', '--format', 'json'], { cwd: ROOT, encoding: 'utf8' }),
    );
    expect(view.seed).toBe(cli.seed);
    // The CLI adds each scenario's hash (provenance); the view has no files to hash.
    expect(view.scenarios).toEqual(cli.scenarios.map(({ scenarioHash: _, ...s }: { scenarioHash: string }) => s));
    expect(view.week).toBe(cli.week);
    expect(view.runs).toEqual(cli.runs);
    // Chromium's and Node's V8 may differ in the last bits of Math.exp & co.
    const close = (a: unknown, c: unknown, path: string): void => {
      if (typeof a === 'number' && typeof c === 'number') {
        expect(Math.abs(a - c), path).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(c)));
      } else if (a && typeof a === 'object') {
        expect(Object.keys(a as object).sort(), path).toEqual(Object.keys(c as object).sort());
        for (const k of Object.keys(a as object)) close((a as any)[k], (c as any)[k], `${path}.${k}`);
      } else expect(a, path).toEqual(c);
    };
    close(view.groups, cli.groups, 'groups');
    close(view.phases, cli.phases, 'phases');
    expect(view.groups.flatMap((g: any) => g.rows.map((r: any) => r.best))).toEqual(cli.groups.flatMap((g: any) => g.rows.map((r: any) => r.best)));
  });

  it('panels play, step and scrub together on one timeline, all from the same members', async () => {
    const p = b.page;
    const weeks = () => viewEval<number[]>(p, `(v) => [...v.shadowRoot.querySelectorAll('compare-panel')].map((x) => x.sim.week)`);
    await p.waitForFunction(() => {
      const v = (document.querySelector('app-shell') as any).shadowRoot.querySelector('compare-view');
      const ps = [...v.shadowRoot.querySelectorAll('compare-panel')];
      return ps.length === 3 && ps.every((x: any) => x.sim.ready && x.sim.seed === v.seed);
    }, null, { timeout: 30_000 });
    // Same seed, run 0: the same members at week 0 in every panel.
    const orgs = await viewEval<string[]>(p, `(v) => [...v.shadowRoot.querySelectorAll('compare-panel')].map((x) => Array.from(x.sim.snapshot.members.org).join(','))`);
    expect(new Set(orgs).size).toBe(1);
    const transport = p.locator('compare-view lab-transport');
    await transport.locator('[data-testid="step"]').click();
    await p.waitForFunction(() => [...(document.querySelector('app-shell') as any).shadowRoot.querySelector('compare-view').shadowRoot.querySelectorAll('compare-panel')].every((x: any) => x.sim.week === 1));
    await transport.locator('[data-testid="scrubber"]').fill('20');
    await p.waitForFunction(() => [...(document.querySelector('app-shell') as any).shadowRoot.querySelector('compare-view').shadowRoot.querySelectorAll('compare-panel')].every((x: any) => x.sim.week === 20), null, { timeout: 30_000 });
    expect(await weeks()).toEqual([20, 20, 20]);
    await transport.locator('[data-testid="play"]').click();
    await p.waitForFunction(() => [...(document.querySelector('app-shell') as any).shadowRoot.querySelector('compare-view').shadowRoot.querySelectorAll('compare-panel')].every((x: any) => x.sim.week >= 22), null, { timeout: 30_000 });
    await transport.locator('[data-testid="play"]').click();
    await p.waitForTimeout(1500);
    const w = await weeks();
    expect(new Set(w).size).toBe(1);
    expect(b.errors).toEqual([]);
  });

  it('exports tidy CSV (scenario, run, week, indicators) and the charts as SVG and PNG', async () => {
    const csv = (await exportCompare(b.page, 'tidy-csv')).bytes.toString('utf8').trimEnd().split('\n');
    const head = csv[0].split(',');
    expect(head.slice(0, 5)).toEqual(['scenario', 'scenarioName', 'seed', 'runIndex', 'week']);
    expect(head).toContain('activeFraction');
    expect(csv.length).toBe(1 + 3 * 30 * 79);
    const row = csv[1 + 30 * 79 + 79 * 4 + 26].split(',');
    expect(row.slice(0, 5)).toEqual(['B', 'Big launch', String(SEED), '4', '26']);
    const svg = (await exportCompare(b.page, 'charts-svg')).bytes.toString('utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    expect((svg.match(/<svg/g) ?? []).length).toBeGreaterThanOrEqual(22);
    const png = (await exportCompare(b.page, 'charts-png')).bytes;
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const table = (await exportCompare(b.page, 'table-csv')).bytes.toString('utf8');
    expect(table.split('\n')[0]).toMatch(/^challenge,indicator,better,week,scenario/);
  });

  it('cancelling stops the work and keeps what finished', async () => {
    const p = b.page;
    await p.locator('[data-testid="runs"]').selectOption('300');
    await p.waitForFunction(() => {
      const v = (document.querySelector('app-shell') as any).shadowRoot.querySelector('compare-view');
      return v.state === 'running' && v.progress.done >= 8;
    }, null, { timeout: 60_000 });
    await p.locator('[data-testid="cancel"]').click();
    await waitState(p, 'cancelled', 10_000);
    const count = () => viewEval<number>(p, `(v) => v.store.runs(v.active[0].key, 300).length + v.store.runs(v.active[1].key, 300).length + v.store.runs(v.active[2].key, 300).length`);
    const at = await count();
    const done = await viewEval<number>(p, '(v) => v.progress.done');
    expect(at).toBeGreaterThanOrEqual(90 + 8);
    expect(at).toBeLessThan(900);
    await p.waitForTimeout(2000);
    // Nothing more arrives: the workers were stopped, not just ignored.
    expect(await count()).toBe(at);
    expect(await viewEval<number>(p, '(v) => v.progress.done')).toBe(done);
    expect(await viewEval<boolean>(p, '(v) => v.runner.running')).toBe(false);
    expect(await p.locator('[data-testid="compare-status"]').textContent()).toContain('Cancelled');
    // Back to 30 runs: all there already, nothing to compute.
    await p.locator('[data-testid="runs"]').selectOption('30');
    await waitState(p, 'done');
    expect(await p.locator('[data-testid="compare-status"]').textContent()).toContain('already computed');
  });

  it('screenshots at 1440×900 and on a phone (390×844)', async () => {
    mkdirSync(`${ROOT}/test-results`, { recursive: true });
    await b.page.locator('compare-view lab-transport [data-testid="scrubber"]').fill('26');
    await b.page.waitForTimeout(1500);
    await b.page.screenshot({ path: `${ROOT}/test-results/compare-1440.png` });
    const phone = await launch({ width: 390, height: 844, deviceScaleFactor: 2 });
    try {
      await phone.page.goto(`${server.url}#compare`);
      await waitState(phone.page, 'done');
      await phone.page.waitForTimeout(2000);
      await phone.page.screenshot({ path: `${ROOT}/test-results/compare-phone.png` });
      const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      expect(phone.errors).toEqual([]);
    } finally {
      await phone.close();
    }
  });

  it("offers the lab's scenario: unchanged, it gives exactly the preset's runs (Δ 0 in every row)", async () => {
    const p = b.page;
    const label = await p.locator('[data-testid="slot-0"] option[value="lab"]').textContent();
    expect(label).toContain('In the lab: Steady rhythm');
    await p.locator('[data-testid="slot-0"]').selectOption('lab');
    await p.locator('[data-testid="slot-1"]').selectOption('steady-rhythm');
    await p.waitForFunction(() => {
      const v = (document.querySelector('app-shell') as any).shadowRoot.querySelector('compare-view');
      return v.state === 'done' && v.active[0]?.src.id === 'lab' && v.active[1]?.src.id === 'steady-rhythm' && v.table?.runs.every((r: number) => r === 30);
    }, null, { timeout: 120_000 });
    const diffs = await viewEval<number[]>(p, `(v) => v.table.groups.flatMap((g) => g.rows.map((r) => Math.abs(r.cells[1].diff.mean)))`);
    expect(diffs.length).toBe(21);
    expect(Math.max(...diffs)).toBe(0);
  });
  it('going to the lab and back keeps the scenarios and runs; work stopped while away goes on where it was', async () => {
    const p = b.page;
    const slots = () => viewEval<string[]>(p, '(v) => v.active.map((a) => a.src.id)');
    const count = () => viewEval<number>(p, `(v) => v.active.reduce((n, a) => n + v.store.runs(a.key, 300).length, 0)`);
    const before = await slots();
    expect(before.slice(0, 2)).toEqual(['lab', 'steady-rhythm']);
    await p.locator('[data-testid="runs"]').selectOption('300');
    await p.waitForFunction(() => {
      const v = (document.querySelector('app-shell') as any).shadowRoot.querySelector('compare-view');
      return v.state === 'running' && v.progress.done >= 8;
    }, null, { timeout: 60_000 });
    await p.locator('[data-testid="nav-lab"]').click();
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).view === 'lab');
    // Away: the view is kept, hidden, and its workers stop.
    expect(await p.locator('compare-view').isVisible()).toBe(false);
    await p.waitForFunction(() => !(document.querySelector('app-shell') as any).shadowRoot.querySelector('compare-view').runner.running, null, { timeout: 10_000 });
    const away = await count();
    await p.waitForTimeout(1500);
    expect(await count()).toBe(away);
    // The lab's keys are the lab's again.
    const week = await p.evaluate(() => (document.querySelector('app-shell') as any).sim.week as number);
    await p.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await p.keyboard.press('ArrowRight');
    await p.waitForFunction((w) => (document.querySelector('app-shell') as any).sim.week === w + 1, week, { timeout: 10_000 });
    await p.locator('[data-testid="nav-compare"]').click();
    expect(await slots()).toEqual(before);
    expect(await p.locator('[data-testid="runs"]').inputValue()).toBe('300');
    // Back: it goes on, computing only the runs still missing.
    await p.waitForFunction(() => {
      const v = (document.querySelector('app-shell') as any).shadowRoot.querySelector('compare-view');
      return v.state === 'running' && v.progress.total > 0;
    }, null, { timeout: 30_000 });
    expect(await viewEval<number>(p, '(v) => v.progress.total')).toBe(300 * before.length - away);
    await p.locator('[data-testid="runs"]').selectOption('30');
    await waitState(p, 'done');
    expect(await p.locator('[data-testid="compare-status"]').textContent()).toContain('already computed');
    expect(b.errors).toEqual([]);
  });
});
