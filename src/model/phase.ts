// Phase detection (MODEL.md §7.10): potential → coalescing at the first
// community-wide event; coalescing → maturing when the coalescing tasks hold
// for 4 weeks (enough trust for sticky problems, value established; Wenger
// et al. 2002); back after 8 failing weeks; dormant when almost nobody is
// active for 12 weeks.

import { PHASE_CODE } from './indicators.ts';
import type { World } from './world.ts';

// Read once: a property read in a branch that has not run yet has no type
// feedback, and V8 throws optimised code away the first week it runs.
const { potential: POTENTIAL, coalescing: COALESCING, maturing: MATURING, dormant: DORMANT } = PHASE_CODE;

export interface PhaseInputs {
  members: number;
  coreAndActive: number;
  activeFraction: number;
  memberValue: number;
  giantActiveShare: number;
}

export const MATURING_CONDITIONS = [
  'core+active ≥ 25% of members',
  'group safety S ≥ 0.5',
  '≥ 2 well-received group disclosures in 8 weeks',
  'mean value ≥ 0.1 and artifacts growing',
  'giant component holds ≥ 60% of active members',
] as const;

const ALL = (1 << MATURING_CONDITIONS.length) - 1;

/** Which maturing conditions hold this week (same order as MATURING_CONDITIONS). */
export function maturingChecks(w: World, x: PhaseInputs): boolean[] {
  const sum = (a: Uint16Array) => a.reduce((s, v) => s + v, 0);
  return [
    x.members > 0 && x.coreAndActive >= 0.25 * x.members,
    w.S >= 0.5,
    sum(w.goodGroupDisclosures) >= 2,
    x.memberValue >= 0.1 && sum(w.artifactsAdded) > 0,
    x.giantActiveShare >= 0.6,
  ];
}

/** The maturing conditions that hold as a bitmask (bit k: MATURING_CONDITIONS[k]), for the record. */
export function conditionBits(checks: boolean[]): number {
  let bits = 0;
  for (let k = 0; k < checks.length; k++) if (checks[k]) bits |= 1 << k;
  return bits;
}

/** Update the phase; returns the week's maturing conditions as a bitmask. */
export function updatePhase(w: World, x: PhaseInputs): number {
  const checks = maturingChecks(w, x);
  const bits = conditionBits(checks);
  if (w.phase === POTENTIAL) return bits;
  if (w.phase === DORMANT) {
    if (x.activeFraction >= 0.05) {
      w.phase = COALESCING;
      w.dormantCounter = 0;
      w.phaseCounter = 0;
    }
    return bits;
  }
  // The sums are taken before the test, not in its rare branch: code V8
  // optimised before the branch ever ran would be thrown away (and compiled
  // again) the first week it does, in every fresh worker.
  const dormantNext = w.dormantCounter + 1;
  const phaseNext = w.phaseCounter + 1;
  w.dormantCounter = x.activeFraction < 0.05 ? dormantNext : 0;
  if (w.dormantCounter >= 12) {
    w.phase = DORMANT;
    w.phaseCounter = 0;
    return bits;
  }
  const ok = bits === ALL;
  if (w.phase === COALESCING) {
    w.phaseCounter = ok ? phaseNext : 0;
    if (w.phaseCounter >= 4) {
      w.phase = MATURING;
      w.maturingWeek ??= w.week;
      w.phaseCounter = 0;
    }
  } else {
    w.phaseCounter = ok ? 0 : phaseNext;
    if (w.phaseCounter >= 8) {
      w.phase = COALESCING;
      w.phaseCounter = 0;
    }
  }
  return bits;
}
