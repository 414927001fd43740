// --resume and merge for grids of runs. The metadata record, written when a
// part starts and again when it ends, says which grid wrote the part (a
// signature of everything that decides its bytes) and whether it is
// complete. Rows are written job by job, in job order; a job's rows share
// its key (the point's values and runIndex), so the jobs of a file can be
// told apart by reading it, whatever their number of rows.

import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { InputError } from './errors.ts';
import { canonicalJSON } from './provenance.ts';

/** What decides a grid's rows, except the shard: the parts of one grid share it. */
export interface GridSpec {
  coalesce: string;
  command: string;
  /** The sweep's --vary/--set/--alt or the experiment's definition. */
  definition: Record<string, unknown>;
  columns: string[];
  seed: number | null;
  runs: number;
  format: string;
  header: boolean;
  /** Columns whose values together tell one job's rows from the next job's. */
  keyColumns: string[];
  /** Jobs in the whole grid (points × runs). */
  jobs: number;
}

/** The record beside a part (part-3.meta.json). */
export interface SweepMeta {
  complete: boolean;
  shard: string;
  signature: string;
  sweep: GridSpec;
  [key: string]: unknown;
}

export function sweepSignature(spec: GridSpec): string {
  return createHash('sha256').update(canonicalJSON(spec)).digest('hex').slice(0, 16);
}

export function readMeta(path: string): SweepMeta | null {
  if (!existsSync(path)) return null;
  try {
    const m = JSON.parse(readFileSync(path, 'utf8')) as SweepMeta;
    return typeof m.signature === 'string' && typeof m.shard === 'string' && m.sweep ? m : null;
  } catch {
    return null;
  }
}

/** A row's job key: its first n CSV fields (plain values: no quotes or commas), or JSONL fields. */
export function keyReader(spec: GridSpec): (line: string) => string {
  const n = spec.keyColumns.length;
  if (spec.format === 'csv') {
    return (line) => {
      let at = -1;
      for (let i = 0; i < n && at < line.length; i++) {
        at = line.indexOf(',', at + 1);
        if (at < 0) at = line.length;
      }
      return line.slice(0, at);
    };
  }
  return (line) => {
    try {
      const o = JSON.parse(line) as Record<string, unknown>;
      return JSON.stringify(spec.keyColumns.map((c) => o[c]));
    } catch {
      return `\u0000torn:${line}`;
    }
  };
}

/** The lines of a text, each with the byte offset just past its newline; a torn end is left out. */
function wholeLines(text: string): { line: string; end: number }[] {
  const out: { line: string; end: number }[] = [];
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', start)) {
    out.push({ line: text.slice(start, i), end: i + 1 });
    start = i + 1;
  }
  return out;
}

/** Consecutive rows with the same key: one group per job, in order. */
export function groupJobs(lines: readonly string[], keyOf: (line: string) => string): string[][] {
  const groups: string[][] = [];
  let last: string | undefined;
  for (const line of lines) {
    const k = keyOf(line);
    if (k !== last || groups.length === 0) groups.push([]);
    groups[groups.length - 1].push(line);
    last = k;
  }
  return groups;
}

/**
 * Whole jobs at the start of a partial file and where they end (bytes). The
 * last job found is left out too: it may have been cut short.
 */
export function completedJobs(text: string, headerLines: number, keyOf: (line: string) => string): { jobs: number; bytes: number } {
  const lines = wholeLines(text);
  if (lines.length < headerLines) return { jobs: 0, bytes: -1 };
  const body = lines.slice(headerLines);
  const groups = groupJobs(body.map((l) => l.line), keyOf);
  const jobs = Math.max(0, groups.length - 1);
  const rows = groups.slice(0, jobs).reduce((n, g) => n + g.length, 0);
  const bytes = headerLines + rows > 0 ? lines[headerLines + rows - 1].end : 0;
  return { jobs, bytes };
}

export type ResumePlan =
  | { kind: 'fresh' }
  | { kind: 'done' }
  | { kind: 'resume'; jobs: number; bytes: number };

/** What a --resume run of this part should do; refuses a file another grid wrote. */
export function planResume(outPath: string, metaPath: string, current: SweepMeta, header: string): ResumePlan {
  const spec = current.sweep;
  const found = readMeta(metaPath);
  // The same grid and the same shard, or it is another task's file.
  const meta = found && found.signature === current.signature && found.shard === current.shard ? found : null;
  const signature = current.signature;
  const partial = `${outPath}.partial`;
  const foreign = (what: string) =>
    new InputError([`${what} was not written by this ${spec.command} (its ${metaPath} ${found ? 'describes another grid or shard' : 'is missing'}); remove it, or drop --resume to overwrite it`]);
  if (existsSync(outPath)) {
    if (!meta || meta.signature !== signature) throw foreign(outPath);
    if (meta.complete) return { kind: 'done' };
  }
  if (!existsSync(partial)) return { kind: 'fresh' };
  if (!meta || meta.signature !== signature) throw foreign(partial);
  const text = readFileSync(partial, 'utf8');
  if (!text.startsWith(header)) return { kind: 'fresh' };
  const done = completedJobs(text, header === '' ? 0 : header.split('\n').length - 1, keyReader(spec));
  return done.bytes < 0 ? { kind: 'fresh' } : { kind: 'resume', ...done };
}
