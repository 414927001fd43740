// Errors in plain words and warnings for files that are valid but cannot do
// what they seem to say.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findIndentationProblem } from '../../src/scenario/indentation.ts';
import { FIX, ROOT, cliInProcess } from './cli-helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'coalesce-lint-'));
function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

describe('indentation errors', () => {
  // [what, text, line of the problem, what the message must say]
  const cases: [string, string, number, RegExp][] = [
    ['a key indented under a value', 'schemaVersion: 1\npopulation:\n  size: 30\n   organisations: []\n', 4, /indented 3 spaces, deeper than "size: 30" on line 3, which already has a value; line "organisations" up with "size" on line 3 \(2 spaces\)/],
    ['a key between two levels', 'schemaVersion: 1\npopulation:\n  size: 30\n organisations: []\n', 4, /indented 1 space, which lines up with no key above it/],
    ['an action key off by one', 'schemaVersion: 1\nstrategy:\n  actions:\n    - type: meetup\n      at: 3\n     params: { pull: 1 }\n', 6, /line "params" up with "at" on line 5 \(6 spaces\)/],
    ['a tab', 'schemaVersion: 1\npopulation:\n\tsize: 30\n', 3, /indented with a tab; YAML indents with spaces only/],
    ['a list item off by one', 'schemaVersion: 1\nstrategy:\n  actions:\n  - type: meetup\n    at: 3\n   - type: meetup\n    at: 5\n', 6, /line "- type" up with/],
    ['a top-level key indented', 'schemaVersion: 1\n  horizon: 12\n', 2, /deeper than "schemaVersion: 1" on line 1/],
  ];
  it.each(cases)('%s: named at its own line, in plain words', async (_, text, line, message) => {
    const f = file(`indent-${line}-${text.length}.yaml`, text);
    const r = await cliInProcess('validate', f);
    expect(r.code).toBe(1);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:${line}:\\d+: indentation: line ${line} `));
    expect(lines[0]).toMatch(message);
    expect(lines[0]).not.toMatch(/YAML syntax|compact mapping|Implicit keys/);
  });

  it('finds nothing wrong in any shipped scenario or lesson', () => {
    for (const d of ['scenarios', 'lessons', 'test/fixtures/cli']) {
      for (const f of readdirSync(join(ROOT, d)).filter((n) => n.endsWith('.yaml') && !n.startsWith('bad-'))) {
        expect(findIndentationProblem(readFileSync(join(ROOT, d, f), 'utf8')), `${d}/${f}`).toBeNull();
      }
    }
  });

  it('leaves other YAML errors to the parser', async () => {
    const r = await cliInProcess('validate', `${FIX}/bad-yaml.yaml`);
    expect(r.stderr).toMatch(/YAML syntax/);
  });
});

describe('validate warnings (exit 0)', () => {
  it('warns when the budget is below the cost of every event: nothing can ever happen', async () => {
    const f = file('poor.yaml', 'schemaVersion: 1\nfacilitator:\n  budget: 2\nstrategy: { preset: steady-rhythm }\n');
    const r = await cliInProcess('validate', f);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/poor\.yaml: ok/);
    expect(r.stderr).toMatch(/poor\.yaml:3:3: facilitator\.budget: the weekly budget 2 is below the cost of every event in the strategy .*stays in 'potential'.*\(warning\)$/m);
  });

  it('names the one action the budget can never pay for, and says nothing for a budget that fits', async () => {
    const f = file('quick.yaml', 'schemaVersion: 1\nfacilitator: { budget: 1.9, eventCost: 1 }\nstrategy:\n  preset: steady-rhythm\n  actions:\n    - { type: quickWin, at: 3 }\n');
    const r = await cliInProcess('validate', f);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/below the cost of quickWin \(costs 2\): these actions can never be paid for/);
    expect(r.stderr).not.toMatch(/every event/);
    const fine = await cliInProcess('validate', `${FIX}/small.yaml`);
    expect(fine.stderr).toBe('');
  });
});

describe('.json files are JSON', () => {
  it('a trailing comma is a located error at the comma', async () => {
    const f = file('trailing.json', '{\n  "schemaVersion": 1,\n  "horizon": 12,\n}\n');
    const r = await cliInProcess('validate', f);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/trailing\.json:3:16: JSON syntax: .*trailing comma/);
  });

  it('a comment is refused too; valid JSON passes', async () => {
    expect((await cliInProcess('validate', file('comment.json', '{ "schemaVersion": 1 } // no\n'))).stderr).toMatch(/comment\.json:1:\d+: JSON syntax/);
    const ok = await cliInProcess('validate', file('ok.json', '{ "schemaVersion": 1, "horizon": 12 }\n'));
    expect(ok.code).toBe(0);
    // The same text as .yaml is YAML, where the comma is allowed.
    expect((await cliInProcess('validate', file('trailing.yaml', '{\n  "schemaVersion": 1,\n  "horizon": 12,\n}\n'))).code).toBe(0);
  });
});

describe('run --weeks shorter than an action', () => {
  const late = () => file('late.yaml', 'schemaVersion: 1\nhorizon: 30\npopulation: { size: 20 }\nstrategy:\n  preset: weaver\n  actions:\n    - { type: meetup, at: 20 }\n    - { type: webinar, every: 12, from: 2, until: 28 }\n');

  it('drops the action with a note on stderr, and runs', async () => {
    const r = await cliInProcess('run', late(), '--weeks', '10', '--runs', '1');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('run: --weeks 10 drops an action that starts after week 10: strategy.actions[0] (meetup at week 20)\n');
    const out = JSON.parse(r.stdout);
    expect(out.scenario.horizon).toBe(10);
    expect(out.scenario.strategy.actions).toHaveLength(1);
    expect(out.scenario.strategy.actions[0]).toMatchObject({ type: 'webinar', every: 10, from: 2, until: 10 });
    expect(out.runs[0].series.week).toHaveLength(11);
  });

  it('still refuses --set horizon=10 and other problems', async () => {
    expect((await cliInProcess('run', late(), '--set', 'horizon=10', '--runs', '1')).code).toBe(1);
    expect((await cliInProcess('run', late(), '--weeks', '0', '--runs', '1')).code).toBe(1);
  });
});

describe('sweep --alt: organisation shares as named alternatives', () => {
  it('varies the whole list, writes the names, and checks each alternative', async () => {
    const even = 'even=[{id: a, share: 0.5}, {id: b, share: 0.5}]';
    const skewed = 'skewed=[{id: a, share: 0.8}, {id: b, share: 0.2}]';
    const r = await cliInProcess('sweep', `${FIX}/small.yaml`, '--runs', '1', '--summary', '--format', 'jsonl', '--vary', 'population.organisations=even,skewed', '--alt', even, '--alt', skewed);
    expect(r.code).toBe(0);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((x) => x['population.organisations'])).toEqual(['even', 'skewed']);
    expect(rows[0].scenarioHash).not.toBe(rows[1].scenarioHash);
    const bad = await cliInProcess('sweep', `${FIX}/small.yaml`, '--vary', 'population.organisations=even,odd', '--alt', even, '--alt', 'odd=[{id: a, share: 0.8}, {id: b, share: 0.5}]');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^--vary population\.organisations: the shares add up to 1\.3/m);
    const unused = await cliInProcess('sweep', `${FIX}/small.yaml`, '--vary', 'population.size=20', '--alt', even);
    expect(unused.code).toBe(2);
  });
});
