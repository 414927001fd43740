// Colours of UX.md §2 in one place. Views are functions of (snapshot, these).

/** Okabe–Ito, with amber #F5C710 instead of the faint #F0E442 (R-amber). */
export const ORG_COLOURS = ['#E69F00', '#56B4E9', '#009E73', '#CC79A7', '#0072B2', '#D55E00', '#F5C710'] as const;
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

/** A phase as a CSS background (the dormant hatch as a repeating gradient). */
export function phaseBackground(phase: string): string {
  if (phase === 'dormant') {
    // Lighter lines than the charts' hatch: words sit on chips and the ribbon.
    const { ground, gap, width } = DORMANT_HATCH;
    return `repeating-linear-gradient(-45deg, ${ground} 0 ${gap - width}px, #B3B3B3 ${gap - width}px ${gap}px)`;
  }
  return PHASE_FILL[phase as PhaseKey] ?? PHASE_FILL.potential;
}

/** Scenario A–D (Tableau colour-blind 10), for compare mode later. */
export const SCENARIO_COLOURS = ['#1170AA', '#C85200', '#57606C', '#1A1A1A'] as const;

export function orgColour(index: number): string {
  return ORG_COLOURS[index] ?? ORG_OVERFLOW;
}

/** A letter for orgs drawn in the overflow grey, so colour is never alone. */
export function orgLetter(index: number): string {
  return index >= ORG_COLOURS.length ? String.fromCharCode(65 + index) : '';
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
