// Plain names and units for the indicators the compare view shows (the rows
// of the shared challenge table, src/stats/challenges.ts), and A–D encoding.
import type { Indicator } from '../../model/indicators.ts';
import { msg } from '../i18n.ts';
import { palette } from '../theme.ts';

export { scenarioVar } from '../theme.ts';

export interface IndicatorLabel {
  label: string;
  /** Shown as a percentage (a share in 0..1). */
  pct?: boolean;
  /** What the number counts, when that is not obvious. */
  note?: string;
}

export const INDICATOR_LABELS: Partial<Record<Indicator, IndicatorLabel>> = {
  meanTrust: { label: msg('Mean trust'), pct: true },
  groupSafety: { label: msg('Group safety'), pct: true },
  memberValue: { label: msg('Member value') },
  sponsorValue: { label: msg('Sponsor value'), note: msg('cumulative') },
  sponsorSupport: { label: msg('Sponsor support'), pct: true },
  activeFraction: { label: msg('Members active this week'), pct: true },
  meanEnergy: { label: msg('Mean energy'), pct: true },
  members: { label: msg('Members') },
  dropouts: { label: msg('Dropouts'), note: msg('cumulative') },
  trickyShared1on1: { label: msg('Tricky issues shared 1:1'), note: msg('cumulative') },
  trickySharedGroup: { label: msg('Tricky issues shared in the group'), note: msg('cumulative') },
  badlyReceived: { label: msg('Disclosures badly received'), note: msg('cumulative') },
  sharingNorm: { label: msg('Sharing norm'), pct: true },
  oneOnOnes: { label: msg('1:1 talks'), note: msg('this week') },
  groupContacts: { label: msg('Group contacts'), note: msg('this week') },
  weavingRatio: { label: msg('Insights woven into the group'), pct: true },
  giantComponentShare: { label: msg('Members in the largest cluster'), pct: true },
  innovations: { label: msg('Innovations'), note: msg('cumulative') },
  crossOrgTieShare: { label: msg('Ties across organisations'), pct: true },
  eiIndex: { label: msg('E-I index'), note: msg('−1 inward … +1 outward') },
  insights: { label: msg('Private insights'), note: msg('cumulative') },
};

export function labelOf(ind: Indicator): IndicatorLabel {
  return INDICATOR_LABELS[ind] ?? { label: ind };
}

/** Scenario letter A–D (the CLI's labelFor gives the same letters). */
export const letter = (i: number): string => String.fromCharCode(65 + i);

/** UX.md §2: colour, dash and letter per scenario, so colour is never alone. */
export const SCENARIO_DASH = ['', '9 4', '1.5 3', '7 3 1.5 3'] as const;

/** A scenario's colour in the page's theme, for charts (the chrome takes scenarioVar, a CSS custom property). */
export function scenarioColour(i: number): string {
  const c = palette().scenarios;
  return c[i % c.length];
}

export function scenarioDash(i: number): string {
  return SCENARIO_DASH[i % SCENARIO_DASH.length];
}
