// How and where a frame is drawn. A small network: one blit per member. A
// large one (MEMBER_LAYER_FROM members): composited in one piece by the
// member layer (member-layer.ts), loaded on first need; sprites keep their
// pixels from then on. From OFFSCREEN_FROM members, in the draw worker
// (offscreen-draw.ts, loaded on first need: it is not part of the first screen).
import { MEMBER_LAYER_FROM } from './draw.ts';
import { WORKER_FROM } from './layout-client.ts';
import type { MemberLayer } from './member-layer.ts';
import type { OffscreenDraw } from './offscreen-draw.ts';
import { keepPixels } from './sprites.ts';

/** From this many members the network is drawn in the draw worker (offscreen-draw.ts has the measurements). */
export const OFFSCREEN_FROM = WORKER_FROM;

/** A worker can draw and hand the picture over (OffscreenCanvas with transferToImageBitmap). */
export function offscreenSupported(): boolean {
  return typeof Worker !== 'undefined' && typeof OffscreenCanvas !== 'undefined' && typeof OffscreenCanvas.prototype.transferToImageBitmap === 'function';
}

export class DrawTarget {
  private layer?: MemberLayer | null;
  /** The draw worker's handle: undefined until first needed, null while loading. */
  off?: OffscreenDraw | null;

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
    if (members < OFFSCREEN_FROM || !offscreenSupported()) return undefined;
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
