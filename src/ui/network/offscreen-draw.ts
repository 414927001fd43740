// A large network drawn in a worker of its own (offscreen-worker.ts), so the
// main thread stays free while playing. Traced at 2,000 members on two busy
// cores, a drawn picture cost the main thread 16-19 ms of CPU (member
// compositing ~7 ms, drawNetwork ~3 ms, ties, sprites); frames of 14-31 ms
// of CPU then waited for a core and became 50-140 ms tasks.
//
// The worker draws into an OffscreenCanvas with the very drawNetwork the page
// uses and the page's own mirror of the positions, and sends the picture back
// as an ImageBitmap that the page copies onto its canvas (one drawImage).
// The page's canvas keeps every picture, so exports, tests and a fallback
// need nothing else; a transferred canvas could not come back after a worker
// failure. Not the layout worker: there a picture and a force tick (~15 ms
// each at 2,000 members) would take turns; in two workers they run side by side.
//
// Used from OFFSCREEN_FROM members (draw-target.ts; off for now, see
// below), paused too, so the worker has its member sprites made before
// play, and only where workers can draw. If the worker fails, the page
// draws again from the next frame.
//
// Measured (bench/browser-fps.ts, 2,000 members, speed 4, interleaved with
// the page-drawn build, load 4-5 on 2 cores, 7 runs): page-drawn 34-41
// pictures/s (median ~38) with 1-3 main-thread tasks of 51-61 ms in nearly
// every run; drawn here 27-38 pictures/s (median 34.6, under 30 in 2 runs),
// 0 tasks over 50 ms in 6 of 7 runs (one of 57 ms), the page's own frames
// at 57-60/s instead of 43-50 (p95 17 ms instead of 33). A worker picture
// costs ~18 ms there (12 ms drawNetwork, the rest raster).
import type { Snapshot } from '../../model/snapshot.ts';
import type { DrawOptions } from './draw.ts';
import type { MirrorNode } from './layout-client.ts';
import type { WeekEvents } from './week-events.ts';

/** What a frame needs besides the week and the positions (plain data: it is copied to the worker). */
export type FrameOptions = Omit<DrawOptions, 'focus' | 'lastSprites' | 'memberLayer'> & { focus: number[] | null };

export type ToDrawWorker =
  | { kind: 'week'; snapshot: Snapshot; ev: WeekEvents | undefined }
  | { kind: 'nodes'; ids: Int32Array; index: Int32Array; org: Int32Array }
  | { kind: 'draw'; seq: number; w: number; h: number; xy: Float64Array; o: FrameOptions };

export type FromDrawWorker =
  | { seq: number; bitmap: ImageBitmap; complete: boolean; ms: number; sprites: number }
  | { seq: number; error: string };

interface Frame {
  s: Snapshot;
  ev: WeekEvents | undefined;
  nodes: MirrorNode[];
  o: FrameOptions;
}

export class OffscreenDraw {
  private worker?: Worker;
  /** The worker could not start or failed: the page draws. */
  failed = false;
  /** Pictures put on the canvas, for the benchmark. */
  frames = 0;
  /** Longest drawing in the worker (ms), for the benchmark. */
  longestMs = 0;
  /** Member sprites the worker made, for the benchmark. */
  sprites = 0;
  private seq = 0;
  /** A picture asked for and not yet back. */
  private inFlight = false;
  /** The latest picture asked for while one was in flight: sent when it is back (never a queue). */
  private next?: Frame;
  private sentWeek?: Snapshot;
  private sentEv?: WeekEvents;
  private sentNodes?: MirrorNode[];
  /** The last picture sent, drawn again when only the positions move (moved). */
  private last?: Frame;

  /**
   * canvas: the page's canvas the pictures land on; redraw: draw again (a
   * picture was incomplete, or the worker failed); sent: a picture was sent
   * with the positions as they are (the view asks for the next force tick
   * then: one tick per picture, as in the page, where a free main thread
   * asked for ticks at 40-50 frames/s and the layout worker took the cores
   * the drawing needed: 8-9 pictures/s instead of 16-19 at 2,000 members, load ~10).
   */
  constructor(private canvas: () => HTMLCanvasElement, private redraw: () => void, private sent: () => void) {}

