// When one run reached a phase, in words for the lab (issue 15 §4): the
// lab shows one run, so it says that run's week, where Compare says how
// many of its runs got there.
import { PHASE_CODE, type Phase } from '../../model/indicators.ts';
import { msg } from '../i18n.ts';

/** The first week up to `upTo` (inclusive) in which the run was in `phase`, or null. */
export function weekReached(phases: ArrayLike<number>, phase: Phase, upTo: number): number | null {
  const code = PHASE_CODE[phase];
  const end = Math.min(upTo, phases.length - 1);
  for (let w = 0; w <= end; w++) if (phases[w] === code) return w;
  return null;
}

/**
 * "Reached maturing in week 31"; "Not (yet) maturing" while the run has not
 * got there by `upTo`; "Did not reach maturing in 78 weeks" at its horizon.
 */
export function maturingSentence(phases: ArrayLike<number>, upTo: number, horizon: number): string {
  const w = weekReached(phases, 'maturing', upTo);
  if (w !== null) return msg(`Reached maturing in week ${w}`);
  return upTo >= horizon ? msg(`Did not reach maturing in ${horizon} weeks`) : msg('Not (yet) maturing');
}
