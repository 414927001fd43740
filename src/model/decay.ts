// Decay (MODEL.md §7.8): unused ties weaken and fall dormant, trust drifts
// toward each member's propensity to trust, and every few weeks the tie
// records are compacted (a speed matter only: results do not depend on it).

import type { World } from './world.ts';

/** Weeks between tie compactions. */
const COMPACT_EVERY = 4;

/** Unused ties weaken (cross-org ones faster when crossOrgDecayExtra > 0) and fall dormant; trust drifts to π. */
export function decayTies(w: World): void {
  const ties = w.ties;
  const p = w.p;
  const pi = w.members.pi;
  // backwards, so that a tie falling dormant (swap-removed) never skips one
  const ids = ties.aliveIds;
  for (let k = ids.length - 1; k >= 0; k--) {
    const t = ids[k];
    ties.Tab[t] += p.trustDrift * (pi[ties.a[t]] - ties.Tab[t]);
    ties.Tba[t] += p.trustDrift * (pi[ties.b[t]] - ties.Tba[t]);
    ties.drifted[t] = w.week;
    if (ties.last[t] === w.week) continue;
    ties.w[t] *= 1 - p.tieDecay * (1 + p.crossOrgDecayExtra * ties.cross[t]);
    if (ties.w[t] < p.tieDeleteBelow) {
      w.events.push('tieDropped', ties.a[t], ties.b[t]);
      ties.makeDormant(t);
    }
  }
}

/** Every few weeks, once a quarter of the alive ties lie scattered among dormant records, put them back in front (Ties.compact); tie ids held by the facilitator follow. */
export function compactTies(w: World): void {
  const ties = w.ties;
  if (w.week % COMPACT_EVERY !== 0 || ties.count < 2 * ties.alivePairs + 64 || ties.scattered() < ties.alivePairs / 4) return;
  const map = ties.compact();
  // A Set: an item may sit in both lists, and must be renumbered once.
  for (const item of new Set([...w.known, ...w.wovenQueue])) if (item.kind === 'insight') item.ref = map[item.ref];
}
