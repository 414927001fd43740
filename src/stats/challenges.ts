// The five coalescing challenges and the indicators that speak to each; the
// CLI's compare table and the browser's compare view group rows this way.

import type { Indicator } from '../model/indicators.ts';

/** Which way is better for an indicator; null where it is a balance, not a goal. */
export type Better = 'higher' | 'lower' | null;

export interface ChallengeRow {
  indicator: Indicator;
  better: Better;
}

export interface Challenge {
  id: 'C1' | 'C2' | 'C3' | 'C4' | 'C5';
  title: string;
  rows: readonly ChallengeRow[];
}

const up = (indicator: Indicator): ChallengeRow => ({ indicator, better: 'higher' });
const down = (indicator: Indicator): ChallengeRow => ({ indicator, better: 'lower' });
const neither = (indicator: Indicator): ChallengeRow => ({ indicator, better: null });

export const CHALLENGES: readonly Challenge[] = [
  {
    id: 'C1',
    title: 'Trust vs value',
    rows: [up('meanTrust'), up('groupSafety'), up('memberValue'), up('sponsorValue'), up('sponsorSupport')],
  },
  {
    id: 'C2',
    title: 'Energy',
    rows: [up('activeFraction'), up('meanEnergy'), up('members'), down('dropouts')],
  },
  {
    id: 'C3',
    title: 'Tricky issues',
    rows: [up('trickyShared1on1'), up('trickySharedGroup'), down('badlyReceived'), up('sharingNorm')],
  },
  {
    id: 'C4',
    title: '1:1 vs group',
    // How many 1:1s versus group contacts is a balance to read, not a score.
    rows: [neither('oneOnOnes'), neither('groupContacts'), up('weavingRatio'), up('giantComponentShare')],
  },
  {
    id: 'C5',
    title: 'Innovation across organisations',
    rows: [up('innovations'), up('crossOrgTieShare'), up('eiIndex'), up('insights')],
  },
];
