// The ties layer: every tie above the minimum trust, batched by colour,
// opacity and width (numeric keys: no string per tie per frame), and the
// badly received disclosures of the last weeks dashed.
import { orgColour } from '../theme.ts';
import { HAIRLINE, type Frame } from './draw-frame.ts';
import { TIE_BAD, TIE_INK, tieLook } from './lens.ts';

/** A tie stays dashed (badly received disclosure) or marked in the C3 lens (well received) for this many weeks after. */
export const DISCLOSURE_WEEKS = 8;

/** Above this many ties, ties are drawn as hairlines (see drawTies). */
export const TIE_DETAIL_LIMIT = 1500;

/**
 * Many ties are drawn at reduced detail: chromium rasterises wide
 * anti-aliased strokes in software at a high cost per tie, but 1-device-pixel
 * lines take a cheap hairline path; a hairline keeps a wide tie's ink by
 * taking opacity x width, so strength still reads. At any size, a tie at most
 * one device pixel wide is drawn as a hairline (the same ink, a tenth of the
 * cost), and wide ties have butt caps: their ends lie under the members, and
 * round caps cost ~60% more to rasterise.
 */
export function drawTies(f: Frame): void {
  const { ctx, s, layout, o, P, k, sz, lens, week, dim } = f;
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
}
