// Faults in words a workshop participant understands: what stopped (which
// run, which seed, which week), what was done about it, and whether anything
// was lost. Technical detail stays in the console for whoever debugs.
import { msg } from '../i18n.ts';
import type { FaultKind } from './deadline.ts';

function why(kind: FaultKind, ms = 0): string {
  if (kind === 'timeout') return msg(`it did not answer for ${Math.round(ms / 1000)} s`);
  if (kind === 'died') return msg('its worker crashed');
  return msg('the model hit an error');
}

/** The lab's own simulation was replaced and put back where it was. */
export function labRestarted(week: number, seed: number, kind: FaultKind, ms = 0): string {
  return msg(`The simulation stopped at week ${week} (seed ${seed}): ${why(kind, ms)}. It was restarted at week ${week}; nothing was lost.`);
}

/** The restart itself failed: the work is safe, the run is not. */
export function labLost(seed: number): string {
  return msg(`The simulation (seed ${seed}) stopped and could not be restarted. Your scenario and interventions are saved in this browser: export them, then reload the page.`);
}

/** A model error on the way to the next week (it will recur with this seed). */
export function labModelError(week: number, seed: number): string {
  return msg(`The simulation stopped on the way from week ${week} (seed ${seed}): the model hit an error. It is back at week ${week}. The same seed will stop at the same place: try another seed, and export the scenario to report it.`);
}

/** A replication whose worker failed once and is being run again. */
export function runRestarted(runIndex: number, seed: number): string {
  return msg(`Run ${runIndex} (seed ${seed}) stopped; restarted.`);
}

/** A replication that failed twice: left out, the others go on. */
export function runLeftOut(runIndex: number, seed: number): string {
  return msg(`Run ${runIndex} (seed ${seed}) stopped twice and was left out; the other runs go on.`);
}
