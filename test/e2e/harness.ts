// End-to-end harness: a vite dev server on a free port and Debian's chromium
// driven by playwright-core. Generic on purpose: any e2e test can use it.
//
//   const h = await startHarness();   // h.page is at h.baseUrl
//   ...                               // page.goto(h.baseUrl + '/...')
//   await h.close();

import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { createServer as netServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { createServer, preview, type ViteDevServer, type PreviewServer } from 'vite';

export const CHROMIUM = '/usr/bin/chromium';
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

export interface Harness {
  baseUrl: string;
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** 'dev' (default) serves sources; 'preview' serves an existing `vite build` in dist/. */
  mode?: 'dev' | 'preview';
  /** Path to open first (default '/'); BLANK_PATH opens an empty page on the server's origin. */
  path?: string;
}

/** An empty HTML page on the dev server's origin, for tests that import modules directly. */
export const BLANK_PATH = '/__e2e_blank';

export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = netServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => ok(port));
    });
  });
}

export async function startHarness(opts: HarnessOptions = {}): Promise<Harness> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const port = await freePort();
  let server: ViteDevServer | PreviewServer;
  if (opts.mode === 'preview') {
    server = await preview({ root, logLevel: 'error', preview: { port, strictPort: true, host: '127.0.0.1' } });
  } else {
    server = await createServer({ root, logLevel: 'error', server: { port, strictPort: true, host: '127.0.0.1', hmr: false, ws: false } });
    await server.listen();
  }
  const baseUrl = `http://127.0.0.1:${port}`;
  const userDir = mkdtempSync(join(tmpdir(), 'coalesce-e2e-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
    });
  } catch (e) {
    await server.close();
    rmSync(userDir, { recursive: true, force: true });
    throw e;
  }
  await context.route(baseUrl + BLANK_PATH, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><meta charset="utf-8"><title>e2e</title>' }),
  );
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(baseUrl + (opts.path ?? '/'));
  return {
    baseUrl,
    context,
    page,
    async close() {
      await context.close();
      await server.close();
      rmSync(userDir, { recursive: true, force: true });
    },
  };
}
