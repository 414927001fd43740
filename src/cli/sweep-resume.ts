// --resume for sharded sweeps: a rerun of a killed or failed task picks up
// where it stopped. The metadata record, written when a part starts and again
// when it ends, says which sweep wrote the part (a signature of everything
// that decides its bytes) and whether it is complete; the rows of a
// .partial file are always whole jobs in job order, plus at most a torn end.

import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { InputError } from './errors.ts';
import { canonicalJSON } from './provenance.ts';

/** What decides a sweep's rows, except the shard: parts of one sweep share it. */
export interface SweepSpec {
  coalesce: string;
  baseScenarioHash: string;
  sets: { path: string; value: string }[];
  alts: Record<string, string>;
  vary: Record<string, string[]>;
  seed: number | null;
  runs: number;
  summary: boolean;
  format: string;
  header: boolean;
  /** Rows each job writes, per grid point (1 with --summary, else horizon + 1). */
  rowsPerPoint: number[];
}

/** The record beside a sweep part (part-3.meta.json). */
export interface SweepMeta {
  complete: boolean;
  shard: string;
  signature: string;
  sweep: SweepSpec;
  [key: string]: unknown;
}

export function sweepSignature(spec: SweepSpec): string {
  return createHash('sha256').update(canonicalJSON(spec)).digest('hex').slice(0, 16);
}

export function readMeta(path: string): SweepMeta | null {
  if (!existsSync(path)) return null;
  try {
    const m = JSON.parse(readFileSync(path, 'utf8')) as SweepMeta;
    return typeof m.signature === 'string' && typeof m.shard === 'string' ? m : null;
  } catch {
    return null;
  }
}

/**
 * How many whole jobs a partial file holds, and where they end (bytes). A
 * torn last line or job is left out; `headerLines` come first.
 */
export function completedJobs(text: string, headerLines: number, rowsPerJob: readonly number[]): { jobs: number; bytes: number } {
  const ends: number[] = [];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) ends.push(i + 1);
  if (ends.length < headerLines) return { jobs: 0, bytes: -1 };
  let line = headerLines;
  let bytes = headerLines > 0 ? ends[headerLines - 1] : 0;
  let jobs = 0;
  for (const rows of rowsPerJob) {
    if (line + rows > ends.length) break;
    line += rows;
    bytes = ends[line - 1];
    jobs++;
  }
  return { jobs, bytes };
}

export type ResumePlan =
  | { kind: 'fresh' }
  | { kind: 'done' }
  | { kind: 'resume'; jobs: number; bytes: number };

/** What a --resume run of this part should do; refuses a file another sweep wrote. */
export function planResume(
  outPath: string,
  metaPath: string,
  signature: string,
  headerLines: number,
  rowsPerJob: readonly number[],
  expectedHeader: string,
): ResumePlan {
  const meta = readMeta(metaPath);
  const partial = `${outPath}.partial`;
  const foreign = (what: string) =>
    new InputError([`${what} was not written by this sweep (its ${metaPath} ${meta ? 'describes another sweep or shard' : 'is missing'}); remove it, or drop --resume to overwrite it`]);
  if (existsSync(outPath)) {
    if (!meta || meta.signature !== signature) throw foreign(outPath);
    if (meta.complete) return { kind: 'done' };
  }
  if (!existsSync(partial)) return { kind: 'fresh' };
  if (!meta || meta.signature !== signature) throw foreign(partial);
  const text = readFileSync(partial, 'utf8');
  if (headerLines > 0 && !text.startsWith(expectedHeader)) return { kind: 'fresh' };
  const done = completedJobs(text, headerLines, rowsPerJob);
  return done.bytes < 0 ? { kind: 'fresh' } : { kind: 'resume', ...done };
}
