// Holm's step-down adjustment (Holm 1979): controls the chance of any false
// "differs" over a whole table of tests, without assuming they are independent.

/** Adjusted p-values in input order; NaN entries are not tests and stay NaN. */
export function holmAdjust(p: readonly number[]): number[] {
  const tests = p.flatMap((x, i) => (Number.isNaN(x) ? [] : [i])).sort((a, b) => p[a] - p[b] || a - b);
  const m = tests.length;
  const out = p.map(() => NaN);
  let running = 0;
  tests.forEach((i, k) => {
    running = Math.max(running, Math.min(1, (m - k) * p[i]));
    out[i] = running;
  });
  return out;
}
