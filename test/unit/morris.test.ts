// Morris screening on functions with known effects: a linear function
// (every elementary effect is its coefficient) and Sobol's g-function (the
// smaller a_i, the more important x_i; Saltelli et al. 2008, §3.5).
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { morrisAnalyse, morrisDelta, morrisSample } from '../../src/stats/morris.ts';

describe('Morris elementary effects', () => {
  it('samples trajectories on the grid, one factor moving by ±Δ per step', () => {
    const d = morrisSample(5, 8, 4, seedrandom.alea('t'));
    expect(d.delta).toBeCloseTo(2 / 3, 15);
    expect(d.X).toHaveLength(8 * 6);
    for (const x of d.X) for (const v of x) {
      expect(v).toBeGreaterThanOrEqual(-1e-12);
      expect(v).toBeLessThanOrEqual(1 + 1e-12);
      expect(Math.abs(v * 3 - Math.round(v * 3))).toBeLessThan(1e-9);
    }
    for (let t = 0; t < 8; t++) {
      for (let s = 0; s < 5; s++) {
        const a = d.X[t * 6 + s];
        const b = d.X[t * 6 + s + 1];
        const changed = a.flatMap((v, i) => (Math.abs(b[i] - v) > 1e-12 ? [i] : []));
        expect(changed).toEqual([d.order[t][s]]);
        expect(Math.abs(b[changed[0]] - a[changed[0]])).toBeCloseTo(d.delta, 12);
      }
    }
    expect(() => morrisSample(3, 2, 3, Math.random)).toThrow(/even/);
    expect(morrisDelta(6)).toBeCloseTo(0.6, 15);
  });

  it('recovers a linear function exactly: μ = a, μ* = |a|, σ = 0', () => {
    const a = [3, -2, 0.5, 0, 10];
    const d = morrisSample(a.length, 12, 4, seedrandom.alea('lin'));
    const Y = d.X.map((x) => x.reduce((s, v, i) => s + a[i] * v, 1));
    const idx = morrisAnalyse(d, Y);
    expect(idx.map((m) => m.factor)).toEqual([4, 0, 1, 2, 3]);
    for (const m of idx) {
      expect(m.mu).toBeCloseTo(a[m.factor], 10);
      expect(m.muStar).toBeCloseTo(Math.abs(a[m.factor]), 10);
      expect(m.sigma).toBeCloseTo(0, 10);
    }
  });

  it('ranks the Sobol g-function\'s factors by their a_i', () => {
    const a = [0, 1, 4.5, 9, 99, 99, 99, 99];
    const g = (x: number[]) => x.reduce((prod, v, i) => prod * ((Math.abs(4 * v - 2) + a[i]) / (1 + a[i])), 1);
    const d = morrisSample(a.length, 60, 4, seedrandom.alea('g'));
    const idx = morrisAnalyse(d, d.X.map(g));
    expect(idx.slice(0, 4).map((m) => m.factor)).toEqual([0, 1, 2, 3]);
    const star = (i: number) => idx.find((m) => m.factor === i)!.muStar;
    for (const i of [4, 5, 6, 7]) expect(star(i)).toBeLessThan(star(3));
    expect(star(0)).toBeGreaterThan(10 * star(4));
    // The g-function is symmetric about 0.5 and non-linear: μ near 0, σ large for x_0.
    const x0 = idx.find((m) => m.factor === 0)!;
    expect(Math.abs(x0.mu)).toBeLessThan(x0.muStar / 2);
    expect(x0.sigma).toBeGreaterThan(0.5 * x0.muStar);
  });
});
