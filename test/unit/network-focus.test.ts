// Keyboard navigation between members and the lens's mark weights: pure
// functions of positions and tie facts (src/ui/network/member-focus.ts, lens.ts).
import { describe, expect, it } from 'vitest';
import { nearestInDirection, nearestTo } from '../../src/ui/network/member-focus.ts';
import { LENSES, LOW_TRUST, TIE_BAD, TIE_INK, nextLens, tieLook, type Lens, type TieFacts } from '../../src/ui/network/lens.ts';

const pts = [
  { id: 0, x: 0, y: 0 },
  { id: 1, x: 10, y: 1 },
  { id: 2, x: 30, y: 0 },
  { id: 3, x: 4, y: -20 },
  { id: 4, x: -10, y: 0 },
  { id: 5, x: 0, y: 12 },
];

describe('nearest member in a direction', () => {
  it('moves to the nearest member that way, not one far off to the side', () => {
    expect(nearestInDirection(pts[0], pts, 'right')?.id).toBe(1);
    expect(nearestInDirection(pts[0], pts, 'left')?.id).toBe(4);
    expect(nearestInDirection(pts[0], pts, 'up')?.id).toBe(3);
    expect(nearestInDirection(pts[0], pts, 'down')?.id).toBe(5);
    expect(nearestInDirection(pts[1], pts, 'right')?.id).toBe(2);
  });

  it('finds nobody past the edge', () => {
    expect(nearestInDirection(pts[2], pts, 'right')).toBeUndefined();
    expect(nearestInDirection(pts[3], pts, 'up')).toBeUndefined();
  });

  it('starts from the member nearest a point', () => {
    expect(nearestTo(9, 0, pts)?.id).toBe(1);
    expect(nearestTo(0, 0, [])).toBeUndefined();
  });
});

describe('lens', () => {
  const tie: TieFacts = { trust: 0.8, strength: 0.5, crossOrg: false, orgColour: 3, sinceTalk: 3, disclosed: false };
  it('cycles through All and C1–C5', () => {
    let l: Lens = LENSES[0];
    const seen: Lens[] = [l];
    for (let i = 0; i < 6; i++) seen.push((l = nextLens(l)));
    expect(seen).toEqual(['All', 'C1', 'C2', 'C3', 'C4', 'C5', 'All']);
  });

  it('C1 marks low-trust ties, C5 keeps cross-org ties and fades the rest', () => {
    expect(tieLook('C1', { ...tie, trust: LOW_TRUST - 0.01 }).colour).toBe(TIE_BAD);
    expect(tieLook('C1', tie).colour).toBe(TIE_INK);
    expect(tieLook('C5', { ...tie, crossOrg: true }).alpha).toBeGreaterThan(tieLook('C5', tie).alpha * 3);
    expect(tieLook('All', tie)).toEqual(tieLook('All', { ...tie, disclosed: true }));
    expect(tieLook('C3', { ...tie, disclosed: true }).width).toBeGreaterThan(tieLook('C3', tie).width);
    expect(tieLook('C4', { ...tie, sinceTalk: 0 }).colour).toBe(TIE_INK);
  });
});
