// Offline support: register the service worker of a production build
// (dist/sw.js, see vite-sw.ts). Never on the dev server, where files change.
// MODE, not PROD: a build run with NODE_ENV=test (e.g. from vitest) has PROD false.
export function registerServiceWorker(): void {
  if (import.meta.env.MODE === 'development' || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js').catch(() => undefined);
  });
}
