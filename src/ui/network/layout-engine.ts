// The layout's side of the conversation with a network view, the same in the
// layout worker (workers/layout.worker.ts) and in the page (before the worker
// starts, or without one): one Layout per view, driven by messages. Each
// reply carries the positions as one Float64Array, so the worker can transfer
// it instead of copying.
import { Layout, type LayoutInput, type LayoutState } from './layout.ts';

export type LayoutRequest = { view: number; seq: number } & (
  | {
      kind: 'update';
      input: LayoutInput;
      /** Store the positions as this week's before taking the new one (-1: none). */
      storePrev: number;
      /** Forget the stored weeks after this one (-1: all), or null. */
      forgetAfter: number | null;
      /** The next week (gentle reheat), a jump, or a run's first picture. */
      mode: 'next' | 'jump' | 'first';
      /** Settling a first picture: ticks per request are cut off after this many ms (the page), or not (the worker). */
      budgetMs: number;
    }
  | { kind: 'settle'; budgetMs: number }
  | { kind: 'tick' }
  | { kind: 'import'; state: LayoutState; moving: boolean; owed: number }
  | { kind: 'dispose' }
);

export interface LayoutReply {
  view: number;
  /** The request answered. */
  seq: number;
  /** Node ids in position order, after an update or import (the node set changed). */
  ids?: Int32Array;
  /** x, y per node. */
  xy: Float64Array;
  moving: boolean;
  /** Settling ticks still owed (settle requests). */
  settleLeft: number;
  /** Longest single piece of layout work in this request, ms (the benchmark's tick figure). */
  ms: number;
  /** Sent by the worker on its own (taking over a layout): answers no request. */
  auto?: boolean;
}

interface ViewLayout {
  layout: Layout;
  input?: LayoutInput;
  moving: boolean;
  /** Force ticks a run's first picture still owes before it is shown. */
  owed: number;
}

/** Ticks that settle a run's first picture before it is shown, so nothing flies in. */
export const FIRST_SETTLE = 120;

export class LayoutEngine {
  private views = new Map<number, ViewLayout>();

  /** importer: how a handed-over layout is taken in (the worker passes layout-transfer.ts's; the page never takes one). */
  constructor(private importer?: (L: Layout, st: LayoutState) => void) {}

  private get(view: number): ViewLayout {
    let v = this.views.get(view);
    if (!v) this.views.set(view, (v = { layout: new Layout(), moving: false, owed: 0 }));
    return v;
  }

  handle(r: LayoutRequest): LayoutReply | null {
    if (r.kind === 'dispose') {
      this.views.delete(r.view);
      return null;
    }
    const v = this.get(r.view);
    const L = v.layout;
    const t0 = performance.now();
    let ids: Int32Array | undefined;
    if (r.kind === 'update') {
      // The previous first picture's settling ends before anything else moves,
      // so the tick sequence (and every stored position) is a straight run's.
      settle(v, Infinity);
      if (r.storePrev >= 0) L.store(r.storePrev);
      if (r.forgetAfter !== null) L.forgetWeeks(r.forgetAfter);
      const reheat = L.hasWeek(r.input.week) ? 0 : r.mode === 'next' ? 0.12 : r.mode === 'jump' ? 0.4 : 1;
      L.update(r.input, reheat);
      v.input = r.input;
      // A reheated layout moves; a restored week is still and is stored again below.
      v.moving = true;
      ids = nodeIds(L);
      if (r.mode === 'first') {
        v.owed = FIRST_SETTLE;
        settle(v, r.budgetMs - (performance.now() - t0));
      }
    } else if (r.kind === 'import') {
      this.importer?.(L, r.state);
      v.input = r.state.input;
      v.moving = r.moving;
      v.owed = r.owed;
      ids = nodeIds(L);
    } else if (r.kind === 'settle') settle(v, r.budgetMs);
    else L.tick();
    const ms = performance.now() - t0;
    // Cooled: the positions now are the settled picture of this week, so a paused week is replayed exactly.
    const moving = L.alpha >= L.sim.alphaMin();
    if (!moving && v.moving) L.store(L.week);
    v.moving = moving;
    const xy = new Float64Array(2 * L.nodes.length);
    L.nodes.forEach((n, q) => {
      xy[2 * q] = n.x!;
      xy[2 * q + 1] = n.y!;
    });
    return { view: r.view, seq: r.seq, ids, xy, moving, settleLeft: v.owed, ms };
  }

  /** A view's layout, to carry on elsewhere (the page handing over to the worker), with layout-transfer.ts's exportState. */
  exportView(view: number, exportState: (L: Layout, input: LayoutInput) => LayoutState): { state: LayoutState; moving: boolean; owed: number } | undefined {
    const v = this.views.get(view);
    return v?.input ? { state: exportState(v.layout, v.input), moving: v.moving, owed: v.owed } : undefined;
  }
}

/** Up to the owed settling ticks, stopping early once settled or past the budget (ms). */
function settle(v: ViewLayout, budgetMs: number): void {
  const t0 = performance.now();
  while (v.owed > 0) {
    v.owed--;
    if (!v.layout.tick()) v.owed = 0;
    else if (performance.now() - t0 > budgetMs) break;
  }
}

function nodeIds(L: Layout): Int32Array {
  return Int32Array.from(L.nodes, (n) => n.id);
}
