// One test per validation rule, checking the message and, for a few, the
// exact FILE:LINE:COL.
import { describe, expect, it } from 'vitest';
import {
  ACTIONS, LIMITS, PARAMS, defaultScenario, formatError, parseScenario, validateScenarioObject,
  type ParseResult, type ScenarioError,
} from '../../src/scenario/index.ts';

const V = 'schemaVersion: 1\n';
function errors(text: string): ScenarioError[] {
  const r = parseScenario(text, { file: 'f.yaml' });
  if (r.ok) throw new Error('expected errors, got a valid scenario');
  return r.errors;
}
const lines = (text: string) => errors(text).map(formatError);
function ok(r: ParseResult) {
  if (!r.ok) throw new Error(r.errors.map(formatError).join('\n'));
  return r.scenario;
}

describe('defaults', () => {
  it('a file with only schemaVersion is the default scenario', () => {
    expect(ok(parseScenario(V))).toEqual(defaultScenario());
  });
  it('a preset alone gives that preset with every default', () => {
    const s = ok(parseScenario(V + 'strategy: { preset: bridging }\n'));
    expect(s).toEqual(defaultScenario('bridging'));
  });
  it('strategy without preset has no preset; actions get their default params', () => {
    const s = ok(parseScenario(V + 'strategy:\n  actions:\n    - { type: meetup, every: 4 }\n'));
    expect(s.strategy.preset).toBeUndefined();
    expect(s.strategy.actions).toEqual([{ type: 'meetup', every: 4, params: { pull: ACTIONS.meetup.params.pull.default, mixing: 'random' } }]);
    expect(s.name).toBe('custom');
  });
  it('given values replace defaults, the others stay', () => {
    const s = ok(parseScenario(V + 'parameters: { homophily: 1.5 }\nfacilitator: { budget: 4 }\n'));
    expect(s.parameters.homophily).toBe(1.5);
    expect(s.facilitator.budget).toBe(4);
    expect(s.parameters.tieDecay).toBe(PARAMS.find((p) => p.path === 'parameters.tieDecay')!.default);
  });
  it('JSON is accepted', () => {
    expect(ok(parseScenario('{"schemaVersion": 1, "horizon": 52}')).horizon).toBe(52);
  });
});

describe('located messages', () => {
  it('unknown key with suggestion, exact position', () => {
    expect(lines(V + 'parameters:\n  homophly: 2\n')).toEqual([
      'f.yaml:3:3: parameters.homophly: unknown key "homophly" (did you mean "homophily"?)',
    ]);
  });
  it('a parameter at the wrong level points to its section', () => {
    expect(lines(V + 'homophily: 2\n')[0]).toBe('f.yaml:2:1: homophily: unknown key "homophily" here (did you mean "parameters.homophily"? it belongs under parameters)');
  });
  it('out of range gives the range and unit', () => {
    expect(lines(V + 'horizon: 0\n')).toEqual(['f.yaml:2:10: horizon: expected a whole number from 1 to 520 weeks, found 0']);
  });
  it('shares not adding up to 1, at the list', () => {
    expect(lines(V + 'population:\n  organisations:\n    - { id: a, share: 0.5 }\n    - { id: b, share: 0.4 }\n')).toEqual([
      'f.yaml:4:5: population.organisations: the shares add up to 0.9; they must add up to 1 (within 0.000001)',
    ]);
  });
  it('errors come in reading order and all at once', () => {
    const e = errors(V + 'seed: -1\nhorizon: 10\nstrategy:\n  preset: nope\n  actions:\n    - { type: meetup, at: 11 }\n');
    expect(e.map((x) => x.path)).toEqual(['seed', 'strategy.preset', 'strategy.actions[0].at']);
    expect(e.map((x) => x.line)).toEqual([2, 5, 7]);
  });
});

