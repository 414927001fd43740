// When the network draws. A frame is drawn only when its picture differs from
// the last one: the layout moved, the view or an option changed, or the
// week's animation advanced. Other animation frames cost nothing, and
// `frames` counts pictures actually drawn (the benchmark's honest frame rate).
// The layout ticks in its own thread (layout-client.ts): after drawing a
// frame the view asks for the next tick, which is computed while the page
// rasterises and commits, so the next frame finds it ready.

export interface FrameWork {
  /** Draw if the picture changed (dirty: something asked for it); return true to be called again next frame. */
  frame(now: number, dirty: boolean): boolean;
}

export class FrameScheduler {
  private raf = 0;
  private dirty = true;

  constructor(private work: FrameWork) {}

  get pending(): boolean {
    return this.raf !== 0;
  }

  /** Request a frame; dirty: the picture has changed and must be drawn. */
  kick(dirty = true): void {
    if (dirty) this.dirty = true;
    if (!this.raf) this.raf = requestAnimationFrame(this.run);
  }

  /** A picture was drawn (the work says so). */
  drawn(): void {
    this.dirty = false;
  }

  cancel(): void {
    cancelAnimationFrame(this.raf);
    this.raf = 0;
  }

  private run = (now: number): void => {
    this.raf = 0;
    if (this.work.frame(now, this.dirty)) this.kick(false);
  };
}
