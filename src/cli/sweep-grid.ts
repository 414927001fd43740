// The sweep's job list: --vary axes, their full grid, and --shard I/N. Pure
// functions so the same arguments give the same jobs on every machine.

import { UsageError } from './errors.ts';

export interface Axis {
  path: string;
  values: string[];
}

/** --vary PATH=V1,V2,... entries; every path at most once, every value non-empty. */
export function parseAxes(entries: string[]): Axis[] {
  const axes: Axis[] = [];
  for (const entry of entries) {
    const eq = entry.indexOf('=');
    if (eq <= 0) throw new UsageError(`--vary: expected PATH=V1,V2,..., found '${entry}'`, 'sweep');
    const path = entry.slice(0, eq).trim();
    const values = entry.slice(eq + 1).split(',').map((v) => v.trim());
    if (values.some((v) => v === '')) throw new UsageError(`--vary ${path}: empty value in '${entry.slice(eq + 1)}'`, 'sweep');
    const repeated = values.find((v, i) => values.indexOf(v) !== i);
    if (repeated !== undefined) {
      throw new UsageError(`--vary ${path}: the value ${repeated} is given twice; each grid point must be distinct`, 'sweep');
    }
    if (axes.some((a) => a.path === path)) throw new UsageError(`--vary ${path} given twice: list all its values in one --vary`, 'sweep');
    axes.push({ path, values });
  }
  return axes;
}

/** Every combination, the first axis varying slowest (like nested loops). */
export function gridPoints(axes: Axis[]): string[][] {
  let points: string[][] = [[]];
  for (const axis of axes) points = points.flatMap((p) => axis.values.map((v) => [...p, v]));
  return points;
}

export interface Shard {
  /** 1-based, as in "--shard 2/4". */
  index: number;
  count: number;
}

export function parseShard(raw: string | undefined, command = 'sweep'): Shard {
  if (raw === undefined) return { index: 1, count: 1 };
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(raw);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || !Number.isSafeInteger(count) || count < 1 || index < 1 || index > count) {
    throw new UsageError(`--shard: expected I/N with 1 <= I <= N, e.g. 1/4, found '${raw}'`, command);
  }
  return { index, count };
}

/** Job k (grid point k div runs, run k mod runs) belongs to shard ((k mod N) + 1). */
export function inShard(k: number, shard: Shard): boolean {
  return k % shard.count === shard.index - 1;
}

/** Read a dotted path such as population.organisations[1].share from a value. */
export function getPath(root: unknown, path: string): unknown {
  let cur: unknown = root;
  for (const part of path.split('.')) {
    const m = /^([^[\]]+)((?:\[\d+\])*)$/.exec(part);
    if (!m) return undefined;
    cur = (cur as Record<string, unknown> | undefined)?.[m[1]];
    for (const idx of m[2].match(/\d+/g) ?? []) cur = (cur as unknown[] | undefined)?.[Number(idx)];
  }
  return cur;
}
