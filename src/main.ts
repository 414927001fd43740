// Entry of the browser app: the lab (with Compare and Lessons views).
import { loadLang } from './ui/i18n.ts';
import { registerServiceWorker } from './offline/register.ts';

registerServiceWorker();
// The language's catalogue first (Dutch only), then the app: its strings are translated as it renders.
await loadLang();
await import('./ui/app-shell.ts');
