// Wilson's score interval for a proportion k/n (Wilson 1927): stays within
// [0, 1] and is sound for k = 0 or k = n, unlike the Wald interval.

import { CONFIDENCE } from './describe.ts';
import type { Interval } from './bootstrap.ts';
import { zQuantile } from './student-t.ts';

export function wilson(k: number, n: number, level = CONFIDENCE): Interval {
  if (!(n > 0)) return { lo: NaN, hi: NaN };
  const z = zQuantile(1 - (1 - level) / 2);
  const p = k / n;
  const z2n = (z * z) / n;
  const centre = (p + z2n / 2) / (1 + z2n);
  const half = (z / (1 + z2n)) * Math.sqrt((p * (1 - p)) / n + z2n / (4 * n));
  return { lo: Math.max(0, centre - half), hi: Math.min(1, centre + half) };
}
