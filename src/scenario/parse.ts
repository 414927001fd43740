// parseScenario: scenario text (YAML or JSON) to a validated Scenario or a
// list of located errors. Never throws, for any string, in bounded time.

import { Checker, fmt } from './errors.ts';
import { parseYamlText, textLocator } from './from-yaml.ts';
import { INPUT_LIMITS } from './limits.ts';
import { applyOverrides } from './overrides.ts';
import type { ParseResult } from './types.ts';
import { finish } from './validate.ts';

export interface ParseOptions {
  /** Shown in error locations; default "<scenario>". */
  file?: string;
  /** `--set PATH=VALUE` strings, applied before validation. */
  overrides?: string[];
}

export function parseScenario(text: string, opts: ParseOptions = {}): ParseResult {
  const file = opts.file ?? '<scenario>';
  try {
    return parseUnsafe(text, file, opts.overrides ?? []);
  } catch (e) {
    // A bug, not a user error; still a located message rather than a crash.
    const why = e instanceof Error ? e.message : String(e);
    return { ok: false, errors: [{ file, line: 1, column: 1, path: '', message: `internal error while reading the scenario (please report): ${why.slice(0, 200)}` }] };
  }
}

function parseUnsafe(text: string, file: string, overrides: readonly string[]): ParseResult {
  const c = new Checker();
  if (typeof text !== 'string') {
    c.error({ file, line: 1, column: 1 }, '', `expected scenario text, found a value of type ${typeof text}`);
    return { ok: false, errors: c.finalErrors() };
  }
  if (text.length > INPUT_LIMITS.maxChars) {
    c.error({ file, line: 1, column: 1 }, '', `refused: the text has ${fmt(text.length)} characters; scenario files are limited to ${fmt(INPUT_LIMITS.maxChars)} (${INPUT_LIMITS.maxChars / 1024} KiB)`);
    return { ok: false, errors: c.finalErrors() };
  }
  const parsed = parseYamlText(text, textLocator(text, file));
  c.addAll(parsed.errors, parsed.warnings);
  if (c.errors.length > 0) return { ok: false, errors: c.finalErrors() };
  if (!parsed.tree && overrides.length === 0) {
    const what = text.trim() === '' ? 'empty' : 'only comments';
    c.error({ file, line: 1, column: 1 }, '', `the file is ${what}; a scenario needs at least "schemaVersion: 1"`);
    return { ok: false, errors: c.finalErrors() };
  }
  // A bad override is reported and skipped; the rest is still checked so
  // that one run lists every problem.
  const tree = applyOverrides(c, parsed.tree, overrides);
  if (!tree) return { ok: false, errors: c.finalErrors() };
  return finish(c, tree);
}
