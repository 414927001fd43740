// Reading scenario files for the commands: file errors and parse errors
// become InputError lines (FILE:LINE:COL: ...), exit 1, never a stack trace.

import { readFileSync } from 'node:fs';
import { formatError, parseScenario } from '../scenario/index.ts';
import type { Scenario, ScenarioError } from '../scenario/types.ts';
import type { CliIO } from './io.ts';
import { InputError } from './errors.ts';

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
  const result = parseScenario(text, { file, overrides: overrides.map((o) => `${o.path}=${o.value}`) });
  if (!result.ok) return { ok: false, file, lines: result.errors.map(formatError) };
  return { ok: true, file, scenario: result.scenario, warnings: result.warnings };
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
