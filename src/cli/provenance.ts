// Provenance of every output: what produced it (version, commit, Node, time,
// command line) and which scenario ran (name, short hash, seed), so files
// concatenated from many runs and machines never mix up their rows.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Scenario } from '../scenario/types.ts';
import { InputError } from './errors.ts';

/** The repository (or installed package) holding package.json; the bundle, elsewhere, sets it. */
let ROOT = fileURLToPath(new URL('../..', import.meta.url));

export function setPackageRoot(dir: string): void {
  ROOT = dir;
}

/** The package's folder (the repository, or where it is installed). */
export function packageRoot(): string {
  return ROOT;
}

export function version(): string {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

/** The checkout's commit, with `dirty` when src/ or scenarios/ differ from it; null outside git. */
function gitCommit(): { commit: string; dirty: boolean } | null {
  const git = (...args: string[]) => spawnSync('git', ['-C', ROOT, ...args], { encoding: 'utf8', timeout: 5000 });
  const head = git('rev-parse', 'HEAD');
  if (head.status !== 0 || !/^[0-9a-f]{40}$/.test(head.stdout.trim())) return null;
  const status = git('status', '--porcelain', '--untracked-files=no', '--', 'src', 'scenarios', 'package.json');
  return { commit: head.stdout.trim(), dirty: status.status === 0 && status.stdout.trim() !== '' };
}

/** A word a POSIX shell reads back as itself. */
function shellWord(s: string): string {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replaceAll("'", `'\\''`)}'`;
}

export function commandLine(command: string, argv: readonly string[]): string {
  return ['coalesce', command, ...argv].map(shellWord).join(' ');
}

/**
 * UTC time of the run. SOURCE_DATE_EPOCH (seconds, the reproducible-builds
 * convention) fixes it, for byte-identical JSON across reruns.
 */
function utcTime(): string {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  const ms = epoch !== undefined && /^\d+$/.test(epoch) ? Number(epoch) * 1000 : Date.now();
  return new Date(ms).toISOString();
}

export interface Provenance {
  coalesce: string;
  /** Git commit of the checkout that ran, or null (an installed copy). */
  commit: string | null;
  /** True when src/, scenarios/ or package.json had uncommitted changes. */
  dirty: boolean;
  node: string;
  time: string;
  command: string;
}

export function provenance(command: string, argv: readonly string[]): Provenance {
  const git = gitCommit();
  return {
    coalesce: version(),
    commit: git?.commit ?? null,
    dirty: git?.dirty ?? false,
    node: process.version,
    time: utcTime(),
    command: commandLine(command, argv),
  };
}

/** JSON with object keys sorted at every level: the same value gives the same text. */
export function canonicalJSON(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/**
 * First 12 hex digits of the SHA-256 of the resolved scenario, without its
 * seed and replicates: they do not change what one run does (the seed has
 * its own column), so the runs of one scenario share a hash whatever the seed.
 */
export function scenarioHash(scenario: Scenario): string {
  const { seed: _seed, replicates: _replicates, ...rest } = scenario;
  return createHash('sha256').update(canonicalJSON(rest)).digest('hex').slice(0, 12);
}

/** The columns every data row carries, after its own. */
export const PROVENANCE_COLUMNS = ['seed', 'scenario', 'scenarioHash'] as const;

export interface RowProvenance {
  seed: number;
  scenario: string;
  scenarioHash: string;
}

export function rowProvenance(scenario: Scenario, seed: number): RowProvenance {
  return { seed, scenario: scenario.name, scenarioHash: scenarioHash(scenario) };
}

/** runs.csv -> runs.meta.json (the extension, if any, replaced). */
export function metaPathFor(out: string): string {
  const m = /^(.*[^/])\.[A-Za-z0-9]+$/.exec(out);
  return `${m ? m[1] : out}.meta.json`;
}

export function writeMeta(path: string, record: object): void {
  try {
    writeFileSync(path, `${JSON.stringify(record, null, 1)}\n`);
  } catch (e) {
    throw new InputError([`${path}: cannot write: ${(e as Error).message}`]);
  }
}
