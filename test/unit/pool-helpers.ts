// Shared bits of the pool and worker tests: a small, quick scenario and
// column comparison that reports the first differing indicator and week.
import { INDICATORS, type Columns, type RunResult } from '../../src/model/indicators.ts';
import { defaultScenario } from '../../src/scenario/defaults.ts';
import type { Scenario } from '../../src/scenario/types.ts';

export function smallScenario(weeks = 20, size = 30): Scenario {
  const s = defaultScenario('steady-rhythm');
  return { ...s, name: 'pool-test', horizon: weeks, population: { ...s.population, size } };
}

/** null when equal bit for bit (NaN equals NaN), else where they first differ. */
export function columnsDiff(a: Columns, b: Columns): string | null {
  for (const name of INDICATORS) {
    const x = a[name];
    const y = b[name];
    if (x.length !== y.length) return `${name}: length ${x.length} vs ${y.length}`;
    for (let w = 0; w < x.length; w++) {
      if (!Object.is(x[w], y[w])) return `${name} week ${w}: ${x[w]} vs ${y[w]}`;
    }
  }
  return null;
}

export function sameResults(a: (RunResult | null)[], b: (RunResult | null)[]): string | null {
  if (a.length !== b.length) return `count ${a.length} vs ${b.length}`;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (!x || !y) return `result ${i} missing`;
    if (x.runIndex !== y.runIndex || x.seed !== y.seed) return `result ${i}: run ${x.runIndex}/${y.runIndex}`;
    const d = columnsDiff(x.columns, y.columns);
    if (d) return `result ${i}: ${d}`;
    if (JSON.stringify(x.summary) !== JSON.stringify(y.summary)) return `result ${i}: summaries differ`;
  }
  return null;
}
