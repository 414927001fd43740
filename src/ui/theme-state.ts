// The page's theme (UX.md §6): Daylight or Dim room, a flag on <html>
// (data-theme) like presenter mode's. public/theme-boot.js sets it before
// first paint from the remembered choice, else from prefers-color-scheme;
// here it is switched, remembered and announced ('theme-change'), so canvas
// and chart code can draw again. Component styles follow by CSS alone.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { currentTheme, isTheme, useTheme, type ThemeName } from './theme.ts';

const EVENT = 'theme-change';
/** Also read by public/theme-boot.js: keep the two in step. */
export const THEME_KEY = 'coalesce.theme';

/** The remembered choice, or null when the user has not chosen (the system's preference applies). */
export function storedTheme(): ThemeName | null {
  try {
    const s = localStorage.getItem(THEME_KEY);
    return isTheme(s) ? s : null;
  } catch {
    return null;
  }
}

function apply(t: ThemeName): void {
  if (t === currentTheme() && document.documentElement.dataset.theme === t) return;
  useTheme(t);
  document.documentElement.dataset.theme = t;
  window.dispatchEvent(new CustomEvent<ThemeName>(EVENT, { detail: t }));
}

/** Switch the whole app and remember the choice. */
export function setTheme(t: ThemeName): void {
  try {
    localStorage.setItem(THEME_KEY, t);
  } catch {
    /* not remembered; still switched for this page */
  }
  apply(t);
}

export function onThemeChange(fn: (t: ThemeName) => void): () => void {
  const h = (e: Event) => fn((e as CustomEvent<ThemeName>).detail);
  window.addEventListener(EVENT, h);
  return () => window.removeEventListener(EVENT, h);
}

/** Follows the system's light/dark setting while the user has not chosen. */
let following = false;
export function followSystemTheme(): void {
  if (following || typeof matchMedia === 'undefined') return;
  following = true;
  // The boot script may not have run (a page without it): take the flag now.
  if (!document.documentElement.dataset.theme) document.documentElement.dataset.theme = currentTheme();
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', (e) => {
    if (!storedTheme()) apply(e.matches ? 'dim' : 'day');
  });
}

/** Calls `fn` (default: the host's requestUpdate) each time the theme changes, while its host is connected. */
export class ThemeWatch implements ReactiveController {
  private off?: () => void;
  private readonly fn: (t: ThemeName) => void;
  constructor(host: ReactiveControllerHost, fn?: (t: ThemeName) => void) {
    this.fn = fn ?? (() => host.requestUpdate());
    host.addController(this);
  }
  hostConnected(): void {
    this.off = onThemeChange(this.fn);
  }
  hostDisconnected(): void {
    this.off?.();
  }
}
