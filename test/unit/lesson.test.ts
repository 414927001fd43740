// Lesson files: the validator's located errors, and every shipped lesson
// checked end to end: valid, its scenarios parse, and its expected answer is
// the one its own runs support (so a model change that breaks a lesson's
// story fails here rather than in front of a class).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { against, analyse, clampInterval } from '../../src/lessons/analyse.ts';
import { fillText } from '../../src/lessons/text.ts';
import type { RunResult } from '../../src/model/indicators.ts';
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
    expect(msgs).toContain('colour: unknown key "colour"; expected one of: id, order, topic, audience, title, source, frame, question, margin, choices, expected, run, reveal, debrief, tryIt');
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

/** The shipped C2 lesson (three scenarios A–C and an "about the same" choice), asking about week 1 of made-up runs. */
function lessonWith(margin: number, better: 'higher' | 'lower' = 'higher'): Lesson {
  const r = parseLesson(good, { file: 'c2.yaml', scenarioIds: SCENARIO_IDS });
  if (!r.ok) throw new Error(r.errors[0].message);
  return { ...r.lesson, margin, run: { ...r.lesson.run, week: 1, better, indicators: ['activeFraction'] } };
}

/** Runs whose activeFraction at week 1 is `values[i]` (week 0: 0). */
function runsOf(values: number[]): RunResult[] {
  return values.map((v) => ({ columns: { activeFraction: Float64Array.from([0, v]) } }) as unknown as RunResult);
}

/** Scenario k's runs: base[i] + shift[k] + a little run-to-run noise shared by all (common random numbers) and some of its own. */
function three(shift: [number, number, number], own = 0.002): RunResult[][] {
  const base = Array.from({ length: 30 }, (_, i) => 0.3 + 0.05 * Math.sin(i * 1.7));
  return shift.map((s, k) => runsOf(base.map((b, i) => b + s + own * Math.cos(i * (k + 2.3)))));
}

