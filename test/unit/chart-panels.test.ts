// One unit per axis (issue 17): every panel of the lab's challenge charts
// draws quantities of one unit (the codebook's; every 0–1 share or level
// counts as one, a percentage), on a percentage axis exactly when they are
// 0–1. Trust (0–1) on the axis of sponsor value (up to 20) lay flat on the floor.
import { describe, expect, it } from 'vitest';
import { CODEBOOK } from '../../src/model/codebook.ts';
import { CHARTS, PANELS } from '../../src/ui/charts/series.ts';

const unitOf = (key: keyof typeof CODEBOOK) => {
  const { range, unit } = CODEBOOK[key];
  return range[0] === 0 && range[1] === 1 ? 'share or level (0–1)' : unit;
};

describe('challenge chart panels', () => {
  it('put one unit on each axis', () => {
    for (const p of PANELS) {
      const units = new Set(p.series.map((s) => unitOf(s.key)));
      expect([...units], p.id).toHaveLength(1);
      const fraction = units.has('share or level (0–1)');
      expect(!!p.pct, `${p.id}: percent axis`).toBe(fraction);
      for (const s of p.series) expect(!!s.pct, `${p.id} ${s.key}`).toBe(fraction);
      if (fraction) expect(p.y, p.id).toEqual([0, 1]);
    }
  });

  it('keep trust and sponsor value apart, and every challenge once', () => {
    const c1 = CHARTS.find((c) => c.id === 'C1')!;
    expect(c1.series.map((s) => s.key)).toEqual(['meanTrust']);
    expect(c1.below?.series.map((s) => s.key)).toEqual(['sponsorValue', 'sponsorExpectation']);
    expect(CHARTS.map((c) => c.id)).toEqual(['C1', 'C2', 'C3', 'C4', 'C5']);
    expect(new Set(PANELS.map((p) => p.id)).size).toBe(PANELS.length);
  });
});
