// The Content Security Policy of index.html (issue 7), in the production
// build served by `vite preview` and in the dev server: the app works under
// it with no violation (lab, editor, compare with its worker pool, lessons,
// exports, service worker), and it blocks an injected inline script, an
// inline event handler, eval and new Function.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ROOT, launch, startServer, type Browser, type Server } from './harness.ts';
import { exportFile, settle, waitReady } from './lab-helpers.ts';

/* eslint-disable @typescript-eslint/no-explicit-any */

function run(cmd: string, args: string[]): ChildProcess {
  return spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], detached: true, env: { ...process.env, BROWSER: 'none' } });
}

/** Build into a temporary directory (dist/ belongs to whoever builds it) and serve it with `vite preview`. */
async function buildAndPreview(): Promise<Server & { dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'coalesce-csp-'));
  const build = run('npx', ['vite', 'build', '--outDir', dir, '--emptyOutDir', '--logLevel', 'error']);
  let out = '';
  build.stdout!.on('data', (d) => (out += d));
  build.stderr!.on('data', (d) => (out += d));
  const code = await new Promise<number | null>((r) => build.on('exit', r));
  if (code !== 0) throw new Error(`vite build failed:\n${out}`);
  const server = await startServer('preview', { outDir: dir });
  return {
    url: server.url,
    dir,
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Init scripts run outside the page's CSP: they record every violation the policy reports. */
async function watchViolations(b: Browser): Promise<void> {
  await b.context.addInitScript(() => {
    (window as any).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as any).__csp.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample });
    });
  });
}

const violations = (p: Page) => p.evaluate(() => (window as any).__csp as { directive: string; blocked: string; sample: string }[]);

/** Use the app's main paths: whatever they need must be allowed. */
async function exercise(p: Page, base: string): Promise<void> {
  await p.goto(base);
  await waitReady(p);
  await p.locator('[data-testid="play"]').click();
  await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.week >= 3, null, { timeout: 20_000 });
  await p.locator('[data-testid="play"]').click();
  await settle(p);
  await p.locator('[role="tab"]#tab-scenario').click();
  await p.locator('scenario-editor .cm-content').waitFor({ timeout: 20_000 });
  await p.locator('[role="tab"]#tab-charts').click();
  for (const which of ['network-png', 'charts-png', 'yaml']) expect((await exportFile(p, which)).bytes.length, which).toBeGreaterThan(100);
  // Compare runs replications on the worker pool.
  await p.evaluate(() => (location.hash = '#compare'));
  const run = p.locator('compare-view [data-testid="run"]');
  await run.waitFor({ timeout: 30_000 });
  // The view may start computing by itself; then the button is gone or disabled.
  await run.click({ timeout: 3000 }).catch(() => undefined);
  await p.locator('compare-view [data-testid="compare-status"][data-state="done"]').waitFor({ timeout: 150_000 });
  await p.evaluate(() => (location.hash = '#lessons'));
  await p.waitForTimeout(1000);
  await p.evaluate(() => (location.hash = '#lab'));
}

async function injections(p: Page) {
  return p.evaluate(async () => {
    const w = window as any;
    const s = document.createElement('script');
    s.textContent = 'window.__inline = 1';
    document.head.append(s);
    const d = document.createElement('div');
    d.setAttribute('onclick', 'window.__handler = 1');
    document.body.append(d);
    d.click();
    const tryIt = (f: () => unknown) => {
      try {
        f();
        return 'ran';
      } catch (e) {
        return (e as Error).name;
      }
    };
    // From page code, not from this evaluate: DevTools lets code it evaluates call eval, the page's own code may not.
    const later = <T,>(f: () => T) => new Promise<T>((r) => setTimeout(() => r(f())));
    const evalResult = await later(() => tryIt(() => (0, eval)('window.__eval = 1')));
    const fnResult = await later(() => tryIt(() => new Function('window.__fn = 1')()));
    setTimeout('window.__timeout = 1' as unknown as () => void, 0);
    const a = document.createElement('a');
    a.href = 'javascript:window.__jsurl = 1';
    document.body.append(a);
    a.click();
    await new Promise((r) => setTimeout(r, 300));
    return { inline: w.__inline, handler: w.__handler, evalResult, fnResult, eval: w.__eval, fn: w.__fn, timeout: w.__timeout, jsurl: w.__jsurl };
  });
}

