// Value and the sponsor (MODEL.md §7.6): members' perceived value follows
// their weekly net benefit; the sponsor sees only public value (artifacts,
// innovations, resolved issues) and cuts support when it lags.

import type { World } from './world.ts';

/** V is an EWMA of weekly net benefit (half-life 8 weeks); the sponsor reviews public value. */
export function accountValue(w: World): void {
  const m = w.members;
  const alpha = 1 - Math.pow(2, -1 / w.p.valueHalfLife);
  for (let i = 0; i < m.count; i++) {
    if (!m.present[i]) continue;
    m.V[i] = Math.max(0, m.V[i] + alpha * (m.benefit[i] - m.V[i]));
  }
  w.artifactsAdded[w.slot(8)] += w.artifactsThisWeek;
  // value-creation cycles (Wenger, Trayner & de Laat 2011)
  w.VS += w.artifactsThisWeek + 2 * w.innovationsThisWeek + 0.5 * w.resolvedThisWeek;
  const sp = w.scenario.sponsor;
  if (w.week >= sp.startWeek) {
    w.belowExpectationWeeks = w.VS < sponsorExpectation(w) ? w.belowExpectationWeeks + 1 : 0;
    if (w.belowExpectationWeeks >= sp.patience) {
      w.sigma = Math.max(0, w.sigma - sp.supportCut);
      w.belowExpectationWeeks = 0;
    }
  }
}

/** The sponsor expects `expectation` value units a week from its start week. */
export function sponsorExpectation(w: World): number {
  const sp = w.scenario.sponsor;
  return w.week >= sp.startWeek ? sp.expectation * (w.week - sp.startWeek + 1) : 0;
}
