// How a frame is drawn. A small network: one blit per member. A large one
// (MEMBER_LAYER_FROM members): composited in one piece by the member layer
// (member-layer.ts), loaded on first need; sprites keep their pixels from
// then on. (A draw worker for very large networks was measured and left out:
// see the git history of offscreen-draw.ts for its figures.)
import { MEMBER_LAYER_FROM } from './draw-members.ts';
import type { MemberLayer } from './member-layer.ts';
import { keepPixels } from './sprites.ts';

export class DrawTarget {
  private layer?: MemberLayer | null;

  /** onReady: the member layer has loaded (draw again). */
  constructor(private onReady: () => void) {}

  /** True while the member layer is loading. */
  get loading(): boolean {
    return this.layer === null;
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
}
