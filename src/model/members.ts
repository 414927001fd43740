// Member state as columns (struct of arrays), indexed by member id. Ids are
// never reused: a member who leaves keeps its id with present = 0.

export const TOPICS = 4;

/** A tricky issue (§2): private → dyad (rehearsed 1:1) → group → resolved. */
export const ISSUE_STATE = { private: 0, dyad: 1, group: 2, resolved: 3 } as const;
export interface Issue {
  topic: number;
  s: number;
  state: number;
  /** Members who heard it 1:1 and received it well. */
  confidants: number[];
  /** Told one-on-one at least once, to a member or to the facilitator (weavingRatio). */
  told: boolean;
}

export class Members {
  count = 0;
  capacity: number;
  /** Members per participation level window (weeks). */
  readonly window: number;

  org!: Uint8Array;
  x!: Float64Array; // expertise, TOPICS per member
  need!: Float64Array; // need, TOPICS per member
  r!: Float64Array; // relevance of the domain to daily work
  E!: Float64Array; // energy
  lambda!: Float64Array; // daily-life pull
  pi!: Float64Array; // propensity to trust
  b!: Float64Array; // benevolence
  rho!: Float64Array; // risk aversion
  cap!: Uint8Array; // 1:1s per week
  capLeft!: Uint8Array;
  V!: Float64Array; // perceived value (EWMA of weekly net benefit)
  benefit!: Float64Array; // this week's net benefit
  Tf!: Float64Array; // trust in the facilitator
  att!: Float64Array; // attention: 1 after a touch point, fading each week without one
  voice!: Float64Array; // propensity to contribute, relative to the mean member (participation inequality)
  facTie!: Uint8Array; // has talked with the facilitator
  present!: Uint8Array;
  active!: Uint8Array;
  attending!: Uint8Array; // attends this week's session
  level!: Uint8Array;
  joined!: Int32Array;
  left!: Int32Array;
  lowWeeks!: Int32Array;
  newcomerFate!: Int8Array; // -1 none; 0 leaves after first week; 1 stays
  /** Ring buffers over the level window: contributions and attendance per week. */
  contrib!: Uint16Array;
  attended!: Uint8Array;
  wasActive!: Uint8Array;
  /** The member's first tricky issue shared: its week (-1: none yet), the trust just before (in the confidant, or perceived safety in the group), and where. */
  firstShareWeek!: Int32Array;
  firstShareTrust!: Float64Array;
  firstShareGroup!: Uint8Array;
  issues: Issue[][] = [];

  constructor(initialCapacity: number, window: number) {
    this.capacity = Math.max(16, initialCapacity);
    this.window = window;
    // Twice on purpose, as in Ties: the columns are replaced when they grow.
    this.allocate(this.capacity);
    this.allocate(this.capacity);
  }

  private allocate(cap: number): void {
    const grow = <T extends { length: number; set(a: ArrayLike<number>): void }>(old: T | undefined, make: (n: number) => T, n: number): T => {
      const a = make(n);
      if (old) a.set(old as unknown as ArrayLike<number>);
      return a;
    };
    const W = this.window;
    this.org = grow(this.org, (n) => new Uint8Array(n), cap);
    this.x = grow(this.x, (n) => new Float64Array(n), cap * TOPICS);
    this.need = grow(this.need, (n) => new Float64Array(n), cap * TOPICS);
    this.r = grow(this.r, (n) => new Float64Array(n), cap);
    this.E = grow(this.E, (n) => new Float64Array(n), cap);
    this.lambda = grow(this.lambda, (n) => new Float64Array(n), cap);
    this.pi = grow(this.pi, (n) => new Float64Array(n), cap);
    this.b = grow(this.b, (n) => new Float64Array(n), cap);
    this.rho = grow(this.rho, (n) => new Float64Array(n), cap);
    this.cap = grow(this.cap, (n) => new Uint8Array(n), cap);
    this.capLeft = grow(this.capLeft, (n) => new Uint8Array(n), cap);
    this.V = grow(this.V, (n) => new Float64Array(n), cap);
    this.benefit = grow(this.benefit, (n) => new Float64Array(n), cap);
    this.Tf = grow(this.Tf, (n) => new Float64Array(n), cap);
    this.att = grow(this.att, (n) => new Float64Array(n), cap);
    this.voice = grow(this.voice, (n) => new Float64Array(n), cap);
    this.facTie = grow(this.facTie, (n) => new Uint8Array(n), cap);
    this.present = grow(this.present, (n) => new Uint8Array(n), cap);
    this.active = grow(this.active, (n) => new Uint8Array(n), cap);
    this.attending = grow(this.attending, (n) => new Uint8Array(n), cap);
    this.level = grow(this.level, (n) => new Uint8Array(n), cap);
    this.joined = grow(this.joined, (n) => new Int32Array(n), cap);
    this.left = grow(this.left, (n) => new Int32Array(n), cap);
    this.lowWeeks = grow(this.lowWeeks, (n) => new Int32Array(n), cap);
    this.newcomerFate = grow(this.newcomerFate, (n) => new Int8Array(n), cap);
    this.contrib = grow(this.contrib, (n) => new Uint16Array(n), cap * W);
    this.attended = grow(this.attended, (n) => new Uint8Array(n), cap * W);
    this.wasActive = grow(this.wasActive, (n) => new Uint8Array(n), cap * W);
    this.firstShareWeek = grow(this.firstShareWeek, (n) => new Int32Array(n), cap);
    this.firstShareTrust = grow(this.firstShareTrust, (n) => new Float64Array(n), cap);
    this.firstShareGroup = grow(this.firstShareGroup, (n) => new Uint8Array(n), cap);
    this.capacity = cap;
  }

  /** Add a member with zeroed state; returns its id. */
  add(): number {
    if (this.count === this.capacity) this.allocate(this.capacity * 2);
    const id = this.count++;
    this.left[id] = -1;
    this.newcomerFate[id] = -1;
    this.firstShareWeek[id] = -1;
    this.present[id] = 1;
    this.issues.push([]);
    return id;
  }

  /** Comparison of expertise of j against need of i (§7.2 comp_ij). */
  comp(i: number, j: number): number {
    let s = 0;
    const oi = i * TOPICS;
    const oj = j * TOPICS;
    for (let d = 0; d < TOPICS; d++) s += this.x[oj + d] * this.need[oi + d];
    return s / TOPICS;
  }

  /** Euclidean expertise distance / √D (§7.7). */
  dist(i: number, j: number): number {
    let s = 0;
    const oi = i * TOPICS;
    const oj = j * TOPICS;
    for (let d = 0; d < TOPICS; d++) {
      const diff = this.x[oi + d] - this.x[oj + d];
      s += diff * diff;
    }
    return Math.sqrt(s / TOPICS);
  }

  /** Note i's first shared tricky issue (no-op after the first). */
  noteShare(i: number, week: number, trust: number, group: boolean): void {
    if (this.firstShareWeek[i] >= 0) return;
    this.firstShareWeek[i] = week;
    this.firstShareTrust[i] = trust;
    this.firstShareGroup[i] = group ? 1 : 0;
  }

  expertise(i: number, topic: number): number {
    return this.x[i * TOPICS + topic];
  }
}
