// Colours of UX.md §2 in one place, for the two themes of UX.md §6:
// Daylight and Dim room (#121212, facilitator white). Views are functions of
// (snapshot, these). The page's chrome takes its colours as CSS custom
// properties (theme-css.ts, made from the palettes here); canvas and chart
// code reads palette() once per frame or build, and redraws on 'theme-change'.
// Worker-safe: nothing here touches the DOM at import.

/**
 * Organisations: sky blue, rose, green, olive, wine, violet, teal. Okabe–Ito
 * had two blues among the first five (a room could not say "the blue one")
 * and orange and amber that merge for tritans. These, mostly Paul Tol's
 * "bright" set, have one colour name each for the first five, and stay apart
 * under protanopia, deuteranopia and tritanopia: ΔE2000 ≥ 15 between any two
 * of the first five, ≥ 10 among all seven (test/unit/org-palette-cvd.test.ts).
 */
export const ORG_COLOURS = ['#56B4E9', '#EE6677', '#228833', '#CCBB44', '#AA3377', '#7E57C2', '#009E73'] as const;
/** Organisations 8–10 share a grey and carry a letter instead. */
export const ORG_OVERFLOW = '#A3ACB9';

export const INK = '#1A1A1A';
export const CROSS_ORG_TIE = '#4D4D4D';
export const BAD = '#C85200';
export const GOLD = '#B8860B';

/** Phase bands (UX.md §2). Dormant is hatched (below); its entry here is the hatch's mean tone, for places that take one colour. */
export const PHASE_FILL = {
  potential: '#F2F2F2',
  coalescing: '#DCE9F5',
  maturing: '#B9D3EA',
  dormant: '#E6E6E6',
} as const;

export type PhaseKey = keyof typeof PHASE_FILL;

/**
 * The dormant hatch: thin diagonal ink lines on near-white, so a lapsed
 * community reads as "switched off" apart from the three tints of growth,
 * in print and without colour too. Used by the charts' SVG pattern and the
 * CSS of chips and the phase ribbon.
 */
export const DORMANT_HATCH = { ground: '#FAFAFA', line: '#8C8C8C', gap: 6, width: 1.2 } as const;

/** Scenario A–D (Tableau colour-blind 10), for compare mode and lessons. */
export const SCENARIO_COLOURS = ['#1170AA', '#C85200', '#57606C', '#1A1A1A'] as const;

export type ThemeName = 'day' | 'dim';
export const THEMES: readonly ThemeName[] = ['day', 'dim'];

/** What canvas and chart code paints with. */
export interface Palette {
  name: ThemeName;
  /** The network's ground. */
  canvas: string;
  /** Marks: outlines, rings, the facilitator's square, glyphs. */
  ink: string;
  /** The ground's colour inside marks: halos, hollow fills, the facilitator's F. */
  paper: string;
  hullFill: string;
  hullLine: string;
  crossOrgTie: string;
  bad: string;
  gold: string;
  /** A member who left (hollow circle). */
  ghost: string;
  /** The selection and keyboard-focus rings. */
  select: string;
  orgs: readonly string[];
  orgOverflow: string;
  /** The C5 lens's org areas: the org colour at this opacity over `areaGround` (r,g,b). */
  areaAlpha: number;
  areaGround: readonly [number, number, number];
  phaseFill: Readonly<Record<PhaseKey, string>>;
  /** Phase names on the chart bands. */
  phaseLabel: string;
  hatch: { ground: string; line: string; gap: number; width: number };
  /** The hatch's lines on chips and the transport's ribbon (lighter than the charts': words sit on them). */
  chipHatch: string;
  scenarios: readonly string[];
  /** Text on a scenario colour (the letter chips). */
  onScenario: string;
  /** Charts: rules, ticks, outlines drawn in ink. */
  chartInk: string;
  chartGhost: string;
  zeroRule: string;
  session: string;
  /** The panel a chart sits on: halos behind chart text, gaps between bands. */
  chartGround: string;
  /** Secondary text inside charts (compare's phase names). */
  chartText: string;
  /** Light rules between rows of a chart. */
  chartRule: string;
  /** Line colours of the challenge charts, by their Daylight colour (series.ts keeps those). */
  series: Readonly<Record<string, string>>;
}

const DAY: Palette = {
  name: 'day',
  canvas: '#FFFFFF',
  ink: INK,
  paper: '#FFFFFF',
  hullFill: 'rgba(26,26,26,0.06)',
  hullLine: 'rgba(26,26,26,0.45)',
  crossOrgTie: CROSS_ORG_TIE,
  bad: BAD,
  gold: GOLD,
  ghost: '#8A8A8A',
  select: '#0072B2',
  orgs: ORG_COLOURS,
  orgOverflow: ORG_OVERFLOW,
  areaAlpha: 0.14,
  areaGround: [255, 255, 255],
  phaseFill: PHASE_FILL,
  phaseLabel: '#4d4d4d',
  hatch: DORMANT_HATCH,
  chipHatch: '#B3B3B3',
  scenarios: SCENARIO_COLOURS,
  onScenario: '#fff',
  chartInk: '#1a1a1a',
  chartGhost: '#7f7f7f',
  zeroRule: '#bbb',
  session: '#57606c',
  chartGround: '#fff',
  chartText: '#333',
  chartRule: '#e3e6ea',
  series: {},
};

