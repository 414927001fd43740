// Build-time plugin: writes dist/sw.js, a small hand-written service worker
// that precaches every file of this build (so the app works offline after
// the first visit) under a cache named by a hash of the file list. Chosen
// over vite-plugin-pwa: no workbox dependency tree, and nothing to configure.
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { serviceWorkerSource } from './sw-source.ts';

function publicFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split('\\').join('/'));
    }
  };
  try {
    walk(dir);
  } catch {
    /* no public dir */
  }
  return out;
}

export function serviceWorker(): Plugin {
  let publicDir = '';
  return {
    name: 'coalesce-service-worker',
    apply: 'build',
    // After vite's own HTML plugin, so index.html is in the bundle.
    enforce: 'post',
    configResolved(c) {
      publicDir = c.publicDir;
    },
    generateBundle(_options, bundle) {
      // Source maps are for developers; they need not be stored offline.
      const files = [...new Set(['index.html', ...Object.keys(bundle), ...publicFiles(publicDir)])].filter((f) => !f.endsWith('.map') && f !== 'sw.js').sort();
      const hash = createHash('sha256');
      for (const f of files) {
        const b = bundle[f];
        hash.update(f);
        if (b) hash.update(b.type === 'chunk' ? b.code : typeof b.source === 'string' ? b.source : Buffer.from(b.source));
      }
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: serviceWorkerSource(`coalesce-${hash.digest('hex').slice(0, 12)}`, files) });
    },
  };
}
