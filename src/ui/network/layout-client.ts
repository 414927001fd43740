// A network view's handle on its layout: sends the week's input, asks for a
// force tick per drawn frame, and keeps a mirror of the positions for
// drawing, picking, fitting and keyboard moves (tests read layout.nodes and
// layout.byId too). Layouts run in the page; a large one moves to the layout
// worker when it plays, with its exact state (positions, velocities, alpha,
// stored weeks), so the main thread only draws. The worker is not part of the
// first screen.
import { FIRST_SETTLE, LayoutEngine, type LayoutReply, type LayoutRequest } from './layout-engine.ts';
import { FACILITATOR, type LayoutInput } from './layout.ts';

export interface MirrorNode {
  id: number;
  /** Index in snapshot.members, or -1 for the facilitator. */
  index: number;
  org: number;
  x: number;
  y: number;
}

type Listener = (r: LayoutReply) => void;

/** Where layouts run: in the page (a task per request, like a worker), or a large one in the layout worker. */
class LayoutHost {
  private engine = new LayoutEngine();
  private queue: LayoutRequest[] = [];
  private channel?: MessageChannel;
  /** The layout worker: undefined until first needed, null if it could not start. */
  private worker?: Worker | null;
  /** Views whose layout runs in the worker, or is on its way there. */
  private inWorker = new Set<number>();
  private moving = new Set<number>();
  private listeners = new Map<number, Listener>();
  private nextView = 1;
  /** Each view's last request answered in the page: the worker's answer on taking over counts as an answer to it. */
  private answered = new Map<number, number>();

  /** Told when a view's layout was lost with the worker: the view starts it again in the page. */
  private lost = new Map<number, () => void>();

  register(l: Listener, lost: () => void): number {
    const id = this.nextView++;
    this.listeners.set(id, l);
    this.lost.set(id, lost);
    return id;
  }

  private workerFailed(why: string): void {
    console.warn(`layout worker failed (${why}); layouts go on in the page`);
    this.worker?.terminate();
    this.worker = null;
    const views = [...this.inWorker];
    this.inWorker.clear();
    for (const v of views) this.lost.get(v)?.();
  }

  unregister(view: number): void {
    this.post({ view, seq: 0, kind: 'dispose' });
    this.listeners.delete(view);
    this.lost.delete(view);
    this.inWorker.delete(view);
  }

  runsInWorker(view: number): boolean {
    return this.inWorker.has(view);
  }

  post(r: LayoutRequest): void {
    if (this.inWorker.has(r.view)) {
      this.worker!.postMessage(r);
      return;
    }
    this.queue.push(r);
    if (!this.channel) {
      this.channel = new MessageChannel();
      this.channel.port1.onmessage = () => this.drain();
    }
    this.channel.port2.postMessage(0);
  }

  /** Answer the oldest queued request in the page. */
  private drain(): void {
    const r = this.queue.shift();
    const reply = r && this.engine.handle(r);
    if (!reply) return;
    this.answered.set(reply.view, reply.seq);
    this.deliver(reply);
  }

  /** Answer now, in this task, a view's queued requests up to its last 'next' update (the frame that would otherwise find the week's positions not yet there). */
  answerNextUpdate(view: number): boolean {
    if (this.inWorker.has(view)) return false;
    let last = -1;
    this.queue.forEach((r, i) => {
      if (r.view === view && r.kind === 'update') last = i;
    });
    const upd = this.queue[last];
    if (!upd || upd.kind !== 'update' || upd.mode !== 'next') return false;
    const mine = this.queue.filter((r, i) => r.view === view && i <= last);
    this.queue = this.queue.filter((r, i) => r.view !== view || i > last);
    for (const r of mine) {
      const reply = this.engine.handle(r);
      if (!reply) continue;
      this.answered.set(reply.view, reply.seq);
      this.deliver(reply);
    }
    return true;
  }

  private deliver(reply: LayoutReply): void {
    this.listeners.get(reply.view)?.(reply);
  }

  /** Move a view's layout to the worker with its exact state (layout-transfer.ts, loaded then). */
  async moveToWorker(view: number): Promise<void> {
    if (this.inWorker.has(view) || this.moving.has(view) || this.worker === null || typeof Worker === 'undefined') return;
    this.moving.add(view);
    const { handOver } = await import('./layout-transfer.ts');
    this.moving.delete(view);
    if (!this.listeners.has(view) || this.worker === null) return;
    this.worker = handOver(this.worker, this.engine, view, this.answered.get(view) ?? 0, this.queue, (r) => this.deliver(r), (why) => this.workerFailed(why));
    if (!this.worker) return;
    this.queue = this.queue.filter((r) => r.view !== view);
    this.inWorker.add(view);
  }

}

let host: LayoutHost | undefined;
const theHost = () => (host ??= new LayoutHost());

/** From this many nodes a playing layout runs in the worker: a force tick costs ~15 ms at 2,000 members. Below, a tick costs 1-3 ms and a round trip to another thread on a busy machine cost more frames than it saved. */
export const WORKER_FROM = 1000;

