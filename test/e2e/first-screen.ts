// What the first screen of a production build fetches: every script and
// stylesheet requested until the lab is ready (plus 500 ms), with its gzip
// size (level 9). Used by the bundle budget test (first-screen.e2e.ts) and by
// bench/browser-fps.ts, which prints the same figure.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch } from './harness.ts';

export interface FirstScreen {
  /** Sum of the files' gzip sizes, bytes. */
  gzip: number;
  raw: number;
  /** Path (e.g. /assets/app-shell-abc.js) → gzip bytes. */
  files: Map<string, number>;
  /** Where the simulation runs ('worker', or 'main' after a fallback). */
  kind: string;
}

/** Load `url` with the page in `lang` and measure what it fetched; `outDir` is the build the server serves. */
export async function firstScreen(url: string, outDir: string, lang: string): Promise<FirstScreen> {
  const b = await launch({ width: 1440, height: 900 });
  const fetched = new Set<string>();
  b.page.on('response', (r) => {
    const u = new URL(r.url());
    if (/\.(js|css|mjs)$/.test(u.pathname)) fetched.add(u.pathname);
  });
  try {
    await b.page.goto(`${url}?lang=${lang}`);
    await b.page.waitForFunction(() => (document.querySelector('app-shell') as any)?.sim?.ready === true, null, { timeout: 60_000 });
    await b.page.waitForTimeout(500);
    const kind = await b.page.evaluate(() => (document.querySelector('app-shell') as any).sim.kind as string);
    const files = new Map<string, number>();
    let raw = 0, gzip = 0;
    for (const path of fetched) {
      const buf = readFileSync(join(outDir, path));
      const g = gzipSync(buf, { level: 9 }).length;
      raw += buf.length;
      gzip += g;
      files.set(path, g);
    }
    return { gzip, raw, files, kind };
  } finally {
    await b.close();
  }
}
