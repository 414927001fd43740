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

/** Keys that work on every screen; view keys (space, arrows, 1–4) are the views' own. */
let installed = false;
export function installGlobalKeys(openHelp: () => void): void {
  if (installed) return;
  installed = true;
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
