// Membership (MODEL.md §7.9): dropouts after weeks of low energy, newcomers
// who return depending on a reply to their first post (Joyce & Kraut 2006),
// and participation levels over a sliding window (Wenger et al. 2002).

import { addMember } from './init.ts';
import { poisson } from './random.ts';
import { LEVELS } from './snapshot.ts';
import type { World } from './world.ts';

const LEVEL = Object.fromEntries(LEVELS.map((l, k) => [l, k])) as Record<(typeof LEVELS)[number], number>;

export function leave(w: World, i: number): void {
  const m = w.members;
  m.present[i] = 0;
  m.active[i] = 0;
  m.left[i] = w.week;
  for (const t of w.ties.tiesOf(i)) w.ties.makeDormant(t);
  w.dropouts++;
  w.events.push('dropout', i);
}

export function dropouts(w: World): void {
  const m = w.members;
  const p = w.p;
  const rng = w.rng.dropout;
  for (let i = 0; i < m.count; i++) {
    if (!m.present[i] || m.joined[i] === w.week) continue;
    if (m.newcomerFate[i] === 0) {
      leave(w, i); // a newcomer who did not come back
      continue;
    }
    m.lowWeeks[i] = m.E[i] < p.dropoutEnergy ? m.lowWeeks[i] + 1 : 0;
    // a member whose participant decided this week stays this week (§7.12)
    if (m.lowWeeks[i] >= p.dropoutWeeks && rng() < p.dropoutChance && !w.decided?.has(i)) leave(w, i);
  }
}

/** Newcomers arrive Poisson(rate·active fraction·size/60) and tie to a random active member (Guimerà et al. 2005). */
export function newcomers(w: World, activeList: number[], activeFraction: number): void {
  const p = w.p;
  const m = w.members;
  const rng = w.rng.newcomer;
  const n = poisson(rng, p.newcomerRate * activeFraction * (w.initialSize / 60));
  if (n === 0 || activeList.length === 0) return;
  const shares = w.orgShares;
  for (let k = 0; k < n; k++) {
    let u = rng();
    let org = 0;
    while (org < shares.length - 1 && u >= shares[org]) u -= shares[org++];
    const i = addMember(w, rng, org, w.centroids[org], w.week);
    m.E[i] = 0.5;
    const j = activeList[Math.floor(rng() * activeList.length)];
    const t = w.ties.create(i, j, m.org[i] !== m.org[j], p.strangerTrust * m.pi[i], p.strangerTrust * m.pi[j], w.week);
    w.ties.makeAlive(t, p.newTieStrength);
    const replied = rng() < (w.welcome ? p.welcomeReplyChance : p.firstReplyChance);
    m.newcomerFate[i] = rng() < (replied ? p.returnIfReplied : p.returnIfIgnored) ? 1 : 0;
    w.contribute(i);
    w.newcomers++;
    w.events.push('newcomer', i, j, replied ? 1 : 0);
  }
}

/**
 * Levels over the window (Wenger et al. 2002): core ≥6 contributions and
 * ≥50% attendance; active ≥2 contributions and ≥50% attendance, or ≥4
 * without; peripheral any activity (watching from the side). The draft counted
 * ≥2 contributions, or ≥1 with half attendance, as active (D14).
 */
export function updateLevels(w: World): void {
  const m = w.members;
  const W = m.window;
  let held = 0;
  for (let s = 0; s < W; s++) held += w.sessionsHeld[s];
  for (let i = 0; i < m.count; i++) {
    if (!m.present[i]) {
      m.level[i] = LEVEL.outsider;
      continue;
    }
    let contrib = 0;
    let attended = 0;
    let any = 0;
    for (let s = 0; s < W; s++) {
      contrib += m.contrib[i * W + s];
      attended += m.attended[i * W + s];
      any |= m.wasActive[i * W + s];
    }
    const halfAttended = held > 0 && attended >= 0.5 * held;
    if (contrib >= 6 && halfAttended) m.level[i] = LEVEL.core;
    else if (contrib >= 4 || (contrib >= 2 && halfAttended)) m.level[i] = LEVEL.active;
    else if (any || contrib > 0 || attended > 0) m.level[i] = LEVEL.peripheral;
    else m.level[i] = LEVEL.outsider;
  }
}

export { LEVEL };
