// Lesson files: the validator's located errors, and every shipped lesson
// checked end to end: valid, its scenarios parse, and its expected answer is
// the one its own runs support (so a model change that breaks a lesson's
// story fails here rather than in front of a class).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/lessons/analyse.ts';
import { parseLesson } from '../../src/lessons/validate.ts';
import type { Lesson } from '../../src/lessons/types.ts';
import { runScenario } from '../../src/model/run.ts';
import { parseScenario } from '../../src/scenario/parse.ts';

const ROOT = join(import.meta.dirname, '../..');
const SCENARIO_IDS = readdirSync(join(ROOT, 'scenarios')).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, ''));
const FILES = readdirSync(join(ROOT, 'lessons')).filter((f) => /\.(ya?ml|json)$/.test(f));
const good = readFileSync(join(ROOT, 'lessons/c2-energy.yaml'), 'utf8');

function errorsOf(text: string) {
  const r = parseLesson(text, { file: 'x.yaml', scenarioIds: SCENARIO_IDS });
  return r.ok ? [] : r.errors;
}

describe('lesson validator', () => {
  it('accepts the shipped example', () => {
    expect(errorsOf(good)).toEqual([]);
  });

  it('names file:line:col, the key path and expected vs found', () => {
    const bad = good.replace('  runs: 30', '  runs: many');
    const [e] = errorsOf(bad);
    expect(e.path).toBe('run.runs');
    expect(e.line).toBe(bad.split('\n').findIndex((l) => l.includes('runs: many')) + 1);
    expect(e.column).toBe(9);
    expect(e.message).toMatch(/expected a whole number from 2 to 200, found the text "many"/);
  });

  it('requires both languages', () => {
    const bad = good.replace('  nl: Welke community heeft in week 26 de meeste leden die in een week actief zijn?\n', '');
    expect(errorsOf(bad).map((e) => [e.path, e.message])).toEqual([['question.nl', 'missing the Dutch text (nl)']]);
  });

  it('reports unknown keys, unknown indicators, unknown scenario files and a missing expected choice', () => {
    const bad = good
      .replace('audience: everyone', 'audience: everyone\ncolour: blue')
      .replace('[activeFraction, meanEnergy, dropouts]', '[activeFraktion]')
      .replace('file: value-first', 'file: value-frist')
      .replace('expected: steady-rhythm', 'expected: rhythm');
    const msgs = errorsOf(bad).map((e) => `${e.path}: ${e.message}`);
    expect(msgs).toContain('colour: unknown key "colour"; expected one of: id, order, topic, audience, title, source, frame, question, choices, expected, run, reveal, debrief, tryIt');
    expect(msgs.some((m) => m.startsWith('run.indicators[0]: unknown indicator the text "activeFraktion"'))).toBe(true);
    expect(msgs.some((m) => m.startsWith('run.scenarios[2].file: no scenario file "value-frist"'))).toBe(true);
    expect(msgs.some((m) => m.startsWith('expected: expected the id of a choice'))).toBe(true);
  });

  it('refuses a choice that points at a missing scenario key and a pause after the week asked about', () => {
    const bad = good.replace('scenario: C\n', 'scenario: D\n').replace('pauseAt: 8', 'pauseAt: 30');
    const paths = errorsOf(bad).map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['choices[2].scenario', 'run.pauseAt']));
  });

  it('never throws on garbage', () => {
    for (const t of ['', '[', 'a: [1', '- 1\n- 2', 'id: 3', '{"id": null}', '\u0000']) {
      const r = parseLesson(t, { file: 'g.yaml' });
      expect(r.ok).toBe(false);
    }
  });
});

describe.each(FILES)('shipped lesson %s', (f) => {
  const text = readFileSync(join(ROOT, 'lessons', f), 'utf8');
  const r = parseLesson(text, { file: `lessons/${f}`, scenarioIds: SCENARIO_IDS });

  it('is valid', () => {
    expect(r.ok ? [] : r.errors).toEqual([]);
  });

  it('its expected answer is the one its runs support, with a clear difference', () => {
    const lesson = (r as { lesson: Lesson }).lesson;
    const runs = lesson.run.scenarios.map((s) => {
      const p = parseScenario(s.inline ?? readFileSync(join(ROOT, 'scenarios', `${s.file}.yaml`), 'utf8'));
      if (!p.ok) throw new Error(JSON.stringify(p.errors));
      return Array.from({ length: lesson.run.runs }, (_, i) => runScenario(p.scenario, { seed: lesson.run.seed, runIndex: i, weeks: lesson.run.week }));
    });
    const out = analyse(lesson, runs);
    expect(out.verdict.supported).toBe(lesson.expected);
    expect(out.verdict.agrees).toBe(true);
    expect(out.scenarios).toHaveLength(lesson.run.scenarios.length);
    expect(out.scenarios[0].bands[0].mean.length).toBe(lesson.run.week + 1);
  });
});
