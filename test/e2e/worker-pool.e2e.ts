// The comlink workers in real headless Chromium: the replication pool gives
// the page's main-thread columns bit for bit, pool and simulation worker agree
// with Node's main thread (to the last-bit tolerance across engines), and a
// failing job is retried and reported.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INDICATORS } from '../../src/model/indicators.ts';
import { runScenario } from '../../src/model/run.ts';
import { smallScenario } from '../unit/pool-helpers.ts';
import { launch, startServer, type Browser, type Server } from './harness.ts';

const scenario = smallScenario(26, 40);
const SEED = 21;
type Plain = Record<string, number[]>;

/**
 * Chromium's V8 and Node's may differ in the last bit of Math.exp and kin
 * (MODEL.md §4.1), so across engines compare within 1e-12 relative; within
 * one engine (page main thread vs its workers) the tests demand identity.
 */
function closeDiff(got: Plain, want: Plain): string | null {
  for (const k of INDICATORS) {
    if (got[k].length !== want[k].length) return `${k}: length ${got[k].length} vs ${want[k].length}`;
    for (let w = 0; w < want[k].length; w++) {
      const a = got[k][w];
      const b = want[k][w];
      if (Object.is(a, b)) continue;
      if (!(Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b)))) return `${k} week ${w}: ${a} vs ${b}`;
    }
  }
  return null;
}
const plain = (cols: Record<string, ArrayLike<number>>): Plain =>
  Object.fromEntries(INDICATORS.map((k) => [k, Array.from(cols[k])]));

/** Typed by the caller; see beforeAll. */
type PageImport = <T>(url: string) => Promise<T>;

let server: Server;
let h: Browser;
beforeAll(async () => {
  server = await startServer('dev');
  h = await launch();
  // An empty page on the server's origin: the test imports modules directly,
  // without the app around them.
  const blank = `${server.url}__worker_e2e`;
  await h.context.route(blank, (r) => r.fulfill({ contentType: 'text/html', body: '<!doctype html><title>e2e</title>' }));
  await h.page.goto(blank);
  // A plain import() inside page.evaluate is rewritten by vitest's transform;
  // a string evaluated in the page is not.
  await h.page.evaluate('globalThis.__import = (url) => import(url)');
});
afterAll(async () => {
  await h?.close();
  await server?.close();
});

describe('workers in Chromium', () => {
  it('the replication pool reproduces the main-thread columns, job by job', async () => {
    const got = await h.page.evaluate(
      async ({ scenario, seed }) => {
        const load = (globalThis as unknown as { __import: PageImport }).__import;
        const { runReplications } = await load<typeof import('../../src/pool/index.ts')>('/src/pool/index.ts');
        const { runScenario } = await load<typeof import('../../src/model/run.ts')>('/src/model/run.ts');
        const jobs = Array.from({ length: 6 }, (_, runIndex) => ({ scenario, seed, runIndex }));
        const { results, failures } = await runReplications(jobs, { workers: 2, batchSize: 2 });
        // Same engine: worker results must equal the page's main thread bit for bit.
        const mismatches: string[] = [];
        results.forEach((r, i) => {
          const ref = runScenario(scenario, { seed, runIndex: i }).columns;
          for (const [k, col] of Object.entries(r!.columns)) {
            const refCol = ref[k as keyof typeof ref];
            if (col.some((v, w) => !Object.is(v, refCol[w]))) mismatches.push(`run ${i} ${k}`);
          }
        });
        return {
          failures: failures.length,
          mismatches,
          runs: results.map((r) => Object.fromEntries(Object.entries(r!.columns).map(([k, v]) => [k, Array.from(v)]))),
        };
      },
      { scenario, seed: SEED },
    );
    expect(got.failures).toBe(0);
    expect(got.mismatches).toEqual([]);
    got.runs.forEach((cols, i) => {
      expect(closeDiff(cols, plain(runScenario(scenario, { seed: SEED, runIndex: i }).columns)), `run ${i} vs Node`).toBeNull();
    });
  });

  it('retries a job that throws and reports one that throws twice', async () => {
    const got = await h.page.evaluate(
      async ({ scenario, seed }) => {
        const load = (globalThis as unknown as { __import: PageImport }).__import;
        const { runReplications } = await load<typeof import('../../src/pool/index.ts')>('/src/pool/index.ts');
        const jobs = Array.from({ length: 4 }, (_, runIndex) => ({
          scenario,
          seed,
          runIndex,
          __fail: runIndex === 1 ? { mode: 'throw' as const, attempts: 1 } : runIndex === 2 ? { mode: 'throw' as const } : undefined,
        }));
        const { results, failures } = await runReplications(jobs, { workers: 2 });
        return { ok: results.map((r) => r !== null), messages: failures.map((f) => f.message) };
      },
      { scenario, seed: SEED },
    );
    expect(got.ok).toEqual([true, true, false, true]);
    expect(got.messages).toEqual([`scenario "pool-test", seed ${SEED}, run 2: injected test fault`]);
  });

  it('the simulation worker steps and seeks to the straight-run state', async () => {
    const got = await h.page.evaluate(
      async ({ scenario, seed }) => {
        const load = (globalThis as unknown as { __import: PageImport }).__import;
        const { spawnWorker } = await load<typeof import('../../src/pool/spawn.ts')>('/src/pool/spawn.ts');
        const w = await spawnWorker<import('../../src/shared/sim-api.ts').SimulationApi>('simulation');
        try {
          const loaded = await w.remote.load(scenario, seed, 3);
          if (!loaded.ok) return { error: loaded.error.message };
          await w.remote.step(20);
          const back = await w.remote.seek(7);
          const fwd = await w.remote.seek(26);
          const cols = await w.remote.columns();
          if (!back.ok || !fwd.ok || !cols.ok) return { error: 'step failed' };
          return {
            weekBack: back.value.week,
            weekFwd: fwd.value.week,
            columns: Object.fromEntries(Object.entries(cols.value).map(([k, v]) => [k, Array.from(v as Float64Array)])),
          };
        } finally {
          w.terminate();
        }
      },
      { scenario, seed: SEED },
    );
    expect(got.error).toBeUndefined();
    expect(got.weekBack).toBe(7);
    expect(got.weekFwd).toBe(26);
    expect(closeDiff(got.columns!, plain(runScenario(scenario, { seed: SEED, runIndex: 3 }).columns))).toBeNull();
  });
});
