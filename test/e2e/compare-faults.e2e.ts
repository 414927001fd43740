// Faults in the compare view (issue 7): replications whose worker throws or
// hangs are reported in words a participant understands, the worker is
// replaced, and the rest of the batch finishes; a run that fails twice is left
// out (charts and table use the runs every scenario has) and Run tries it again.
// Faults are forced with the replication worker's TEST-ONLY `__fail` flag, set
// here by wrapping the runner's job list; nothing in the app sets it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, startServer, type Browser, type Server } from './harness.ts';
import { viewEval, waitState } from './compare-helpers.ts';

/* eslint-disable @typescript-eslint/no-explicit-any */
let server: Server;
let b: Browser;

beforeAll(async () => {
  server = await startServer('dev');
  b = await launch({ width: 1280, height: 900 });
  await b.page.goto(`${server.url}#compare`);
  await waitState(b.page, 'done');
});

afterAll(async () => {
  await b?.close();
  await server?.close();
});

describe('compare: a worker forced to fail during a batch', () => {
  it('is reported per run, replaced, and the rest finishes; a run that fails twice is left out and Run computes it later', async () => {
    const p = b.page;
    const runs = await viewEval<number>(p, '(v) => v.runs');
    // A (tag 0) run 11 throws on every attempt; B (tag 1) run 5 throws once; B run 3 hangs once (deadline lowered to 3 s).
    await viewEval(p, `(v) => {
      const r = v.runner;
      r.deadlineMs = 3000;
      const orig = r.jobsFor.bind(r);
      r.__orig = orig;
      r.jobsFor = (...a) => orig(...a).map((j) =>
        j.tag === 0 && j.runIndex === 11 ? { ...j, __fail: { mode: 'throw' } }
        : j.tag === 1 && j.runIndex === 5 ? { ...j, __fail: { mode: 'throw', attempts: 1 } }
        : j.tag === 1 && j.runIndex === 3 ? { ...j, __fail: { mode: 'hang', attempts: 1 } }
        : j);
    }`);
    // A new seed: every run is computed afresh, faults included.
    await p.locator('[data-testid="compare-seed"]').fill('8');
    await p.locator('[data-testid="compare-seed"]').press('Tab');
    await waitState(p, 'incomplete', 180_000);

    const notice = (await p.locator('compare-view [data-testid="fault-notice"]').textContent())!;
    const names = await viewEval<string[]>(p, '(v) => v.active.map((a) => a.name)');
    expect(notice).toContain(`B (${names[1]}): Run 5 (seed 8) stopped; restarted.`);
    expect(notice).toContain(`B (${names[1]}): Run 3 (seed 8) stopped; restarted.`);
    expect(notice).toContain(`A (${names[0]}): Run 11 (seed 8) stopped twice and was left out; the other runs go on.`);
    expect(notice).not.toMatch(/injected|Error|stack|timed out/);
    const message = (await p.locator('compare-view [data-testid="compare-message"]').textContent())!;
    expect(message).toContain(`1 of ${2 * runs} runs stopped twice and were left out`);

    // The rest finished: A lacks only run 11, B has every run; the table pairs the runs both have.
    const got = await viewEval<{ a: number[]; b: number; pairs: number; spawned: number }>(p, `(v) => ({
      a: v.results[0].map((r) => r.runIndex), b: v.results[1].length,
      pairs: v.table.runs[0], spawned: v.runner.pool.spawned })`);
    expect(got.a).toHaveLength(runs - 1);
    expect(got.a).not.toContain(11);
    expect(got.b).toBe(runs);
    expect(got.pairs).toBe(runs - 1);
    // Workers whose job threw or hung were replaced (two started for the first computation).
    expect(got.spawned).toBeGreaterThan(2);

    // The page stayed usable: Run is offered, and without the fault it fills the gap (one run).
    await viewEval(p, '(v) => { v.runner.jobsFor = v.runner.__orig; }');
    const run = p.locator('compare-view [data-testid="run"]');
    expect(await run.isEnabled()).toBe(true);
    await run.click();
    await waitState(p, 'done');
    expect(await viewEval<number>(p, '(v) => v.results[0].length')).toBe(runs);
    expect(await p.locator('compare-view [data-testid="compare-message"]').textContent()).toContain('1 computed');
  });
});
