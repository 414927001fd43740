// The network lens (UX.md §3): "All" or one challenge, C1–C5. A lens only
// re-weights marks (colours, opacity, width); positions stay, so switching
// lenses never moves a member and the mental map holds.
import { interpolateCividis } from 'd3-scale-chromatic';
import { msg } from '../i18n.ts';
import { currentTheme, strengthWidth, trustAlpha, type ThemeName } from '../theme.ts';

export const LENSES = ['All', 'C1', 'C2', 'C3', 'C4', 'C5'] as const;
export type Lens = (typeof LENSES)[number];

export function isLens(x: unknown): x is Lens {
  return typeof x === 'string' && (LENSES as readonly string[]).includes(x);
}

export function nextLens(l: Lens): Lens {
  return LENSES[(LENSES.indexOf(l) + 1) % LENSES.length];
}

/** Short button names. */
export function lensName(l: Lens): string {
  return {
    All: msg('All'),
    C1: msg('C1 Trust'),
    C2: msg('C2 Energy'),
    C3: msg('C3 Tricky issues'),
    C4: msg('C4 1:1 or group'),
    C5: msg('C5 Across orgs'),
  }[l];
}

/** One short line: what the lens shows. In Dim room ties are light on dark: more trust is brighter, not darker (exports, always in Daylight, ask for 'day'). */
export function lensLine(l: Lens, theme: ThemeName = currentTheme()): string {
  const dim = theme === 'dim';
  return {
    All: dim ? msg('All: colour = organisation, size = energy, brighter tie = more trust.') : msg('All: colour = organisation, size = energy, darker tie = more trust.'),
    C1: dim ? msg('Trust: brighter tie = more trust; orange tie = trust below 30%.') : msg('Trust: darker tie = more trust; orange tie = trust below 30%.'),
    C2: msg('Energy: dark blue = low, yellow = high; faint = not active this week.'),
    C3: msg('Tricky issues: bright = open issues; thick tie = shared 1:1 lately.'),
    C4: msg('1:1 or group: thick tie = talked 1:1 this week; bright = at the session.'),
    C5: dim ? msg('Across orgs: light grey ties cross organisations; one shaded area per org.') : msg('Across orgs: dark ties cross organisations; one shaded area per org.'),
  }[l];
}

/** Trust below this is "low" in the C1 lens. */
export const LOW_TRUST = 0.3;

// Tie colour codes shared with draw.ts's batches: 0 cross-org ink, 1 + org,
// and two lens colours.
export const TIE_BAD = 20;
export const TIE_INK = 21;

export interface TieFacts {
  trust: number;
  strength: number;
  crossOrg: boolean;
  /** 1 + org of the tie's first member. */
  orgColour: number;
  /** Weeks since the pair last talked 1:1. */
  sinceTalk: number;
  /** A tricky issue was shared along this tie in the last 8 weeks (well received). */
  disclosed: boolean;
}

export interface TieLook {
  colour: number;
  alpha: number;
  /** In mark units. */
  width: number;
}

export function tieLook(lens: Lens, f: TieFacts): TieLook {
  const base: TieLook = { colour: f.crossOrg ? 0 : f.orgColour, alpha: trustAlpha(f.trust), width: strengthWidth(f.strength) };
  switch (lens) {
    case 'All':
      return base;
    case 'C1':
      return f.trust < LOW_TRUST
        ? { colour: TIE_BAD, alpha: 0.9, width: Math.max(1.5, base.width) }
        : { colour: TIE_INK, alpha: 0.08 + 0.92 * Math.min(1, f.trust), width: base.width };
    case 'C2':
      return { ...base, alpha: base.alpha * 0.35 };
    case 'C3':
      return f.disclosed ? { colour: TIE_INK, alpha: 0.9, width: 3 } : { ...base, alpha: base.alpha * 0.25 };
    case 'C4':
      if (f.sinceTalk <= 0) return { colour: TIE_INK, alpha: 0.9, width: Math.max(2, base.width) };
      return { ...base, alpha: base.alpha * (f.sinceTalk <= 4 ? 0.5 : 0.2) };
    case 'C5':
      return f.crossOrg ? { colour: 0, alpha: 0.9, width: base.width + 0.5 } : { ...base, alpha: base.alpha * 0.2 };
  }
}

export interface MemberFacts {
  energy: number;
  openIssues: number;
  /** At this week's group session. */
  attended: boolean;
}

/** Multiplier on a member's opacity under a lens. */
export function memberEmphasis(lens: Lens, f: MemberFacts): number {
  if (lens === 'C3') return f.openIssues > 0 ? 1 : 0.3;
  if (lens === 'C4') return f.attended ? 1 : 0.3;
  return 1;
}

export const ENERGY_STEPS = 8;

/** C2: a member's fill from energy, cividis in 8 steps (UX.md §2, never turbo). */
export function energyStep(e: number): number {
  return Math.min(ENERGY_STEPS - 1, Math.max(0, Math.floor(e * ENERGY_STEPS)));
}

export function energyColour(step: number): string {
  return interpolateCividis((step + 0.5) / ENERGY_STEPS);
}
