// Presenter mode (UX.md §4, §6): a display mode of Lab, Compare and Lessons.
// Large type, high contrast, editing chrome hidden, fullscreen. The mode is
// a flag on <html> that elements read; global keys live here (P, F, ?).
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isTyping } from '../keyboard.ts';
import { singleKeyAllowed } from '../single-keys.ts';

const EVENT = 'presenter-change';

export function isPresenter(): boolean {
  return document.documentElement.dataset.presenter === 'on';
}

export function setPresenter(on: boolean): void {
  if (on === isPresenter()) return;
  if (on) document.documentElement.dataset.presenter = 'on';
  else delete document.documentElement.dataset.presenter;
  try {
    sessionStorage.setItem('coalesce.presenter', on ? 'on' : 'off');
  } catch {
    /* not kept */
  }
  if (on && !document.fullscreenElement) document.documentElement.requestFullscreen?.().catch(() => undefined);
  if (!on && document.fullscreenElement) document.exitFullscreen?.().catch(() => undefined);
  window.dispatchEvent(new CustomEvent(EVENT, { detail: on }));
}

export function onPresenterChange(fn: (on: boolean) => void): () => void {
  const h = (e: Event) => fn((e as CustomEvent<boolean>).detail);
  window.addEventListener(EVENT, h);
  return () => window.removeEventListener(EVENT, h);
}

/** Calls `onEnter` each time presenter mode turns on, while its host element is connected. */
export class PresenterWatch implements ReactiveController {
  private off?: () => void;
  private readonly onEnter: () => void;
  constructor(host: ReactiveControllerHost, onEnter: () => void) {
    this.onEnter = onEnter;
    host.addController(this);
  }
  hostConnected(): void {
    this.off = onPresenterChange((on) => on && this.onEnter());
  }
  hostDisconnected(): void {
    this.off?.();
  }
}

export function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen?.().catch(() => undefined);
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

/**
 * The lab's presenter zoom for a screen `height` px high. UX.md §6 sizes
 * projected type as a share of the image's height, so a 768 or 900 px
 * laptop screen on the same projector needs less zoom than 1080 px: 1.6 at
 * 1080 and above, in proportion below, at least 1.1. A fixed 1.6 left the
 * network a few pixels high at 1366 × 768.
 */
export function presenterZoom(height: number): number {
  return Math.round(100 * Math.min(1.6, Math.max(1.1, (1.6 * height) / 1080))) / 100;
}

function fitZoom(): void {
  document.documentElement.style.setProperty('--presenter-zoom', String(presenterZoom(window.innerHeight)));
}

/** Keys that work on every screen; view keys (space, arrows, 1–4) are the views' own. */
let installed = false;
export function installGlobalKeys(openHelp: () => void): void {
  if (installed) return;
  installed = true;
  fitZoom();
  window.addEventListener('resize', fitZoom);
  try {
    if (sessionStorage.getItem('coalesce.presenter') === 'on') document.documentElement.dataset.presenter = 'on';
  } catch {
    /* ignore */
  }
  window.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e) || e.defaultPrevented || !singleKeyAllowed(e)) return;
    if (e.key === '?') {
      e.preventDefault();
      openHelp();
    } else if (e.key === 'p' || e.key === 'P') {
      e.preventDefault();
      setPresenter(!isPresenter());
    } else if (e.key === 'f' || e.key === 'F') {
      e.preventDefault();
      toggleFullscreen();
    } else if (e.key === 'Escape' && isPresenter() && !document.fullscreenElement) {
      setPresenter(false);
    }
  });
}
