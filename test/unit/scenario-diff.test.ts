// The editor's "What Apply changes" list: resolved values that differ from the
// running scenario, each reported once; defaults written out are no change.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/index.ts';
import type { Scenario } from '../../src/scenario/types.ts';
import { diffScenarios, nonDefaultParams } from '../../src/ui/editor/scenario-diff.ts';

const BASE = readFileSync(new URL('../../scenarios/steady-rhythm.yaml', import.meta.url), 'utf8');

function resolved(text: string): Scenario {
  const r = parseScenario(text, { file: 'test.yaml' });
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return r.scenario;
}

/** The base file with `extra` YAML appended at the top level (the base has no parameters/population/actions block). */
const withExtra = (extra: string) => resolved(`${BASE}\n${extra}\n`);

describe('diffScenarios', () => {
  const running = resolved(BASE);

  it('reports nothing for the same scenario', () => {
    expect(diffScenarios(running, resolved(BASE))).toEqual([]);
  });

  it('reports a changed parameter once, with its label and both values', () => {
    const d = diffScenarios(running, withExtra('parameters:\n  homophily: 2.5'));
    expect(d).toEqual([{ kind: 'value', path: 'parameters.homophily', label: 'Homophily β_h', from: '2', to: '2.5' }]);
  });

  it('reports the population size once', () => {
    const d = diffScenarios(running, withExtra('population:\n  size: 200'));
    expect(d).toEqual([{ kind: 'value', path: 'population.size', label: 'Members', from: '60', to: '200' }]);
  });

  it('reports a changed preset by its path (it has no parameter label)', () => {
    const d = diffScenarios(running, resolved(BASE.replace('preset: steady-rhythm', 'preset: weaver')));
    expect(d).toEqual([{ kind: 'value', path: 'strategy.preset', from: 'steady-rhythm', to: 'weaver' }]);
  });

  it('reports an added action once, and a removed one as removed', () => {
    const edited = resolved(BASE.replace('preset: steady-rhythm', 'preset: steady-rhythm\n  actions:\n    - { type: meetup, at: 9 }'));
    const d = diffScenarios(running, edited);
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ kind: 'action', sign: '+', action: { type: 'meetup', at: 9 } });
    const back = diffScenarios(edited, running);
    expect(back).toHaveLength(1);
    expect(back[0]).toMatchObject({ kind: 'action', sign: '−', action: { type: 'meetup', at: 9 } });
  });

  it('counts a duplicated action: two meetups at week 9 against one is one addition', () => {
    const one = resolved(BASE.replace('preset: steady-rhythm', 'preset: steady-rhythm\n  actions:\n    - { type: meetup, at: 9 }'));
    const two = resolved(BASE.replace('preset: steady-rhythm', 'preset: steady-rhythm\n  actions:\n    - { type: meetup, at: 9 }\n    - { type: meetup, at: 9 }'));
    expect(diffScenarios(one, two)).toHaveLength(1);
  });

  it('sees no change when a key is written out at its default value', () => {
    expect(diffScenarios(running, withExtra('parameters:\n  homophily: 2\npopulation:\n  size: 60'))).toEqual([]);
    // An action's parameter written at its default is the same action.
    const plain = resolved(BASE.replace('preset: steady-rhythm', 'preset: steady-rhythm\n  actions:\n    - { type: meetup, at: 9 }'));
    const spelled = resolved(BASE.replace('preset: steady-rhythm', 'preset: steady-rhythm\n  actions:\n    - { type: meetup, at: 9, params: { mixing: random } }'));
    expect(diffScenarios(plain, spelled)).toEqual([]);
  });

  it('leaves the seed out: Apply keeps the run\'s seed', () => {
    expect(diffScenarios(running, withExtra('seed: 7'))).toEqual([]);
  });

  it('reports several changes, each once, in file order', () => {
    const d = diffScenarios(running, withExtra('population:\n  size: 200\nparameters:\n  homophily: -1'));
    expect(d.map((c) => (c.kind === 'value' ? c.path : ''))).toEqual(['population.size', 'parameters.homophily']);
  });

  it('names only the action params that differ from their defaults', () => {
    const s = resolved(BASE.replace('preset: steady-rhythm', 'preset: steady-rhythm\n  actions:\n    - { type: matchmake, every: 2, from: 3, params: { k: 5 } }'));
    expect(nonDefaultParams(s.strategy.actions[0])).toEqual([['k', 5]]);
  });
});
