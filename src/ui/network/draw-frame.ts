// What every layer of a network frame needs (draw.ts composes the layers):
// the canvas with the view's transform set, the theme's colours read once,
// mark sizes that stay readable across zoom levels, and the lookups.
import type { Snapshot } from '../../model/snapshot.ts';
import { palette, type Palette } from '../theme.ts';
import type { DrawOptions } from './draw-options.ts';
import type { LayoutClient, MirrorNode } from './layout-client.ts';
import type { Lens } from './lens.ts';

/**
 * A line one device pixel wide, a hair under it. Skia draws a stroke at most
 * one device pixel wide as a hairline (a cheap scan of each segment); a
 * width of 1/(k*dpr) under a k*dpr transform can round, in float32, to a
 * little over one pixel, and then every segment is stroked into a polygon and
 * filled: 4,500 ties took 50-90 ms to rasterise instead of ~5 ms, in frames
 * picked by the zoom's rounding (the long tasks at 2,000 members).
 */
export const HAIRLINE = 0.999;

export interface Frame {
  ctx: CanvasRenderingContext2D;
  s: Snapshot;
  layout: Pick<LayoutClient, 'byId'>;
  o: DrawOptions;
  P: Palette;
  /** The view's zoom and offset. */
  k: number;
  tx: number;
  ty: number;
  /** One mark unit in world units: marks keep a readable screen size across zoom levels. */
  sz: number;
  /** One CSS pixel in world units; at dpr 1 a hairline (see HAIRLINE). */
  px: number;
  lens: Lens;
  week: number;
  /** The week's animation is under way (not under reduced motion or fast playback). */
  moving: boolean;
  /** Member i's position. */
  pos: (i: number) => MirrorNode | undefined;
  /** For ties: 0.15 for a member outside the hovered or selected member's neighbourhood, else 1 (members themselves keep their look). */
  dim: (id: number) => number;
}

/** Clear the canvas to the theme's ground, set the view's transform, and gather the frame's lookups. */
export function beginFrame(ctx: CanvasRenderingContext2D, s: Snapshot, layout: Pick<LayoutClient, 'byId'>, o: DrawOptions): Frame {
  const { k, x: tx, y: ty } = o.transform;
  ctx.setTransform(o.dpr, 0, 0, o.dpr, 0, 0);
  ctx.clearRect(0, 0, o.width, o.height);
  const P = palette(o.theme);
  ctx.fillStyle = P.canvas;
  ctx.fillRect(0, 0, o.width, o.height);
  ctx.setTransform(o.dpr * k, 0, 0, o.dpr * k, o.dpr * tx, o.dpr * ty);
  const m = s.members;
  return {
    ctx, s, layout, o, P, k, tx, ty,
    sz: Math.min(1.6, Math.max(0.45, k)) / k,
    px: (o.dpr === 1 ? HAIRLINE : 1) / k,
    lens: o.lens ?? 'All',
    week: s.week,
    moving: !o.reducedMotion && !o.lastingOnly && o.t < 1,
    pos: (i: number) => layout.byId.get(m.id[i]),
    dim: (id: number) => (o.focus && !o.focus.has(id) ? 0.15 : 1),
  };
}
