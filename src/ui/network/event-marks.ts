// The week's event marks on the network (UX.md §2): tricky issues shared 1:1
// (a drop travelling, then ◆ on the tie) and in the group (a ring, then ◆),
// badly received (✕), insights and innovations (✦), woven items and the
// facilitator's vulnerability ring. At most 12 marks move at once.
import type { Palette } from '../theme.ts';
import type { DrawOptions } from './draw-options.ts';
import { FACILITATOR } from './layout.ts';
import type { LayoutClient } from './layout-client.ts';
import type { WeekEvents } from './week-events.ts';

const MAX_MOVING = 12;
const clamp01 = (x: number) => Math.max(0, Math.min(1, x));
/** Progress of a sub-animation running from t0 to t1 of the week. */
export const phase = (t: number, t0: number, t1: number) => clamp01((t - t0) / (t1 - t0));

type Pos = (i: number) => { x?: number; y?: number } | undefined;

function diamond(ctx: CanvasRenderingContext2D, x: number, y: number, r: number, fill: string, P: Palette) {
  ctx.beginPath();
  ctx.moveTo(x, y - r);
  ctx.lineTo(x + r, y);
  ctx.lineTo(x, y + r);
  ctx.lineTo(x - r, y);
  ctx.closePath();
  ctx.fillStyle = fill;
  ctx.fill();
  ctx.strokeStyle = P.paper;
  ctx.stroke();
}

function star(ctx: CanvasRenderingContext2D, x: number, y: number, r: number, fill: string | null, P: Palette) {
  ctx.beginPath();
  for (let q = 0; q < 8; q++) {
    const rr = q % 2 ? r * 0.35 : r;
    const a = (q * Math.PI) / 4 - Math.PI / 2;
    if (q) ctx.lineTo(x + Math.cos(a) * rr, y + Math.sin(a) * rr);
    else ctx.moveTo(x + Math.cos(a) * rr, y + Math.sin(a) * rr);
  }
  ctx.closePath();
  if (fill) {
    ctx.fillStyle = fill;
    ctx.fill();
  }
  ctx.strokeStyle = P.ink;
  ctx.stroke();
}

function cross(ctx: CanvasRenderingContext2D, x: number, y: number, r: number, P: Palette) {
  ctx.lineCap = 'round';
  for (const [w, c] of [[r * 0.9, P.paper], [r * 0.45, P.bad]] as const) {
    ctx.strokeStyle = c;
    ctx.lineWidth = w;
    ctx.beginPath();
    ctx.moveTo(x - r, y - r);
    ctx.lineTo(x + r, y + r);
    ctx.moveTo(x + r, y - r);
    ctx.lineTo(x - r, y + r);
    ctx.stroke();
  }
}

export function drawEventMarks(ctx: CanvasRenderingContext2D, ev: WeekEvents, pos: Pos, layout: Pick<LayoutClient, 'byId'>, o: DrawOptions, sz: number, moving: boolean, P: Palette) {
  ctx.lineWidth = 1 * sz;
  const travel = phase(o.t, 0.35, 0.8);
  const done = !moving || travel >= 1;
  let budget = MAX_MOVING;
  // Tricky issue shared 1:1: an ink drop travels from sharer to confidant; ◆ on the tie.
  for (const p of ev.tricky1on1) {
    const a = pos(p.a), b = pos(p.b);
    if (!a || !b) continue;
    const mx = (a.x! + b.x!) / 2, my = (a.y! + b.y!) / 2;
    if (!done && budget-- > 0) {
      ctx.fillStyle = P.ink;
      ctx.beginPath();
      ctx.arc(a.x! + (b.x! - a.x!) * travel, a.y! + (b.y! - a.y!) * travel, 3.5 * sz, 0, 2 * Math.PI);
      ctx.fill();
    } else {
      diamond(ctx, mx, my, 5 * sz, P.ink, P);
      if (!p.good) cross(ctx, b.x! + 9 * sz, b.y! - 9 * sz, 4 * sz, P);
    }
  }
  // Tricky issue shared in the group: a ring expands from the sharer; ◆ on the sharer.
  for (const p of ev.trickyGroup) {
    const a = pos(p.a);
    if (!a) continue;
    if (!done && budget-- > 0) {
      ctx.strokeStyle = P.ink;
      ctx.globalAlpha = 1 - travel;
      ctx.lineWidth = 2 * sz;
      ctx.beginPath();
      ctx.arc(a.x!, a.y!, (8 + 40 * travel) * sz, 0, 2 * Math.PI);
      ctx.stroke();
      ctx.globalAlpha = 1;
      ctx.lineWidth = sz;
    } else {
      diamond(ctx, a.x! + 10 * sz, a.y! - 10 * sz, 5.5 * sz, P.ink, P);
      if (!p.good) cross(ctx, a.x! + 20 * sz, a.y! - 10 * sz, 4 * sz, P);
    }
  }
  // Private insight: a hollow ✦ on the tie; public innovation: a gold ✦.
  for (const p of ev.insights) {
    const a = pos(p.a), b = pos(p.b);
    if (a && b) star(ctx, (a.x! + b.x!) / 2, (a.y! + b.y!) / 2, 6 * sz, P.paper, P);
  }
  for (const p of ev.innovations) {
    const a = pos(p.a);
    if (!a) continue;
    const grow = moving ? phase(o.t, 0.6, 0.9) : 1;
    star(ctx, a.x!, a.y! - 12 * sz, (4 + 5 * grow) * sz, P.gold, P);
  }
  // Weaving: a small card moves from the member to the centre of the session.
  const f = layout.byId.get(FACILITATOR);
  if (ev.woven.length && f) {
    for (const i of ev.woven) {
      const a = pos(i);
      if (!a) continue;
      const q = done ? 1 : travel;
      const x = a.x! + (f.x! - a.x!) * q, y = a.y! + (f.y! - a.y!) * q;
      if (!done && budget-- <= 0) continue;
      ctx.fillStyle = P.paper;
      ctx.strokeStyle = P.ink;
      ctx.fillRect(x - 5 * sz, y - 3.5 * sz, 10 * sz, 7 * sz);
      ctx.strokeRect(x - 5 * sz, y - 3.5 * sz, 10 * sz, 7 * sz);
      if (done) break;
    }
  }
  if (f && ev.vulnerability !== undefined && moving) {
    ctx.strokeStyle = P.ink;
    ctx.globalAlpha = 1 - travel;
    ctx.beginPath();
    ctx.arc(f.x!, f.y!, (10 + 50 * travel) * sz, 0, 2 * Math.PI);
    ctx.stroke();
    ctx.globalAlpha = 1;
  }

}
