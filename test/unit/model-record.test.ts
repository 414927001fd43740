// Indicators that are not recorded are not computed where that saves time
// (issues 16 and 18): without clustering and meanConstraint in `record`, the
// triangle-and-constraint pass is skipped. The run itself must not change.
import { describe, expect, it } from 'vitest';
import { INDICATORS, runScenario } from '../../src/model/index.ts';
import { defaultScenario } from '../../src/scenario/defaults.ts';

describe('record: computing only what is read', () => {
  it('leaves every other indicator identical and the two structural ones NaN', () => {
    for (const id of ['steady-rhythm', 'bridging', 'weaver'] as const) {
      for (const seed of [1, 2, 3]) {
        const s = defaultScenario(id);
        const all = runScenario(s, { seed });
        const some = runScenario(s, { seed, record: ['activeFraction', 'innovations', 'phase'] });
        for (const name of INDICATORS) {
          if (name === 'clustering' || name === 'meanConstraint') expect(some.columns[name].every(Number.isNaN), name).toBe(true);
          else expect(Array.from(some.columns[name]), `${id} ${seed} ${name}`).toEqual(Array.from(all.columns[name]));
        }
        expect(some.summary.maturingWeek).toBe(all.summary.maturingWeek);
      }
    }
  });

  it('computes them when either is recorded', () => {
    const s = defaultScenario();
    const all = runScenario(s, { seed: 4 });
    const withC = runScenario(s, { seed: 4, record: ['clustering'] });
    expect(Array.from(withC.columns.clustering)).toEqual(Array.from(all.columns.clustering));
    expect(Array.from(withC.columns.meanConstraint)).toEqual(Array.from(all.columns.meanConstraint));
  });
});