describe('types and numbers', () => {
  const msg = (text: string) => errors(V + text)[0].message;
  it('wrong type', () => expect(msg('horizon: soon\n')).toBe('expected a whole number from 1 to 520 weeks, found the text "soon"'));
  it('quoted number gets a hint', () => expect(msg('horizon: "52"\n')).toContain('write the number without quotes'));
  it('integer required', () => expect(msg('horizon: 52.5\n')).toContain('found 52.5, which is not a whole number'));
  it('NaN', () => expect(msg('parameters: { tieDecay: .nan }\n')).toContain('found NaN (not a number)'));
  it('infinity', () => expect(msg('parameters: { tieDecay: -.inf }\n')).toContain('found minus infinity'));
  it('negative', () => expect(msg('replicates: -3\n')).toBe('expected a whole number from 1 to 10,000 runs, found -3'));
  it('a mapping where a number belongs', () => expect(msg('seed: { a: 1 }\n')).toContain('found a mapping'));
  it('a section that is not a mapping', () => expect(msg('parameters: 3\n')).toContain('expected a mapping (key: value lines), found the number 3'));
  it('text where a number was written', () => expect(msg('name: 2024\n')).toBe('expected text, found the number 2024 (put it in quotes to make it text)'));
  it('multi-line name', () => expect(msg('name: "a\\nb"\n')).toContain('one line of printable text'));
  it('tickUnit other than week', () => expect(msg('tickUnit: day\n')).toBe('expected "week" (the only tick unit), found the text "day"'));
  it('modelVersion and outputs are accepted; outputs warns', () => {
    const r = parseScenario(V + 'modelVersion: 0.2.0\ntickUnit: week\noutputs: [meanTrust]\n');
    expect(r.ok && r.warnings.map((w) => w.message)).toEqual(['accepted but ignored: every indicator is always reported']);
  });
});

describe('limits', () => {
  const msg = (text: string) => errors(V + text)[0].message;
  it('population', () => expect(msg(`population: { size: ${LIMITS.populationSize + 1} }\n`)).toBe('refused: 10,001 is over the limit of 10,000 members; the limits keep a typo from freezing the machine'));
  it('horizon', () => expect(msg('horizon: 521\n')).toMatch(/^refused: 521 is over the limit of 520 weeks/));
  it('replicates', () => expect(msg('replicates: 10001\n')).toMatch(/^refused: 10,001 is over the limit of 10,000 runs/));
  it('organisations', () => {
    const orgs = Array.from({ length: LIMITS.organisations + 1 }, (_, i) => `    - { id: o${i}, share: 0.1 }`).join('\n');
    expect(msg(`population:\n  organisations:\n${orgs}\n`)).toBe(`expected 1 to ${LIMITS.organisations} organisations, found 11 organisations`);
  });
  it('actions', () => {
    const acts = Array.from({ length: LIMITS.actions + 1 }, () => '    - { type: welcome, at: 1 }').join('\n');
    expect(msg(`strategy:\n  actions:\n${acts}\n`)).toMatch(/^refused: 1001 actions is over the limit of 1000/);
  });
  it('text length', () => expect(msg(`name: ${'n'.repeat(201)}\n`)).toBe('expected text of at most 200 characters, found 201'));
});

