// What marks one member or the facilitator out on top of the network: the
// selection ring, the keyboard focus ring, and the facilitator's square.
import type { Frame } from './draw-frame.ts';
import { FACILITATOR } from './layout.ts';
import { markFont, screenText } from './text.ts';

/** The selected member's ring, and the keyboard focus: a dashed blue ring on a halo of the ground's colour, wider than the selection ring. */
export function drawRings(f: Frame): void {
  const { ctx, layout, o, P, sz } = f;
  // Members played by people in a workshop room (issue 19): a blue ring and the member's name on a halo, unlike any level ring.
  for (const { id, label } of o.played ?? []) {
    const n = layout.byId.get(id);
    if (!n) continue;
    ctx.lineWidth = 3 * sz;
    ctx.strokeStyle = P.select;
    ctx.setLineDash([4 * sz, 2 * sz]);
    ctx.beginPath();
    ctx.arc(n.x!, n.y!, 17 * sz, 0, 2 * Math.PI);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.font = markFont(800, 13, f.k, o.dpr);
    ctx.textAlign = 'left';
    ctx.textBaseline = 'middle';
    ctx.lineWidth = 4 * o.dpr;
    ctx.lineJoin = 'round';
    ctx.strokeStyle = P.paper;
    ctx.fillStyle = P.ink;
    screenText(ctx, label, n.x! + 19 * sz, n.y!, o, true);
    ctx.textBaseline = 'alphabetic';
  }
  // The hovered or selected member's tie partners: a thin ring each, in the selection's colour (their fill and opacity stay as the key says).
  if (o.focus) {
    ctx.strokeStyle = P.select;
    ctx.lineWidth = 1.5 * sz;
    ctx.beginPath();
    for (const id of o.focus) {
      const n = id === FACILITATOR || id === o.selected ? undefined : layout.byId.get(id);
      if (!n) continue;
      ctx.moveTo(n.x! + 13 * sz, n.y!);
      ctx.arc(n.x!, n.y!, 13 * sz, 0, 2 * Math.PI);
    }
    ctx.stroke();
  }
  if (o.selected !== null) {
    const n = layout.byId.get(o.selected);
    if (n) {
      ctx.strokeStyle = P.select;
      ctx.lineWidth = 2.5 * sz;
      ctx.beginPath();
      ctx.arc(n.x!, n.y!, 16 * sz, 0, 2 * Math.PI);
      ctx.stroke();
    }
  }
  if (o.focused !== null && o.focused !== undefined) {
    const n = layout.byId.get(o.focused);
    if (n) {
      ctx.lineWidth = 6 * sz;
      ctx.strokeStyle = P.paper;
      ctx.beginPath();
      ctx.arc(n.x!, n.y!, 21 * sz, 0, 2 * Math.PI);
      ctx.stroke();
      ctx.lineWidth = 3 * sz;
      ctx.strokeStyle = P.select;
      ctx.setLineDash([5 * sz, 3 * sz]);
      ctx.stroke();
      ctx.setLineDash([]);
    }
  }
}

/** The facilitator: an ink rounded square with an F in the ground's colour (Dim room: a white square). */
export function drawFacilitator(f: Frame): void {
  const { ctx, layout, o, P, k, sz } = f;
  const fac = layout.byId.get(FACILITATOR);
  if (!fac) return;
  const h = 9 * sz;
  ctx.fillStyle = P.ink;
  ctx.beginPath();
  ctx.roundRect(fac.x! - h, fac.y! - h, 2 * h, 2 * h, 3 * sz);
  ctx.fill();
  ctx.fillStyle = P.paper;
  ctx.font = markFont(700, 12, k, o.dpr);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  screenText(ctx, 'F', fac.x!, fac.y! + 0.5 * sz, o);
  ctx.textBaseline = 'alphabetic';
}
