// docs/scenario.schema.json, the scenario file's JSON Schema for editors
// (src/scenario/json-schema.ts): up to date, faithful to the declarations,
// silent on every file the validator accepts, and loud on the everyday
// mistakes the validator refuses, so an editor underlines them as you type.
import { readFileSync, readdirSync } from 'node:fs';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/index.ts';
import { renderScenarioJsonSchema, scenarioJsonSchema } from '../../src/scenario/json-schema.ts';
import { PARAMS } from '../../src/scenario/params.ts';
import { ACTIONS } from '../../src/scenario/actions.ts';
import { ACTION_TYPES, PRESET_IDS } from '../../src/scenario/types.ts';
import { paramDoc } from '../../src/scenario/param-docs.ts';

const root = new URL('../../', import.meta.url);
const read = (p: string) => readFileSync(new URL(p, root), 'utf8');
const schema = scenarioJsonSchema();
// Strict, but for strictRequired: the timing rules say "required: [from]" in
// sub-schemas that do not repeat the property, which is valid draft-07.
const check = new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true }).compile(schema);
const value = (text: string) => parse(text, { version: '1.2', schema: 'core', logLevel: 'error' }) as unknown;
const schemaErrors = (v: unknown) => (check(v) ? [] : (check.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));

describe('docs/scenario.schema.json', () => {
  it('equals the generator output (npm run docs:scenarios)', () => {
    expect(read('docs/scenario.schema.json')).toBe(renderScenarioJsonSchema());
  });

  it('declares every parameter with the range, default and whole-number rule of params.ts', () => {
    for (const s of PARAMS) {
      let node = schema as Record<string, any>;
      for (const key of s.path.split('.')) node = node.properties[key];
      expect(node, s.path).toBeDefined();
      expect([node.minimum, node.maximum, node.default, node.type], s.path).toEqual([s.min, s.max, s.default, s.integer ? 'integer' : 'number']);
      expect(node.description, s.path).toContain(paramDoc(s).help);
    }
  });

  it('lists every preset and every action type with its parameters', () => {
    const strategy = (schema.properties as any).strategy;
    expect(strategy.properties.preset.enum).toEqual([...PRESET_IDS]);
    const action = strategy.properties.actions.items;
    expect(action.properties.type.enum).toEqual([...ACTION_TYPES]);
    for (const [i, t] of ACTION_TYPES.entries()) {
      expect(Object.keys(action.allOf[i].then.properties.params.properties)).toEqual(Object.keys(ACTIONS[t].params));
    }
  });

  it.each(readdirSync(new URL('scenarios/', root)).filter((f) => f.endsWith('.yaml')))('accepts scenarios/%s', (f) => {
    expect(schemaErrors(value(read(`scenarios/${f}`)))).toEqual([]);
  });

  // No false alarms: an editor must not underline what the validator accepts.
  const fixtures = ['test/fixtures/cli', 'test/fixtures/hostile'].flatMap((d) =>
    readdirSync(new URL(`${d}/`, root)).filter((f) => /\.ya?ml$/.test(f)).map((f) => `${d}/${f}`),
  );
  it('accepts every fixture the validator accepts', () => {
    let accepted = 0;
    for (const f of fixtures) {
      const text = read(f);
      if (!parseScenario(text, { file: f }).ok) continue;
      accepted++;
      expect(schemaErrors(value(text)), f).toEqual([]);
    }
    expect(accepted).toBeGreaterThanOrEqual(3);
  });

  // Everyday mistakes: each is refused by the validator and flagged by the schema.
  const mistakes: [string, string][] = [
    ['a misspelt top-level key', 'schemaVersion: 1\nhorizn: 52\n'],
    ['a misspelt parameter', 'schemaVersion: 1\nparameters:\n  homofily: 2\n'],
    ['a value out of range', 'schemaVersion: 1\npopulation:\n  size: 50000\n'],
    ['a fraction for a whole number', 'schemaVersion: 1\nhorizon: 52.5\n'],
    ['text for a number', 'schemaVersion: 1\nhorizon: long\n'],
    ['no schemaVersion', 'name: x\n'],
    ['schemaVersion 2', 'schemaVersion: 2\n'],
    ['an unknown preset', 'schemaVersion: 1\nstrategy:\n  preset: weavers\n'],
    ['an unknown action type', 'schemaVersion: 1\nstrategy:\n  actions:\n    - { type: meetups, at: 5 }\n'],
    ['an action with two timings', 'schemaVersion: 1\nstrategy:\n  actions:\n    - { type: meetup, at: 5, every: 4 }\n'],
    ['an action without a timing', 'schemaVersion: 1\nstrategy:\n  actions:\n    - { type: meetup }\n'],
    ['from with at', 'schemaVersion: 1\nstrategy:\n  actions:\n    - { type: meetup, at: 5, from: 2 }\n'],
    ["a parameter another action takes", 'schemaVersion: 1\nstrategy:\n  actions:\n    - { type: meetup, at: 5, params: { k: 3 } }\n'],
    ['an action parameter out of range', 'schemaVersion: 1\nstrategy:\n  actions:\n    - { type: followUp, every: 1, params: { dE: 2 } }\n'],
    ['an unknown mixing', 'schemaVersion: 1\nstrategy:\n  actions:\n    - { type: meetup, at: 5, params: { mixing: cross } }\n'],
    ['an organisation without a share', 'schemaVersion: 1\npopulation:\n  organisations:\n    - { id: a }\n'],
    ['a share of 0', 'schemaVersion: 1\npopulation:\n  organisations:\n    - { id: a, share: 1 }\n    - { id: b, share: 0 }\n'],
  ];
  it.each(mistakes)('flags %s, as the validator does', (_, text) => {
    expect(parseScenario(text).ok).toBe(false);
    expect(schemaErrors(value(text)).length).toBeGreaterThan(0);
  });
});
