// Ties as columns with a pair index. A tie is undirected; trust on it is
// directed (T_ab: a's trust in b). A tie whose strength decays away becomes
// dormant: it leaves the network but its record (trust as memory, §7.8)
// stays, and a new conversation revives it.

export class Ties {
  count = 0;
  capacity: number;
  a!: Int32Array; // lower member id
  b!: Int32Array; // higher member id
  w!: Float64Array;
  Tab!: Float64Array;
  Tba!: Float64Array;
  last!: Int32Array; // week of the last conversation
  drifted!: Int32Array; // week trust drift was last applied
  cross!: Uint8Array;
  alive!: Uint8Array;
  insights!: Uint16Array; // private insights not yet public
  badWeek!: Int32Array; // week of the last badly received 1:1 disclosure, or -1
  goodWeek!: Int32Array; // week of the last well received 1:1 disclosure, or -1 (shown only)
  /**
   * Pair index: an open-addressing hash table of tie ids + 1 (0 = empty),
   * probed linearly and compared against the a/b columns. Records are never
   * removed (dormant ties stay), so there are no tombstones.
   */
  private slots = new Int32Array(256);
  /**
   * Alive ties per member, as (neighbour, tie id) pairs in one slab: member
   * i's pairs are slab[at[i] .. at[i] + 2·deg[i]), in the order they became
   * alive (a removal moves the last pair into the gap). One flat array, so a
   * neighbourhood is one contiguous read rather than two JS arrays per member.
   */
  slab = new Int32Array(1024);
  at = new Int32Array(64);
  deg = new Int32Array(64);
  private room = new Int32Array(64); // pairs reserved for each member
  // compact()'s buffer. Set here, not on first use: a property added later
  // changes the object's shape and throws away V8's code for every function
  // that touched a Ties (measured: 6 recompiles per fresh worker).
  private scratch = new Float64Array(0);
  private top = 0; // slab entries handed out
  private reserved = 0; // Σ room: pairs still owned by a member
  /** Every alive tie id (in no particular order), so weekly passes skip dormant records. */
  aliveIds: number[] = [];
  private alivePos!: Int32Array;

  get alivePairs(): number {
    return this.aliveIds.length;
  }

  constructor(initialCapacity: number) {
    this.capacity = Math.max(64, initialCapacity);
    // Twice on purpose: V8 treats a field assigned once as a constant and
    // throws away optimised code the first time a run grows its columns
    // (measured: a mass de-optimisation about 25 runs into every worker).
    // Assigning each column twice here marks them as the variables they are.
    this.allocate(this.capacity);
    this.allocate(this.capacity);
    this.slots = new Int32Array(256);
    this.slab = new Int32Array(1024);
    this.at = new Int32Array(64);
    this.deg = new Int32Array(64);
    this.room = new Int32Array(64);
  }

  private allocate(cap: number): void {
    const g = <T extends { set(a: ArrayLike<number>): void }>(old: T | undefined, a: T): T => {
      if (old) a.set(old as unknown as ArrayLike<number>);
      return a;
    };
    this.a = g(this.a, new Int32Array(cap));
    this.b = g(this.b, new Int32Array(cap));
    this.w = g(this.w, new Float64Array(cap));
    this.Tab = g(this.Tab, new Float64Array(cap));
    this.Tba = g(this.Tba, new Float64Array(cap));
    this.last = g(this.last, new Int32Array(cap));
    this.drifted = g(this.drifted, new Int32Array(cap));
    this.cross = g(this.cross, new Uint8Array(cap));
    this.alive = g(this.alive, new Uint8Array(cap));
    this.insights = g(this.insights, new Uint16Array(cap));
    this.badWeek = g(this.badWeek, new Int32Array(cap));
    this.goodWeek = g(this.goodWeek, new Int32Array(cap));
    this.alivePos = g(this.alivePos, new Int32Array(cap));
    this.capacity = cap;
  }