describe('lesson verdict: an equivalence test against the margin', () => {
  it('places an interval against ±margin', () => {
    expect(against({ lo: 0.06, hi: 0.1 }, 0.05)).toBe('beyond');
    expect(against({ lo: -0.04, hi: 0.049 }, 0.05)).toBe('within');
    expect(against({ lo: 0.03, hi: 0.08 }, 0.05)).toBe('straddles');
    expect(against({ lo: -0.08, hi: 0.01 }, 0.05)).toBe('straddles');
  });

  it('names the best scenario only when it beats every other by more than the margin', () => {
    const out = analyse(lessonWith(0.05), three([0, 0.2, 0.1]));
    expect(out.verdict.kind).toBe('clear');
    expect(out.verdict.best).toBe('B');
    expect(out.verdict.supported).toBe('steady-rhythm');
    expect(out.verdict.diff!.lo).toBeGreaterThan(0.05);
    expect(out.verdict.scores).toEqual({ 'big-launch': 'wrong', 'steady-rhythm': 'right', 'value-first': 'wrong', same: 'wrong' });
  });

  it('lets "about the same" win when best and worst lie within ±margin of each other', () => {
    const out = analyse(lessonWith(0.05), three([0, 0.02, 0.01]));
    expect(out.verdict.kind).toBe('same');
    expect(out.verdict.supported).toBe('same');
    expect(out.verdict.scores.same).toBe('right');
    expect(out.verdict.scores['steady-rhythm']).toBe('wrong');
    // The same runs with a margin smaller than the gap: B now wins.
    expect(analyse(lessonWith(0.005), three([0, 0.02, 0.01])).verdict.supported).toBe('steady-rhythm');
  });

  it('says too close to call when the interval straddles the margin, and scores that openly', () => {
    // B beats A clearly, but B against C: a gap of 0.05 with the margin at 0.05.
    const out = analyse(lessonWith(0.05), three([0, 0.2, 0.15], 0.04));
    expect(out.verdict.kind).toBe('close');
    expect(out.verdict.supported).toBe('');
    expect(out.verdict.agrees).toBe(false);
    expect(against(out.verdict.diff!, 0.05)).toBe('straddles');
    // B and C stay open; A is clearly beaten; "about the same" is ruled out (B against A is beyond the margin).
    expect(out.verdict.scores).toEqual({ 'big-launch': 'wrong', 'steady-rhythm': 'open', 'value-first': 'open', same: 'wrong' });
  });

  it('"about the same" needs every scenario within the margin of the best, not only the worst', () => {
    const base = Array.from({ length: 30 }, (_, i) => 0.3 + 0.05 * Math.sin(i * 1.7));
    // A and B move together (0.02 apart); C's runs scatter widely around 0.015 more than A.
    const runs = [runsOf(base), runsOf(base.map((x) => x + 0.02)), runsOf(base.map((x, i) => x + 0.015 + 0.3 * Math.cos(i * 2.9)))];
    const out = analyse(lessonWith(0.05), runs);
    expect(out.verdict.best).toBe('B');
    expect(against(out.verdict.diffs.A, 0.05)).toBe('within');
    expect(against(out.verdict.diffs.C, 0.05)).toBe('straddles');
    expect(out.verdict.kind).toBe('close');
    expect(out.verdict.scores.same).toBe('open');
  });

  it('leaves "about the same" open when nothing is ruled out', () => {
    const out = analyse(lessonWith(0.05), three([0, 0.04, 0.02], 0.05));
    expect(out.verdict.kind).toBe('close');
    expect(out.verdict.scores.same).toBe('open');
  });

  it('reads "lower is better" the other way round', () => {
    const out = analyse(lessonWith(0.05, 'lower'), three([0, 0.2, 0.1]));
    expect(out.verdict.best).toBe('A');
    expect(out.verdict.supported).toBe('big-launch');
    expect(out.verdict.diff!.mean).toBeGreaterThan(0);
  });

  it('never shows a share or a count outside its range', () => {
    // Runs of a rare event: mostly 0, the t-interval's lower end falls below zero.
    const rare = runsOf([...Array(28).fill(0), 0.5, 0.5]);
    const out = analyse(lessonWith(0.05), [rare, rare, rare]);
    for (const s of out.scenarios) expect(s.atWeek[0].lo).toBeGreaterThanOrEqual(0);
    expect(clampInterval({ n: 3, mean: 0.99, sd: 0.1, lo: 0.9, hi: 1.08 }, 'activeFraction').hi).toBe(1);
    expect(clampInterval({ n: 3, mean: 0.5, sd: 1, lo: -0.7, hi: 1.7 }, 'trickySharedGroup')).toMatchObject({ lo: 0, hi: 1.7 });
    expect(clampInterval({ n: 3, mean: 0.5, sd: 1, lo: -0.2, hi: 1.2 }, 'reachedMaturing')).toMatchObject({ lo: 0, hi: 1 });
  });

  it('fills a text with the run\'s numbers', () => {
    const l = lessonWith(0.05);
    const out = analyse(l, three([0, 0.2, 0.1]));
    const fmt = (v: number, ind: string, as: string) => `${as}:${ind}:${v.toFixed(3)}`;
    const text = fillText('A {A}, B {B}, B@0 {B@0}, d {diff} [{diff.lo}, {diff.hi}] m {margin} w {week} n {runs}', l, out, fmt);
    expect(text).toBe(`A value:activeFraction:${out.scenarios[0].atWeek[0].mean.toFixed(3)}, B value:activeFraction:${out.scenarios[1].atWeek[0].mean.toFixed(3)}, B@0 value:activeFraction:0.000, `
      + `d difference:activeFraction:${out.verdict.diff!.mean.toFixed(3)} [difference:activeFraction:${out.verdict.diff!.lo.toFixed(3)}, difference:activeFraction:${out.verdict.diff!.hi.toFixed(3)}] m difference:activeFraction:0.050 w 1 n 30`);
  });
});

