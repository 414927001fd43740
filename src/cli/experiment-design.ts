// An experiment's design: factor levels, the points to run (a full grid with
// linked factors varied together, or seeded Latin hypercube or random
// samples), and exclusions. Pure functions: the same file and seed give the
// same points on every machine.

import seedrandom from 'seedrandom';

/** One level as the output column shows it, and the --set value it becomes. */
export interface Level {
  cell: number | string;
  value: string;
  /** Where an experiment file writes it (for errors about this level). */
  loc?: { file: string; line: number; column: number };
}

export type Factor =
  | { path: string; kind: 'levels'; levels: Level[] }
  | { path: string; kind: 'range'; from: number; to: number; step?: number };

export type Design = 'grid' | 'latin-hypercube' | 'random';

/** A point: one level per factor, in factor order. */
export type Point = Level[];

/** Steps of a range, without float noise (0.1 + 0.2 is written 0.3). */
export function rangeLevels(from: number, to: number, step: number): number[] {
  const n = Math.floor((to - from) / step + 1e-9);
  return Array.from({ length: n + 1 }, (_, i) => Number((from + i * step).toPrecision(12)));
}

const numberLevel = (x: number): Level => ({ cell: x, value: String(x) });

export function levelsOf(f: Factor): Level[] {
  if (f.kind === 'levels') return f.levels;
  return rangeLevels(f.from, f.to, f.step ?? (f.to - f.from)).map(numberLevel);
}

/** u in [0, 1) to a level: a point of a continuous range (snapped to its step), or a list entry. */
function pick(f: Factor, u: number): Level {
  if (f.kind === 'range' && f.step === undefined) return numberLevel(Number((f.from + u * (f.to - f.from)).toPrecision(12)));
  const levels = levelsOf(f);
  return levels[Math.min(levels.length - 1, Math.floor(u * levels.length))];
}

/** Factor indices varied together: each linked group once, the rest alone, in factor order. */
export function groupsOf(factors: readonly Factor[], linked: readonly string[][]): number[][] {
  const groups: number[][] = [];
  const done = new Set<number>();
  factors.forEach((f, i) => {
    if (done.has(i)) return;
    const group = linked.find((g) => g.includes(f.path));
    const members = group ? factors.flatMap((x, k) => (group.includes(x.path) ? [k] : [])) : [i];
    members.forEach((k) => done.add(k));
    groups.push(members);
  });
  return groups;
}

/** Every combination, the first factor varying slowest; linked factors take their i-th levels together. */
function grid(factors: readonly Factor[], groups: number[][]): Point[] {
  let points: Level[][] = [new Array(factors.length)];
  for (const g of groups) {
    const n = levelsOf(factors[g[0]]).length;
    points = points.flatMap((p) =>
      Array.from({ length: n }, (_, i) => {
        const q = p.slice();
        for (const k of g) q[k] = levelsOf(factors[k])[i];
        return q;
      }),
    );
  }
  return points;
}

/**
 * n samples. Latin hypercube (McKay, Beckman & Conover 1979): each group's
 * [0, 1) is cut into n strata and every stratum is used once, in a seeded
 * random order. Random: independent uniform draws. Linked factors share
 * their draw.
 */
function sample(factors: readonly Factor[], groups: number[][], n: number, design: Design, seed: number): Point[] {
  const rng = seedrandom.alea(`coalesce-experiment:${design}:${seed}`);
  const draws = groups.map(() => {
    if (design === 'random') return Array.from({ length: n }, () => rng());
    const order = Array.from({ length: n }, (_, i) => i);
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    return order.map((stratum) => (stratum + rng()) / n);
  });
  return Array.from({ length: n }, (_, s) => {
    const p: Level[] = new Array(factors.length);
    groups.forEach((g, gi) => g.forEach((k) => (p[k] = pick(factors[k], draws[gi][s]))));
    return p;
  });
}

export interface DesignSpec {
  factors: Factor[];
  linked: string[][];
  /** Partial assignments (path → output cell); a point matching one fully is left out. */
  exclude: Record<string, number | string>[];
  design: Design;
  samples: number;
  seed: number;
}

export function designPoints(d: DesignSpec): Point[] {
  const groups = groupsOf(d.factors, d.linked);
  const all = d.design === 'grid' ? grid(d.factors, groups) : sample(d.factors, groups, d.samples, d.design, d.seed);
  const index = new Map(d.factors.map((f, i) => [f.path, i]));
  return all.filter((p) => !d.exclude.some((ex) => Object.entries(ex).every(([path, v]) => p[index.get(path)!]?.cell === v)));
}
