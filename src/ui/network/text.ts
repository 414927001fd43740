// Labels on the network canvas.
/** What placing a world position on the device needs. */
export interface ViewXY {
  dpr: number;
  transform: { k: number; x: number; y: number };
}

// Text is drawn in device pixels at a whole-pixel font size: a font given in
// world units under the zoom transform changed size on every frame of an
// easing view, and chromium shaped the glyphs afresh each time (fillText was
// ~10% of main-thread time at 2,000 members).
export function markFont(weight: number, px: number, k: number, dpr: number): string {
  return `${weight} ${Math.round(px * Math.min(1.6, Math.max(0.45, k)) * dpr)}px system-ui, sans-serif`;
}

/** fillText at a world position, in device space (set ctx.font with markFont first). */
export function screenText(ctx: CanvasRenderingContext2D, text: string, wx: number, wy: number, o: ViewXY, stroke = false): void {
  const { k, x, y } = o.transform;
  ctx.save();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  const X = o.dpr * (k * wx + x), Y = o.dpr * (k * wy + y);
  if (stroke) ctx.strokeText(text, X, Y);
  ctx.fillText(text, X, Y);
  ctx.restore();
}