export class LayoutClient {
  nodes: MirrorNode[] = [];
  byId = new Map<number, MirrorNode>();
  /** Still moving after the last reply. */
  moving = false;
  /** Requests not yet answered. */
  outstanding = 0;
  /** Ticks a run's first picture still owes before it is shown. */
  settleLeft = 0;
  /** Longest piece of layout work reported (ms), for the benchmark. */
  longestMs = 0;
  private view: number;
  private seq = 0;
  private updateSeq = 0;

  /** onChange runs after each reply that moved the mirror. */
  /** onChange: a reply moved the mirror; onLost: the layout was lost with the worker (lay out the current week again). */
  constructor(private onChange: () => void, onLost: () => void = () => {}) {
    this.view = theHost().register(this.onReply, () => {
      // Nothing more will come for what was asked of the worker.
      this.outstanding = 0;
      this.settleLeft = 0;
      this.updateSeq = this.appliedSeq;
      onLost();
    });
  }

  get inWorker(): boolean {
    return theHost().runsInWorker(this.view);
  }

  /** Run this layout in the worker from now on (idempotent). */
  moveToWorker(): void {
    void theHost().moveToWorker(this.view);
  }

  /** An update is on its way: positions still belong to the last week. */
  get updating(): boolean {
    return this.updateSeq > this.appliedSeq || this.settleLeft > 0;
  }

  update(input: LayoutInput, storePrev: number, forgetAfter: number | null, mode: 'next' | 'jump' | 'first'): void {
    this.updateSeq = this.send({ kind: 'update', input, storePrev, forgetAfter, mode, budgetMs: this.budget() });
    this.inputs.set(this.updateSeq, input);
    if (mode === 'first') this.settleLeft = FIRST_SETTLE;
  }

  /** A run's first picture settles before it is shown: in ~12 ms pieces in the page (no long task), at once in the worker. */
  private budget(): number {
    return this.inWorker ? Infinity : 12;
  }

  /** The week's gentle update, if still queued in the page, answered now (a frame calls this rather than skip its picture). */
  answerNextUpdate(): boolean {
    return this.updateSeq > this.appliedSeq && theHost().answerNextUpdate(this.view);
  }

  /** Ask for the next force tick, unless one is on its way. */
  tick(): void {
    if (this.outstanding) return;
    this.send({ kind: 'tick' });
  }

  dispose(): void {
    theHost().unregister(this.view);
  }

  private send(r: { kind: 'update'; input: LayoutInput; storePrev: number; forgetAfter: number | null; mode: 'next' | 'jump' | 'first'; budgetMs: number } | { kind: 'settle'; budgetMs: number } | { kind: 'tick' }): number {
    const seq = ++this.seq;
    this.outstanding++;
    theHost().post({ ...r, view: this.view, seq } as LayoutRequest);
    return seq;
  }

  private appliedSeq = 0;
  /** Inputs of updates not yet answered: the mirror takes index and organisation from them. */
  private inputs = new Map<number, LayoutInput>();
  private onReply = (r: LayoutReply): void => {
    // seq 0: the worker taking over a layout (import); nothing was asked.
    if (r.seq === 0) return;
    if (!r.auto) this.outstanding = Math.max(0, this.outstanding - 1);
    if (r.seq < this.appliedSeq) return;
    this.appliedSeq = r.seq;
    this.longestMs = Math.max(this.longestMs, r.ms);
    if (r.ids) {
      const input = this.inputs.get(r.seq);
      for (const k of this.inputs.keys()) if (k <= r.seq) this.inputs.delete(k);
      const old = this.byId;
      // Nodes come in input order, the facilitator last (Layout.update).
      this.nodes = Array.from(r.ids, (id, q) => {
        const n = old.get(id) ?? { id, index: -1, org: 0, x: 0, y: 0 };
        // Without its input (the worker taking over), a node keeps what it had.
        if (input && id !== FACILITATOR) {
          n.index = input.index[q];
          n.org = input.org[q];
        }
        return n;
      });
      this.byId = new Map(this.nodes.map((n) => [n.id, n]));
    }
    const xy = r.xy;
    this.nodes.forEach((n, q) => {
      n.x = xy[2 * q];
      n.y = xy[2 * q + 1];
    });
    this.moving = r.moving;
    if (r.seq >= this.updateSeq) {
      // Settling a first picture: go on (a request per piece), or show it.
      this.settleLeft = r.settleLeft;
      if (r.settleLeft > 0) this.send({ kind: 'settle', budgetMs: this.budget() });
    }
    this.onChange();
  };

  /** The node nearest to (x, y) within radius r, as d3-force's find. */
  find(x: number, y: number, r: number): MirrorNode | undefined {
    let best: MirrorNode | undefined;
    let d2 = r * r;
    for (const n of this.nodes) {
      const d = (n.x - x) ** 2 + (n.y - y) ** 2;
      if (d < d2) {
        d2 = d;
        best = n;
      }
    }
    return best;
  }
}

export { FACILITATOR };
