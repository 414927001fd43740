import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { serviceWorker } from './src/offline/vite-sw.ts';
import { prebuiltScenarios } from './src/scenario/prebuilt.ts';

export default defineConfig({
  worker: { format: 'es' },
  // @stdlib's t and normal distributions (src/stats) probe for generators with
  // eval, which the CSP blocks; the build targets ES2022, where they exist.
  resolve: { alias: { '@stdlib/assert-has-generator-support': fileURLToPath(new URL('./src/shared/has-generator-support.cjs', import.meta.url)) } },
  // Two pages: the app (index.html) and the workshop room's participant page (join.html, issue 19).
  build: { target: 'es2022', sourcemap: true, rolldownOptions: { input: { main: fileURLToPath(new URL('./index.html', import.meta.url)), join: fileURLToPath(new URL('./join.html', import.meta.url)) } } },
  // COALESCE_E2E=1 (set by the browser tests): no file watching and no HMR, so edits made
  // meanwhile in the shared tree do not reload the page under test.
  server: { port: 5173, ...(process.env.COALESCE_E2E ? { watch: null, hmr: false } : {}) },
  // Dependencies reached only through lazy imports (lessons, share links) or added to the
  // charts later (d3-path, d3-shape, d3-scale): pre-bundled up front, so the dev server
  // does not re-optimise and reload the page mid-session.
  optimizeDeps: { include: ['lz-string', 'qrcode', 'yaml', '@observablehq/plot', 'd3-path', 'd3-shape', 'd3-scale'] },
  // Offline after the first visit (issue 6): dist/sw.js precaches the build.
  // scenarios/*.yaml?prebuilt: a built-in file as a plain value, parsed at build time.
  plugins: [prebuiltScenarios(), serviceWorker()],
});