describe('organisations', () => {
  const msg = (orgs: string) => errors(V + `population:\n  organisations:\n${orgs}`).map((e) => e.message);
  it('duplicate ids', () => expect(msg('    - { id: a, share: 0.5 }\n    - { id: a, share: 0.5 }\n')).toEqual(['duplicate organisation id "a": ids must be unique']));
  it('unsafe id', () => expect(msg('    - { id: "<b>", share: 1 }\n')[0]).toContain('expected an id of 1 to 40 letters'));
  it('empty id', () => expect(msg('    - { id: "", share: 1 }\n')[0]).toContain('found the text ""'));
  it('missing share', () => expect(msg('    - { id: a }\n')[0]).toContain('missing: each organisation needs a share'));
  it('zero share', () => expect(msg('    - { id: a, share: 0 }\n    - { id: b, share: 1 }\n')[0]).toContain('above 0'));
  it('empty list', () => expect(errors(V + 'population:\n  organisations: []\n')[0].message).toBe('expected 1 to 10 organisations, found an empty list'));
  it('centroid of the wrong length', () => expect(msg('    - { id: a, share: 1, expertiseCentroid: [0.1, 0.2] }\n')[0]).toBe('expected a list of 4 numbers from 0 to 1 (one per topic), found a list of 2'));
  it('centroid out of range', () => expect(msg('    - { id: a, share: 1, expertiseCentroid: [0.1, 0.2, 0.3, 1.5] }\n')[0]).toBe('expected a number from 0 to 1, found 1.5'));
  it('a valid list with centroid', () => {
    const s = ok(parseScenario(V + 'population:\n  organisations:\n    - { id: a, share: 0.25, expertiseCentroid: [0, 0.5, 1, 0.2] }\n    - { id: b, share: 0.75 }\n'));
    expect(s.population.organisations).toEqual([{ id: 'a', share: 0.25, expertiseCentroid: [0, 0.5, 1, 0.2] }, { id: 'b', share: 0.75 }]);
  });
  it('shares within 1e-6 of 1 are fine', () => {
    expect(parseScenario(V + 'population:\n  organisations:\n    - { id: a, share: 0.3333333 }\n    - { id: b, share: 0.6666667 }\n').ok).toBe(true);
    expect(parseScenario(V + 'population:\n  organisations:\n    - { id: a, share: 0.333 }\n    - { id: b, share: 0.666 }\n').ok).toBe(false);
  });
});

describe('strategy and actions', () => {
  const act = (a: string, horizon = 78) => errors(V + `horizon: ${horizon}\nstrategy:\n  actions:\n    - ${a}\n`).map((e) => `${e.path}: ${e.message}`);
  it('unknown preset with suggestion', () => expect(errors(V + 'strategy: { preset: value-frist }\n')[0].message).toContain('(did you mean "value-first"?)'));
  it('unknown action type with suggestion', () => expect(act('{ type: matchmaker, at: 3 }')[0]).toContain('(did you mean "matchmake"?)'));
  it('missing type', () => expect(act('{ at: 3 }')[0]).toContain('missing: each action needs a type'));
  it('unknown param with suggestion', () => expect(act('{ type: matchmake, at: 3, params: { kk: 2 } }')[0]).toBe('strategy.actions[0].params.kk: unknown key "kk" (did you mean "k"?)'));
  it('param out of range', () => expect(act('{ type: matchmake, at: 3, params: { k: 500 } }')[0]).toBe('strategy.actions[0].params.k: expected a whole number from 0 to 100, found 500'));
  it('param choice with suggestion', () => expect(act('{ type: matchmake, at: 3, params: { by: isolate } }')[0]).toContain('expected one of need, crossOrg, isolates, found the text "isolate" (did you mean "isolates"?)'));
  it('params for an action without any', () => expect(act('{ type: quickWin, at: 3, params: { k: 1 } }')[0]).toBe('strategy.actions[0].params.k: unknown parameter: quickWin takes no parameters'));
  it('no timing', () => expect(act('{ type: meetup }')[0]).toContain('missing timing'));
  it('two timings', () => expect(act('{ type: meetup, every: 2, when: "meanTrust < 0.3" }')[0]).toContain('has every and when'));
  it('at past the horizon', () => expect(act('{ type: meetup, at: 53 }', 52)[0]).toBe('strategy.actions[0].at: week 53 is past the horizon (52 weeks); expected a week from 1 to 52'));
  it('at below 1', () => expect(act('{ type: meetup, at: 0 }')[0]).toContain('expected a whole number from 1 to 78'));
  it('until past the horizon', () => expect(act('{ type: meetup, every: 4, until: 90 }')[0]).toContain('week 90 is past the horizon'));
  it('from after until', () => expect(act('{ type: meetup, every: 4, from: 9, until: 8 }')[0]).toContain('from (week 9) is after until (week 8)'));
  it('from with at', () => expect(act('{ type: meetup, at: 4, from: 2 }')[0]).toContain('"from" goes with "every" or "when", not with "at"'));
  it('bad when', () => expect(act('{ type: meetup, when: "trust is low" }')[0]).toContain('expected "<indicator> <op> <number>"'));
  it('unknown indicator with suggestion', () => expect(act('{ type: meetup, when: "meanTrst < 0.3" }')[0]).toContain('(did you mean "meanTrust"?)'));
  it('valid timings are kept as given, and a condition is parsed once, here, for the model', () => {
    const s = ok(parseScenario(V + 'strategy:\n  actions:\n    - { type: followUp, when: "activeFraction < 0.2", from: 3, until: 40, params: { dE: 0.1 } }\n    - { type: guest, at: 12 }\n'));
    expect(s.strategy.actions).toEqual([
      { type: 'followUp', when: 'activeFraction < 0.2', condition: { indicator: 'activeFraction', op: '<', value: 0.2 }, from: 3, until: 40, params: { dE: 0.1 } },
      { type: 'guest', at: 12, params: {} },
    ]);
  });
  it('the horizon used for weeks is the one in the file', () => {
    expect(parseScenario(V + 'horizon: 200\nstrategy:\n  actions:\n    - { type: meetup, at: 150 }\n').ok).toBe(true);
  });
});

