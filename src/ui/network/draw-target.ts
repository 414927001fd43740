// How and where a frame is drawn. A small network: one blit per member. A
// large one (MEMBER_LAYER_FROM members): composited in one piece by the
// member layer (member-layer.ts), loaded on first need; sprites keep their
// pixels from then on. From OFFSCREEN_FROM members (off for now, see there),
// in the draw worker (offscreen-draw.ts, loaded on first need: it is not
// part of the first screen).
import { MEMBER_LAYER_FROM } from './draw.ts';
import type { MemberLayer } from './member-layer.ts';
import type { OffscreenDraw } from './offscreen-draw.ts';
import { keepPixels } from './sprites.ts';

/**
 * From this many members the network is drawn in the draw worker: off
 * (Infinity). Measured at 2,000 members (offscreen-draw.ts; load 4-5 on 2
 * cores, 7 runs each, interleaved with the page-drawn build): main-thread
 * tasks over 50 ms went from 1-3 in 9 of 10 runs to 0 in 6 of 7 runs (one
 * of 57 ms), but pictures/s from median ~38 (34-41) to 34.6 (27.2-38.3),
 * under 30 in 2 of 7 runs: short of the rule it had to pass (no task over
 * 50 ms in every run and never under 30 pictures/s). At 1,000 members both
 * ran 45-52 pictures/s without long tasks. To switch it on: WORKER_FROM
 * (1,000, layout-client.ts), where the layout moves to its worker too.
 */
export const OFFSCREEN_FROM = Infinity;

/** A worker can draw and hand the picture over (OffscreenCanvas with transferToImageBitmap). */
export function offscreenSupported(): boolean {
  return typeof Worker !== 'undefined' && typeof OffscreenCanvas !== 'undefined' && typeof OffscreenCanvas.prototype.transferToImageBitmap === 'function';
}

export class DrawTarget {
  private layer?: MemberLayer | null;
  /** The draw worker's handle: undefined until first needed, null while loading. */
  off?: OffscreenDraw | null;
  /** Members from which the draw worker draws (OFFSCREEN_FROM; the e2e test of the worker lowers it). */
  offscreenFrom = OFFSCREEN_FROM;

  /**
   * onReady: the member layer or the draw worker's handle has loaded, or a
   * worker's picture asks to be drawn again (draw again); canvas: where the
   * worker's pictures land; sent: a picture went to the worker.
   */
  constructor(private onReady: () => void, private canvas: () => HTMLCanvasElement, private sent: () => void) {}

  /** True while the member layer or the draw worker's handle is loading. */
  get loading(): boolean {
    return this.layer === null || this.off === null;
  }

  /** The member layer for a frame of `members` members, if it is used. */
  layerFor(members: number): MemberLayer | undefined {
    if (members < MEMBER_LAYER_FROM) return undefined;
    if (this.layer === undefined) {
      this.layer = null;
      void import('./member-layer.ts').then((m) => {
        this.layer = m.MemberLayer.supported ? new m.MemberLayer() : undefined;
        if (!this.layer) return;
        keepPixels(m.premultiplied);
        this.onReady();
      });
    }
    return this.layer ?? undefined;
  }

  /** The draw worker, if it draws a frame of `members` members (not while its handle loads, nor after it failed). */
  workerFor(members: number): OffscreenDraw | undefined {
    if (members < this.offscreenFrom || !offscreenSupported()) return undefined;
    if (this.off === undefined) {
      this.off = null;
      void import('./offscreen-draw.ts').then((m) => {
        this.off = new m.OffscreenDraw(this.canvas, this.onReady, this.sent);
        this.onReady();
      });
    }
    return this.off && !this.off.failed ? this.off : undefined;
  }
}
