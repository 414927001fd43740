// Reading scenario files for the commands: file errors and parse errors
// become InputError lines (FILE:LINE:COL: ...), exit 1, never a stack trace.

import { readFileSync } from 'node:fs';
import { formatError, parseScenario } from '../scenario/index.ts';
import type { Scenario, ScenarioError } from '../scenario/types.ts';
import type { CliIO } from './io.ts';
import { InputError } from './errors.ts';
import { lintScenario } from './lint.ts';

export interface Override {
  path: string;
  value: string;
}

export type LoadResult =
  | { ok: true; file: string; scenario: Scenario; warnings: ScenarioError[] }
  | { ok: false; file: string; lines: string[] };

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
};

/** Parse one file with --set style overrides; never throws for bad input. */
export function loadScenarioFile(file: string, overrides: Override[] = []): LoadResult {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    return { ok: false, file, lines: [`${file}:1:1: cannot read file: ${REASONS[code] ?? code ?? String(e)}`] };
  }
  if (/\.json$/i.test(file)) {
    const bad = jsonProblem(text, file);
    if (bad) return { ok: false, file, lines: [bad] };
  }
  const result = parseScenario(text, { file, overrides: overrides.map((o) => `${o.path}=${o.value}`) });
  if (!result.ok) return { ok: false, file, lines: result.errors.map(formatError) };
  return { ok: true, file, scenario: result.scenario, warnings: [...result.warnings, ...lintScenario(result.scenario, file, text)] };
}

/**
 * A .json file must be JSON: YAML would quietly accept a trailing comma or a
 * comment that every other JSON reader refuses. Located at V8's position.
 */
function jsonProblem(text: string, file: string): string | null {
  try {
    JSON.parse(text);
    return null;
  } catch (e) {
    const message = (e as Error).message;
    const at = /position (\d+)/.exec(message);
    let offset = at ? Number(at[1]) : text.length;
    const why = message.replace(/^JSON\.parse: /, '').replace(/ in JSON at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)$/, '');
    // A comma right before the bad } or ]: point at the comma.
    const trailing = /,\s*$/.exec(text.slice(0, offset));
    const comma = trailing && /^[}\]]/.test(text.slice(offset)) ? ' (a trailing comma: JSON allows none before } or ])' : '';
    if (comma) offset = trailing!.index;
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    return `${file}:${line}:${column}: JSON syntax: ${why}${comma}; the file ends in .json, so it is read as JSON (rename it .yaml to write YAML)`;
  }
}

export function printWarnings(io: CliIO, warnings: readonly ScenarioError[]): void {
  for (const w of warnings) io.err(`${formatError(w)} (warning)\n`);
}

/** Load every file, or throw one InputError listing all their problems. */
export function loadAll(io: CliIO, files: readonly string[], overrides: Override[] = []) {
  const loaded = files.map((f) => loadScenarioFile(f, overrides));
  const lines = loaded.flatMap((l) => (l.ok ? [] : l.lines));
  if (lines.length > 0) throw new InputError(lines);
  return loaded.map((l) => {
    if (!l.ok) throw new Error('unreachable');
    printWarnings(io, l.warnings);
    return { file: l.file, scenario: l.scenario };
  });
}
