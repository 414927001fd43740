// Energy and activity (MODEL.md §7.1): energy relaxes toward a baseline built
// from perceived value and belonging; daily life pulls it back at rate λ.
// Energy persists only where value or belonging was built ("ideas stay in
// the air", Hulsebosch 2010).

import { clip01 } from './random.ts';
import type { World } from './world.ts';

/**
 * Baseline B = r·(0.2·a + 0.4·min(1, V/v*) + 0.4·min(1, Σ w·T / b*)): interest
 * in the domain, held only while the community is in sight (attention a),
 * perceived value and belonging.
 */
export function baseline(w: World, i: number): number {
  const m = w.members;
  const ties = w.ties;
  let belonging = 0;
  const slab = ties.slab;
  for (let k = ties.at[i], end = k + 2 * ties.deg[i]; k < end; k += 2) belonging += ties.w[slab[k + 1]] * ties.trustFrom(slab[k + 1], i);
  const value = Math.min(1, m.V[i] / w.p.valueSaturation);
  return m.r[i] * (0.2 * m.att[i] + 0.4 * value + 0.4 * Math.min(1, belonging / w.p.belongingSaturation));
}

/**
 * Relax every member's energy toward its baseline and draw who is active.
 * Attention then fades: back to daily life, the community drops out of sight
 * unless a touch point (World.touch) brings it back (Hulsebosch 2010, C2).
 */
export function updateEnergy(w: World): void {
  const m = w.members;
  const rng = w.rng.activity;
  const fade = 1 - w.p.attentionDecay;
  for (let i = 0; i < m.count; i++) {
    if (!m.present[i]) continue;
    m.E[i] = clip01(m.E[i] + m.lambda[i] * (baseline(w, i) - m.E[i]));
    m.att[i] *= fade;
    m.active[i] = rng() < m.E[i] ? 1 : 0;
    m.capLeft[i] = m.cap[i];
    m.attending[i] = 0;
    m.benefit[i] = 0;
  }
}

/** An energy shock (launch, meetup, nudge, bad reception). */
export function addEnergy(w: World, i: number, dE: number): void {
  w.members.E[i] = clip01(w.members.E[i] + dE);
}
