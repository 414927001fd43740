import { defineConfig } from 'vite';
import { serviceWorker } from './src/offline/vite-sw.ts';

export default defineConfig({
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: true },
  server: { port: 5173 },
  // Dependencies reached only through lazy imports (lessons, share links): pre-bundled up
  // front, so the dev server does not re-optimise and reload the page mid-session.
  optimizeDeps: { include: ['lz-string', 'qrcode', 'yaml', '@observablehq/plot'] },
  // Offline after the first visit (issue 6): dist/sw.js precaches the build.
  plugins: [serviceWorker()],
});