describe('schemaVersion', () => {
  it('missing is reported and the rest still checked', () => {
    expect(lines('horizon: 0\n')).toEqual([
      'f.yaml:1:1: schemaVersion: missing: every scenario starts with "schemaVersion: 1"',
      'f.yaml:1:10: horizon: expected a whole number from 1 to 520 weeks, found 0',
    ]);
  });
  it('newer', () => expect(lines('schemaVersion: 3\n')[0]).toContain('version 3 is newer than this Coalesce understands'));
  it('zero', () => expect(lines('schemaVersion: 0\n')[0]).toContain('versions start at 1'));
  it('text', () => expect(lines('schemaVersion: one\n')[0]).toContain('expected the whole number 1, found the text "one"'));
});

describe('validateScenarioObject', () => {
  it('accepts a plain object and fills defaults', () => {
    const s = ok(validateScenarioObject({ schemaVersion: 1, population: { size: 100 } }));
    expect(s.population.size).toBe(100);
    expect(s.parameters).toEqual(defaultScenario().parameters);
  });
  it('locates errors at the given file, line 1', () => {
    const r = validateScenarioObject({ schemaVersion: 1, horizon: 'x' }, 'share-link');
    expect(!r.ok && formatError(r.errors[0])).toBe('share-link:1:1: horizon: expected a whole number from 1 to 520 weeks, found the text "x"');
  });
  it('never runs getters and treats __proto__ from JSON as an unknown key', () => {
    let called = false;
    const o = JSON.parse('{"schemaVersion": 1, "__proto__": {"polluted": 1}}');
    Object.defineProperty(o, 'name', { enumerable: true, get: () => ((called = true), 'x') });
    const r = validateScenarioObject(o);
    expect(called).toBe(false);
    expect(!r.ok && r.errors.map((e) => e.path)).toEqual(['__proto__', 'name']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it('refuses cycles instead of recursing forever', () => {
    const o: Record<string, unknown> = { schemaVersion: 1 };
    o.outputs = o;
    const r = validateScenarioObject(o);
    expect(!r.ok && r.errors[0].message).toContain('nested deeper than 64 levels');
  });
  it('non-objects', () => {
    for (const v of [null, 3, 'text', [1, 2], undefined]) expect(validateScenarioObject(v).ok).toBe(false);
  });
});
