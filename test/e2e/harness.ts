// Shared end-to-end harness: serve the app with vite (dev server, or
// `vite preview` of a build), drive Debian's chromium through playwright-core,
// collect console errors, tear everything down. Generic on purpose: any
// browser test (lab, worker, lessons) can use it.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => res(port));
    });
  });
}

export interface Server {
  url: string;
  close(): Promise<void>;
}

/** Start `vite` (mode 'dev') or `vite preview` (mode 'preview'; needs a prior build, in dist/ or `outDir`). */
export async function startServer(mode: 'dev' | 'preview' = 'dev', opts: { outDir?: string } = {}): Promise<Server> {
  const port = await freePort();
  const where = ['--port', String(port), '--strictPort', '--host', '127.0.0.1'];
  const args = mode === 'dev' ? ['vite', ...where] : ['vite', 'preview', ...(opts.outDir ? ['--outDir', opts.outDir] : []), ...where];
  const child: ChildProcess = spawn('npx', args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], detached: true, env: { ...process.env, BROWSER: 'none' } });
  servers.add(child);
  child.on('exit', () => servers.delete(child));
  endServersWithUs();
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const url = `http://127.0.0.1:${port}/`;
  const t0 = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`vite exited early:\n${out}`);
    try {
      const r = await fetch(url);
      if (r.ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() - t0 > 60_000) throw new Error(`vite did not start within 60 s:\n${out}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    close: async () => {
      if (child.exitCode !== null) return;
      endGroup(child);
      await new Promise((r) => setTimeout(r, 100));
    },
  };
}

/** Servers started and not yet ended. */
const servers = new Set<ChildProcess>();

/** The server runs in its own process group (detached): end the group we started. */
function endGroup(child: ChildProcess): void {
  try {
    process.kill(-child.pid!, 'SIGTERM');
  } catch {
    child.kill('SIGTERM');
  }
}

/**
 * A detached server does not get the terminal's Ctrl-C, and outlived an
 * interrupted benchmark or test run (vite preview servers were found still
 * running hours later). End them when this process ends or is interrupted.
 */
let hooked = false;
function endServersWithUs(): void {
  if (hooked) return;
  hooked = true;
  process.on('exit', () => servers.forEach(endGroup));
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(sig, () => {
      servers.forEach(endGroup);
      process.exit(128 + ({ SIGHUP: 1, SIGINT: 2, SIGTERM: 15 } as const)[sig]);
    });
  }
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** console.error messages and uncaught page errors seen so far. */
  errors: string[];
  close(): Promise<void>;
}

export interface LaunchOptions {
  width?: number;
  height?: number;
  deviceScaleFactor?: number;
  reducedMotion?: 'reduce' | 'no-preference';
  /** Let page.evaluate run string expressions despite the page's CSP (debugging only). */
  bypassCSP?: boolean;
  /** A touch screen (a phone): taps through page.touchscreen, pointerType 'touch'. */
  hasTouch?: boolean;
}

export async function launch(opts: LaunchOptions = {}): Promise<Browser> {
  const dir = mkdtempSync(join(tmpdir(), 'coalesce-chromium-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: opts.width ?? 1440, height: opts.height ?? 900 },
    deviceScaleFactor: opts.deviceScaleFactor ?? 1,
    acceptDownloads: true,
    reducedMotion: opts.reducedMotion ?? 'no-preference',
    bypassCSP: opts.bypassCSP ?? false,
    hasTouch: opts.hasTouch ?? false,
  });
  // tsx (esbuild keepNames) wraps named functions in __name(); functions
  // passed to page.evaluate from a tsx script need it in the page too.
  await context.addInitScript({ content: 'globalThis.__name = globalThis.__name || ((f) => f);' });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  const watch = (p: Page) => {
    p.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    p.on('pageerror', (e) => errors.push(String(e)));
  };
  watch(page);
  context.on('page', watch);
  return {
    context,
    page,
    errors,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
