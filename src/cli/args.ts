// Argument parsing on node:util parseArgs, turning its errors into one-line
// usage errors (exit 2) and checking numbers before any work starts.

import { parseArgs } from 'node:util';
import { PARAMS } from '../scenario/params.ts';
import { UsageError } from './errors.ts';
import { didYouMean } from './suggest.ts';

export type OptionSpec = Record<
  string,
  { type: 'string' | 'boolean'; short?: string; multiple?: boolean }
>;

export interface ParsedArgs {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

/** True when --help or -h appears before a `--` terminator. */
export function wantsHelp(argv: readonly string[]): boolean {
  for (const a of argv) {
    if (a === '--') return false;
    if (a === '--help' || a === '-h') return true;
  }
  return false;
}

export function parseCommandArgs(command: string, argv: string[], options: OptionSpec): ParsedArgs {
  const all: OptionSpec = { ...options, help: { type: 'boolean', short: 'h' } };
  try {
    const { values, positionals } = parseArgs({ args: argv, options: all, allowPositionals: true, strict: true });
    return { values: values as ParsedArgs['values'], positionals };
  } catch (e) {
    throw new UsageError(describeParseError(e, all), command);
  }
}

function describeParseError(e: unknown, options: OptionSpec): string {
  const err = e as { code?: string; message?: string };
  const message = String(err.message ?? e);
  const flag = /'(-[^' ]+)/.exec(message)?.[1] ?? '';
  const names = Object.keys(options).map((n) => `--${n}`);
  switch (err.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${flag}${didYouMean(flag.split('=')[0], names)}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (/does not take an argument/.test(message)) return `option ${flag} takes no value`;
      return `option ${flag} needs a value`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unexpected argument ${flag || message}`;
    default:
      return message.split('\n')[0];
  }
}

export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const v = args.values[name];
  return typeof v === 'string' ? v : undefined;
}

export function listOption(args: ParsedArgs, name: string): string[] {
  const v = args.values[name];
  return Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
}

/** A whole number in [min, max] given as digits, or undefined when absent. */
export function intOption(
  command: string,
  args: ParsedArgs,
  name: string,
  min: number,
  max: number,
): number | undefined {
  const raw = stringOption(args, name);
  if (raw === undefined) return undefined;
  const n = /^\s*\d+\s*$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new UsageError(`--${name}: expected a whole number from ${min} to ${max}, found '${raw}'`, command);
  }
  return n;
}

/** Range of a declared scenario value (seed, replicates, horizon) for checking flags. */
export function paramRange(path: string): [number, number] {
  const spec = PARAMS.find((p) => p.path === path);
  if (!spec) throw new Error(`no parameter ${path} in params.ts`);
  return [spec.min, spec.max];
}

export function choiceOption<T extends string>(
  command: string,
  args: ParsedArgs,
  name: string,
  choices: readonly T[],
  fallback: T,
): T {
  const raw = stringOption(args, name);
  if (raw === undefined) return fallback;
  if (!(choices as readonly string[]).includes(raw)) {
    throw new UsageError(`--${name}: expected one of ${choices.join(', ')}, found '${raw}'`, command);
  }
  return raw as T;
}

/** --set PATH=VALUE entries, split at the first '='. */
export function setOptions(command: string, args: ParsedArgs): { path: string; value: string }[] {
  return listOption(args, 'set').map((entry) => {
    const eq = entry.indexOf('=');
    if (eq <= 0) throw new UsageError(`--set: expected PATH=VALUE, found '${entry}'`, command);
    return { path: entry.slice(0, eq).trim(), value: entry.slice(eq + 1) };
  });
}
