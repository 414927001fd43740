// How a frame of the network is drawn (size, zoom, animation, lens, focus):
// the options every drawing function takes. Its own file, so the layers
// (event-marks.ts and the others) and draw.ts need not import each other.
import type { ThemeName } from '../theme.ts';
import type { Lens } from './lens.ts';
import type { MemberLayer } from './member-layer.ts';
import type { Sprite } from './sprites.ts';

export interface DrawOptions {
  width: number;
  height: number;
  dpr: number;
  transform: { k: number; x: number; y: number };
  /** 0..1 through the week's animation, or 1 when still. */
  t: number;
  reducedMotion: boolean;
  /** Only lasting marks (fast playback). */
  lastingOnly: boolean;
  /** Ids to keep bright (hover neighbourhood); null = all. */
  focus: Set<number> | null;
  selected: number | null;
  /** Members played by people in a workshop room, with their names (a dashed ring and the name each). */
  played?: readonly { id: number; label: string }[];
  minTrust: number;
  lens?: Lens;
  /** Device px per mark unit for the member sprites (see markScale); default: from the zoom. */
  markScale?: number;
  /** Member with keyboard focus (a focus ring), or null. */
  focused?: number | null;
  /** Milliseconds this frame may spend making new member sprites (default: no limit). */
  spriteBudgetMs?: number;
  /** Each member's last sprite (kept by the view): drawn when its new look was not made in time. */
  lastSprites?: Map<number, Sprite>;
  /** Composites the members of a large network in one piece (member-layer.ts), kept by the view. */
  memberLayer?: MemberLayer;
  /** Daylight or Dim room (default: the page's). */
  theme?: ThemeName;
}
