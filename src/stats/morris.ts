// Morris elementary-effects screening (Morris 1991), with μ* the mean of
// absolute effects (Campolongo, Cariboni & Saltelli 2007). Works on the unit
// cube: callers map [0, 1] to each parameter's declared range, so effects
// are in output units per full range of the input.

export interface MorrisDesign {
  /** Factors. */
  k: number;
  /** Trajectories. */
  r: number;
  /** Grid levels (even). */
  p: number;
  /** Step: p / (2 (p − 1)). */
  delta: number;
  /** r × (k + 1) points in [0, 1]^k, trajectory by trajectory. */
  X: number[][];
  /** For each trajectory, which factor changes at each step (k entries). */
  order: number[][];
}

export const morrisDelta = (p: number) => p / (2 * (p - 1));

/**
 * r random trajectories: a base point on the grid's lower levels, then each
 * factor in a random order moved by ±Δ (the direction drawn per factor).
 * `rng` returns uniforms in [0, 1).
 */
export function morrisSample(k: number, r: number, p: number, rng: () => number): MorrisDesign {
  if (p < 2 || p % 2 !== 0) throw new Error('Morris levels p must be even and at least 2');
  const delta = morrisDelta(p);
  const lower = p / 2; // levels 0 .. p/2 − 1 leave room for +Δ
  const X: number[][] = [];
  const order: number[][] = [];
  for (let t = 0; t < r; t++) {
    const base = Array.from({ length: k }, () => Math.floor(rng() * lower) / (p - 1));
    const up = Array.from({ length: k }, () => rng() < 0.5);
    const x = base.map((b, i) => (up[i] ? b : b + delta));
    const perm = Array.from({ length: k }, (_, i) => i);
    for (let i = k - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [perm[i], perm[j]] = [perm[j], perm[i]];
    }
    X.push(x.slice());
    for (const i of perm) {
      x[i] = up[i] ? x[i] + delta : x[i] - delta;
      X.push(x.slice());
    }
    order.push(perm);
  }
  return { k, r, p, delta, X, order };
}

export interface MorrisIndex {
  factor: number;
  /** Mean elementary effect. */
  mu: number;
  /** Mean absolute elementary effect: the ranking measure. */
  muStar: number;
  /** Standard deviation of the effects (n − 1): interactions or non-linearity. */
  sigma: number;
}

/** Indices from the outputs Y (one per row of X), ranked by μ* (largest first). */
export function morrisAnalyse(d: MorrisDesign, Y: readonly number[]): MorrisIndex[] {
  if (Y.length !== d.X.length) throw new Error(`expected ${d.X.length} outputs, found ${Y.length}`);
  const effects: number[][] = Array.from({ length: d.k }, () => []);
  for (let t = 0; t < d.r; t++) {
    const at = t * (d.k + 1);
    d.order[t].forEach((i, s) => {
      const step = d.X[at + s + 1][i] - d.X[at + s][i];
      const ee = (Y[at + s + 1] - Y[at + s]) / step;
      if (Number.isFinite(ee)) effects[i].push(ee);
    });
  }
  const out = effects.map((e, factor) => {
    const n = e.length;
    const mu = n ? e.reduce((a, b) => a + b, 0) / n : NaN;
    const muStar = n ? e.reduce((a, b) => a + Math.abs(b), 0) / n : NaN;
    const sigma = n > 1 ? Math.sqrt(e.reduce((a, b) => a + (b - mu) ** 2, 0) / (n - 1)) : NaN;
    return { factor, mu, muStar, sigma };
  });
  return out.sort((a, b) => (Number.isNaN(b.muStar) ? -1 : Number.isNaN(a.muStar) ? 1 : b.muStar - a.muStar || a.factor - b.factor));
}
