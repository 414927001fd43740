// stringifyScenario -> parseScenario gives back an equal Scenario.
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACTION_TYPES, PARAMS, PRESET_IDS, SHARE_CHOICES, defaultScenario, formatError, parseScenario, stringifyScenario, type Scenario,
} from '../../src/scenario/index.ts';

const root = new URL('../../', import.meta.url);
const files = readdirSync(new URL('scenarios/', root)).filter((f) => f.endsWith('.yaml'));

function reparse(text: string): Scenario {
  const r = parseScenario(text, { file: 'roundtrip.yaml' });
  if (!r.ok) throw new Error(r.errors.map(formatError).join('\n') + '\n' + text);
  return r.scenario;
}

describe('round trip', () => {
  for (const f of files) {
    it(f, () => {
      const s = reparse(readFileSync(new URL(`scenarios/${f}`, root), 'utf8'));
      expect(reparse(stringifyScenario(s))).toEqual(s);
      expect(reparse(stringifyScenario(s, { minimal: true }))).toEqual(s);
    });
  }

  it('minimal output of a default scenario is just the version', () => {
    expect(stringifyScenario(defaultScenario(), { minimal: true })).toBe('schemaVersion: 1\n');
    expect(stringifyScenario(defaultScenario('bridging'), { minimal: true })).toBe('schemaVersion: 1\nstrategy:\n  preset: bridging\n');
  });

  it('keeps "no preset" distinct from the default preset', () => {
    const s = { ...defaultScenario(), name: 'custom', strategy: { actions: [] } };
    expect(reparse(stringifyScenario(s, { minimal: true }))).toEqual(s);
  });

  it('random valid scenarios survive the round trip', () => {
    const numeric = PARAMS.map((p) =>
      fc.record({ path: fc.constant(p.path), v: p.integer ? fc.integer({ min: p.min, max: Math.min(p.max, 2 ** 31 - 1) }) : fc.double({ min: p.min, max: p.max, noNaN: true }) }),
    );
    const action = fc.record({
      type: fc.constantFrom(...ACTION_TYPES),
      at: fc.integer({ min: 1, max: 78 }),
    });
    fc.assert(
      fc.property(
        fc.subarray(numeric.map((_, i) => i)),
        fc.tuple(...numeric),
        fc.option(fc.constantFrom(...PRESET_IDS), { nil: undefined }),
        fc.array(action, { maxLength: 5 }),
        fc.string({ maxLength: 30 }).filter((s) => !/[\u0000-\u001f\u007f\uFFFD]/.test(s)),
        fc.uniqueArray(
          fc.record(
            {
              week: fc.integer({ min: 1, max: 78 }),
              member: fc.integer({ min: 0, max: 300 }),
              attend: fc.boolean(),
              talkTo: fc.option(fc.integer({ min: 301, max: 400 }), { nil: null }),
              share: fc.constantFrom(...SHARE_CHOICES),
            },
            { requiredKeys: ['week', 'member'] },
          ),
          { maxLength: 6, selector: (d) => `${d.week}|${d.member}` },
        ),
        (pick, values, preset, actions, name, decisions) => {
          const lines = ['schemaVersion: 1', `name: ${JSON.stringify(name)}`];
          const set: string[] = [];
          for (const i of pick) set.push(`${values[i].path}=${values[i].v}`);
          const strategy = { ...(preset ? { preset } : {}), actions };
          lines.push(`strategy: ${JSON.stringify(strategy)}`);
          if (decisions.length > 0) lines.push(`decisions: ${JSON.stringify(decisions)}`);
          const r = parseScenario(lines.join('\n') + '\n', { overrides: set });
          if (!r.ok) return; // e.g. horizon drawn below an action's week
          expect(reparse(stringifyScenario(r.scenario))).toEqual(r.scenario);
          expect(reparse(stringifyScenario(r.scenario, { minimal: true }))).toEqual(r.scenario);
        },
      ),
      { seed: 20240607, numRuns: 150 },
    );
  });
});
