// Faults (issue 7): a worker that throws, dies or hangs is reported in words a
// participant understands (aria-live), replaced, and the work goes on. The
// lab's own simulation worker is put back where it was (week, seed,
// interventions); replications in the pool are retried and reported per run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { type Browser, type Server } from './harness.ts';
import { stepTo, openLab } from './lab-helpers.ts';

/* eslint-disable @typescript-eslint/no-explicit-any */
let server: Server;
let b: Browser;

const sim = (p: Page, expr: string) => p.evaluate(`document.querySelector('app-shell').sim.${expr}`);
const status = (p: Page) => p.locator('[data-testid="status"]');

beforeAll(async () => {
  ({ server, b } = await openLab());
});

afterAll(async () => {
  await b?.close();
  await server?.close();
});

describe('the lab survives its simulation worker failing', () => {
  it('a worker that throws is replaced at once, back at the same week, and says so', async () => {
    const p = b.page;
    expect(await sim(p, 'kind')).toBe('worker');
    await stepTo(p, 6);
    await p.locator('[data-action="crossOrg"]').click();
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.interventions.length === 1);
    await stepTo(p, 10);
    const row = await sim(p, 'snapshot.row');
    const text = await sim(p, 'scenarioText');
    const before = await p.evaluate(() => (document.querySelector('app-shell') as any).sim.handle.worker);
    expect(before).toBeTruthy();
    // An uncaught exception inside the worker: a comlink message naming a
    // transfer handler that does not exist throws outside comlink's try.
    await p.evaluate(() => {
      const w = (document.querySelector('app-shell') as any).sim.handle.worker as Worker;
      w.postMessage({ id: 'fault', type: 'APPLY', path: ['load'], argumentList: [{ type: 'HANDLER', name: 'no-such-handler', value: null }] });
    });
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.faults === 1, null, { timeout: 20_000 });
    await status(p).filter({ hasText: 'restarted' }).waitFor({ timeout: 20_000 });
    const said = (await status(p).textContent())!;
    expect(said).toContain('The simulation stopped at week 10 (seed 42)');
    expect(said).toContain('its worker crashed');
    expect(said).toContain('nothing was lost');
    expect(await status(p).getAttribute('aria-live')).toBe('polite');
    // Same place, same state, same interventions, a new worker.
    expect(await sim(p, 'week')).toBe(10);
    expect(await sim(p, 'snapshot.row')).toEqual(row);
    expect(await sim(p, 'scenarioText')).toBe(text);
    expect(await sim(p, 'interventions.length')).toBe(1);
    // Still usable: step on.
    await p.locator('[data-testid="step"]').click();
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.week === 11);
  });

  it('a worker that dies silently (calls never answer) is caught by the deadline and replaced', async () => {
    const p = b.page;
    await p.evaluate(() => {
      const s = (document.querySelector('app-shell') as any).sim;
      s.deadlineBaseMs = 1000;
      // Gone without an error event: every call from now on would wait for ever.
      (s.handle.worker as Worker).terminate();
    });
    const w = (await sim(p, 'week')) as number;
    const t0 = Date.now();
    await p.locator('[data-testid="step"]').click();
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.faults === 2, null, { timeout: 20_000 });
    await status(p).filter({ hasText: 'did not answer' }).waitFor({ timeout: 10_000 });
    expect(Date.now() - t0).toBeLessThan(15_000);
    expect(await status(p).textContent()).toContain(`The simulation stopped at week ${w} (seed 42): it did not answer for`);
    expect(await sim(p, 'week')).toBe(w);
    // The step that was lost can simply be taken again.
    await p.locator('[data-testid="step"]').click();
    await p.waitForFunction((x) => (document.querySelector('app-shell') as any).sim.week === x + 1, w);
    // Playing works on the new worker.
    await p.locator('[data-testid="play"]').click();
    await p.waitForFunction((x) => (document.querySelector('app-shell') as any).sim.week >= x + 3, w, { timeout: 20_000 });
    await p.locator('[data-testid="play"]').click();
    await p.evaluate(() => ((document.querySelector('app-shell') as any).sim.deadlineBaseMs = 15_000));
    expect(b.errors).toEqual([]);
  });
});

describe('replications: a worker forced to throw is recovered and reported per run', () => {
  it('run 17 throws once: reported as "Run 17 (seed 42) stopped; restarted." and every run completes', async () => {
    const p = b.page;
    await p.evaluate('globalThis.__import = (url) => import(url)');
    const r = await p.evaluate(async () => {
      const load = (globalThis as any).__import as (u: string) => Promise<any>;
      const { ReplicationPool } = await load('/src/pool/index.ts');
      const { defaultScenario } = await load('/src/scenario/defaults.ts');
      const { poolFaultOptions } = await load('/src/ui/faults/pool-faults.ts');
      await load('/src/ui/faults/fault-notice.ts');
      const notice = document.createElement('fault-notice') as any;
      document.body.append(notice);
      const scenario = defaultScenario();
      scenario.horizon = 10;
      const jobs = Array.from({ length: 24 }, (_, runIndex) => ({
        scenario,
        seed: 42,
        runIndex,
        // TEST-ONLY fault flag of the replication worker: run 17 throws on its first attempt, run 20 on both.
        ...(runIndex === 17 ? { __fail: { mode: 'throw', attempts: 1 } } : runIndex === 20 ? { __fail: { mode: 'throw' } } : {}),
      }));
      const pool = new ReplicationPool(2);
      try {
        const out = await pool.run(jobs, { ...poolFaultOptions((t: string) => notice.add(t)) });
        await notice.updateComplete;
        const region = notice.shadowRoot.querySelector('[aria-live]');
        return {
          done: out.results.filter((x: unknown) => x !== null).length,
          failures: out.failures.map((f: any) => f.message),
          text: region.textContent as string,
          live: region.getAttribute('aria-live'),
          spawned: pool.spawned,
        };
      } finally {
        pool.close();
      }
    });
    expect(r.done).toBe(23);
    expect(r.failures).toHaveLength(1);
    expect(r.failures[0]).toMatch(/seed 42, run 20: injected test fault/);
    expect(r.text).toContain('Run 17 (seed 42) stopped; restarted.');
    expect(r.text).toContain('Run 20 (seed 42) stopped; restarted.');
    expect(r.text).toContain('Run 20 (seed 42) stopped twice and was left out; the other runs go on.');
    expect(r.text).not.toMatch(/injected|Error|stack/);
    expect(r.live).toBe('polite');
    // The workers whose job threw were replaced.
    expect(r.spawned).toBeGreaterThan(2);
  });
});