  ensureMember(id: number): void {
    if (id < this.at.length) return;
    const n = Math.max(id + 1, this.at.length * 2);
    const grow = (a: Int32Array) => {
      const b = new Int32Array(n);
      b.set(a);
      return b;
    };
    this.at = grow(this.at);
    this.deg = grow(this.deg);
    this.room = grow(this.room);
  }

  /** Append the pair (j, t) to i's neighbourhood. */
  private addPair(i: number, j: number, t: number): void {
    if (this.deg[i] === this.room[i]) this.relocate(i, Math.max(4, 2 * this.room[i]));
    const k = this.at[i] + 2 * this.deg[i]++;
    this.slab[k] = j;
    this.slab[k + 1] = t;
  }

  /** Swap-remove tie t from i's neighbourhood. */
  private removePair(i: number, t: number): void {
    const slab = this.slab;
    const s = this.at[i];
    const last = s + 2 * (this.deg[i] - 1);
    for (let k = s + 1; k <= last + 1; k += 2) {
      if (slab[k] !== t) continue;
      slab[k - 1] = slab[last];
      slab[k] = slab[last + 1];
      this.deg[i]--;
      return;
    }
  }

  /** Give member i a block of `cap` pairs at the top of the slab (compacting or growing it first). */
  private relocate(i: number, cap: number): void {
    if (this.top + 2 * cap > this.slab.length) {
      const live = 2 * (this.reserved + cap);
      const next = new Int32Array(Math.max(this.slab.length, 2 * live));
      // Copy member by member: blocks keep their pair order, the holes go.
      let top = 0;
      for (let m = 0; m < this.at.length; m++) {
        if (this.room[m] === 0) continue;
        next.set(this.slab.subarray(this.at[m], this.at[m] + 2 * this.deg[m]), top);
        this.at[m] = top;
        top += 2 * this.room[m];
      }
      this.slab = next;
      this.top = top;
    }
    this.slab.copyWithin(this.top, this.at[i], this.at[i] + 2 * this.deg[i]);
    this.at[i] = this.top;
    this.top += 2 * cap;
    this.reserved += cap - this.room[i];
    this.room[i] = cap;
  }

  /**
   * Renumber the records: the alive ties first, in aliveIds order (so a tie's
   * id is its position there, and the weekly passes over alive ties read the
   * columns front to back), then the dormant ones in their old order. Dormant
   * records are never removed, and without this the alive ties end up
   * scattered among them (at 1,000 members after 156 weeks, 3,100 alive ties
   * among 14,000 records). Every order the model iterates in is kept (alive
   * ties, each neighbourhood), so results do not change. Returns old id → new
   * id, for tie ids held elsewhere.
   */
  compact(): Int32Array {
    const n = this.count;
    const map = new Int32Array(n);
    const ids = this.aliveIds;
    let next = 0;
    for (let k = 0; k < ids.length; k++) map[ids[k]] = next++;
    for (let t = 0; t < n; t++) if (!this.alive[t]) map[t] = next++;
    const tmp = (this.scratch = this.scratch.length >= n ? this.scratch : new Float64Array(this.capacity));
    for (const col of [this.a, this.b, this.w, this.Tab, this.Tba, this.last, this.drifted, this.cross, this.alive, this.insights, this.badWeek, this.goodWeek]) {
      for (let t = 0; t < n; t++) tmp[map[t]] = col[t];
      col.set(tmp.subarray(0, n));
    }
    for (let k = 0; k < ids.length; k++) {
      ids[k] = k;
      this.alivePos[k] = k;
    }
    const slab = this.slab;
    for (let m = 0; m < this.at.length; m++) {
      for (let k = this.at[m] + 1, end = k + 2 * this.deg[m]; k < end; k += 2) slab[k] = map[slab[k]];
    }
    // A slot's place depends on its pair only: renumber in place, no rehash.
    const slots = this.slots;
    for (let h = 0; h < slots.length; h++) if (slots[h] > 0) slots[h] = map[slots[h] - 1] + 1;
    return map;
  }

