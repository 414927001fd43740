// Phase detection (MODEL.md §7.10): potential → coalescing at the first
// community-wide event; coalescing → maturing when the coalescing tasks hold
// for 4 weeks (enough trust for sticky problems, value established; Wenger
// et al. 2002); back after 8 failing weeks; dormant when almost nobody is
// active for 12 weeks.

import { PHASE_CODE } from './indicators.ts';
import type { World } from './world.ts';

export interface PhaseInputs {
  members: number;
  coreAndActive: number;
  activeFraction: number;
  memberValue: number;
  giantActiveShare: number;
}

export const MATURING_CONDITIONS = [
  'core+active ≥ 30% of members',
  'group safety S ≥ 0.5',
  '≥ 2 well-received group disclosures in 8 weeks',
  'mean value ≥ 0.1 and artifacts growing',
  'giant component holds ≥ 60% of active members',
] as const;

/** Which maturing conditions hold this week (same order as MATURING_CONDITIONS). */
export function maturingChecks(w: World, x: PhaseInputs): boolean[] {
  const sum = (a: Uint16Array) => a.reduce((s, v) => s + v, 0);
  return [
    x.members > 0 && x.coreAndActive >= 0.3 * x.members,
    w.S >= 0.5,
    sum(w.goodGroupDisclosures) >= 2,
    x.memberValue >= 0.1 && sum(w.artifactsAdded) > 0,
    x.giantActiveShare >= 0.6,
  ];
}

export function updatePhase(w: World, x: PhaseInputs): void {
  if (w.phase === PHASE_CODE.potential) return;
  if (w.phase === PHASE_CODE.dormant) {
    if (x.activeFraction >= 0.05) {
      w.phase = PHASE_CODE.coalescing;
      w.dormantCounter = 0;
      w.phaseCounter = 0;
    }
    return;
  }
  w.dormantCounter = x.activeFraction < 0.05 ? w.dormantCounter + 1 : 0;
  if (w.dormantCounter >= 12) {
    w.phase = PHASE_CODE.dormant;
    w.phaseCounter = 0;
    return;
  }
  const ok = maturingChecks(w, x).every(Boolean);
  if (w.phase === PHASE_CODE.coalescing) {
    w.phaseCounter = ok ? w.phaseCounter + 1 : 0;
    if (w.phaseCounter >= 4) {
      w.phase = PHASE_CODE.maturing;
      w.maturingWeek ??= w.week;
      w.phaseCounter = 0;
    }
  } else {
    w.phaseCounter = ok ? 0 : w.phaseCounter + 1;
    if (w.phaseCounter >= 8) {
      w.phase = PHASE_CODE.coalescing;
      w.phaseCounter = 0;
    }
  }
}