describe('the CSP in the production build (vite preview)', () => {
  let server: Server & { dir: string };
  let b: Browser;
  beforeAll(async () => {
    server = await buildAndPreview();
    b = await launch();
    await watchViolations(b);
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  it('the built page carries the policy and has no inline script', () => {
    const html = readFileSync(join(server.dir, 'index.html'), 'utf8');
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain("script-src 'self' 'report-sample';");
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline'[^;]*;?\s*$|script-src[^;]*unsafe-inline/);
    const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(([, attrs, body]) => !/\bsrc=/.test(attrs) || body.trim() !== '');
    expect(inline).toEqual([]);
  });

  it('the app works under it with no violation: lab, editor, exports, compare (worker pool), lessons', async () => {
    await exercise(b.page, server.url);
    const v = await violations(b.page);
    expect(v, JSON.stringify(v)).toEqual([]);
    expect(b.errors.filter((e) => /Content Security Policy|Refused/.test(e))).toEqual([]);
  });

  it('blocks an injected inline script, an inline handler, eval, new Function, string timers and javascript: URLs', async () => {
    const p = b.page;
    await p.goto(server.url);
    await waitReady(p);
    const r = await injections(p);
    expect(r).toEqual({ inline: undefined, handler: undefined, evalResult: 'EvalError', fnResult: 'EvalError', eval: undefined, fn: undefined, timeout: undefined, jsurl: undefined });
    const seen = await violations(p);
    const directives = new Set(seen.map((v) => v.directive));
    expect(directives).toContain('script-src-elem');
    expect(directives).toContain('script-src-attr');
    expect(directives).toContain('script-src');
    // The report names what was blocked: the inline script's own text.
    expect(seen.some((v) => v.sample.includes('window.__inline'))).toBe(true);
    // The app is still working after the attempts.
    await p.locator('[data-testid="step"]').click();
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).sim.ready === true);
  });
});

describe('the CSP in the dev server', () => {
  let server: Server;
  let b: Browser;
  beforeAll(async () => {
    server = await startServer('dev');
    b = await launch();
    await watchViolations(b);
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  it('dev mode (vite client, hot reload over the same-origin websocket) works with no violation, and still blocks inline script', async () => {
    // Short on purpose: in a tree others edit, the dev server reloads pages when files change.
    const p = b.page;
    const sockets: string[] = [];
    p.on('websocket', (w) => sockets.push(w.url()));
    await p.goto(server.url);
    await waitReady(p);
    await p.locator('[data-testid="step"]').click();
    await p.waitForFunction(() => (document.querySelector('app-shell') as any)?.sim?.week >= 1, null, { timeout: 20_000 });
    await p.locator('[role="tab"]#tab-scenario').click();
    await p.locator('scenario-editor .cm-content').waitFor({ timeout: 20_000 });
    // The hot-reload websocket opened (connect-src 'self' admits a same-origin ws:).
    expect(sockets.some((u) => u.startsWith(server.url.replace('http', 'ws')))).toBe(true);
    const v = await violations(p);
    expect(v, JSON.stringify(v)).toEqual([]);
    // The dev server reloads the page when another session edits a watched file; then try once more on the new page.
    const r = await injections(p).catch(async (e) => {
      if (!/context was destroyed/.test(String(e))) throw e;
      await waitReady(p);
      return injections(p);
    });
    expect(r.inline).toBeUndefined();
    expect(r.evalResult).toBe('EvalError');
  });
});
