// Built-in scenario files, prepared at build time. Importing
// `scenarios/x.yaml?prebuilt` gives the file's YAML as a plain value and the
// scenario as the worker would write it out (stringifyScenario), so the
// lab's first screen can start the default scenario without the YAML
// parser and writer (about 28 kB gzip): the worker validates the value
// with validateScenarioObject, which needs no YAML. A test checks, for every
// file in scenarios/, that the value validates to the scenario its text
// parses to, and that the written text is what the worker exports.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { parse } from 'yaml';
import { parseScenario } from './parse.ts';
import { stringifyScenario } from './serialize.ts';

const QUERY = '?prebuilt';

export interface Prebuilt {
  /** The file's YAML as a plain value (core schema 1.2, as the parser reads it). */
  value: unknown;
  /** The validated scenario written out, as the worker's exportScenario() gives it. */
  text: string;
}

export function prebuild(source: string, file: string): Prebuilt {
  const parsed = parseScenario(source, { file });
  if (!parsed.ok) throw new Error(`${file} is not a valid scenario:\n${parsed.errors.map((e) => `${e.file}:${e.line}:${e.column}: ${e.message}`).join('\n')}`);
  return { value: parse(source, { version: '1.2', schema: 'core' }), text: stringifyScenario(parsed.scenario) };
}

export function prebuiltScenarios(): Plugin {
  return {
    name: 'coalesce-prebuilt-scenarios',
    enforce: 'pre',
    load(id) {
      if (!id.endsWith(QUERY)) return null;
      const file = id.slice(0, -QUERY.length);
      this.addWatchFile(file);
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(prebuild(readFileSync(file, 'utf8'), file)))});`;
    },
  };
}
