// The lab's first scenario reaches the worker prepared at build time
// (src/scenario/prebuilt.ts): the file validated there, instead of text to
// parse and validate, and the text the worker would export. That is only
// sound if, for every file in scenarios/, both are exactly what the text
// gives at run time.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario, validateScenarioObject } from '../../src/scenario/index.ts';
import { builtinMeta, prebuild } from '../../src/scenario/prebuilt.ts';
import { PRESET_IDS } from '../../src/scenario/types.ts';
import { NL } from '../../src/ui/i18n-nl.ts';
import { SimulationSession } from '../../src/shared/simulation-session.ts';
import { stringifyScenario } from '../../src/scenario/index.ts';
import { readScenario } from '../../src/ui/controllers/scenario-source.ts';

const DIR = join(import.meta.dirname, '../../scenarios');
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.yaml'));

describe('prebuilt scenario files', () => {
  it('finds the built-in files', () => {
    expect(FILES).toContain('steady-rhythm.yaml');
  });

  it.each(FILES)('%s: the prepared object is the scenario its text parses to', (f) => {
    const text = readFileSync(join(DIR, f), 'utf8');
    const fromText = parseScenario(text, { file: f });
    const prepared = prebuild(text, f).scenario;
    expect(fromText.ok).toBe(true);
    if (!fromText.ok) return;
    expect(prepared).toStrictEqual(fromText.scenario);
  });

  it.each(FILES)('%s: the prepared text is what the simulation exports after loading the file', async (f) => {
    const text = readFileSync(join(DIR, f), 'utf8');
    const p = prebuild(text, f);
    const fromText = await readScenario(text, f);
    const fromValue = await readScenario(text, f, p);
    if (!fromText.ok || !fromValue.ok) throw new Error(`${f} did not read`);
    const byText = new SimulationSession();
    const byValue = new SimulationSession();
    expect((await byText.load(fromText.scenario, fromText.scenario.seed)).ok).toBe(true);
    expect((await byValue.load(fromValue.scenario, fromValue.scenario.seed)).ok).toBe(true);
    const a = await byText.exportScenario();
    const b = await byValue.exportScenario();
    expect(a.ok && b.ok).toBe(true);
    if (a.ok && b.ok) {
      expect(p.text).toBe(stringifyScenario(a.value));
      expect(stringifyScenario(b.value)).toBe(stringifyScenario(a.value));
    }
  });

  it('refuses to prepare an invalid file, naming it', () => {
    expect(() => prebuild('schemaVersion: 1\npopulation: {size: -5}\n', 'bad.yaml')).toThrow(/bad\.yaml:2:/);
  });

  it('a value is validated on its own terms, whatever file it claims to be', () => {
    expect(validateScenarioObject({ schemaVersion: 1, population: { size: -5 } }, 'steady-rhythm.yaml').ok).toBe(false);
  });

  it('names each file and sorts it into the pickers\' groups: one per preset, the reference, and stories', () => {
    const metas = Object.fromEntries(FILES.map((f) => [f.replace(/\.yaml$/, ''), builtinMeta(readFileSync(join(DIR, f), 'utf8'), join(DIR, f))]));
    const strategies = Object.keys(metas).filter((id) => metas[id].kind === 'strategy').sort();
    expect(strategies).toEqual([...PRESET_IDS].sort());
    expect(metas.reference.kind).toBe('reference');
    const stories = Object.keys(metas).filter((id) => metas[id].kind === 'story');
    expect(stories.length).toBeGreaterThanOrEqual(2);
    for (const id of Object.keys(metas)) expect(metas[id].name.length).toBeGreaterThan(0);
    // A Dutch page shows each name in Dutch (the first screen's catalogue has them).
    for (const id of [...strategies, ...stories]) expect(NL[metas[id].name], metas[id].name).toBeTruthy();
  });
});
