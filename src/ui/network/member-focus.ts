// Keyboard navigation of members (UX.md §6, after Digital Nudge's "nearest
// node in that direction"): from the focused member, an arrow key moves to
// the member that lies most nearly that way. A pure function of positions,
// so it is tested without a browser.

export type Direction = 'left' | 'right' | 'up' | 'down';

export interface Point {
  id: number;
  x: number;
  y: number;
}

const DIRS: Record<Direction, [number, number]> = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] };

export function arrowDirection(key: string): Direction | undefined {
  return ({ ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' } as Record<string, Direction>)[key];
}

/**
 * The nearest point in a direction: only points within 60° either side of
 * it count, and sideways offset weighs double, so "right" picks the member
 * to the right rather than one far above and a little to the right.
 * Ties break by id, so the same picture always gives the same move.
 */
export function nearestInDirection(from: Point, points: readonly Point[], dir: Direction): Point | undefined {
  const [dx, dy] = DIRS[dir];
  let best: Point | undefined;
  let bestScore = Infinity;
  for (const p of points) {
    if (p.id === from.id) continue;
    const vx = p.x - from.x, vy = p.y - from.y;
    const along = vx * dx + vy * dy;
    if (along <= 0) continue;
    const side = Math.abs(vx * dy - vy * dx);
    if (side > along * Math.sqrt(3)) continue;
    const score = along + 2 * side;
    if (score < bestScore || (score === bestScore && best && p.id < best.id)) {
      best = p;
      bestScore = score;
    }
  }
  return best;
}

/** Where keyboard focus starts: the member nearest a point (the view's centre). */
export function nearestTo(x: number, y: number, points: readonly Point[]): Point | undefined {
  let best: Point | undefined;
  let bestD = Infinity;
  for (const p of points) {
    const d = (p.x - x) ** 2 + (p.y - y) ** 2;
    if (d < bestD || (d === bestD && best && p.id < best.id)) {
      best = p;
      bestD = d;
    }
  }
  return best;
}
