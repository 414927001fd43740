// The C5 lens groups members by organisation: a light area in the org's
// colour around its present members, named at its top. The layout already
// anchors each organisation on a circle, so the areas mostly stay apart.
import { polygonHull } from 'd3-polygon';
import type { Snapshot } from '../../model/snapshot.ts';
import { orgColour, type Palette } from '../theme.ts';
import type { LayoutClient } from './layout-client.ts';
import { markFont, screenText, type ViewXY } from './text.ts';
import { orgLabel } from '../org-names.ts';

export function drawOrgAreas(ctx: CanvasRenderingContext2D, s: Snapshot, layout: Pick<LayoutClient, 'byId'>, sz: number, o: ViewXY, P: Palette): void {
  const m = s.members;
  const pts: [number, number][][] = s.orgIds.map(() => []);
  for (let i = 0; i < m.id.length; i++) {
    if (!m.present[i]) continue;
    const n = layout.byId.get(m.id[i]);
    if (n && pts[m.org[i]]) pts[m.org[i]].push([n.x!, n.y!]);
  }
  const pad = 12 * sz;
  ctx.lineJoin = 'round';
  pts.forEach((p, org) => {
    if (p.length < 3) return;
    const hull = polygonHull(p);
    if (!hull) return;
    ctx.beginPath();
    hull.forEach(([x, y], j) => (j ? ctx.lineTo(x, y) : ctx.moveTo(x, y)));
    ctx.closePath();
    // A wide round-joined stroke pads the hull evenly; an opaque tint (the
    // org colour at 14% on white, 24% on Dim room's ground) so stroke and fill do not double up.
    ctx.fillStyle = ctx.strokeStyle = tint(orgColour(org, P), P.areaAlpha, P.areaGround);
    ctx.lineWidth = 2 * pad;
    ctx.fill();
    ctx.stroke();
    const top = hull.reduce((a, q) => (q[1] < a[1] ? q : a), hull[0]);
    ctx.font = markFont(700, 13, o.transform.k, o.dpr);
    ctx.textAlign = 'center';
    ctx.lineWidth = 4 * o.dpr;
    ctx.strokeStyle = P.paper;
    ctx.fillStyle = P.ink;
    screenText(ctx, orgLabel(s.orgIds[org]), top[0], top[1] - pad - 3 * sz, o, true);
  });
  ctx.lineJoin = 'miter';
}

/** A #RRGGBB colour at opacity a over the ground (r,g,b), as an opaque colour. */
function tint(hex: string, a: number, ground: readonly [number, number, number]): string {
  const n = parseInt(hex.slice(1), 16);
  const mix = (c: number, g: number) => Math.round(g - (g - c) * a);
  return `rgb(${mix(n >> 16, ground[0])},${mix((n >> 8) & 255, ground[1])},${mix(n & 255, ground[2])})`;
}
