// The network layout as the layout worker runs it (src/ui/network/layout-engine.ts):
// handing a layout over mid-run (page -> worker) must not change a single
// position, a stored week must come back exactly, and the member layer's
// compositing must equal source-over (src/ui/network/member-layer.ts).
import { describe, expect, it } from 'vitest';
import { LayoutEngine, type LayoutReply, type LayoutRequest } from '../../src/ui/network/layout-engine.ts';
import type { LayoutInput } from '../../src/ui/network/layout.ts';
import { exportState, importState } from '../../src/ui/network/layout-state.ts';
import { blendInto, premultiplied, straighten } from '../../src/ui/network/member-layer.ts';

/** A small community: n members in 3 organisations, each tied to the next two, growing by week. */
function input(week: number, n = 40 + 3 * week): LayoutInput {
  const ids = Int32Array.from({ length: n }, (_, i) => i);
  const la: number[] = [], lb: number[] = [], ls: number[] = [];
  for (let i = 0; i < n; i++) for (const j of [i + 1, i + 2]) if (j < n) { la.push(i); lb.push(j); ls.push(((i * 7 + j) % 10) / 10); }
  return { week, orgCount: 3, ids, index: ids.slice(), org: ids.map((i) => i % 3), la: Int32Array.from(la), lb: Int32Array.from(lb), ls: Float64Array.from(ls), partners: Int32Array.from([1, 5]) };
}

let seq = 0;
const req = (r: Record<string, unknown>) => ({ view: 1, seq: ++seq, ...r }) as LayoutRequest;
const positions = (r: LayoutReply | null) => Array.from(r!.xy);

/** Week 0 settled as a first picture, then weeks 1..weeks with `ticks` ticks each. */
function play(e: LayoutEngine, weeks: number, ticks: number, from = 1): LayoutReply | null {
  let last: LayoutReply | null = null;
  for (let w = from; w <= weeks; w++) {
    last = e.handle(req({ kind: 'update', input: input(w), storePrev: w - 1, forgetAfter: null, mode: 'next', budgetMs: Infinity }));
    for (let t = 0; t < ticks; t++) last = e.handle(req({ kind: 'tick' }));
  }
  return last;
}

describe('layout engine', () => {
  it('settles a first picture in pieces as in one go', () => {
    const a = new LayoutEngine(), b = new LayoutEngine();
    const first = { kind: 'update', input: input(0), storePrev: -1, forgetAfter: -1, mode: 'first' } as const;
    const ra = a.handle(req({ ...first, budgetMs: Infinity }));
    let rb = b.handle(req({ ...first, budgetMs: 0 }));
    expect(rb!.settleLeft).toBeGreaterThan(0);
    while (rb!.settleLeft > 0) rb = b.handle(req({ kind: 'settle', budgetMs: 0 }));
    expect(ra!.settleLeft).toBe(0);
    expect(positions(rb)).toEqual(positions(ra));
  });

  it('a layout handed over mid-run goes on exactly as one that stayed', () => {
    const stay = new LayoutEngine();
    stay.handle(req({ kind: 'update', input: input(0), storePrev: -1, forgetAfter: -1, mode: 'first', budgetMs: Infinity }));
    const moved = new LayoutEngine();
    moved.handle(req({ kind: 'update', input: input(0), storePrev: -1, forgetAfter: -1, mode: 'first', budgetMs: Infinity }));
    play(stay, 3, 5);
    play(moved, 3, 5);
    // Mid-week, still moving: hand over.
    const there = new LayoutEngine(importState);
    const s = moved.exportView(1, exportState)!;
    there.handle({ view: 1, seq: 0, kind: 'import', state: s.state, moving: s.moving, owed: s.owed });
    const a = play(stay, 8, 7, 4);
    const b = play(there, 8, 7, 4);
    expect(positions(b)).toEqual(positions(a));
    expect(b!.ids).toEqual(a!.ids);
    // Stored weeks went along: week 2 comes back the same in both.
    const back = { kind: 'update', input: input(2), storePrev: 8, forgetAfter: null, mode: 'jump', budgetMs: Infinity } as const;
    expect(positions(there.handle(req(back)))).toEqual(positions(stay.handle(req(back))));
  });

  it('a stored week comes back exactly and is still', () => {
    const e = new LayoutEngine();
    e.handle(req({ kind: 'update', input: input(0), storePrev: -1, forgetAfter: -1, mode: 'first', budgetMs: Infinity }));
    play(e, 2, 200);
    const at2 = positions(e.handle(req({ kind: 'tick' })));
    play(e, 5, 10, 3);
    const again = e.handle(req({ kind: 'update', input: input(2), storePrev: 5, forgetAfter: null, mode: 'jump', budgetMs: Infinity }));
    expect(again!.moving).toBe(false);
    expect(positions(again)).toEqual(at2);
  });
});

describe('member layer', () => {
  it('composites premultiplied sprites source-over, in order, and gives straight alpha back', () => {
    // A 4 x 4 transparent buffer; two 2 x 2 sprites (c = 1): opaque red, then 50% blue over part of it.
    const word = (r: number, g: number, b: number, a: number) => ((a << 24) | (b << 16) | (g << 8) | r) >>> 0;
    const red = { img: {} as CanvasImageSource, c: 1, px: new Uint32Array(4).fill(word(255, 0, 0, 255)) };
    const blue = { img: {} as CanvasImageSource, c: 1, px: new Uint32Array(4).fill(word(0, 0, 128, 128)) };
    const buf = new Uint32Array(16), out = new Uint32Array(16);
    expect(blendInto(buf, 4, 4, red, 1, 1)).toEqual([0, 0, 2, 2]);
    expect(blendInto(buf, 4, 4, blue, 2, 2)).toEqual([1, 1, 3, 3]);
    expect(blendInto(buf, 4, 4, blue, 9, 9)).toBeNull();
    straighten(buf, out, 4, 0, 0, 4, 4);
    const px = (x: number, y: number) => { const v = out[y * 4 + x]; return [v & 255, (v >>> 8) & 255, (v >>> 16) & 255, v >>> 24]; };
    expect(px(0, 0)).toEqual([255, 0, 0, 255]);
    // Blue at 50% over red: (127, 0, 128), opaque; blue alone: straight (0, 0, 255) at 128.
    expect(px(1, 1)).toEqual([127, 0, 128, 255]);
    expect(px(2, 2)).toEqual([0, 0, 255, 128]);
    expect(px(3, 3)).toEqual([0, 0, 0, 0]);
    // The buffer is clear for the next frame.
    expect(buf.every((v) => v === 0)).toBe(true);
    // Straight RGBA bytes to premultiplied words.
    expect(Array.from(premultiplied({ data: new Uint8ClampedArray([0, 0, 255, 128, 10, 20, 30, 255]) } as ImageData))).toEqual([word(0, 0, 128, 128), word(10, 20, 30, 255)]);
  });
});
