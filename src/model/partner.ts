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
  private strength = new Float64Array(64); // w of i's tie to a marked neighbour
  private stamp = 0;
  private cand = new Int32Array(64);
  private weight = new Float64Array(64);
  private n = 0;

  private ensure(n: number): void {
    if (this.mark.length >= n) return;
    const size = Math.max(n, this.mark.length * 2);
    const m = new Int32Array(size);
    m.set(this.mark);
    const s = new Int32Array(size);
    s.set(this.seen);
    this.mark = m;
    this.seen = s;
    this.strength = new Float64Array(size);
  }

  /** Add j to the candidates once, if it is in the pool (no closures: this is the hot path). */
  private add(j: number, stamp: number, inPool: Uint8Array): void {
    if (this.seen[j] === stamp || !inPool[j]) return;
    this.seen[j] = stamp;
    if (this.n === this.cand.length) {
      const c = new Int32Array(this.n * 2);
      c.set(this.cand);
      this.cand = c;
      this.weight = new Float64Array(this.n * 2);
    }
    this.cand[this.n++] = j;
  }

  /** Pick a partner for i, or -1 when there is no candidate. */
  choose(w: World, i: number, rng: Rng, o: ChoiceOptions): number {
    const m = w.members;
    const ties = w.ties;
    const p = w.p;
    this.ensure(m.count);
    const stamp = ++this.stamp;
    const mark = this.mark;
    const inPool = o.inPool;
    this.n = 0;
    const strength = this.strength;
    const adj = ties.adj[i];
    const nbr = ties.nbr[i];
    const deg = adj.length;
    for (let k = 0; k < deg; k++) {
      mark[nbr[k]] = stamp;
      strength[nbr[k]] = ties.w[adj[k]];
    }
    this.seen[i] = stamp;
    for (let k = 0; k < deg; k++) this.add(nbr[k], stamp, inPool);
    const fof = p.friendOfFriendCandidates;
    for (let k = 0; k < fof && deg > 0; k++) {
      const qn = ties.nbr[nbr[Math.floor(rng() * deg)]];
      if (qn.length === 0) continue;
      this.add(qn[Math.floor(rng() * qn.length)], stamp, inPool);
    }
    const matched = w.matchedWith.get(i);
    if (matched) for (let k = 0; k < matched.length; k++) this.add(matched[k], stamp, inPool);
    const pool = o.pool;
    for (let k = 0; k < p.randomCandidates && pool.length > 0; k++) this.add(pool[Math.floor(rng() * pool.length)], stamp, inPool);
    const n = this.n;
    if (n === 0) return -1;
    const cand = this.cand;
    const weight = this.weight;
    const strengthWeight = p.strengthWeight;
    const mutualWeight = p.mutualWeight;
    const orgI = m.org[i];
    let total = 0;
    for (let c = 0; c < n; c++) {
      const j = cand[c];
      let u = m.comp(i, j);
      if (mark[j] === stamp) u += strengthWeight * strength[j];
      if (deg > 0) {
        const jn = ties.nbr[j];
        let mutual = 0;
        for (let k = 0; k < jn.length && mutual < 3; k++) if (mark[jn[k]] === stamp) mutual++;
        u += mutualWeight * mutual;
      }
      if (m.org[j] === orgI) u += o.homophily;
      if (matched !== undefined && matched.indexOf(j) >= 0) u += p.matchedWeight;
      const x = Math.exp(u);
      weight[c] = x;
      total += x;
    }
    let r = rng() * total;
    for (let c = 0; c < n; c++) {
      r -= weight[c];
      if (r < 0) return cand[c];
    }
    return cand[n - 1];
  }
}
