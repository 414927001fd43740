// Parameters are typed from their declaration (issue 16): a misspelt name is a
// compile error, not a NaN at run time. The @ts-expect-error lines are the
// test: `npm run typecheck` (run by CI) fails if any of them compiles.
import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/scenario/defaults.ts';
import { PARAMS, type ModelParams, type ParamPath } from '../../src/scenario/params.ts';

describe('typed parameters', () => {
  it('a misspelt parameter name does not compile; a declared one does', () => {
    const s = defaultScenario();
    const p: ModelParams = s.parameters;
    // @ts-expect-error: "homophilly" is not a declared parameter
    expect(p.homophilly).toBeUndefined();
    expect(p.homophily).toBe(2);
    // @ts-expect-error: facilitator values are not model parameters
    expect(p.budget).toBeUndefined();
    // @ts-expect-error: a path must be declared in params.ts
    const bad: ParamPath = 'parameters.homophilly';
    const good: ParamPath = 'parameters.homophily';
    expect(PARAMS.some((x) => x.path === bad)).toBe(false);
    expect(PARAMS.some((x) => x.path === good)).toBe(true);
  });

  it('every declared parameter is in the default scenario under its typed name', () => {
    const s = defaultScenario();
    for (const spec of PARAMS) {
      const [section, name] = spec.path.split('.');
      if (!name) continue;
      const values = { parameters: s.parameters, facilitator: s.facilitator, sponsor: s.sponsor } as Record<string, Record<string, number> | undefined>;
      if (values[section]) expect(values[section]![name], spec.path).toBe(spec.default);
    }
  });
});
