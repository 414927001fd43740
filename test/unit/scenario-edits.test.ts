// Typed edits of the lab's scenario (src/ui/controllers/scenario-edits.ts):
// every declared parameter is read and set by its path, within its range,
// without touching the scenario it started from; actions are added and taken
// out of the timeline.
import { describe, expect, it } from 'vitest';
import { PARAMS, defaultScenario, validateScenarioObject } from '../../src/scenario/index.ts';
import { paramValue, withAction, withParam, withoutAction } from '../../src/ui/controllers/scenario-edits.ts';

describe('scenario edits', () => {
  const s = defaultScenario('steady-rhythm');

  it('reads every declared parameter, and sets each to its maximum in a scenario that still validates', () => {
    for (const spec of PARAMS) {
      // The default scenario holds every declared value at its default.
      expect(paramValue(s, spec.path), spec.path).toBe(spec.default);
      const edited = withParam(s, spec.path, spec.max);
      expect(paramValue(edited, spec.path), spec.path).toBe(spec.max);
    }
    const all = PARAMS.filter((p) => p.path !== 'seed').reduce((acc, spec) => withParam(acc, spec.path, (spec.min + spec.max) / 2), s);
    expect(validateScenarioObject(all, 'edited.yaml').ok).toBe(true);
  });

  it('keeps a value within its declared range and whole where it must be; leaves the original alone; refuses an undeclared path, which does not compile', () => {
    const before = structuredClone(s);
    expect(withParam(s, 'population.size', 1e9).population.size).toBe(PARAMS.find((p) => p.path === 'population.size')!.max);
    expect(withParam(s, 'population.size', 61.6).population.size).toBe(62);
    expect(s).toEqual(before);
    // A misspelt path does not compile (npm run typecheck fails if these lines do); from plain JavaScript it is refused.
    // @ts-expect-error: "population.sise" is not a declared parameter
    expect(() => withParam(s, 'population.sise', 3)).toThrow(/not a declared parameter/);
    // @ts-expect-error: the same for reading
    expect(paramValue(s, 'population.sise')).toBeNaN();
  });

  it('adds an action at the end of the timeline and takes the last equal one out', () => {
    const a = { type: 'quickWin' as const, params: {}, at: 7 };
    const added = withAction(withAction(s, a), a);
    expect(added.strategy.actions.slice(-2)).toEqual([a, a]);
    const once = withoutAction(added, { ...a })!;
    expect(once.strategy.actions).toHaveLength(s.strategy.actions.length + 1);
    expect(withoutAction(s, { type: 'quickWin', params: {}, at: 99 })).toBeUndefined();
  });

  it('takes out an action whether or not its params spell out their defaults (a draft read back from text does)', () => {
    const recorded = { type: 'meetup' as const, params: {}, at: 16 };
    const readBack = { type: 'meetup' as const, params: { mixing: 'random' as const }, at: 16 };
    const n = s.strategy.actions.length;
    expect(withoutAction(withAction(s, readBack), recorded)?.strategy.actions).toHaveLength(n);
    expect(withoutAction(withAction(s, recorded), readBack)?.strategy.actions).toHaveLength(n);
    // A different mixing is a different action.
    expect(withoutAction(withAction(s, { ...readBack, params: { mixing: 'crossOrg' as const } }), recorded)).toBeUndefined();
  });
});