/**
 * Dim room: light ink on #121212. Every mark and line keeps ≥3:1 against the
 * ground (test/unit/theme.test.ts); the organisations' darker colours are
 * lifted, and stay apart for colour-blind eyes as in Daylight. Phase bands go from the ground towards light as
 * the community grows (Daylight goes from white towards blue): in both, the
 * further from the ground, the further along.
 */
const DIM: Palette = {
  name: 'dim',
  canvas: '#121212',
  ink: '#E8E8E8',
  paper: '#121212',
  hullFill: 'rgba(232,232,232,0.08)',
  hullLine: 'rgba(232,232,232,0.45)',
  crossOrgTie: '#B3B3B3',
  bad: '#E8743B',
  gold: '#D4A22A',
  ghost: '#8A8A8A',
  select: '#56B4E9',
  // Wine lifted a little to keep 3:1 on the dark ground and on the charts' #1C1C1C.
  orgs: ['#56B4E9', '#EE6677', '#228833', '#CCBB44', '#B13A7D', '#7E57C2', '#009E73'],
  orgOverflow: ORG_OVERFLOW,
  areaAlpha: 0.24,
  areaGround: [18, 18, 18],
  phaseFill: { potential: '#262626', coalescing: '#1F3447', maturing: '#2D4D6B', dormant: '#2A2A2A' },
  phaseLabel: '#ECECEC',
  hatch: { ground: '#1A1A1A', line: '#767676', gap: 6, width: 1.2 },
  chipHatch: '#4D4D4D',
  scenarios: ['#5AA9E6', '#E8743B', '#A3ACB9', '#E4E4E4'],
  onScenario: '#121212',
  chartInk: '#E8E8E8',
  chartGhost: '#8C8C8C',
  zeroRule: '#5A5A5A',
  session: '#9AA3AD',
  chartGround: '#1C1C1C',
  chartText: '#D8D8D8',
  chartRule: '#33373C',
  series: { '#0072B2': '#3A9AD9', '#57606C': '#A3ACB9' },
};

export const PALETTES: Readonly<Record<ThemeName, Palette>> = { day: DAY, dim: DIM };

export function isTheme(x: unknown): x is ThemeName {
  return x === 'day' || x === 'dim';
}

// The page's theme: set before first paint by public/theme-boot.js on <html data-theme>.
let current: ThemeName = typeof document !== 'undefined' && document.documentElement.dataset.theme === 'dim' ? 'dim' : 'day';

export function currentTheme(): ThemeName {
  return current;
}

/** The palette of a theme (default: the page's). */
export function palette(t: ThemeName = current): Palette {
  return PALETTES[t];
}

/** For theme-state.ts only: the page's theme changed. */
export function useTheme(t: ThemeName): void {
  current = t;
}

export function orgColour(index: number, p: Palette = PALETTES[current]): string {
  return p.orgs[index] ?? p.orgOverflow;
}

/** A challenge-chart line colour in the theme (series.ts names them by their Daylight colour). */
export function seriesColour(day: string, p: Palette = PALETTES[current]): string {
  return p.series[day] ?? day;
}

/** A letter for orgs drawn in the overflow grey, so colour is never alone. */
export function orgLetter(index: number): string {
  return index >= ORG_COLOURS.length ? String.fromCharCode(65 + index) : '';
}

/** A phase as a CSS background for chips and the ribbon (the dormant hatch as a repeating gradient), themed by CSS (theme-css.ts). */
export function phaseBackground(phase: string): string {
  if (phase === 'dormant') {
    // Lighter lines than the charts' hatch: words sit on chips and the ribbon.
    const { gap, width } = DORMANT_HATCH;
    return `repeating-linear-gradient(-45deg, var(--hatch-ground) 0 ${gap - width}px, var(--hatch-chip) ${gap - width}px ${gap}px)`;
  }
  return `var(--phase-${phase in PHASE_FILL ? phase : 'potential'})`;
}

/** A scenario's colour for the page's chrome (CSS); scenarioColour in compare/labels.ts gives it for charts. */
export function scenarioVar(i: number): string {
  return `var(--scenario-${i % SCENARIO_COLOURS.length})`;
}

/** An org's colour for the page's chrome (CSS). */
export function orgVar(i: number): string {
  return i < ORG_COLOURS.length ? `var(--org-${i})` : 'var(--org-overflow)';
}

/** Node radius from energy: area grows with E, radius 3–11 px. */
export function energyRadius(e: number): number {
  const c = Math.min(1, Math.max(0, e));
  return Math.sqrt(9 + c * (121 - 9));
}

/** Edge opacity from trust: 0.12–0.9. */
export function trustAlpha(t: number): number {
  return 0.12 + Math.min(1, Math.max(0, t)) * 0.78;
}

/** Edge width from strength: 0.5–3 px. */
export function strengthWidth(w: number): number {
  return 0.5 + Math.min(1, Math.max(0, w)) * 2.5;
}
