// The members layer: fill by organisation, area by energy, opacity by
// presence, ring by level; ghosts of recent leavers; halos of recent
// newcomers. Each look is a pre-rendered sprite blitted at whole device
// pixels (sprites.ts); a large network is composited in one piece (member-layer.ts).
import { energyRadius, orgLetter } from '../theme.ts';
import type { Frame } from './draw-frame.ts';
import { phase } from './event-marks.ts';
import { energyColour, energyStep, memberEmphasis } from './lens.ts';
import { colouredMemberSprite, ghostSprite, memberSprite, quantRadius, useScale, type Sprite } from './sprites.ts';
import type { WeekEvents } from './week-events.ts';

/** From this many members, members are composited in one piece (member-layer.ts, loaded when first needed): plain blits cost no less below. */
export const MEMBER_LAYER_FROM = 600;

/** Device px per mark unit, in steps of ~4% (a continuous scale would re-render every sprite every frame). */
export function markScale(k: number, dpr: number): number {
  return 2 ** (Math.round(16 * Math.log2(Math.min(1.6, Math.max(0.45, k)) * dpr)) / 16);
}

/** Draws the members; false when some member was drawn with an older look (sprite budget spent). */
export function drawMembers(f: Frame, ev: WeekEvents | undefined): boolean {
  const { ctx, s, o, P, k, tx, ty, lens, week, moving, pos } = f;
  const m = s.members;
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
    // A hover or a selection leaves every member's look as the key says (opacity is presence); only ties fade (draw-ties.ts) and the neighbourhood is ringed (draw-labels.ts).
    alpha = Math.round(alpha * 20) / 20;
    const ring = m.level[i] === 3 ? 2 : m.level[i] === 2 ? 1 : 0;
    const halo = week - m.joined[i] < 4 && m.joined[i] > 0;
    if (lens === 'C2') {
      const step = energyStep(m.energy[i]);
      blit(colouredMemberSprite(16 + step, energyColour(step), alpha, r, ring, halo, '', devS, o.dpr), X, Y, n.id);
    } else blit(memberSprite(m.org[i], alpha, r, ring, halo, orgLetter(m.org[i]), devS, o.dpr), X, Y, n.id);
  }
  layer?.end(ctx);
  ctx.setTransform(o.dpr * k, 0, 0, o.dpr * k, o.dpr * tx, o.dpr * ty);
  return complete;
}
