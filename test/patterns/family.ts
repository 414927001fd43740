// The population family of the v0.3 pattern tests (MODEL.md §1): twelve
// communities that differ in size (30–300 members), in the number of
// organisations (2–8) and in how unequal their shares are, plus the default
// population. A pattern holds when it holds on the default population and on
// at least 11 of the 12 (robustness analysis, Grimm & Berger 2016).
//
// The family is drawn from a seed, so a researcher can test the patterns on
// communities nobody calibrated against: `npm run family -- --seed 7` writes
// another family.json. Two corners are always in it: 2 organisations at
// 0.9/0.1 and 8 equal ones.

import seedrandom from 'seedrandom';
import type { Scenario } from '../../src/scenario/types.ts';

export interface Population {
  id: string;
  size: number;
  shares: number[];
}

export const DEFAULT_POPULATION: Population = { id: 'default', size: 60, shares: [0.2, 0.2, 0.2, 0.2, 0.2] };

/** Put a population into a scenario (organisations org-a, org-b, ...; centroids drawn per run). */
export function withPopulation(s: Scenario, pop: Population): Scenario {
  s.population = {
    size: pop.size,
    organisations: pop.shares.map((share, k) => ({ id: `org-${String.fromCharCode(97 + k)}`, share })),
  };
  return s;
}

/** Shares rounded to 3 decimals that still add up to 1. */
function tidy(raw: number[]): number[] {
  const total = raw.reduce((a, b) => a + b, 0);
  const shares = raw.map((x) => Math.max(0.02, Math.round((1000 * x) / total) / 1000));
  const drift = 1 - shares.reduce((a, b) => a + b, 0);
  const big = shares.indexOf(Math.max(...shares));
  shares[big] = Math.round((shares[big] + drift) * 1000) / 1000;
  return shares;
}

/**
 * Twelve populations from a seed. Sizes are stratified over 30–300 on a log
 * scale and organisation counts over 2–8, each shuffled; shares come from a
 * symmetric Dirichlet whose concentration runs from very unequal (0.3) to
 * nearly equal (20). Population 1 is 2 organisations at 0.9/0.1 and
 * population 2 is 8 equal ones.
 */
export function generateFamily(seed: number): Population[] {
  const rng = seedrandom.alea(`family|${seed}`);
  const n = 12;
  const shuffle = <T>(xs: T[]) => {
    for (let k = xs.length - 1; k > 0; k--) {
      const j = Math.floor(rng() * (k + 1));
      [xs[k], xs[j]] = [xs[j], xs[k]];
    }
    return xs;
  };
  const sizes = shuffle(Array.from({ length: n }, (_, k) => Math.round(30 * Math.pow(10, (k + rng()) / n))));
  const orgs = shuffle(Array.from({ length: n }, (_, k) => 2 + (k % 7)));
  const conc = shuffle(Array.from({ length: n }, (_, k) => 0.3 * Math.pow(20 / 0.3, k / (n - 1))));
  const gamma = (a: number): number => {
    // Marsaglia–Tsang, with the a < 1 boost
    if (a < 1) return gamma(a + 1) * Math.pow(rng(), 1 / a);
    const d = a - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      let x: number;
      let v: number;
      do {
        const u1 = rng() || 1e-12;
        x = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * rng());
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      const u = rng();
      if (u < 1 - 0.0331 * x ** 4 || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
    }
  };
  return sizes.map((size, k) => {
    let shares: number[];
    if (k === 0) shares = [0.9, 0.1];
    else if (k === 1) shares = Array.from({ length: 8 }, () => 0.125);
    else shares = tidy(Array.from({ length: orgs[k] }, () => gamma(conc[k])));
    return { id: `p${String(k + 1).padStart(2, '0')}`, size, shares };
  });
}
