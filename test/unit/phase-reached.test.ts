import { describe, expect, it } from 'vitest';
import { PHASE_CODE } from '../../src/model/indicators.ts';
import { maturingSentence, weekReached } from '../../src/ui/charts/phase-reached.ts';

const { potential: P, coalescing: C, maturing: M, dormant: D } = PHASE_CODE;

describe('the lab says when its run reached maturing', () => {
  const run = [P, C, C, M, D, M];
  it('finds the first week in the phase, up to the week shown', () => {
    expect(weekReached(run, 'maturing', 5)).toBe(3);
    expect(weekReached(run, 'maturing', 2)).toBeNull();
    expect(weekReached(run, 'dormant', 99)).toBe(4);
    expect(weekReached(run, 'maturing', 3)).toBe(3);
  });
  it('says the week once reached (also after falling back), "not (yet)" before, "did not" at the horizon', () => {
    expect(maturingSentence(run, 4, 5)).toBe('Reached maturing in week 3');
    expect(maturingSentence(run, 2, 5)).toBe('Not (yet) maturing');
    expect(maturingSentence([P, C, C], 1, 2)).toBe('Not (yet) maturing');
    expect(maturingSentence([P, C, C], 2, 2)).toBe('Did not reach maturing in 2 weeks');
  });
});