  /** Work under way: a picture in flight or waiting. */
  get busy(): boolean {
    return this.inFlight || !!this.next;
  }

  /** Ask the worker for a picture (the newest one wins while one is in flight). */
  draw(f: Frame): void {
    if (this.inFlight) {
      this.next = f;
      return;
    }
    const w = this.start();
    if (!w) return;
    if (f.s !== this.sentWeek || f.ev !== this.sentEv) {
      this.sentWeek = f.s;
      this.sentEv = f.ev;
      this.post({ kind: 'week', snapshot: f.s, ev: f.ev });
    }
    const n = f.nodes;
    if (n !== this.sentNodes) {
      // A new node set (an update's reply): ids, snapshot indices and organisations once.
      this.sentNodes = n;
      this.post({ kind: 'nodes', ids: Int32Array.from(n, (d) => d.id), index: Int32Array.from(n, (d) => d.index), org: Int32Array.from(n, (d) => d.org) });
    }
    const xy = new Float64Array(2 * n.length);
    for (let q = 0; q < n.length; q++) {
      xy[2 * q] = n[q].x;
      xy[2 * q + 1] = n[q].y;
    }
    const c = this.canvas();
    this.inFlight = true;
    this.last = f;
    this.post({ kind: 'draw', seq: ++this.seq, w: c.width, h: c.height, xy, o: f.o }, [xy.buffer]);
    this.sent();
  }

  /**
   * Only the positions moved (a force tick's answer) in week `s`: the last
   * picture again with them, at once if the worker is free. Waiting for the
   * next animation frame left the worker idle until a vsync, so pictures
   * came every other vsync (~30/s at 2,000 members). False: nothing to
   * draw again (the view draws at its next frame as usual).
   */
  moved(s: Snapshot, nodes: MirrorNode[]): boolean {
    const base = this.next ?? this.last;
    if (!base || base.s !== s || !this.worker) return false;
    this.draw({ ...base, nodes });
    return true;
  }

  /** Stop the worker (the view left the page, or the worker failed); a later start begins afresh. */
  dispose(): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.next = undefined;
    this.inFlight = false;
    this.sentWeek = this.sentEv = undefined;
    this.sentNodes = undefined;
    this.last = undefined;
  }

  private post(m: ToDrawWorker, transfer: Transferable[] = []): void {
    this.worker!.postMessage(m, transfer);
  }

  private start(): Worker | undefined {
    if (this.worker) return this.worker;
    try {
      this.worker = new Worker(new URL('./offscreen-worker.ts', import.meta.url), { type: 'module', name: 'network-draw' });
    } catch (e) {
      this.fail(e instanceof Error ? e.message : String(e));
      return undefined;
    }
    this.worker.onmessage = (e: MessageEvent<FromDrawWorker>) => this.onReply(e.data);
    this.worker.onerror = (e) => {
      e.preventDefault();
      this.fail(e.message || 'the draw worker failed');
    };
    return this.worker;
  }

  private fail(why: string): void {
    console.warn(`network draw worker failed (${why}); the page draws the network`);
    this.dispose();
    this.failed = true;
    this.redraw();
  }

  private onReply(r: FromDrawWorker): void {
    this.inFlight = false;
    if ('error' in r) {
      this.fail(r.error);
      return;
    }
    const c = this.canvas();
    // A picture of the old size after a resize is dropped: the view draws again at the new one.
    if (r.bitmap.width === c.width && r.bitmap.height === c.height) {
      const ctx = c.getContext('2d', { alpha: false })!;
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.drawImage(r.bitmap, 0, 0);
      this.frames++;
    } else this.redraw();
    r.bitmap.close();
    this.longestMs = Math.max(this.longestMs, r.ms);
    this.sprites += r.sprites;
    const next = this.next;
    this.next = undefined;
    if (next) this.draw(next);
    // Some member still shows an older look (the sprite budget ran out): draw again.
    else if (!r.complete) this.redraw();
  }
}
