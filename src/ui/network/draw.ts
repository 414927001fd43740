// Paints one frame of the network on a canvas: a pure function of (snapshot,
// positions, the week's events, animation progress, view options). Marks
// follow UX.md §2; edges and nodes are batched by style so 2,000 members and
// their ties stay within a frame.
import { polygonHull } from 'd3-polygon';
import type { Snapshot } from '../../model/snapshot.ts';
import { BAD, CROSS_ORG_TIE, GOLD, INK, energyRadius, orgColour, orgLetter } from '../theme.ts';
import { TIE_BAD, TIE_INK, energyColour, energyStep, memberEmphasis, tieLook, type Lens } from './lens.ts';
import { drawOrgAreas } from './org-areas.ts';
import { markFont, screenText } from './text.ts';
import { FACILITATOR, type Layout } from './layout.ts';
import type { WeekEvents } from './week-events.ts';
import { colouredMemberSprite, ghostSprite, memberSprite, quantRadius, useScale, type Sprite } from './sprites.ts';

export interface DrawOptions {
  width: number;
  height: number;
  dpr: number;
  transform: { k: number; x: number; y: number };
  /** 0..1 through the week's animation, or 1 when still. */
  t: number;
  reducedMotion: boolean;
  /** Only lasting marks (fast playback). */
  lastingOnly: boolean;
  /** Ids to keep bright (hover neighbourhood); null = all. */
  focus: Set<number> | null;
  selected: number | null;
  /** Pair key -> week of a badly received disclosure (dashed for 8 weeks). */
  badTies: Map<string, number>;
  /** Pair key -> last week a tricky issue was shared 1:1 and well received (C3 lens). */
  goodTies?: Map<string, number>;
  minTrust: number;
  lens?: Lens;
  /** Device px per mark unit for the member sprites (see markScale); default: from the zoom. */
  markScale?: number;
  /** Member with keyboard focus (a focus ring), or null. */
  focused?: number | null;
}

/** Device px per mark unit, in steps of ~4% (a continuous scale would re-render every sprite every frame). */
export function markScale(k: number, dpr: number): number {
  return 2 ** (Math.round(16 * Math.log2(Math.min(1.6, Math.max(0.45, k)) * dpr)) / 16);
}

export const pairKey = (a: number, b: number) => (a < b ? `${a}:${b}` : `${b}:${a}`);
/** The same pair as one number (ids are small non-negative integers). */
const pairNum = (a: number, b: number) => (a < b ? a * 2 ** 21 + b : b * 2 ** 21 + a);

/** Above this many ties, ties are drawn as hairlines (see section 2). */
export const TIE_DETAIL_LIMIT = 1500;

/** Pairs with a (badly received) disclosure in the last 8 weeks, or null when none. */
function badPairs(badTies: Map<string, number>, week: number): Set<number> | null {
  let set: Set<number> | null = null;
  for (const [key, w] of badTies) {
    if (week - w < 0 || week - w > 8) continue;
    const [a, b] = key.split(':');
    (set ??= new Set()).add(pairNum(+a, +b));
  }
  return set;
}

const MAX_MOVING = 12;
const clamp01 = (x: number) => Math.max(0, Math.min(1, x));
/** Progress of a sub-animation running from t0 to t1 of the week. */
const phase = (t: number, t0: number, t1: number) => clamp01((t - t0) / (t1 - t0));

