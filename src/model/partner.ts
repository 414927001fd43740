// Partner choice (MODEL.md §7.2). Candidates: existing ties, friends of
// friends found by two-step random walks (sampled, not enumerated, so the
// cost follows the degree), matched partners and a few strangers. Each is
// weighted exp(u), u = 2w + 0.8·min(m,3) + β_h·sameOrg + comp + 3·matched:
// closure and homophily (Jin et al. 2001; McPherson et al. 2001).

import type { Rng } from './random.ts';
import { TOPICS } from './members.ts';
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
  // Mutual neighbours with i, counted once per call from i's side (see
  // choose): tally[r] - base is r's count in this call when it is >= 0; any
  // value below base is left from an earlier call and counts 0.
  private tally = new Int32Array(64);
  private tallyTop = 1; // the next call's base: above every count written so far
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
    this.tally = new Int32Array(size); // zeros: below any base, so no counts
  }

  /** Room for n more candidates. */
  private room(n: number): void {
    if (this.cand.length >= n) return;
    const size = Math.max(n, this.cand.length * 2);
    const c = new Int32Array(size);
    c.set(this.cand);
    this.cand = c;
    this.weight = new Float64Array(size);
  }

  /**
   * Pick a partner for i, or -1 when there is no candidate. This is the
   * model's hottest loop: columns are read into locals and nothing is
   * called per candidate but Math.exp. Candidates are collected in a fixed
   * order (ties, friends of friends, matched, strangers), each once.
   */
  choose(w: World, i: number, rng: Rng, o: ChoiceOptions): number {
    const m = w.members;
    const ties = w.ties;
    const p = w.p;
    this.ensure(m.count);
    const stamp = ++this.stamp;
    const mark = this.mark;
    const seen = this.seen;
    const inPool = o.inPool;
    const strength = this.strength;
    const slab = ties.slab;
    const at = ties.at;
    const degs = ties.deg;
    const tieW = ties.w;
    const si = at[i];
    const deg = degs[i];
    const fof = p.friendOfFriendCandidates;
    const matched = w.matchedWith.get(i);
    const pool = o.pool;
    const strangers = pool.length > 0 ? p.randomCandidates : 0;
    this.room(deg + (deg > 0 ? fof : 0) + (matched ? matched.length : 0) + strangers);
    const cand = this.cand;
    let n = 0;
    for (let k = si, end = si + 2 * deg; k < end; k += 2) {
      mark[slab[k]] = stamp;
      strength[slab[k]] = tieW[slab[k + 1]];
    }
    seen[i] = stamp;
    for (let k = si, end = si + 2 * deg; k < end; k += 2) n = addOnce(cand, n, slab[k], seen, stamp, inPool);
    for (let k = 0; k < fof && deg > 0; k++) {
      const q = slab[si + 2 * Math.floor(rng() * deg)];
      const qd = degs[q];
      if (qd === 0) continue;
      n = addOnce(cand, n, slab[at[q] + 2 * Math.floor(rng() * qd)], seen, stamp, inPool);
    }
    if (matched) for (let k = 0; k < matched.length; k++) n = addOnce(cand, n, matched[k], seen, stamp, inPool);
    for (let k = 0; k < strangers; k++) n = addOnce(cand, n, pool[Math.floor(rng() * pool.length)], seen, stamp, inPool);
    this.n = n;
    if (n === 0) return -1;
    const weight = this.weight;
    const strengthWeight = p.strengthWeight;
    const mutualWeight = p.mutualWeight;
    const homophily = o.homophily;
    const matchedWeight = p.matchedWeight;
    const org = m.org;
    const x = m.x;
    const need = m.need;
    const orgI = org[i];
    const oi = i * TOPICS;
    // i's need in locals, for the unrolled dot product below (TOPICS is 4).
    const n0 = need[oi];
    const n1 = need[oi + 1];
    const n2 = need[oi + 2];
    const n3 = need[oi + 3];
    // Mutual neighbours, counted once from i's side: each neighbour q of i
    // adds 1 to each of its own neighbours r, so r's count is |N(i) ∩ N(r)|
    // and a candidate's is one read. The old count scanned every candidate's
    // list: ~59 entries a call at 1,000 members against ~35 here, and 27% of
    // choose's profile. Without branches, because the loads then overlap: d
    // >> 31 is -1 for an entry below base (left from an earlier call), so d &
    // ~(d >> 31) is max(d, 0) and a stale entry restarts at 1. The same walk
    // with an if/else stamp test took choose from ~34.5% of a run to ~33%;
    // this one to ~27.5% (Math.max on doubles compiles to branches too).
    // Each call's base lies above every count of the calls before it.
    let base = this.tallyTop;
    if (base > 0x7fffffff - deg - 1) {
      this.tally.fill(0);
      base = 1;
    }
    const tally = this.tally;
    for (let k = si, end = si + 2 * deg; k < end; k += 2) {
      const q = slab[k];
      for (let h = at[q], qend = h + 2 * degs[q]; h < qend; h += 2) {
        const r = slab[h];
        const d = tally[r] - base;
        tally[r] = base + (d & ~(d >> 31)) + 1;
      }
    }
    this.tallyTop = base + deg + 1;
    let total = 0;
    for (let c = 0; c < n; c++) {
      const j = cand[c];
      // comp(i, j) of Members, inlined: same terms, same order
      const oj = j * TOPICS;
      let dot = 0;
      // Unrolled with need in locals: no inner loop, half the loads, the
      // same sums in the same order (runs 1.06× faster at 1,000 members).
      if (TOPICS === 4) {
        dot += x[oj] * n0;
        dot += x[oj + 1] * n1;
        dot += x[oj + 2] * n2;
        dot += x[oj + 3] * n3;
      } else for (let d = 0; d < TOPICS; d++) dot += x[oj + d] * need[oi + d];
      let u = dot / TOPICS;
      if (mark[j] === stamp) u += strengthWeight * strength[j];
      if (deg > 0) {
        const d = tally[j] - base;
        const mutual = Math.min(d & ~(d >> 31), 3); // min(m, 3), as the old early exit
        u += mutualWeight * mutual;
      }
      if (org[j] === orgI) u += homophily;
      if (matched !== undefined && matched.indexOf(j) >= 0) u += matchedWeight;
      const e = Math.exp(u);
      weight[c] = e;
      total += e;
    }
    let r = rng() * total;
    for (let c = 0; c < n; c++) {
      r -= weight[c];
      if (r < 0) return cand[c];
    }
    return cand[n - 1];
  }
}

/**
 * Append j to the candidates unless already seen this call or outside the
 * pool; returns the new count. Without branches: j is always written at n
 * (room() leaves a slot for every attempt) and the count grows by 1 only
 * when seen[j] differed from the stamp ((f | -f) >>> 31 is 1 for f ≠ 0) and
 * j is in the pool. Marking an outsider seen changes nothing: it would be
 * turned away again. Measured at 1,000 members: choose 4% faster in a tight
 * loop, about 1 point less of a run's profile.
 */
function addOnce(cand: Int32Array, n: number, j: number, seen: Int32Array, stamp: number, inPool: Uint8Array): number {
  const fresh = seen[j] ^ stamp;
  seen[j] = stamp;
  cand[n] = j;
  return n + (((fresh | -fresh) >>> 31) & (-inPool[j] >>> 31));
}
