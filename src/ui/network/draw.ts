// Paints one frame of the network on a canvas: a pure function of (snapshot,
// positions, the week's events, animation progress, view options). Marks
// follow UX.md §2; edges and nodes are batched by style so 2,000 members and
// their ties stay within a frame.
import { polygonHull } from 'd3-polygon';
import type { Snapshot } from '../../model/snapshot.ts';
import { energyRadius, orgColour, orgLetter, palette, type ThemeName } from '../theme.ts';
import { TIE_BAD, TIE_INK, energyColour, energyStep, memberEmphasis, tieLook, type Lens } from './lens.ts';
import { drawOrgAreas } from './org-areas.ts';
import { markFont, screenText } from './text.ts';
import { FACILITATOR } from './layout.ts';
import type { LayoutClient } from './layout-client.ts';
import type { WeekEvents } from './week-events.ts';
import { drawEventMarks, phase } from './event-marks.ts';
import type { MemberLayer } from './member-layer.ts';
import { colouredMemberSprite, ghostSprite, memberSprite, quantRadius, useScale, type Sprite } from './sprites.ts';

export type { DrawOptions } from './draw-options.ts';
import type { DrawOptions } from './draw-options.ts';

/** Device px per mark unit, in steps of ~4% (a continuous scale would re-render every sprite every frame). */
export function markScale(k: number, dpr: number): number {
  return 2 ** (Math.round(16 * Math.log2(Math.min(1.6, Math.max(0.45, k)) * dpr)) / 16);
}

/**
 * A line one device pixel wide, a hair under it. Skia draws a stroke at most
 * one device pixel wide as a hairline (a cheap scan of each segment); a
 * width of 1/(k*dpr) under a k*dpr transform can round, in float32, to a
 * little over one pixel, and then every segment is stroked into a polygon and
 * filled: 4,500 ties took 50-90 ms to rasterise instead of ~5 ms, in frames
 * picked by the zoom's rounding (the long tasks at 2,000 members).
 */
export const HAIRLINE = 0.999;

/** A tie stays dashed (badly received disclosure) or marked in the C3 lens (well received) for this many weeks after. */
export const DISCLOSURE_WEEKS = 8;

/** From this many members, members are composited in one piece (member-layer.ts, loaded when first needed): plain blits cost no less below. */
export const MEMBER_LAYER_FROM = 600;

/** Above this many ties, ties are drawn as hairlines (see section 2). */
export const TIE_DETAIL_LIMIT = 1500;

