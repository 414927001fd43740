// Pre-rendered member marks. Without a GPU, chromium rasterises every canvas
// path in software when the frame is committed; anti-aliased circle fills and
// wide ring strokes were the second largest cost of a frame (after ties).
// A member is drawn once per look (colour, opacity, screen radius, ring,
// halo, letter) into a small bitmap and then blitted, which is a plain copy.
// Sprites live in device pixels and are blitted at whole device pixels, so a
// still picture is the same every time it is drawn.
import { INK } from '../theme.ts';

export interface MemberLook {
  colour: string;
  /** Fill and outline opacity (0..1, already quantised by the caller). */
  alpha: number;
  /** Radius in device pixels. */
  r: number;
  /** 0 peripheral, 1 active (1.5 ring), 2 core (3 ring). */
  ring: number;
  /** Dotted halo of a recent newcomer. */
  halo: boolean;
  letter: string;
  /** Hollow grey circle of a member who left. */
  ghost: boolean;
  /** Device pixels per mark unit (the view's `sz` times zoom times dpr). */
  s: number;
  /** Device pixels per screen pixel. */
  dpr: number;
}

export interface Sprite {
  img: CanvasImageSource;
  /** Offset from the sprite's top-left corner to the member's centre. */
  c: number;
}

const MAX_SPRITES = 3000;
const cache = new Map<string, Sprite>();

/** Radii are kept to a quarter device pixel: invisible, and keeps the cache small. */
export const quantRadius = (r: number) => Math.max(0.5, Math.round(r * 4) / 4);

function makeCanvas(w: number, h: number): OffscreenCanvas | HTMLCanvasElement {
  if (typeof OffscreenCanvas !== 'undefined') return new OffscreenCanvas(w, h);
  const c = document.createElement('canvas');
  c.width = w;
  c.height = h;
  return c;
}

export function memberSprite(l: MemberLook): Sprite {
  const key = `${l.colour}|${l.alpha}|${l.r}|${l.ring}|${l.halo ? 1 : 0}|${l.letter}|${l.ghost ? 1 : 0}|${l.s}|${l.dpr}`;
  const hit = cache.get(key);
  if (hit) return hit;
  if (cache.size >= MAX_SPRITES) cache.clear();
  const { r, s, dpr } = l;
  const ringW = l.ring === 2 ? 3 : l.ring === 1 ? 1.5 : 0;
  const outer = Math.max(r + dpr, l.ring ? r + (1.5 + ringW) * s : 0, l.halo ? r + 6 * s + dpr : 0);
  const c = Math.ceil(outer) + 2;
  const cv = makeCanvas(2 * c, 2 * c);
  const ctx = cv.getContext('2d') as CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;
  if (l.ghost) {
    ctx.strokeStyle = '#8A8A8A';
    ctx.lineWidth = dpr;
    ctx.beginPath();
    ctx.arc(c, c, r, 0, 2 * Math.PI);
    ctx.stroke();
  } else {
    ctx.globalAlpha = l.alpha;
    ctx.fillStyle = l.colour;
    ctx.strokeStyle = INK;
    ctx.lineWidth = dpr;
    ctx.beginPath();
    ctx.arc(c, c, r, 0, 2 * Math.PI);
    ctx.fill();
    ctx.stroke();
    ctx.globalAlpha = 1;
    // active: 1.5 px ring, core: 3 px ring, each after a 1.5 px white gap
    if (l.ring) {
      ctx.lineWidth = ringW * s;
      ctx.beginPath();
      ctx.arc(c, c, r + (1.5 + ringW / 2) * s, 0, 2 * Math.PI);
      ctx.stroke();
    }
    if (l.halo) {
      ctx.lineWidth = dpr;
      ctx.setLineDash([1.5 * s, 2.5 * s]);
      ctx.beginPath();
      ctx.arc(c, c, r + 6 * s, 0, 2 * Math.PI);
      ctx.stroke();
      ctx.setLineDash([]);
    }
    if (l.letter) {
      ctx.fillStyle = INK;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.font = `700 ${r * 1.2}px system-ui, sans-serif`;
      ctx.fillText(l.letter, c, c);
    }
  }
  const img = 'transferToImageBitmap' in cv ? cv.transferToImageBitmap() : cv;
  const sp = { img, c };
  cache.set(key, sp);
  return sp;
}
