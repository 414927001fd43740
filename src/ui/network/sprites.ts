// Pre-rendered member marks. Without a GPU, chromium rasterises every canvas
// path in software when the frame is committed; anti-aliased circle fills and
// wide ring strokes were the second largest cost of a frame (after ties).
// A member is drawn once per look (colour, opacity, screen radius, ring,
// halo, letter) into a small bitmap and then blitted, which is a plain copy.
// Sprites live in device pixels and are blitted at whole device pixels, so a
// still picture is the same every time it is drawn.
import { orgColour, palette, type Palette } from '../theme.ts';

export interface Sprite {
  img: CanvasImageSource;
  /** Offset from the sprite's top-left corner to the member's centre. */
  c: number;
  /** Its pixels, premultiplied RGBA (side 2c): member-layer.ts reads them on first use. */
  px?: Uint32Array;
}

// Numeric keys (no string per member per frame) within one scale (zoom x
// devicePixelRatio); a few scales are kept, so several views on one page
// (compare panels, lessons) at different zooms do not evict each other.
const MAX_SPRITES = 6000;
const MAX_SCALES = 8;
const scales = new Map<string, Map<number, Sprite>>();
let cache = new Map<number, Sprite>();

// Sprites made per frame are limited by time: a week at 2,000 members brings
// a few hundred new looks (radius and opacity follow energy), and making them
// all in one frame was an 80-100 ms task. A look not made in time is drawn
// from the member's last sprite; the frame says it was incomplete and the view
// draws again, so a still picture is always the complete one.
let makeUntil = Infinity;

// The theme's palette of the sprites being made; each theme keeps sprites of its own (see useScale).
let pal: Palette = palette('day');

// Set once the member layer has loaded: sprites keep their pixels, read from
// the scratch canvas as they are made (a later readback of a bitmap costs ten
// times more: at 2,000 members the first layered frame was a 300 ms task).
let readPixels: ((d: ImageData) => Uint32Array) | null = null;

/** Keep every sprite's pixels from now on; sprites made before are made again (within the frame budget). */
export function keepPixels(read: (d: ImageData) => Uint32Array): void {
  if (readPixels) return;
  readPixels = read;
  scales.clear();
  cache = new Map();
}

/** Select the sprites of a scale and theme and give this frame `budgetMs` for making new ones; call before drawing a frame. */
export function useScale(s: number, dpr: number, budgetMs = Infinity, p: Palette = palette()): void {
  makeUntil = performance.now() + budgetMs;
  pal = p;
  const key = `${s}|${dpr}|${p.name}`;
  const hit = scales.get(key);
  if (hit === cache) return;
  cache = hit ?? new Map();
  scales.delete(key);
  scales.set(key, cache);
  if (scales.size > MAX_SCALES) scales.delete(scales.keys().next().value!);
}

// Above every member key (colour keys below 40, see colouredMemberSprite).
const KIND = 2 ** 25;
const r4 = (r: number) => Math.round(r * 4);

/** Radii are kept to half a device pixel: hardly visible, and halves the looks to render (a quarter pixel made twice as many sprites while energies drift). */
export const quantRadius = (r: number) => Math.max(0.5, Math.round(r * 2) / 2);

type Ctx = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

// One scratch canvas for every sprite: a new canvas and context per sprite
// cost more than painting it (getContext was ~2% of main-thread time).
let scratch: OffscreenCanvasRenderingContext2D | null = null;

function sprite(key: number, outer: number, paint: (ctx: Ctx, c: number) => void): Sprite | null {
  const hit = cache.get(key);
  if (hit) return hit;
  if (performance.now() > makeUntil) return null;
  if (cache.size >= MAX_SPRITES) cache.clear();
  const c = Math.ceil(outer) + 2;
  let img: CanvasImageSource;
  let px: Uint32Array | undefined;
  if (typeof OffscreenCanvas !== 'undefined') {
    scratch ??= new OffscreenCanvas(1, 1).getContext('2d', { willReadFrequently: true })!;
    // Setting the size clears the bitmap and resets the context's state.
    scratch.canvas.width = scratch.canvas.height = 2 * c;
    paint(scratch, c);
    if (readPixels) px = readPixels(scratch.getImageData(0, 0, 2 * c, 2 * c));
    img = scratch.canvas.transferToImageBitmap();
  } else {
    const cv = document.createElement('canvas');
    cv.width = cv.height = 2 * c;
    paint(cv.getContext('2d')!, c);
    img = cv;
  }
  const sp: Sprite = { img, c, px };
  cache.set(key, sp);
  return sp;
}

/**
 * A present member's whole look in one bitmap: body (fill by organisation at
 * an opacity that is a multiple of 1/20, 1-screen-pixel ink outline), level
 * ring, newcomer halo and organisation letter. One blit per member: in
 * chromium each drawImage costs ~5 us to record and raster, and a blit per
 * layer (up to four) was the largest single cost of a frame at 2,000 members.
 * r in device pixels; s = device px per mark unit; ring 0 none, 1 active, 2 core.
 */
export function memberSprite(org: number, alpha: number, r: number, ring: 0 | 1 | 2, halo: boolean, letter: string, s: number, dpr: number): Sprite | null {
  return colouredMemberSprite(org, orgColour(org, pal), alpha, r, ring, halo, letter, s, dpr);
}

/** As memberSprite, with a fill of its own; colourKey (below 40) names the colour in the cache. */
export function colouredMemberSprite(colourKey: number, colour: string, alpha: number, r: number, ring: 0 | 1 | 2, halo: boolean, letter: string, s: number, dpr: number): Sprite | null {
  const key = ((((colourKey + 1) * 32 + Math.round(alpha * 20)) * 4 + ring) * 2 + (halo ? 1 : 0)) * 1024 + r4(r);
  const w = ring === 2 ? 3 : 1.5;
  const outer = Math.max(r + dpr, ring ? r + (1.5 + w) * s : 0, halo ? r + 6 * s + dpr : 0);
  return sprite(key, outer, (ctx, c) => {
    ctx.globalAlpha = alpha;
    ctx.fillStyle = colour;
    ctx.strokeStyle = pal.ink;
    ctx.lineWidth = dpr;
    ctx.beginPath();
    ctx.arc(c, c, r, 0, 2 * Math.PI);
    ctx.fill();
    ctx.stroke();
    ctx.globalAlpha = 1;
    if (ring) {
      ctx.lineWidth = w * s;
      ctx.beginPath();
      ctx.arc(c, c, r + (1.5 + w / 2) * s, 0, 2 * Math.PI);
      ctx.stroke();
    }
    if (halo) {
      ctx.lineWidth = dpr;
      ctx.setLineDash([1.5 * s, 2.5 * s]);
      ctx.beginPath();
      ctx.arc(c, c, r + 6 * s, 0, 2 * Math.PI);
      ctx.stroke();
      ctx.setLineDash([]);
    }
    if (letter) {
      ctx.fillStyle = pal.ink;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.font = `700 ${r * 1.2}px system-ui, sans-serif`;
      ctx.fillText(letter, c, c);
    }
  });
}

/** Hollow grey circle of a member who left. */
export function ghostSprite(r: number, dpr: number): Sprite | null {
  return sprite(KIND + r4(r), r + dpr, (ctx, c) => {
    ctx.strokeStyle = pal.ghost;
    ctx.lineWidth = dpr;
    ctx.beginPath();
    ctx.arc(c, c, r, 0, 2 * Math.PI);
    ctx.stroke();
  });
}