  /** Alive ties whose records lie beyond the front quarter past the alive count: how scattered the alive ties are. */
  scattered(): number {
    const limit = this.aliveIds.length * 1.25;
    let n = 0;
    for (const t of this.aliveIds) if (t >= limit) n++;
    return n;
  }

  /** Tie ids of i's alive ties, in neighbourhood order (a copy: safe to change ties while walking it). */
  tiesOf(i: number): number[] {
    const out: number[] = [];
    const s = this.at[i];
    for (let k = 0; k < this.deg[i]; k++) out.push(this.slab[s + 2 * k + 1]);
    return out;
  }

  /** Tie index of the pair (alive or dormant), or -1. */
  find(i: number, j: number): number {
    const lo = i < j ? i : j;
    const hi = i < j ? j : i;
    const slots = this.slots;
    const mask = slots.length - 1;
    for (let h = pairHash(lo, hi) & mask; ; h = (h + 1) & mask) {
      const t = slots[h] - 1;
      if (t < 0) return -1;
      if (this.a[t] === lo && this.b[t] === hi) return t;
    }
  }

  private index(t: number): void {
    if (2 * this.count > this.slots.length) {
      const old = this.slots;
      this.slots = new Int32Array(old.length * 2);
      for (let k = 0; k < old.length; k++) if (old[k] > 0) this.place(old[k] - 1);
    }
    this.place(t);
  }

  private place(t: number): void {
    const slots = this.slots;
    const mask = slots.length - 1;
    let h = pairHash(this.a[t], this.b[t]) & mask;
    while (slots[h] !== 0) h = (h + 1) & mask;
    slots[h] = t + 1;
  }

  /** Alive tie index of the pair, or -1. */
  aliveTie(i: number, j: number): number {
    const t = this.find(i, j);
    return t >= 0 && this.alive[t] ? t : -1;
  }

  /** Create a new record (not yet alive). */
  create(i: number, j: number, cross: boolean, Tij: number, Tji: number, week: number): number {
    if (this.count === this.capacity) this.allocate(this.capacity * 2);
    const t = this.count++;
    const lo = i < j ? i : j;
    this.a[t] = lo;
    this.b[t] = i < j ? j : i;
    this.Tab[t] = lo === i ? Tij : Tji;
    this.Tba[t] = lo === i ? Tji : Tij;
    this.cross[t] = cross ? 1 : 0;
    this.last[t] = week;
    this.drifted[t] = week;
    this.badWeek[t] = -1;
    this.goodWeek[t] = -1;
    this.index(t);
    return t;
  }

  makeAlive(t: number, w: number): void {
    this.w[t] = w;
    if (this.alive[t]) return;
    this.alive[t] = 1;
    const a = this.a[t];
    const b = this.b[t];
    this.addPair(a, b, t);
    this.addPair(b, a, t);
    this.alivePos[t] = this.aliveIds.length;
    this.aliveIds.push(t);
  }

  makeDormant(t: number): void {
    if (!this.alive[t]) return;
    this.alive[t] = 0;
    this.w[t] = 0;
    this.removePair(this.a[t], t);
    this.removePair(this.b[t], t);
    const k = this.alivePos[t];
    const last = this.aliveIds.pop()!;
    if (last !== t) {
      this.aliveIds[k] = last;
      this.alivePos[last] = k;
    }
  }

  other(t: number, i: number): number {
    return this.a[t] === i ? this.b[t] : this.a[t];
  }

  /** Trust of i in the other end of tie t. */
  trustFrom(t: number, i: number): number {
    return this.a[t] === i ? this.Tab[t] : this.Tba[t];
  }

  setTrustFrom(t: number, i: number, v: number): void {
    if (this.a[t] === i) this.Tab[t] = v;
    else this.Tba[t] = v;
  }

  degree(i: number): number {
    return this.deg[i];
  }
}

/** A 32-bit mix of an ordered pair (multiply–xorshift, as in murmur3's finaliser). */
function pairHash(lo: number, hi: number): number {
  let h = Math.imul(lo, 0x9e3779b1) ^ Math.imul(hi + 0x632be5ab, 0x85ebca77);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 13);
}