/** Draws a frame; false when some member was drawn with an older look (sprite budget spent): draw again. */
export function drawNetwork(ctx: CanvasRenderingContext2D, s: Snapshot, layout: Pick<LayoutClient, 'byId'>, ev: WeekEvents | undefined, o: DrawOptions): boolean {
  const { k, x: tx, y: ty } = o.transform;
  ctx.setTransform(o.dpr, 0, 0, o.dpr, 0, 0);
  ctx.clearRect(0, 0, o.width, o.height);
  // The theme's colours, read once per frame.
  const P = palette(o.theme);
  ctx.fillStyle = P.canvas;
  ctx.fillRect(0, 0, o.width, o.height);
  ctx.setTransform(o.dpr * k, 0, 0, o.dpr * k, o.dpr * tx, o.dpr * ty);
  // Marks keep a readable screen size across zoom levels.
  const sz = Math.min(1.6, Math.max(0.45, k)) / k;
  // One CSS pixel; at dpr 1 a hairline (see HAIRLINE).
  const px = (o.dpr === 1 ? HAIRLINE : 1) / k;
  const m = s.members;
  const pos = (i: number) => layout.byId.get(m.id[i]);
  const dim = (id: number) => (o.focus && !o.focus.has(id) ? 0.15 : 1);
  const moving = !o.reducedMotion && !o.lastingOnly && o.t < 1;
  const week = s.week;

  // 1. The session hull: a 6%-ink area around the attendees, labelled.
  if (ev?.session && ev.attendees.length >= 3) {
    const pts = ev.attendees.map(pos).filter((n) => n).map((n) => [n!.x!, n!.y!] as [number, number]);
    const hull = polygonHull(pts);
    if (hull) {
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
      const label = `${ev.session.type[0].toUpperCase()}${ev.session.type.slice(1)} · ${ev.session.count}`;
      screenText(ctx, label, top[0], top[1] - pad - 4 * sz, o);
      ctx.globalAlpha = 1;
    }
  }

  const lens = o.lens ?? 'All';
  if (lens === 'C5') drawOrgAreas(ctx, s, layout, sz, o, P);

  // 2. Ties, batched by colour, opacity and width (numeric keys: no string
  //    per tie per frame). Many ties are drawn at reduced detail: chromium
  //    rasterises wide anti-aliased strokes in software at a high cost per
  //    tie, but 1-device-pixel lines take a cheap hairline path; a hairline
  //    keeps a wide tie's ink by taking opacity x width, so strength still reads.
  //    At any size, a tie at most one device pixel wide is drawn as a hairline
  //    (the same ink, a tenth of the cost), and wide ties have butt caps: their
  //    ends lie under the members, and round caps cost ~60% more to rasterise.
  const t = s.ties;
  const batches = new Map<number, number[]>();
  const dashed: number[] = [];
  // Disclosure weeks come with the snapshot, so a week's picture does not depend on the weeks the view showed before.
  const recent = (at: number) => at >= 0 && week - at <= DISCLOSURE_WEEKS;
  const reduced = t.a.length > TIE_DETAIL_LIMIT;
  // Device pixels per unit of tie width (widths are in mark units: sz).
  const inkScale = Math.min(1.6, Math.max(0.45, k)) * o.dpr;
  for (let j = 0; j < t.a.length; j++) {
    const a = layout.byId.get(t.a[j]);
    const b = layout.byId.get(t.b[j]);
    if (!a || !b) continue;
    const trust = (t.trustAB[j] + t.trustBA[j]) / 2;
    if (trust < o.minTrust) continue;
    if (recent(t.badWeek[j])) {
      dashed.push(a.x!, a.y!, b.x!, b.y!);
      continue;
    }
    const look = tieLook(lens, {
      trust,
      strength: t.strength[j],
      crossOrg: t.crossOrg[j] === 1,
      orgColour: 1 + a.org,
      sinceTalk: week - t.last[j],
      disclosed: lens === 'C3' && recent(t.goodWeek[j]),
    });
    const colour = look.colour;
    const alpha = Math.round(look.alpha * dim(a.id) * dim(b.id) * 8);
    const width = Math.min(7, Math.round(look.width * 2));
    const hair = reduced || (width * inkScale) / 2 <= 1;
    // Hairline keys are negative: colour and ink (opacity x device width, in sixteenths).
    const ink = Math.min(16, Math.round(alpha * width * inkScale));
    if (hair && ink === 0) continue;
    const key = hair ? -(colour * 64 + ink) - 1 : (colour * 16 + alpha) * 8 + width;
    let arr = batches.get(key);
    if (!arr) batches.set(key, (arr = []));
    arr.push(a.x!, a.y!, b.x!, b.y!);
  }
  ctx.lineCap = 'butt';
  for (const [signed, arr] of batches) {
    const hair = signed < 0;
    const key = hair ? -signed - 1 : signed;
    const colour = hair ? Math.floor(key / 64) : Math.floor(key / 128);
    ctx.strokeStyle = colour === 0 ? P.crossOrgTie : colour === TIE_BAD ? P.bad : colour === TIE_INK ? P.ink : orgColour(colour - 1, P);
    if (hair) {
      ctx.globalAlpha = (key % 64) / 16;
      ctx.lineWidth = HAIRLINE / (k * o.dpr);
    } else {
      ctx.globalAlpha = (Math.floor(key / 8) % 16) / 8;
      ctx.lineWidth = ((key % 8) / 2) * sz;
    }
    ctx.beginPath();
    for (let q = 0; q < arr.length; q += 4) {
      ctx.moveTo(arr[q], arr[q + 1]);
      ctx.lineTo(arr[q + 2], arr[q + 3]);
    }
    ctx.stroke();
  }
  if (dashed.length) {
    ctx.strokeStyle = P.bad;
    ctx.globalAlpha = 0.8;
    ctx.lineWidth = 1.5 * sz;
    ctx.setLineDash([4 * sz, 3 * sz]);
    ctx.beginPath();
    for (let q = 0; q < dashed.length; q += 4) {
      ctx.moveTo(dashed[q], dashed[q + 1]);
      ctx.lineTo(dashed[q + 2], dashed[q + 3]);
    }
    ctx.stroke();
    ctx.setLineDash([]);
  }
  ctx.globalAlpha = 1;

  // 3. This week's 1:1s brighten for 300 ms; matches arc; facilitator talks.
  if (ev && !o.lastingOnly) {
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
  if (ev) {
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
    const f = layout.byId.get(FACILITATOR);
    if (f && ev.facilitatorTalks.length) {
      ctx.globalAlpha = 0.35;
      ctx.lineWidth = px;
      ctx.beginPath();
      for (const i of ev.facilitatorTalks) {
        const a = pos(i);
        if (!a) continue;
        ctx.moveTo(f.x!, f.y!);
        ctx.lineTo(a.x!, a.y!);
      }
      ctx.stroke();
      ctx.globalAlpha = 1;
    }
  }

  // 4. Members: fill by organisation, area by energy, opacity by presence,
  //    ring by level; ghosts of recent leavers; halos of recent newcomers.
  //    Each look is a pre-rendered sprite blitted at whole device pixels.
  // Mark scale in device pixels, in steps of ~4%: while the view eases to fit,
  // a continuous scale would re-render every sprite every frame.
  const devS = o.markScale ?? markScale(k, o.dpr);
  useScale(devS, o.dpr, o.spriteBudgetMs, P);
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  let complete = true;
  const last = o.lastSprites;
  const layer = o.memberLayer && m.id.length >= MEMBER_LAYER_FROM ? o.memberLayer : null;
  layer?.begin();
  const blit = (sp: Sprite | null, X: number, Y: number, id: number) => {
    if (!sp) {
      complete = false;
      sp = last?.get(id) ?? null;
      if (!sp) return;
    } else last?.set(id, sp);
    if (!layer) ctx.drawImage(sp.img, X - sp.c, Y - sp.c);
    // A sprite made before the layer loaded has no pixels: blitted now (under the layer's members for a frame) and drawn again.
    else if (!layer.add(sp, X, Y)) {
      complete = false;
      ctx.drawImage(sp.img, X - sp.c, Y - sp.c);
    }
  };
  // C4 brightens this week's session; in a week without one nobody is dimmed.
  const attended = lens === 'C4' && ev?.session ? new Set(ev.attendees) : null;
  for (let i = 0; i < m.id.length; i++) {
    const n = pos(i);
    if (!n) continue;
    const X = Math.round(o.dpr * (k * n.x! + tx));
    const Y = Math.round(o.dpr * (k * n.y! + ty));
    const r = quantRadius(energyRadius(m.energy[i]) * devS);
    if (!m.present[i]) {
      blit(ghostSprite(r, o.dpr), X, Y, n.id);
      continue;
    }
    let alpha = m.level[i] === 0 ? 0.2 : m.active[i] ? 1 : 0.45;
    if (m.joined[i] === week && moving) alpha *= phase(o.t, 0.5, 0.9);
    if (lens === 'C3' || attended) alpha *= memberEmphasis(lens, { energy: m.energy[i], openIssues: m.openIssues[i], attended: attended?.has(i) ?? false });
    alpha = Math.round(alpha * dim(n.id) * 20) / 20;
    const ring = m.level[i] === 3 ? 2 : m.level[i] === 2 ? 1 : 0;
    const halo = week - m.joined[i] < 4 && m.joined[i] > 0;
    if (lens === 'C2') {
      const step = energyStep(m.energy[i]);
      blit(colouredMemberSprite(16 + step, energyColour(step), alpha, r, ring, halo, '', devS, o.dpr), X, Y, n.id);
    } else blit(memberSprite(m.org[i], alpha, r, ring, halo, orgLetter(m.org[i]), devS, o.dpr), X, Y, n.id);
  }
  layer?.end(ctx);
  ctx.setTransform(o.dpr * k, 0, 0, o.dpr * k, o.dpr * tx, o.dpr * ty);

  // 5. Selection ring.
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

  // 5b. Keyboard focus: a dashed blue ring on a halo of the ground's colour, wider than the selection ring.
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

  // 6. Lasting marks of the week, then the moving ones (at most 12).
  if (ev) drawEventMarks(ctx, ev, pos, layout, o, sz, moving, P);

  // 7. The facilitator: an ink rounded square with an F in the ground's colour (Dim room: a white square).
  const f = layout.byId.get(FACILITATOR);
  if (f) {
    const h = 9 * sz;
    ctx.fillStyle = P.ink;
    ctx.beginPath();
    ctx.roundRect(f.x! - h, f.y! - h, 2 * h, 2 * h, 3 * sz);
    ctx.fill();
    ctx.fillStyle = P.paper;
    ctx.font = markFont(700, 12, k, o.dpr);
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    screenText(ctx, 'F', f.x!, f.y! + 0.5 * sz, o);
    ctx.textBaseline = 'alphabetic';
  }
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  return complete;
}
