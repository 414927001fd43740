// Members of a large network composited in JavaScript. Without a GPU each
// canvas drawImage costs ~5 us to record plus its rasterisation: at 2,000
// members the member blits were 10-15 ms of every frame. Here each member's
// sprite (premultiplied pixels, sprites.ts) is composited source-over, in the
// same order as the blits, into a transparent buffer kept from frame to frame,
// which reaches the canvas in one putImageData and one drawImage over the box
// the members cover. (Reading the canvas back instead allocated 2 MB a frame,
// and the garbage collections that followed made 100-300 ms frames.)
// Loaded only when a network of MEMBER_LAYER_FROM (draw-members.ts) members shows up.
import type { Sprite } from './sprites.ts';

/** A sprite's pixels (straight alpha, as getImageData gives them) as premultiplied RGBA words (sprites.ts keepPixels). */
export function premultiplied({ data: d }: ImageData): Uint32Array {
  const out = new Uint32Array(d.length / 4);
  for (let q = 0, b = 0; q < out.length; q++, b += 4) {
    const a = d[b + 3];
    if (a === 0) continue;
    const f = a / 255;
    out[q] = ((a << 24) | (Math.round(d[b + 2] * f) << 16) | (Math.round(d[b + 1] * f) << 8) | Math.round(d[b] * f)) >>> 0;
  }
  return out;
}

/** Each row's first and last+1 non-transparent column, so the blend skips a sprite's empty corners. */
const spans = new WeakMap<Uint32Array, Int16Array>();
function rowSpans(px: Uint32Array, side: number): Int16Array {
  let s = spans.get(px);
  if (s) return s;
  s = new Int16Array(2 * side);
  for (let y = 0; y < side; y++) {
    let a = side, b = 0;
    for (let x = 0; x < side; x++) if (px[y * side + x] >>> 24) { a = Math.min(a, x); b = x + 1; }
    s[2 * y] = a;
    s[2 * y + 1] = Math.max(a, b);
  }
  spans.set(px, s);
  return s;
}

// 255 * 65536 / a, so (c * RECIP[a]) >> 16 undoes premultiplication.
const RECIP = new Uint32Array(256).map((_, a) => (a ? Math.round((255 * 65536) / a) : 0));

/** Composite a sprite source-over into a premultiplied buffer (w x h) with its centre at (X, Y); returns the box it touched, or null. */
export function blendInto(buf: Uint32Array, w: number, h: number, sp: Sprite, X: number, Y: number): [number, number, number, number] | null {
  const px = sp.px!;
  const side = 2 * sp.c;
  const span = rowSpans(px, side);
  const left = X - sp.c, top = Y - sp.c;
  const sy0 = Math.max(0, -top), sy1 = Math.min(side, h - top);
  if (sy1 <= sy0 || left >= w || left + side <= 0) return null;
  for (let sy = sy0; sy < sy1; sy++) {
    const sx0 = Math.max(span[2 * sy], -left), sx1 = Math.min(span[2 * sy + 1], w - left);
    let o = (top + sy) * w + left + sx0;
    let q = sy * side + sx0;
    for (let sx = sx0; sx < sx1; sx++, o++, q++) {
      const s = px[q];
      const sa = s >>> 24;
      if (sa === 0) continue;
      const d = buf[o];
      if (sa === 255 || d === 0) {
        buf[o] = s;
        continue;
      }
      // out = s + d * (255 - sa) / 255, per channel (alpha too), two channels per multiply.
      const ia = 255 - sa;
      let rb = (d & 0xff00ff) * ia + 0x800080;
      rb = ((rb + ((rb >>> 8) & 0xff00ff)) >>> 8) & 0xff00ff;
      let ag = ((d >>> 8) & 0xff00ff) * ia + 0x800080;
      ag = ((ag + ((ag >>> 8) & 0xff00ff)) >>> 8) & 0xff00ff;
      buf[o] = (s + ((rb | (ag << 8)) >>> 0)) >>> 0;
    }
  }
  return [Math.max(0, left), Math.max(0, top), Math.min(w, left + side), Math.min(h, top + side)];
}

/** Premultiplied words of a box of buf into straight-alpha words of out (for putImageData), clearing buf there. */
export function straighten(buf: Uint32Array, out: Uint32Array, w: number, x0: number, y0: number, x1: number, y1: number): void {
  for (let y = y0; y < y1; y++) {
    const e = y * w + x1;
    for (let o = y * w + x0; o < e; o++) {
      const v = buf[o];
      const a = v >>> 24;
      if (a === 255 || a === 0) out[o] = v;
      else {
        const r = RECIP[a];
        out[o] = ((a << 24) | (Math.min(255, (((v >>> 16) & 255) * r + 32768) >>> 16) << 16) | (Math.min(255, (((v >>> 8) & 255) * r + 32768) >>> 16) << 8) | Math.min(255, ((v & 255) * r + 32768) >>> 16)) >>> 0;
      }
    }
    buf.fill(0, y * w + x0, e);
  }
}

export class MemberLayer {
  private w = 0;
  private h = 0;
  private buf = new Uint32Array(0);
  private out = new Uint32Array(0);
  private img?: ImageData;
  private ctx?: OffscreenCanvasRenderingContext2D;
  private sprites: Sprite[] = [];
  private xy: number[] = [];

  static get supported(): boolean {
    return typeof OffscreenCanvas !== 'undefined';
  }

  begin(): void {
    this.sprites.length = 0;
    this.xy.length = 0;
  }

  /** Queue a sprite with its centre at device pixel (X, Y); false if it has no pixels yet (made before the layer loaded). */
  add(sp: Sprite, X: number, Y: number): boolean {
    if (!sp.px) return false;
    this.sprites.push(sp);
    this.xy.push(X, Y);
    return true;
  }

  /** Draw the queued sprites onto ctx (transform: identity, device pixels) in one putImageData and one drawImage; the buffers are kept. */
  end(ctx: CanvasRenderingContext2D): void {
    const W = ctx.canvas.width, H = ctx.canvas.height;
    if (!this.ctx || W !== this.w || H !== this.h) {
      this.w = W;
      this.h = H;
      this.buf = new Uint32Array(W * H);
      this.ctx = new OffscreenCanvas(W, H).getContext('2d')!;
      this.img = this.ctx.createImageData(W, H);
      this.out = new Uint32Array(this.img.data.buffer);
    }
    let x0 = W, y0 = H, x1 = 0, y1 = 0;
    for (let k = 0; k < this.sprites.length; k++) {
      const box = blendInto(this.buf, W, H, this.sprites[k], this.xy[2 * k], this.xy[2 * k + 1]);
      if (!box) continue;
      x0 = Math.min(x0, box[0]); y0 = Math.min(y0, box[1]);
      x1 = Math.max(x1, box[2]); y1 = Math.max(y1, box[3]);
    }
    if (x1 <= x0 || y1 <= y0) return;
    straighten(this.buf, this.out, W, x0, y0, x1, y1);
    // The layer canvas is transparent outside what is written: only the box is put and drawn.
    this.ctx.clearRect(x0, y0, x1 - x0, y1 - y0);
    this.ctx.putImageData(this.img!, 0, 0, x0, y0, x1 - x0, y1 - y0);
    ctx.drawImage(this.ctx.canvas, x0, y0, x1 - x0, y1 - y0, x0, y0, x1 - x0, y1 - y0);
  }
}
