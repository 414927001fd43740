// The view that shows the whole network, clear of the pinned legend (left),
// the caption (bottom) and the lens switch (top right); and the eased step
// towards it, snapping when close so still pictures repeat exactly.
import { zoomIdentity, type ZoomTransform } from 'd3-zoom';

export interface FitRoom {
  w: number;
  h: number;
  legendWidth: number;
  lensHeight: number;
  /** The C5 lens names each organisation above its area: room for that too. */
  orgNames: boolean;
  /** Legend, lens and caption lie outside the canvas (the lab on a phone): only the C5 names need room. */
  stacked?: boolean;
}

export function fitTransform(nodes: readonly { x: number; y: number }[], room: FitRoom): ZoomTransform | undefined {
  if (!nodes.length) return undefined;
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const n of nodes) {
    x0 = Math.min(x0, n.x); x1 = Math.max(x1, n.x);
    y0 = Math.min(y0, n.y); y1 = Math.max(y1, n.y);
  }
  const pad = 24;
  const { w, h } = room;
  const left = w > 700 && !room.stacked ? room.legendWidth + 8 : 0;
  const bottom = room.stacked ? 0 : 36;
  const top = room.stacked ? (room.orgNames ? 24 : 0) : Math.max(w > 700 ? 0 : 36, room.lensHeight ? room.lensHeight + 8 + (room.orgNames ? 24 : 0) : 0);
  // Floor: in a narrow panel (compare view) the legend can be wider than the room left, which made k negative.
  const k = Math.max(0.05, Math.min(2, (w - left - 2 * pad) / Math.max(1, x1 - x0), (h - top - bottom - 2 * pad) / Math.max(1, y1 - y0)));
  return zoomIdentity.translate(left + (w - left) / 2 - (k * (x0 + x1)) / 2, top + (h - top - bottom) / 2 - (k * (y0 + y1)) / 2).scale(k);
}

/** One eased step from c towards target; `moving` is false once it has snapped onto it. */
export function stepTowards(c: ZoomTransform, target: ZoomTransform): { transform: ZoomTransform; moving: boolean } {
  const d = Math.abs(target.k - c.k) * 500 + Math.abs(target.x - c.x) + Math.abs(target.y - c.y);
  if (d < 0.5) return { transform: target, moving: false };
  return { transform: zoomIdentity.translate(c.x + (target.x - c.x) * 0.2, c.y + (target.y - c.y) * 0.2).scale(c.k + (target.k - c.k) * 0.2), moving: true };
}
