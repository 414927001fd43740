// The network's draw worker (offscreen-draw.ts): draws a large network's
// pictures with the page's drawNetwork, from the week, the page's mirror of
// the positions and the frame's options the page sends, into an
// OffscreenCanvas, and sends each picture back as an ImageBitmap
// (transferToImageBitmap hands over the canvas's pixels without a copy).
// Members are composited by the member layer from the start (this worker is
// only used from OFFSCREEN_FROM members, above MEMBER_LAYER_FROM).
import { drawNetwork } from './draw.ts';
import { MemberLayer, premultiplied } from './member-layer.ts';
import { keepPixels, spriteStats, type Sprite } from './sprites.ts';
import type { MirrorNode } from './layout-client.ts';
import type { FromDrawWorker, ToDrawWorker } from './offscreen-draw.ts';
import type { Snapshot } from '../../model/snapshot.ts';
import type { WeekEvents } from './week-events.ts';

keepPixels(premultiplied);
const layer = new MemberLayer();
const lastSprites = new Map<number, Sprite>();
let canvas: OffscreenCanvas | undefined;
let ctx: OffscreenCanvasRenderingContext2D | undefined;
let week: { s: Snapshot; ev: WeekEvents | undefined } | undefined;
let nodes: MirrorNode[] = [];
let byId = new Map<number, MirrorNode>();

const reply = (r: FromDrawWorker, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(r, transfer);

self.onmessage = (e: MessageEvent<ToDrawWorker>) => {
  const m = e.data;
  if (m.kind === 'week') {
    week = { s: m.snapshot, ev: m.ev };
    return;
  }
  if (m.kind === 'nodes') {
    nodes = Array.from(m.ids, (id, q) => ({ id, index: m.index[q], org: m.org[q], x: 0, y: 0 }));
    byId = new Map(nodes.map((n) => [n.id, n]));
    return;
  }
  try {
    const t0 = performance.now();
    const made0 = spriteStats.made;
    for (let q = 0; q < nodes.length; q++) {
      nodes[q].x = m.xy[2 * q];
      nodes[q].y = m.xy[2 * q + 1];
    }
    if (!canvas || !ctx) {
      canvas = new OffscreenCanvas(m.w, m.h);
      ctx = canvas.getContext('2d', { alpha: false }) ?? undefined;
      if (!ctx) throw new Error('no 2d context on an OffscreenCanvas');
    } else if (canvas.width !== m.w || canvas.height !== m.h) {
      canvas.width = m.w;
      canvas.height = m.h;
    }
    if (!week) throw new Error('a picture asked for before its week');
    const complete = drawNetwork(ctx as unknown as CanvasRenderingContext2D, week.s, { byId }, week.ev, {
      ...m.o,
      focus: m.o.focus ? new Set(m.o.focus) : null,
      lastSprites,
      memberLayer: layer,
    });
    const bitmap = canvas.transferToImageBitmap();
    reply({ seq: m.seq, bitmap, complete, ms: performance.now() - t0, sprites: spriteStats.made - made0 }, [bitmap]);
  } catch (err) {
    reply({ seq: m.seq, error: err instanceof Error ? err.message : String(err) });
  }
};
