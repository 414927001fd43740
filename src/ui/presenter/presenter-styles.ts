// Presenter rules for the lab, adopted into app-shell's shadow root: larger
// type (UX.md §6: zoom so 13 px text reaches ~21 px at 1080 px, ~31 px on the meters'
// big numbers), editing chrome hidden (file, seed, export, interventions,
// parameter and editor tabs), charts kept.
import { css } from 'lit';

export const PRESENTER_LAB_CSS = css`
  /* 1.6 at 1080 px, less on lower screens (presenter.ts presenterZoom sets it). */
  :host-context(html[data-presenter='on']) { zoom: var(--presenter-zoom, 1.6); }
  /* zoom enlarges the shell's 100dvh too, to 1.6 screens: divide it back, or
     the lower part of the network and the transport fall below the projector's
     edge (phones keep their own height: auto) */
  @media (min-width: 701px) {
    :host-context(html[data-presenter='on']) { height: calc(100vh / var(--presenter-zoom, 1.6)); height: calc(100dvh / var(--presenter-zoom, 1.6)); }
  }
  :host-context(html[data-presenter='on']) header > :is(button, details.menu, label:has(input)),
  :host-context(html[data-presenter='on']) intervene-bar,
  :host-context(html[data-presenter='on']) [role='tablist'],
  :host-context(html[data-presenter='on']) h1 small { display: none; }
  :host-context(html[data-presenter='on']) header { background: #000; color: #fff; }
  :host-context(html[data-presenter='on']) header a { color: #fff; }
  :host-context(html[data-presenter='on']) header .chip { color: #000; background-color: #fff; }
  /* The chip keeps its phase's fill (an inline style), dark in Dim room: light words on it. */
  :host-context(html[data-presenter='on'][data-theme='dim']) header .chip { color: #fff; }
  :host-context(html[data-presenter='on']) header a[aria-current='page'] { background: #fff; color: #000; }
`.styleSheet!;
