// The lab in its worker: the exported YAML carries the seed the user chose
// (issue 16: the worker wrote the file's own seed), and replays to the run.
process.env.COALESCE_E2E = '1';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/index.ts';
import { runScenario } from '../../src/model/run.ts';
import type { Browser, Server } from './harness.ts';
import { columnsJSON, exportFile, openLab, settle, stepTo } from './lab-helpers.ts';

/* eslint-disable @typescript-eslint/no-explicit-any */
let server: Server;
let b: Browser;

beforeAll(async () => {
  ({ server, b } = await openLab());
});

afterAll(async () => {
  await b?.close();
  await server?.close();
});

describe('exported scenario', () => {
  it('carries the chosen seed and replays to the run the lab shows', async () => {
    const p = b.page;
    expect(await p.evaluate(() => (document.querySelector('app-shell') as any).sim.kind)).toBe('worker');
    await p.locator('[data-testid="seed"]').fill('777');
    await p.locator('[data-testid="seed"]').press('Enter');
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.seed === 777);
    await settle(p);
    await stepTo(p, 12);
    const { bytes } = await exportFile(p, 'yaml');
    const r = parseScenario(bytes.toString('utf8'), { file: 'exported.yaml' });
    if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
    expect(r.scenario.seed).toBe(777);
    const shown = await columnsJSON(p, 12);
    const replay = runScenario(r.scenario).columns;
    // Chromium's and Node's V8 may differ in the last bit of Math.exp & co.
    // (docs/MODEL.md §4.1): the cross-engine tolerance of worker-pool.e2e.
    const same = (a: number[], b: number[]) => {
      expect(a.length).toBe(b.length);
      a.forEach((x, k) => expect(Math.abs(x - b[k]), `week ${k}`).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(b[k]))));
    };
    same(Array.from(replay.activeFraction.slice(0, 13)), shown.activeFraction);
    same(Array.from(replay.meanTrust.slice(0, 13)), shown.meanTrust);
  });
});
