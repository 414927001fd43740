// The chrome's colours as CSS custom properties on :root, Daylight by
// default and Dim room under :root[data-theme='dim'] (UX.md §6). Lit's
// shadow roots inherit them, so component styles say var(--panel) and follow
// a theme switch with no re-render. Installed on import (app-tools.ts brings
// it in with the first screen); index.html repeats only --bg for the first
// paint. Main text keeps ≥4.5:1 on page, panels and controls in Daylight,
// and ≥7:1 on every surface in Dim room (the presenter's figure, UX.md §6):
// test/unit/theme.test.ts.
import { PALETTES, type Palette, type ThemeName } from './theme.ts';

/** Chrome tokens: [Daylight, Dim room]. */
export const CHROME: Record<string, readonly [string, string]> = {
  // Surfaces: the page, panels (header, side panel, cards), controls (buttons, inputs), the network's ground.
  bg: ['#f7f8fa', '#121212'],
  panel: ['#fff', '#1c1c1c'],
  control: ['#fff', '#262626'],
  canvas: ['#fff', '#121212'],
  /** r,g,b of the see-through boxes over the network (legend, lens line, caption). */
  glass: ['255,255,255', '28,28,28'],
  tint: ['#f3f5f7', '#2a2a2a'],
  hover: ['#eef2f6', '#333333'],
  selected: ['#f3f8fc', '#1b2b38'],
  // Text, strongest first; on-ink: text on an ink background (pressed and primary buttons).
  ink: ['#1a1a1a', '#ececec'],
  'ink-2': ['#333', '#d4d4d4'],
  'ink-3': ['#444', '#c8c8c8'],
  'ink-4': ['#555', '#bdbdbd'],
  faint: ['#6b7280', '#a8adb3'],
  slate: ['#57606c', '#a8adb3'],
  'on-ink': ['#fff', '#121212'],
  // Lines.
  line: ['#d0d4da', '#3c4148'],
  'line-soft': ['#eceef1', '#2e3236'],
  'control-line': ['#9aa3ad', '#858d97'],
  'control-line-soft': ['#c4cad1', '#737b84'],
  'strong-line': ['#57606c', '#9aa3ad'],
  // Accent (focus rings, pressed lens, changed values) and states.
  focus: ['#0072B2', '#56B4E9'],
  accent: ['#0072B2', '#56B4E9'],
  'on-accent': ['#fff', '#121212'],
  warn: ['#C85200', '#E8743B'],
  'warn-bg': ['#fff6f0', '#2b1c12'],
  'warn-ink': ['#8a3a00', '#F4A46E'],
  'ok-ink': ['#1f5e3a', '#7ED3A2'],
  'note-bg': ['#fffbea', '#26221a'],
  'note-line': ['#eadfa8', '#5c5232'],
  'ask-bg': ['#fff6e0', '#2a2413'],
  'gold-line': ['#b8860b', '#D4A22A'],
  'best-bg': ['#fff8e1', '#2a2413'],
  'best-ink': ['#8a6d00', '#E5C453'],
  'drop-ink': ['#0b3d5c', '#a8d8f5'],
  'drop-bg': ['rgba(0,114,178,0.12)', 'rgba(86,180,233,0.16)'],
  disabled: ['#8a8f96', '#5a5f66'],
  // The network's tooltip: dark on white; in Dim room a raised grey box, not a white one that glares.
  'tip-bg': ['#1a1a1a', '#333333'],
  'tip-ink': ['#fff', '#f2f2f2'],
  'tip-line': ['transparent', '#8a8a8a'],
  // The legend's neutral dots (size, level, presence).
  'legend-grey': ['#bbb', '#7a7a7a'],
};

/** The palette's colours the chrome shows too (legend, chips, swatches, letters). */
function markTokens(p: Palette): Record<string, string> {
  const t: Record<string, string> = {
    'mark-ink': p.ink,
    'mark-paper': p.paper,
    'cross-org-tie': p.crossOrgTie,
    bad: p.bad,
    gold: p.gold,
    'org-overflow': p.orgOverflow,
    'on-scenario': p.onScenario,
    'hatch-ground': p.hatch.ground,
    'hatch-chip': p.chipHatch,
    'series-blue': p.series['#0072B2'] ?? '#0072B2',
    'series-verm': p.series['#D55E00'] ?? '#D55E00',
  };
  p.orgs.forEach((c, i) => (t[`org-${i}`] = c));
  p.scenarios.forEach((c, i) => (t[`scenario-${i}`] = c));
  for (const [k, v] of Object.entries(p.phaseFill)) t[`phase-${k}`] = v;
  return t;
}

export function themeTokens(t: ThemeName): Record<string, string> {
  const i = t === 'day' ? 0 : 1;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(CHROME)) out[k] = v[i];
  return { ...out, ...markTokens(PALETTES[t]) };
}

const block = (sel: string, t: ThemeName, scheme: string) =>
  `${sel} { color-scheme: ${scheme}; ${Object.entries(themeTokens(t)).map(([k, v]) => `--${k}: ${v};`).join(' ')} }`;

/** The stylesheet: Daylight on :root, Dim room over it. color-scheme gives the browser's own controls (scrollbars, selects, number fields) the same theme. */
export function themeCSS(): string {
  return `${block(':root', 'day', 'normal')}\n${block(":root[data-theme='dim']", 'dim', 'dark')}`;
}

if (typeof document !== 'undefined' && 'adoptedStyleSheets' in document) {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(themeCSS());
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
