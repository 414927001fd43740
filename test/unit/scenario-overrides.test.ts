// --set PATH=VALUE overrides: same validation as the file, located at "--set".
import { describe, expect, it } from 'vitest';
import { formatError, parseScenario } from '../../src/scenario/index.ts';

const V = 'schemaVersion: 1\n';
const run = (overrides: string[], text = V) => parseScenario(text, { file: 'f.yaml', overrides });
const errs = (overrides: string[], text = V) => {
  const r = run(overrides, text);
  return r.ok ? [] : r.errors.map(formatError);
};

describe('overrides', () => {
  it('set numbers, text and the preset', () => {
    const r = run(['population.size=200', 'parameters.homophily=1.5', 'strategy.preset=bridging', 'name=My run']);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.scenario.population.size).toBe(200);
    expect(r.scenario.parameters.homophily).toBe(1.5);
    expect(r.scenario.strategy.preset).toBe('bridging');
    expect(r.scenario.name).toBe('My run');
  });
  it('replace a value of the file and leave its siblings', () => {
    const r = run(['population.size=30'], V + 'population:\n  size: 90\n  organisations:\n    - { id: a, share: 1 }\n');
    expect(r.ok && r.scenario.population).toEqual({ size: 30, organisations: [{ id: 'a', share: 1 }] });
  });
  it('index into lists and append an action', () => {
    const text = V + 'population:\n  organisations:\n    - { id: a, share: 0.5 }\n    - { id: b, share: 0.5 }\nstrategy:\n  actions: []\n';
    const r = run(['population.organisations[0].share=0.25', 'population.organisations[1].share=0.75', 'strategy.actions[0]={type: meetup, at: 3}'], text);
    expect(r.ok && r.scenario.population.organisations.map((o) => o.share)).toEqual([0.25, 0.75]);
    expect(r.ok && r.scenario.strategy.actions[0]).toMatchObject({ type: 'meetup', at: 3 });
  });
  it('apply in order, the last one wins', () => {
    const r = run(['horizon=10', 'horizon=20']);
    expect(r.ok && r.scenario.horizon).toBe(20);
  });
  it('fill a file that is empty', () => {
    expect(run(['schemaVersion=1'], '').ok).toBe(true);
  });
  it('out of range, located at the value', () => {
    expect(errs(['population.size=20000'])).toEqual(['--set:1:17: population.size: refused: 20,000 is over the limit of 10,000 members; the limits keep a typo from freezing the machine']);
    expect(errs(['parameters.homophily=abc'])).toEqual(['--set:1:22: parameters.homophily: expected a number from -5 to 5, found the text "abc"']);
  });
  it('unknown key, located at the key, with suggestion', () => {
    expect(errs(['parameters.homophly=2'])).toEqual(['--set:1:12: parameters.homophly: unknown key "homophly" (did you mean "homophily"?)']);
  });
  it('unknown preset', () => {
    expect(errs(['strategy.preset=bridgng'])[0]).toMatch(/^--set:1:17: strategy\.preset: unknown preset: .*did you mean "bridging"/);
  });
  it('malformed overrides', () => {
    for (const o of ['nothing', '=3', 'a..b=1', 'a.=1', '.a=1', 'a[x]=1', 'a[1]b=2']) {
      expect(errs([o])[0], o).toMatch(/^--set:1:1: expected PATH=VALUE such as population\.size=200/);
    }
  });
  it('a YAML error in the value', () => {
    // yaml reports the missing "]" at the end of the value (column 14).
    expect(errs(['horizon=[1, 2'])[0]).toMatch(/^--set:1:14: YAML syntax/);
  });
  it('setting under a number or past the end of a list', () => {
    expect(errs(['horizon.x=1'], V + 'horizon: 52\n')[0]).toBe('--set:1:9: horizon.x: cannot set "x": horizon is not a mapping');
    expect(errs(['horizon.x=1'])[0]).toBe('--set:1:1: horizon: expected a whole number from 1 to 520 weeks, found a mapping (key: value pairs)');
    expect(errs(['population.organisations[3].share=1'], V + 'population:\n  organisations:\n    - { id: a, share: 1 }\n')[0]).toBe(
      '--set:1:25: population.organisations[3].share: cannot set item [3] of population.organisations: it has 1 items',
    );
  });
  it('errors of the file and of overrides are all reported, file first', () => {
    expect(errs(['horizon=0'], V + 'seed: -1\n').map((l) => l.split(':')[0])).toEqual(['f.yaml', '--set']);
  });
  it('__proto__ in a path pollutes nothing', () => {
    expect(errs(['__proto__.polluted=1'])[0]).toContain('unknown key "__proto__"');
    expect(errs(['parameters.__proto__.polluted=1'])[0]).toContain('unknown key "__proto__"');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