describe('lesson validator: margin, trade-off and placeholders', () => {
  const line = (t: string, needle: string) => t.split('\n').findIndex((l) => l.includes(needle)) + 1;

  it('requires a margin above zero and below the indicator\'s range', () => {
    expect(errorsOf(good.replace(/\nmargin: [\d.]+\n/, '\n')).map((e) => [e.path, e.message])).toEqual([['margin', 'missing required key "margin"']]);
    const zero = good.replace(/\nmargin: [\d.]+\n/, '\nmargin: 0\n');
    const [e] = errorsOf(zero);
    expect([e.path, e.line]).toEqual(['margin', line(zero, 'margin: 0')]);
    expect(e.message).toMatch(/expected a number above 0/);
    expect(errorsOf(good.replace(/\nmargin: [\d.]+\n/, '\nmargin: 1.5\n')).map((x) => x.message)).toEqual([expect.stringMatching(/below 1, the whole range of activeFraction/)]);
  });

  it('checks the trade-off indicator', () => {
    const bad = good.replace('  better: higher\n', '  better: higher\n  tradeOff: activeFraction\n');
    const [e] = errorsOf(bad);
    expect([e.path, e.line]).toEqual(['run.tradeOff', line(bad, 'tradeOff:')]);
    expect(e.message).toMatch(/one of the other indicators of run.indicators \(meanEnergy, dropouts\)/);
    expect(errorsOf(good.replace('  better: higher\n', '  better: higher\n  tradeOff: dropouts\n'))).toEqual([]);
  });

  it('locates an unknown placeholder, a missing scenario and an indicator the lesson does not show', () => {
    const bad = good.replace('The bands show all {runs} runs', 'The bands show all {runz} runs, {D} and {B.meanTrust} and {B@99}');
    const errs = errorsOf(bad).map((e) => [e.path, e.line, e.message]);
    expect(errs).toEqual([
      ['reveal.en', line(bad, 'reveal:') + 1, expect.stringMatching(/unknown placeholder \{runz\}/)],
      ['reveal.en', line(bad, 'reveal:') + 1, expect.stringMatching(/no scenario with key D/)],
      ['reveal.en', line(bad, 'reveal:') + 1, expect.stringMatching(/meanTrust is not one of run.indicators/)],
      ['reveal.en', line(bad, 'reveal:') + 1, expect.stringMatching(/week 99 is after run.week \(26\)/)],
    ]);
  });

  it('refuses run numbers before the run is known, and two "about the same" choices', () => {
    const bad = good.replace('At week 26, which community', 'At week {week}, which community').replace('    scenario: C\n', '');
    const errs = errorsOf(bad).map((e) => `${e.path}: ${e.message}`);
    expect(errs).toContain('question.en: {week} quotes the runs, which are not known yet here; use placeholders only in reveal, debrief and tryIt.suggestion');
    expect(errs).toContain('choices: at most one choice may leave out scenario: (the "about the same" answer)');
  });
});

describe.each(FILES)('shipped lesson %s', (f) => {
  const text = readFileSync(join(ROOT, 'lessons', f), 'utf8');
  const r = parseLesson(text, { file: `lessons/${f}`, scenarioIds: SCENARIO_IDS });

  it('is valid', () => {
    expect(r.ok ? [] : r.errors).toEqual([]);
  });

  it('states its smallest difference, and its reveal quotes the runs instead of hand-written figures', () => {
    const lesson = (r as { lesson: Lesson }).lesson;
    expect(lesson.margin).toBeGreaterThan(0);
    for (const t of [lesson.reveal.en, lesson.reveal.nl]) {
      expect(t).toMatch(/\{[A-D]/);
      // After the placeholders: no percentage or decimal figure left (the 5–95% of a band is a definition, not a result).
      expect(t.replace(/\{[^}]*\}/g, '').replace(/5–95%/g, '')).not.toMatch(/\d+([.,]\d+)?\s*%|\d+[.,]\d+/);
    }
  });

  it('every mark its prompts point at is in the network\'s Key', () => {
    const lesson = (r as { lesson: Lesson }).lesson;
    const legend = readFileSync(join(ROOT, 'src/ui/network/legend.ts'), 'utf8');
    const prompts = [lesson.run.pausePrompt, ...(lesson.run.stops ?? []).map((x) => x.text)].filter((t) => t !== undefined).flatMap((t) => [t.en, t.nl]);
    // The glyphs the network draws for its events (UX.md §2); "▭ cards on the meetup hull" was pointed at but not in the Key.
    for (const glyph of ['◆', '✦', '✧', '✕', '▭', '●', '◇']) {
      if (prompts.some((t) => t.includes(glyph))) expect(legend, `${lesson.id}: ${glyph}`).toContain(glyph);
    }
  });

  it('its expected answer is the one its runs support, beyond its margin', () => {
    const lesson = (r as { lesson: Lesson }).lesson;
    const runs = lesson.run.scenarios.map((s) => {
      const p = parseScenario(s.inline ?? readFileSync(join(ROOT, 'scenarios', `${s.file}.yaml`), 'utf8'));
      if (!p.ok) throw new Error(JSON.stringify(p.errors));
      return Array.from({ length: lesson.run.runs }, (_, i) => runScenario(p.scenario, { seed: lesson.run.seed, runIndex: i, weeks: lesson.run.week }));
    });
    const out = analyse(lesson, runs);
    expect(out.verdict.supported).toBe(lesson.expected);
    expect(out.verdict.agrees).toBe(true);
    expect(out.verdict.kind).not.toBe('close');
    expect(out.verdict.scores[lesson.expected]).toBe('right');
    expect(out.scenarios).toHaveLength(lesson.run.scenarios.length);
    expect(out.scenarios[0].bands[0].mean.length).toBe(lesson.run.week + 1);
  });
});
