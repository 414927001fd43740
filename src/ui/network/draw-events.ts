// The week's events on the network: the session hull under the ties, the
// week's conversations, matches and facilitator talks between ties and
// members, and the lasting and moving marks on top (event-marks.ts).
import { polygonHull } from 'd3-polygon';
import type { Frame } from './draw-frame.ts';
import { phase } from './event-marks.ts';
import { msg } from '../i18n.ts';
import { FACILITATOR } from './layout.ts';
import { markFont, screenText } from './text.ts';
import type { WeekEvents } from './week-events.ts';

/** The session hull: a 6%-ink area around the attendees, labelled. */
export function drawSessionHull(f: Frame, ev: WeekEvents): void {
  const { ctx, o, P, k, sz, px, moving, pos } = f;
  if (!ev.session || ev.attendees.length < 3) return;
  const pts = ev.attendees.map(pos).filter((n) => n).map((n) => [n!.x!, n!.y!] as [number, number]);
  const hull = polygonHull(pts);
  if (!hull) return;
  const cx = hull.reduce((a, p) => a + p[0], 0) / hull.length;
  const cy = hull.reduce((a, p) => a + p[1], 0) / hull.length;
  const pad = 14 * sz;
  ctx.beginPath();
  hull.forEach(([hx, hy], j) => {
    const d = Math.hypot(hx - cx, hy - cy) || 1;
    const X = hx + ((hx - cx) / d) * pad;
    const Y = hy + ((hy - cy) / d) * pad;
    if (j) ctx.lineTo(X, Y);
    else ctx.moveTo(X, Y);
  });
  ctx.closePath();
  ctx.globalAlpha = moving ? phase(o.t, 0.15, 0.35) : 1;
  ctx.fillStyle = P.hullFill;
  ctx.fill();
  ctx.strokeStyle = P.hullLine;
  ctx.lineWidth = px;
  ctx.stroke();
  const top = hull.reduce((a, p) => (p[1] < a[1] ? p : a), hull[0]);
  ctx.font = markFont(600, 12, k, o.dpr);
  ctx.fillStyle = P.ink;
  ctx.textAlign = 'center';
  const label = `${msg(`${ev.session.type[0].toUpperCase()}${ev.session.type.slice(1)}`)} · ${ev.session.count}`;
  screenText(ctx, label, top[0], top[1] - pad - 4 * sz, o);
  ctx.globalAlpha = 1;
}

/** This week's 1:1s brighten for 300 ms; matches arc; the facilitator's talks. */
export function drawWeekLines(f: Frame, ev: WeekEvents): void {
  const { ctx, layout, o, P, sz, px, pos } = f;
  if (!o.lastingOnly) {
    const glow = o.reducedMotion ? 0.5 : Math.sin(Math.PI * phase(o.t, 0.15, 0.45));
    if (glow > 0.01 && ev.oneOnOnes.length) {
      ctx.strokeStyle = P.ink;
      ctx.globalAlpha = 0.7 * glow;
      ctx.lineWidth = 2 * sz;
      ctx.beginPath();
      for (const p of ev.oneOnOnes) {
        const a = pos(p.a), b = pos(p.b);
        if (!a || !b) continue;
        ctx.moveTo(a.x!, a.y!);
        ctx.lineTo(b.x!, b.y!);
      }
      ctx.stroke();
      ctx.globalAlpha = 1;
    }
  }
  ctx.strokeStyle = P.ink;
  ctx.lineWidth = 1.25 * sz;
  ctx.setLineDash([2 * sz, 3 * sz]);
  ctx.beginPath();
  for (const p of ev.matched) {
    const a = pos(p.a), b = pos(p.b);
    if (!a || !b) continue;
    const mx = (a.x! + b.x!) / 2 - (b.y! - a.y!) * 0.25;
    const my = (a.y! + b.y!) / 2 + (b.x! - a.x!) * 0.25;
    ctx.moveTo(a.x!, a.y!);
    ctx.quadraticCurveTo(mx, my, b.x!, b.y!);
  }
  ctx.stroke();
  ctx.setLineDash([]);
  const fac = layout.byId.get(FACILITATOR);
  if (fac && ev.facilitatorTalks.length) {
    ctx.globalAlpha = 0.35;
    ctx.lineWidth = px;
    ctx.beginPath();
    for (const i of ev.facilitatorTalks) {
      const a = pos(i);
      if (!a) continue;
      ctx.moveTo(fac.x!, fac.y!);
      ctx.lineTo(a.x!, a.y!);
    }
    ctx.stroke();
    ctx.globalAlpha = 1;
  }
}
