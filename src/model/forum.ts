// The forum (MODEL.md §7.5): active members post questions; a post is
// answered with chance 1 − Π_active(1 − 0.3·x_j[topic]). Answers refresh an
// existing poster–answerer tie but create none (forum answers ignore
// homophily and would flood the network with random cross-org ties).

import { TOPICS } from './members.ts';
import type { World } from './world.ts';

export function runForum(w: World, activeList: number[]): void {
  const m = w.members;
  const ties = w.ties;
  const rng = w.rng.forum;
  const skill = w.p.forumAnswerSkill;
  if (activeList.length === 0) return;
  // per topic: log Π(1 − skill·x) over active members, and cumulative answer weights
  const logNo = logNoAnswer(w);
  const n = activeList.length;
  const logMiss = new Float64Array(TOPICS);
  const cum: Float64Array[] = [];
  for (let d = 0; d < TOPICS; d++) {
    const c = new Float64Array(n);
    let acc = 0;
    let lm = 0;
    for (let k = 0; k < n; k++) {
      const j = activeList[k];
      lm += logNo[j * TOPICS + d];
      acc += skill * m.expertise(j, d) * m.voice[j]; // who answers: the vocal few answer most
      c[k] = acc;
    }
    logMiss[d] = lm;
    cum.push(c);
  }
  for (const i of activeList) {
    if (rng() >= w.p.forumPostChance * m.voice[i]) continue;
    const d = Math.floor(rng() * TOPICS);
    const pAnswer = 1 - Math.exp(logMiss[d] - logNo[i * TOPICS + d]);
    w.contribute(i);
    if (rng() >= pAnswer) {
      w.events.push('forumPost', i, -1);
      continue;
    }
    const j = pickAnswerer(cum[d], activeList, rng(), i);
    w.events.push('forumPost', i, j);
    if (j < 0) continue;
    w.contribute(j);
    m.benefit[i] += w.p.forumAnswerValue * m.expertise(j, d); // an answered question is practical value
    w.touch(i);
    const t = ties.aliveTie(i, j);
    if (t >= 0) {
      ties.w[t] += w.p.strengthGain * (1 - ties.w[t]);
      ties.last[t] = w.week;
    }
  }
}

/** log(1 − skill·x[d]) per member and topic; expertise never changes, so each member is computed once. */
function logNoAnswer(w: World): Float64Array {
  const m = w.members;
  const c = w.forumCache;
  if (c.values.length < m.count * TOPICS) {
    const values = new Float64Array(m.count * 2 * TOPICS);
    values.set(c.values.subarray(0, c.filled * TOPICS));
    c.values = values;
  }
  const skill = w.p.forumAnswerSkill;
  for (let i = c.filled; i < m.count; i++) {
    for (let d = 0; d < TOPICS; d++) c.values[i * TOPICS + d] = Math.log(Math.max(1e-12, 1 - skill * m.expertise(i, d)));
  }
  c.filled = m.count;
  return c.values;
}

/** Answerer ∝ 0.3·x[topic]·voice among active members other than the poster (binary search). */
function pickAnswerer(cum: Float64Array, ids: number[], u: number, poster: number): number {
  const total = cum[cum.length - 1];
  if (total <= 0) return -1;
  for (let tries = 0; tries < 4; tries++) {
    const r = ((u + tries * 0.6180339887) % 1) * total;
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid] > r) hi = mid;
      else lo = mid + 1;
    }
    if (ids[lo] !== poster) return ids[lo];
  }
  return -1;
}
