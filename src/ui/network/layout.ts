// A d3-force layout that keeps the mental map (AP13): positions carry over
// from week to week, each new week reheats gently, newcomers start beside
// their first tie, and every week's final positions are stored so scrubbing
// back replays the same picture instead of re-running the forces.
import { forceLink, forceManyBody, forceSimulation, forceX, forceY, type Simulation, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';

export interface LayoutNode extends SimulationNodeDatum {
  id: number;
  /** Index in snapshot.members, or -1 for the facilitator. */
  index: number;
  org: number;
}
export interface LayoutLink extends SimulationLinkDatum<LayoutNode> {
  strength: number;
}

/** The facilitator's node id. */
export const FACILITATOR = -1;

export type Positions = Map<number, [number, number]>;

/** A week's layout input, in plain arrays so it crosses to the layout worker cheaply (layout-input.ts builds it). */
export interface LayoutInput {
  week: number;
  orgCount: number;
  /** Visible members in snapshot order: id, index in snapshot.members, organisation. */
  ids: Int32Array;
  index: Int32Array;
  org: Int32Array;
  /** Ties between member ids, with their strength. */
  la: Int32Array;
  lb: Int32Array;
  ls: Float64Array;
  /** Ids of the members the facilitator talked to or wove this week. */
  partners: Int32Array;
}

/** A layout in transit: input, node positions and velocities (x, y, vx, vy), alpha and stored weeks. */
export interface LayoutState {
  input: LayoutInput;
  ids: Int32Array;
  xy: Float64Array;
  alpha: number;
  stored: { week: number; ids: Int32Array; xy: Float64Array }[];
}

function hash01(n: number): number {
  // Deterministic jitter from an id (no Math.random in anything replayable).
  let x = (n + 0x9e3779b9) | 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return ((x ^ (x >>> 16)) >>> 0) / 4294967296;
}

export class Layout {
  readonly sim: Simulation<LayoutNode, LayoutLink>;
  nodes: LayoutNode[] = [];
  byId = new Map<number, LayoutNode>();
  links: LayoutLink[] = [];
  /** Settled (or left) positions per week, replayed when a week comes back. */
  readonly stored = new Map<number, Positions>();
  private spread = 120;
  private orgCount = 1;
  /** The week of the last update. */
  week = -1;

  constructor() {
    this.sim = forceSimulation<LayoutNode, LayoutLink>()
      .stop()
      .alphaDecay(0.05)
      .velocityDecay(0.5)
      .force('charge', forceManyBody<LayoutNode>().strength(-18).theta(0.95).distanceMax(160))
      .force('link', forceLink<LayoutNode, LayoutLink>().id((d) => d.id).distance(28).strength((l) => 0.05 + 0.35 * l.strength))
      .force('x', forceX<LayoutNode>((d) => this.anchor(d)[0]).strength(0.04))
      .force('y', forceY<LayoutNode>((d) => this.anchor(d)[1]).strength(0.04));
  }

  /** Organisations sit gently around a circle, so "group by org" is the resting state. */
  private anchor(d: LayoutNode): [number, number] {
    if (d.id === FACILITATOR) return [0, 0];
    const a = (2 * Math.PI * d.org) / this.orgCount - Math.PI / 2;
    const r = this.orgCount > 1 ? this.spread * 0.55 : 0;
    return [Math.cos(a) * r, Math.sin(a) * r];
  }

  get alpha(): number {
    return this.sim.alpha();
  }

  /** Forget stored weeks (a new run); positions stay as the seed of the next layout. */
  forgetWeeks(after = -1): void {
    for (const w of [...this.stored.keys()]) if (w > after) this.stored.delete(w);
  }

  hasWeek(week: number): boolean {
    return this.stored.has(week);
  }

  store(week: number): void {
    const p: Positions = new Map();
    for (const n of this.nodes) p.set(n.id, [n.x ?? 0, n.y ?? 0]);
    this.stored.set(week, p);
  }

  /**
   * Take a week's members and ties. `reheat` is the alpha to restart from:
   * small for the next week, larger after a jump; 0 restores stored positions;
   * null keeps alpha as it is (a layout moved between threads).
   */
  update(input: LayoutInput, reheat: number | null): void {
    const { ids, index, org, la, lb, ls, partners } = input;
    this.week = input.week;
    this.orgCount = Math.max(1, input.orgCount);
    const count = ids.length;
    this.spread = 60 + 14 * Math.sqrt(count);
    const stored = reheat === 0 ? this.stored.get(input.week) : undefined;
    const nodes: LayoutNode[] = [];
    const byId = new Map<number, LayoutNode>();
    for (let q = 0; q < count; q++) {
      const id = ids[q];
      const old = this.byId.get(id);
      const n: LayoutNode = old ?? { id, index: index[q], org: org[q] };
      n.index = index[q];
      n.org = org[q];
      nodes.push(n);
      byId.set(id, n);
    }
    const f = this.byId.get(FACILITATOR) ?? { id: FACILITATOR, index: -1, org: 0, x: 0, y: 0 };
    nodes.push(f);
    byId.set(FACILITATOR, f);

    const links: LayoutLink[] = [];
    for (let k = 0; k < la.length; k++) {
      // Ties name members by id.
      const a = byId.get(la[k]);
      const b = byId.get(lb[k]);
      if (a && b) links.push({ source: a, target: b, strength: ls[k] });
    }
    for (const id of partners) {
      const a = byId.get(id);
      if (a) links.push({ source: f, target: a, strength: 0.1 });
    }
    // Newcomers start beside their first tie, else near their organisation.
    for (const n of nodes) {
      if (n.x !== undefined) continue;
      const p = stored?.get(n.id);
      if (p) {
        [n.x, n.y] = p;
        continue;
      }
      const tie = links.find((l) => (l.source === n && (l.target as LayoutNode).x !== undefined) || (l.target === n && (l.source as LayoutNode).x !== undefined));
      const other = tie ? ((tie.source === n ? tie.target : tie.source) as LayoutNode) : undefined;
      const [ax, ay] = other ? [other.x!, other.y!] : this.anchor(n);
      const ang = hash01(n.id) * 2 * Math.PI;
      const r = other ? 12 : 10 + hash01(n.id + 7919) * this.spread * 0.3;
      n.x = ax + Math.cos(ang) * r;
      n.y = ay + Math.sin(ang) * r;
    }
    this.nodes = nodes;
    this.byId = byId;
    this.links = links;
    this.sim.nodes(nodes);
    (this.sim.force('link') as ReturnType<typeof forceLink<LayoutNode, LayoutLink>>).links(links);
    if (stored) {
      for (const n of nodes) {
        const p = stored.get(n.id);
        if (p) [n.x, n.y] = p;
        n.vx = 0;
        n.vy = 0;
      }
      this.sim.alpha(0);
    } else if (reheat !== null) {
      this.sim.alpha(Math.max(this.sim.alpha(), reheat));
    }
  }

  /** Advance the layout; returns true while it is still moving. */
  tick(n = 1): boolean {
    if (this.sim.alpha() < this.sim.alphaMin()) return false;
    this.sim.tick(n);
    return true;
  }
}
