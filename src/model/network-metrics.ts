// Network indicators over current members (MODEL.md §4.2–4.3). One pass over
// each member's neighbourhood gives triangles (global transitivity) and Burt's
// constraint together, at cost Σ deg², with flat scratch arrays, no maps.

import type { World } from './world.ts';

export interface NetworkStats {
  ties: number;
  density: number;
  clustering: number;
  giantComponentShare: number;
  /** Share of active members who are in the giant component (for phase detection). */
  giantActiveShare: number;
  crossOrgTieShare: number;
  eiIndex: number;
  meanConstraint: number;
  meanTrust: number;
}

export class NetworkMetrics {
  private p = new Float64Array(0); // p_ij of the current ego, by member id
  private mark = new Int32Array(0);
  private indirect = new Float64Array(0);
  private parent = new Int32Array(0);
  private wsum = new Float64Array(0); // Σ w over each member's ties
  private stamp = 0;

  private ensure(n: number): void {
    if (this.mark.length >= n) return;
    this.p = new Float64Array(n);
    this.mark = new Int32Array(n);
    this.indirect = new Float64Array(n);
    this.parent = new Int32Array(n);
    this.wsum = new Float64Array(n);
    this.stamp = 0;
  }

  /**
   * The week's network indicators. With `structure` false the triangle and
   * constraint pass (Σ deg², the costly part) is skipped: clustering and
   * meanConstraint are then NaN. Phase detection needs neither.
   */
  compute(w: World, members: number, activeList: number[], structure = true): NetworkStats {
    const m = w.members;
    const ties = w.ties;
    this.ensure(m.count);
    const { p, mark, indirect } = this;

    let nTies = 0;
    let cross = 0;
    let trustSum = 0;
    const alive = ties.aliveIds;
    const tieW = ties.w;
    const slab = ties.slab;
    const at = ties.at;
    const degs = ties.deg;
    for (let k = 0; k < alive.length; k++) {
      const t = alive[k];
      nTies++;
      cross += ties.cross[t];
      trustSum += ties.Tab[t] + ties.Tba[t];
    }

    const wsum = this.wsum;
    for (let i = 0; i < m.count; i++) {
      let x = 0;
      for (let k = at[i], end = k + 2 * degs[i]; k < end; k += 2) x += tieW[slab[k + 1]];
      wsum[i] = x;
    }
    let triangles2 = 0; // Σ_i Σ_{q∈N(i)} |N(q) ∩ N(i)| = 6 × triangles
    let triples = 0;
    let constraintSum = 0;
    let withTies = 0;
    const present = m.present;
    for (let i = 0; structure && i < m.count; i++) {
      const si = at[i];
      const deg = degs[i];
      if (!present[i] || deg === 0) continue;
      triples += (deg * (deg - 1)) / 2;
      const stamp = ++this.stamp;
      const wi = wsum[i];
      const ei = si + 2 * deg;
      for (let k = si; k < ei; k += 2) {
        const j = slab[k];
        mark[j] = stamp;
        p[j] = tieW[slab[k + 1]] / wi;
        indirect[j] = 0;
      }
      for (let k = si; k < ei; k += 2) {
        const q = slab[k];
        const pq = p[q];
        const wq = wsum[q];
        for (let r = at[q], end = r + 2 * degs[q]; r < end; r += 2) {
          const j = slab[r];
          if (mark[j] !== stamp) continue;
          triangles2++;
          indirect[j] += (pq * tieW[slab[r + 1]]) / wq; // p_iq·p_qj (Burt 2004)
        }
      }
      let c = 0;
      for (let k = si; k < ei; k += 2) {
        const j = slab[k];
        const x = p[j] + indirect[j];
        c += x * x;
      }
      constraintSum += c;
      withTies++;
    }

    const { giant, giantActive } = this.components(w, activeList);
    const internal = nTies - cross;
    return {
      ties: nTies,
      density: members > 1 ? nTies / ((members * (members - 1)) / 2) : 0,
      clustering: !structure ? NaN : triples > 0 ? triangles2 / 2 / triples : 0,
      giantComponentShare: members > 0 ? giant / members : 0,
      giantActiveShare: activeList.length > 0 ? giantActive / activeList.length : 0,
      crossOrgTieShare: nTies > 0 ? cross / nTies : 0,
      eiIndex: nTies > 0 ? (cross - internal) / nTies : 0, // Krackhardt & Stern 1988
      meanConstraint: !structure ? NaN : withTies > 0 ? constraintSum / withTies : 0,
      meanTrust: nTies > 0 ? trustSum / (2 * nTies) : 0,
    };
  }

  /** Union–find over alive ties; size of the largest component and its active members. */
  private components(w: World, activeList: number[]): { giant: number; giantActive: number } {
    const m = w.members;
    const ties = w.ties;
    const parent = this.parent;
    for (let i = 0; i < m.count; i++) parent[i] = i;
    const find = (x: number): number => findRoot(parent, x);
    for (const t of ties.aliveIds) {
      const a = find(ties.a[t]);
      const b = find(ties.b[t]);
      if (a !== b) parent[a < b ? b : a] = a < b ? a : b;
    }
    const size = this.indirect; // reuse as a counter, by root
    size.fill(0, 0, m.count);
    let giant = 0;
    let root = -1;
    for (let i = 0; i < m.count; i++) {
      if (!m.present[i]) continue;
      const r = find(i);
      size[r]++;
      if (size[r] > giant || (size[r] === giant && r < root)) {
        giant = size[r];
        root = r;
      }
    }
    let giantActive = 0;
    for (const i of activeList) if (find(i) === root) giantActive++;
    return { giant, giantActive };
  }
}

function findRoot(parent: Int32Array, x: number): number {
  while (parent[x] !== x) {
    parent[x] = parent[parent[x]];
    x = parent[x];
  }
  return x;
}