export function drawNetwork(ctx: CanvasRenderingContext2D, s: Snapshot, layout: Layout, ev: WeekEvents | undefined, o: DrawOptions): void {
  const { k, x: tx, y: ty } = o.transform;
  ctx.setTransform(o.dpr, 0, 0, o.dpr, 0, 0);
  ctx.clearRect(0, 0, o.width, o.height);
  ctx.fillStyle = '#FFFFFF';
  ctx.fillRect(0, 0, o.width, o.height);
  ctx.setTransform(o.dpr * k, 0, 0, o.dpr * k, o.dpr * tx, o.dpr * ty);
  // Marks keep a readable screen size across zoom levels.
  const sz = Math.min(1.6, Math.max(0.45, k)) / k;
  const px = 1 / k;
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
      ctx.fillStyle = 'rgba(26,26,26,0.06)';
      ctx.fill();
      ctx.strokeStyle = 'rgba(26,26,26,0.45)';
      ctx.lineWidth = px;
      ctx.stroke();
      const top = hull.reduce((a, p) => (p[1] < a[1] ? p : a), hull[0]);
      ctx.font = markFont(600, 12, k, o.dpr);
      ctx.fillStyle = INK;
      ctx.textAlign = 'center';
      const label = `${ev.session.type[0].toUpperCase()}${ev.session.type.slice(1)} · ${ev.session.count}`;
      screenText(ctx, label, top[0], top[1] - pad - 4 * sz, o);
      ctx.globalAlpha = 1;
    }
  }

  const lens = o.lens ?? 'All';
  if (lens === 'C5') drawOrgAreas(ctx, s, layout, sz, o);

  // 2. Ties, batched by colour, opacity and width (numeric keys: no string
  //    per tie per frame). Many ties are drawn at reduced detail: chromium
  //    rasterises wide anti-aliased strokes in software at a high cost per
  //    tie, but 1-device-pixel lines take a cheap hairline path; a hairline
  //    keeps a wide tie's ink by taking opacity x width, so strength still reads.
  const t = s.ties;
  const batches = new Map<number, number[]>();
  const dashed: number[] = [];
  const bad = badPairs(o.badTies, week);
  const good = lens === 'C3' && o.goodTies ? badPairs(o.goodTies, week) : null;
  const reduced = t.a.length > TIE_DETAIL_LIMIT;
  // Device pixels per unit of tie width (widths are in mark units: sz).
  const inkScale = Math.min(1.6, Math.max(0.45, k)) * o.dpr;
  for (let j = 0; j < t.a.length; j++) {
    const a = layout.byId.get(t.a[j]);
    const b = layout.byId.get(t.b[j]);
    if (!a || !b) continue;
    const trust = (t.trustAB[j] + t.trustBA[j]) / 2;
    if (trust < o.minTrust) continue;
    if (bad && bad.has(pairNum(t.a[j], t.b[j]))) {
      dashed.push(a.x!, a.y!, b.x!, b.y!);
      continue;
    }
    const look = tieLook(lens, {
      trust,
      strength: t.strength[j],
      crossOrg: t.crossOrg[j] === 1,
      orgColour: 1 + a.org,
      sinceTalk: week - t.last[j],
      disclosed: good !== null && good.has(pairNum(t.a[j], t.b[j])),
    });
    const colour = look.colour;
    const alpha = Math.round(look.alpha * dim(a.id) * dim(b.id) * 8);
    const width = Math.min(7, Math.round(look.width * 2));
    const key = reduced ? colour * 64 + Math.min(8, Math.round((alpha * width * inkScale) / 2)) : (colour * 16 + alpha) * 8 + width;
    let arr = batches.get(key);
    if (!arr) batches.set(key, (arr = []));
    arr.push(a.x!, a.y!, b.x!, b.y!);
  }
  ctx.lineCap = 'round';
  for (const [key, arr] of batches) {
    const colour = reduced ? Math.floor(key / 64) : Math.floor(key / 128);
    ctx.strokeStyle = colour === 0 ? CROSS_ORG_TIE : colour === TIE_BAD ? BAD : colour === TIE_INK ? INK : orgColour(colour - 1);
    if (reduced) {
      ctx.globalAlpha = (key % 64) / 8;
      ctx.lineWidth = 1 / (k * o.dpr);
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
    ctx.strokeStyle = BAD;
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
      ctx.strokeStyle = INK;
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
    ctx.strokeStyle = INK;
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
  useScale(devS, o.dpr);
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  const blit = (sp: Sprite, X: number, Y: number) => ctx.drawImage(sp.img, X - sp.c, Y - sp.c);
  // C4 brightens this week's session; in a week without one nobody is dimmed.
  const attended = lens === 'C4' && ev?.session ? new Set(ev.attendees) : null;
  for (let i = 0; i < m.id.length; i++) {
    const n = pos(i);
    if (!n) continue;
    const X = Math.round(o.dpr * (k * n.x! + tx));
    const Y = Math.round(o.dpr * (k * n.y! + ty));
    const r = quantRadius(energyRadius(m.energy[i]) * devS);
    if (!m.present[i]) {
      blit(ghostSprite(r, o.dpr), X, Y);
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
      blit(colouredMemberSprite(16 + step, energyColour(step), alpha, r, ring, halo, '', devS, o.dpr), X, Y);
    } else blit(memberSprite(m.org[i], alpha, r, ring, halo, orgLetter(m.org[i]), devS, o.dpr), X, Y);
  }
  ctx.setTransform(o.dpr * k, 0, 0, o.dpr * k, o.dpr * tx, o.dpr * ty);

  // 5. Selection ring.
  if (o.selected !== null) {
    const n = layout.byId.get(o.selected);
    if (n) {
      ctx.strokeStyle = '#0072B2';
      ctx.lineWidth = 2.5 * sz;
      ctx.beginPath();
      ctx.arc(n.x!, n.y!, 16 * sz, 0, 2 * Math.PI);
      ctx.stroke();
    }
  }

  // 5b. Keyboard focus: a dashed blue ring on a white halo, wider than the selection ring.
  if (o.focused !== null && o.focused !== undefined) {
    const n = layout.byId.get(o.focused);
    if (n) {
      ctx.lineWidth = 6 * sz;
      ctx.strokeStyle = '#FFFFFF';
      ctx.beginPath();
      ctx.arc(n.x!, n.y!, 21 * sz, 0, 2 * Math.PI);
      ctx.stroke();
      ctx.lineWidth = 3 * sz;
      ctx.strokeStyle = '#0072B2';
      ctx.setLineDash([5 * sz, 3 * sz]);
      ctx.stroke();
      ctx.setLineDash([]);
    }
  }

  // 6. Lasting marks of the week, then the moving ones (at most 12).
  if (ev) drawEventMarks(ctx, ev, pos, layout, o, sz, moving);

  // 7. The facilitator: an ink rounded square with a white F.
  const f = layout.byId.get(FACILITATOR);
  if (f) {
    const h = 9 * sz;
    ctx.fillStyle = INK;
    ctx.beginPath();
    ctx.roundRect(f.x! - h, f.y! - h, 2 * h, 2 * h, 3 * sz);
    ctx.fill();
    ctx.fillStyle = '#FFFFFF';
    ctx.font = markFont(700, 12, k, o.dpr);
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    screenText(ctx, 'F', f.x!, f.y! + 0.5 * sz, o);
    ctx.textBaseline = 'alphabetic';
  }
  ctx.setTransform(1, 0, 0, 1, 0, 0);
}

type Pos = (i: number) => { x?: number; y?: number } | undefined;

function diamond(ctx: CanvasRenderingContext2D, x: number, y: number, r: number, fill: string) {
  ctx.beginPath();
  ctx.moveTo(x, y - r);
  ctx.lineTo(x + r, y);
  ctx.lineTo(x, y + r);
  ctx.lineTo(x - r, y);
  ctx.closePath();
  ctx.fillStyle = fill;
  ctx.fill();
  ctx.strokeStyle = '#FFFFFF';
  ctx.stroke();
}

function star(ctx: CanvasRenderingContext2D, x: number, y: number, r: number, fill: string | null) {
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
  ctx.strokeStyle = INK;
  ctx.stroke();
}

function cross(ctx: CanvasRenderingContext2D, x: number, y: number, r: number) {
  ctx.lineCap = 'round';
  for (const [w, c] of [[r * 0.9, '#FFFFFF'], [r * 0.45, BAD]] as const) {
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

function drawEventMarks(ctx: CanvasRenderingContext2D, ev: WeekEvents, pos: Pos, layout: Layout, o: DrawOptions, sz: number, moving: boolean) {
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
      ctx.fillStyle = INK;
      ctx.beginPath();
      ctx.arc(a.x! + (b.x! - a.x!) * travel, a.y! + (b.y! - a.y!) * travel, 3.5 * sz, 0, 2 * Math.PI);
      ctx.fill();
    } else {
      diamond(ctx, mx, my, 5 * sz, INK);
      if (!p.good) cross(ctx, b.x! + 9 * sz, b.y! - 9 * sz, 4 * sz);
    }
  }
  // Tricky issue shared in the group: a ring expands from the sharer; ◆ on the sharer.
  for (const p of ev.trickyGroup) {
    const a = pos(p.a);
    if (!a) continue;
    if (!done && budget-- > 0) {
      ctx.strokeStyle = INK;
      ctx.globalAlpha = 1 - travel;
      ctx.lineWidth = 2 * sz;
      ctx.beginPath();
      ctx.arc(a.x!, a.y!, (8 + 40 * travel) * sz, 0, 2 * Math.PI);
      ctx.stroke();
      ctx.globalAlpha = 1;
      ctx.lineWidth = sz;
    } else {
      diamond(ctx, a.x! + 10 * sz, a.y! - 10 * sz, 5.5 * sz, INK);
      if (!p.good) cross(ctx, a.x! + 20 * sz, a.y! - 10 * sz, 4 * sz);
    }
  }
  // Private insight: a hollow ✦ on the tie; public innovation: a gold ✦.
  for (const p of ev.insights) {
    const a = pos(p.a), b = pos(p.b);
    if (a && b) star(ctx, (a.x! + b.x!) / 2, (a.y! + b.y!) / 2, 6 * sz, '#FFFFFF');
  }
  for (const p of ev.innovations) {
    const a = pos(p.a);
    if (!a) continue;
    const grow = moving ? phase(o.t, 0.6, 0.9) : 1;
    star(ctx, a.x!, a.y! - 12 * sz, (4 + 5 * grow) * sz, GOLD);
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
      ctx.fillStyle = '#FFFFFF';
      ctx.strokeStyle = INK;
      ctx.fillRect(x - 5 * sz, y - 3.5 * sz, 10 * sz, 7 * sz);
      ctx.strokeRect(x - 5 * sz, y - 3.5 * sz, 10 * sz, 7 * sz);
      if (done) break;
    }
  }
  if (f && ev.vulnerability !== undefined && moving) {
    ctx.strokeStyle = INK;
    ctx.globalAlpha = 1 - travel;
    ctx.beginPath();
    ctx.arc(f.x!, f.y!, (10 + 50 * travel) * sz, 0, 2 * Math.PI);
    ctx.stroke();
    ctx.globalAlpha = 1;
  }

}
