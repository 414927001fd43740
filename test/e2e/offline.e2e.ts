// Offline (issue 6): after one visit to a production build, a reload with the
// network cut still opens the lab, runs it, and opens the lessons.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, freePort, launch, type Browser, type Server } from './harness.ts';
import { waitLiveReady, waitShell } from './lesson-helpers.ts';

/* eslint-disable @typescript-eslint/no-explicit-any */
let server: Server;
let b: Browser;
// A build of our own: other sessions build into dist/ at the same time.
const outDir = mkdtempSync(join(tmpdir(), 'coalesce-dist-'));

/** `vite preview` of outDir, in its own process group (ended by its id). */
async function preview(): Promise<Server> {
  const port = await freePort();
  const child = spawn('npx', ['vite', 'preview', '--outDir', outDir, '--port', String(port), '--strictPort', '--host', '127.0.0.1'], { cwd: ROOT, stdio: 'ignore', detached: true });
  const url = `http://127.0.0.1:${port}/`;
  for (let t0 = Date.now(); ; ) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() - t0 > 60_000) throw new Error('vite preview did not start');
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, close: async () => { try { process.kill(-child.pid!, 'SIGTERM'); } catch { child.kill(); } } };
}

beforeAll(async () => {
  const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'error', '--outDir', outDir, '--emptyOutDir'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } });
  if (r.status !== 0) throw new Error(`vite build failed:\n${r.stderr}`);
  server = await preview();
  b = await launch({ width: 1280, height: 900 });
});

afterAll(async () => {
  await b?.close();
  await server?.close();
  rmSync(outDir, { recursive: true, force: true });
});

describe('offline', () => {
  it('reloads and runs with the network cut', async () => {
    const p = b.page;
    await p.goto(`${server.url}?lang=en#lab`);
    await waitShell(p);
    // The service worker is installed, has precached the build and controls the page.
    let state = '';
    for (let t0 = Date.now(); Date.now() - t0 < 60_000; await p.waitForTimeout(500)) {
      state = await p.evaluate(async () => {
        const regs = await navigator.serviceWorker.getRegistrations();
        const keys = await caches.keys();
        return JSON.stringify({ regs: regs.length, active: regs[0]?.active?.state ?? null, controlled: !!navigator.serviceWorker.controller, caches: keys.filter((k) => k.startsWith('coalesce-')).length });
      });
      if (state === JSON.stringify({ regs: 1, active: 'activated', controlled: true, caches: 1 })) break;
    }
    expect(JSON.parse(state)).toEqual({ regs: 1, active: 'activated', controlled: true, caches: 1 });
    const cached = await p.evaluate(async () => {
      const c = await caches.open((await caches.keys()).find((k) => k.startsWith('coalesce-'))!);
      return (await c.keys()).map((r) => new URL(r.url).pathname);
    });
    expect(cached).toContain('/index.html');
    expect(cached.some((f) => /simulation\.worker-.*\.js$/.test(f))).toBe(true);
    expect(cached.some((f) => /c2-energy-.*\.js$/.test(f))).toBe(true);

    await b.context.setOffline(true);
    expect(await p.evaluate(() => fetch('/index.html?probe', { cache: 'no-store' }).then(() => 'online', () => 'offline'))).toBe('offline');
    await p.reload();
    await waitShell(p);
    await p.locator('[data-testid="step"]').click();
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.week === 1, null, { timeout: 20_000 });

    // Lessons too, including their live networks (workers from the cache).
    await p.evaluate(() => (location.hash = '#lessons/c2-energy/predict'));
    await p.locator('[data-choice="steady-rhythm"]').check();
    await p.locator('[data-testid="lock"]').click();
    await waitLiveReady(p);
    await p.locator('[data-testid="live-step"]').click();
    await p.waitForSelector('[data-testid="live-week"]:has-text("1 / 26")');
    await b.context.setOffline(false);
    expect(b.errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });
});
