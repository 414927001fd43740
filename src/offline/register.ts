// Offline support: register the service worker of a production build
// (dist/sw.js, see vite-sw.ts). Never in development, where files change.
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js').catch(() => undefined);
  });
}
