// The first screen's budget (issue 4): a production build's first screen
// (the lab, ready to play) fetches under 200 kB of gzip'd scripts and styles,
// in English and in Dutch, and leaves the heavy parts (the scenario editor,
// Compare, Lessons, the YAML parser) to load on demand.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, startServer, type Server } from './harness.ts';
import { firstScreen } from './first-screen.ts';

const BUDGET = 200 * 1024;
let out: string;
let server: Server;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'coalesce-first-screen-'));
  // vitest sets NODE_ENV=test, with which the build takes Lit's development bundle (4 kB more): build as `npm run build` does.
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error', '--outDir', out, '--emptyOutDir'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  server = await startServer('preview', { outDir: out });
}, 300_000);

afterAll(async () => {
  await server?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

describe('first screen', () => {
  for (const lang of ['en', 'nl']) {
    it(`fetches under 200 kB gzip (${lang}), with the heavy parts left for later`, async () => {
      const f = await firstScreen(server.url, out, lang);
      const list = [...f.files].sort((a, b) => b[1] - a[1]).map(([p, g]) => `${p} ${(g / 1024).toFixed(1)} kB`);
      console.log(`first screen (${lang}): ${(f.gzip / 1024).toFixed(1)} kB gzip, ${f.files.size} files; largest: ${list.slice(0, 4).join(', ')}`);
      expect(f.kind).toBe('worker');
      expect(f.gzip, list.join('\n')).toBeLessThan(BUDGET);
      // Loaded on demand: their chunks must not be on the first screen.
      const names = [...f.files.keys()].join(' ');
      for (const lazy of ['scenario-editor', 'compare-view', 'lessons-view', 'parse-']) expect(names, lazy).not.toContain(lazy);
    }, 120_000);
  }
});
