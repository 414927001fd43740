// Partner choice (MODEL.md §7.2). Candidates: existing ties, friends of
// friends found by two-step random walks (sampled, not enumerated, so the
// cost follows the degree), matched partners and a few strangers. Each is
// weighted exp(u), u = 2w + 0.8·min(m,3) + β_h·sameOrg + comp + 3·matched:
// closure and homophily (Jin et al. 2001; McPherson et al. 2001).

import type { Rng } from './random.ts';
import type { World } from './world.ts';

export interface ChoiceOptions {
  /** Members to choose among: everyone present, or this session's attendees. */
  pool: number[];
  /** Membership test for the pool (present, or attending). */
  inPool: Uint8Array;
  homophily: number;
}

export class PartnerChooser {
  private mark = new Int32Array(64);
  private seen = new Int32Array(64);
  private stamp = 0;
  private cand: number[] = [];
  private weight: number[] = [];

  private ensure(n: number): void {
    if (this.mark.length >= n) return;
    const size = Math.max(n, this.mark.length * 2);
    const m = new Int32Array(size);
    m.set(this.mark);
    const s = new Int32Array(size);
    s.set(this.seen);
    this.mark = m;
    this.seen = s;
  }

  /** Pick a partner for i, or -1 when there is no candidate. */
  choose(w: World, i: number, rng: Rng, o: ChoiceOptions): number {
    const m = w.members;
    const ties = w.ties;
    const p = w.p;
    this.ensure(m.count);
    const stamp = ++this.stamp;
    const mark = this.mark;
    const seen = this.seen;
    const cand = this.cand;
    cand.length = 0;
    const adj = ties.adj[i];
    for (const t of adj) mark[ties.other(t, i)] = stamp;
    seen[i] = stamp;
    const add = (j: number) => {
      if (seen[j] === stamp || !o.inPool[j]) return;
      seen[j] = stamp;
      cand.push(j);
    };
    for (const t of adj) add(ties.other(t, i));
    const fof = p.friendOfFriendCandidates;
    for (let k = 0; k < fof && adj.length > 0; k++) {
      const q = ties.other(adj[Math.floor(rng() * adj.length)], i);
      const qa = ties.adj[q];
      if (qa.length === 0) continue;
      add(ties.other(qa[Math.floor(rng() * qa.length)], q));
    }
    const matched = w.matchedWith.get(i);
    if (matched) for (const j of matched) add(j);
    const pool = o.pool;
    for (let k = 0; k < p.randomCandidates && pool.length > 0; k++) add(pool[Math.floor(rng() * pool.length)]);
    if (cand.length === 0) return -1;

    const weight = this.weight;
    weight.length = cand.length;
    let total = 0;
    for (let c = 0; c < cand.length; c++) {
      const j = cand[c];
      const t = ties.aliveTie(i, j);
      let mutual = 0;
      if (adj.length > 0) {
        for (const tj of ties.adj[j]) {
          if (mark[ties.other(tj, j)] === stamp && ++mutual >= 3) break;
        }
      }
      let u = p.strengthWeight * (t >= 0 ? ties.w[t] : 0) + p.mutualWeight * mutual + m.comp(i, j);
      if (m.org[i] === m.org[j]) u += o.homophily;
      if (matched && matched.includes(j)) u += p.matchedWeight;
      const x = Math.exp(u);
      weight[c] = x;
      total += x;
    }
    let r = rng() * total;
    for (let c = 0; c < cand.length; c++) {
      r -= weight[c];
      if (r < 0) return cand[c];
    }
    return cand[cand.length - 1];
  }
}
