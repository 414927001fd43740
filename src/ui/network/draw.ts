// Paints one frame of the network on a canvas: a pure function of (snapshot,
// positions, the week's events, animation progress, view options), composed
// of one function per layer, bottom to top. Marks follow UX.md §2; ties and
// members are batched by style so 2,000 members and their ties stay within a
// frame.
import type { Snapshot } from '../../model/snapshot.ts';
import { beginFrame } from './draw-frame.ts';
import type { DrawOptions } from './draw-options.ts';
import { drawSessionHull, drawWeekLines } from './draw-events.ts';
import { drawFacilitator, drawRings } from './draw-labels.ts';
import { drawMembers } from './draw-members.ts';
import { drawTies } from './draw-ties.ts';
import { drawEventMarks } from './event-marks.ts';
import type { LayoutClient } from './layout-client.ts';
import { drawOrgAreas } from './org-areas.ts';
import type { WeekEvents } from './week-events.ts';

export type { DrawOptions } from './draw-options.ts';
export { HAIRLINE } from './draw-frame.ts';
export { MEMBER_LAYER_FROM, markScale } from './draw-members.ts';
export { DISCLOSURE_WEEKS, TIE_DETAIL_LIMIT } from './draw-ties.ts';

/** Draws a frame; false when some member was drawn with an older look (sprite budget spent): draw again. */
export function drawNetwork(ctx: CanvasRenderingContext2D, s: Snapshot, layout: Pick<LayoutClient, 'byId'>, ev: WeekEvents | undefined, o: DrawOptions): boolean {
  const f = beginFrame(ctx, s, layout, o);
  if (ev) drawSessionHull(f, ev);
  if (f.lens === 'C5') drawOrgAreas(ctx, s, layout, f.sz, o, f.P);
  drawTies(f);
  if (ev) drawWeekLines(f, ev);
  const complete = drawMembers(f, ev);
  drawRings(f);
  if (ev) drawEventMarks(ctx, ev, f.pos, layout, o, f.sz, f.moving, f.P);
  drawFacilitator(f);
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  return complete;
}
