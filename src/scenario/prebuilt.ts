// Built-in scenario files, prepared at build time. `scenarios/x.yaml?meta`
// gives the file's name and kind (for the scenario pickers). Importing
// `scenarios/x.yaml?prebuilt` gives the file validated at build time, as the
// Scenario object the validator makes of it, and the scenario as the worker
// would write it out (stringifyScenario). So the lab's first screen starts
// the default scenario without the YAML parser and writer (about 28 kB
// gzip) and without the validator (about 6 kB): it was run here, on the
// same code. A test checks, for every file in scenarios/, that the object is
// the scenario its text parses to, and that the written text is what the
// worker exports.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Plugin } from 'vite';
import { parseScenario } from './parse.ts';
import { stringifyScenario } from './serialize.ts';
import type { Scenario } from './types.ts';

const QUERY = '?prebuilt';
/** `scenarios/x.yaml?meta`: the file's name and kind only, small enough for the first screen's picker. */
const META = '?meta';

export interface Prebuilt {
  /** The file validated: the complete, default-filled scenario (as JSON: no undefined values). */
  scenario: Scenario;
  /** The validated scenario written out, as the worker's exportScenario() gives it. */
  text: string;
}

/** What a built-in scenario is: one preset's file (scenarios/<preset>.yaml), the reference file, or a story. */
export type BuiltinKind = 'strategy' | 'story' | 'reference';

export interface BuiltinMeta {
  /** The scenario's `name`. */
  name: string;
  kind: BuiltinKind;
}

function parseOrThrow(source: string, file: string) {
  const parsed = parseScenario(source, { file });
  if (!parsed.ok) throw new Error(`${file} is not a valid scenario:\n${parsed.errors.map((e) => `${e.file}:${e.line}:${e.column}: ${e.message}`).join('\n')}`);
  return parsed.scenario;
}

export function prebuild(source: string, file: string): Prebuilt {
  const scenario = parseOrThrow(source, file);
  return { scenario: JSON.parse(JSON.stringify(scenario)) as Scenario, text: stringifyScenario(scenario) };
}

export function builtinMeta(source: string, file: string): BuiltinMeta {
  const scenario = parseOrThrow(source, file);
  const id = basename(file, '.yaml');
  const kind: BuiltinKind = id === 'reference' ? 'reference' : scenario.strategy.preset === id ? 'strategy' : 'story';
  return { name: scenario.name || id, kind };
}

export function prebuiltScenarios(): Plugin {
  return {
    name: 'coalesce-prebuilt-scenarios',
    enforce: 'pre',
    load(id) {
      if (id.endsWith(META)) {
        const file = id.slice(0, -META.length);
        this.addWatchFile(file);
        return `export default ${JSON.stringify(builtinMeta(readFileSync(file, 'utf8'), file))};`;
      }
      if (!id.endsWith(QUERY)) return null;
      const file = id.slice(0, -QUERY.length);
      this.addWatchFile(file);
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(prebuild(readFileSync(file, 'utf8'), file)))});`;
    },
  };
}
