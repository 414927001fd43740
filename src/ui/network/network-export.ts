// The network as a PNG (the lab's Export menu). Always in Daylight: an
// export goes into a report or a slide on a white page, where a Dim room
// picture would print as a black block; the theme belongs to the room, not
// to the run. In Dim room the last picture is drawn again in Daylight, on a
// canvas of its own, with every member's look made at once.
import type { Snapshot } from '../../model/snapshot.ts';
import { currentTheme } from '../theme.ts';
import { drawNetwork, type DrawOptions } from './draw.ts';
import type { LayoutClient } from './layout-client.ts';
import type { WeekEvents } from './week-events.ts';

/** What the view drew last: enough to draw it again. */
export interface DrawnFrame {
  s: Snapshot;
  ev: WeekEvents | undefined;
  o: Omit<DrawOptions, 'focus'>;
}

const png = (c: HTMLCanvasElement) => new Promise<Blob | null>((res) => c.toBlob(res, 'image/png'));

export function networkPNG(canvas: HTMLCanvasElement, layout: Pick<LayoutClient, 'byId'>, f: DrawnFrame | undefined): Promise<Blob | null> {
  if (!f || currentTheme() === 'day') return png(canvas);
  const c = document.createElement('canvas');
  c.width = canvas.width;
  c.height = canvas.height;
  // No hover dimming, no member layer, no sprite budget: the whole picture, plainly blitted.
  drawNetwork(c.getContext('2d', { alpha: false })!, f.s, layout, f.ev, { ...f.o, focus: null, spriteBudgetMs: Infinity, theme: 'day' });
  return png(c);
}
