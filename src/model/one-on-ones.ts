// The week's 1:1 conversations (MODEL.md §3 step 3, §7.2–7.4): pairs the
// facilitator matched meet first, then active members, in shuffled order,
// use their capacity on partners they choose.

import { talk } from './conversation.ts';
import type { PartnerChooser } from './partner.ts';
import { shuffle } from './random.ts';
import type { World } from './world.ts';

/** Matched pairs meet first, if both have capacity and the partner accepts. */
export function matchedTalks(w: World): void {
  const m = w.members;
  const rng = w.rng.partner;
  for (let k = 0; k < w.matchedPairs.length; k += 2) {
    const i = w.matchedPairs[k];
    const j = w.matchedPairs[k + 1];
    if (m.capLeft[i] === 0 || m.capLeft[j] === 0 || rng() >= m.E[j]) continue;
    m.capLeft[i]--;
    m.capLeft[j]--;
    m.active[i] = 1;
    talk(w, i, j, { oneOnOne: true, trustFormat: false });
  }
}

/** Active members, in shuffled order, use their capacity; a partner accepts with probability E if it has capacity left. */
export function chosenTalks(w: World, chooser: PartnerChooser, present: number[]): void {
  const m = w.members;
  const rng = w.rng.partner;
  const decided = w.decided;
  // a participant who seeks someone out is active this week (§7.12)
  if (decided) for (const [i, d] of decided) if (d.talkTo != null && m.present[i]) m.active[i] = 1;
  const order = w.list(m.active);
  shuffle(w.rng.order, order);
  for (const i of order) {
    const d = decided?.get(i);
    if (d && d.talkTo !== undefined) {
      seek(w, i, d.talkTo);
      continue;
    }
    while (m.capLeft[i] > 0) {
      m.capLeft[i]--;
      const j = chooser.choose(w, i, rng, { pool: present, inPool: m.present, homophily: w.p.homophily });
      if (j < 0) break;
      if (m.capLeft[j] === 0 || rng() >= m.E[j]) continue;
      m.capLeft[j]--;
      talk(w, i, j, { oneOnOne: true, trustFormat: false });
    }
  }
}

/**
 * A participant's 1:1 (§7.12): its member seeks out the one member it chose,
 * if that member is present and one it knows (a tie, alive or dormant). The
 * participant makes the time for this one talk, whatever the member's weekly
 * capacity; the partner accepts as any partner does, if it has time left and
 * with probability E. null: it seeks nobody out this week.
 */
function seek(w: World, i: number, j: number | null): void {
  const m = w.members;
  if (j === null || j >= m.count || !m.present[j] || w.ties.find(i, j) < 0) return;
  if (m.capLeft[i] > 0) m.capLeft[i]--;
  if (m.capLeft[j] === 0 || w.rng.partner() >= m.E[j]) return;
  m.capLeft[j]--;
  talk(w, i, j, { oneOnOne: true, trustFormat: false });
}
