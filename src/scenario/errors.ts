// Collecting and formatting scenario problems.

import { INPUT_LIMITS } from './limits.ts';
import type { Loc } from './tree.ts';
import type { ScenarioError } from './types.ts';

/** `FILE:LINE:COL: path: message`, always one line. */
export function formatError(e: ScenarioError): string {
  const where = `${e.file}:${e.line}:${e.column}`;
  const msg = `${e.path ? e.path + ': ' : ''}${e.message}`.replace(/[\r\n]+/g, ' ');
  return `${where}: ${msg}`;
}

/** Collects errors and warnings; past maxErrors it only counts them. */
export class Checker {
  readonly errors: ScenarioError[] = [];
  readonly warnings: ScenarioError[] = [];
  private suppressed = 0;
  private lastLoc: Loc | undefined;

  get full(): boolean {
    return this.errors.length >= INPUT_LIMITS.maxErrors;
  }

  error(loc: Loc, path: string, message: string): void {
    if (this.full) {
      this.suppressed++;
      this.lastLoc = loc;
      return;
    }
    this.errors.push({ file: loc.file, line: loc.line, column: loc.column, path, message });
  }

  warn(loc: Loc, path: string, message: string): void {
    if (this.warnings.length < INPUT_LIMITS.maxErrors) {
      this.warnings.push({ file: loc.file, line: loc.line, column: loc.column, path, message });
    }
  }

  /** Adds already-located problems (from the YAML layer). */
  addAll(errors: readonly ScenarioError[], warnings: readonly ScenarioError[] = []): void {
    for (const e of errors) this.error(e, e.path, e.message);
    for (const w of warnings) this.warn(w, w.path, w.message);
  }

  /** The errors, with one closing line when some were not listed. */
  finalErrors(): ScenarioError[] {
    // In reading order: the file first, then --set overrides.
    const files = [...new Set(this.errors.map((e) => e.file))];
    const sorted = this.errors
      .map((e, i) => ({ e, i }))
      .sort((a, b) => files.indexOf(a.e.file) - files.indexOf(b.e.file) || a.e.line - b.e.line || a.e.column - b.e.column || a.i - b.i)
      .map((x) => x.e);
    if (this.suppressed === 0 || !this.lastLoc) return sorted;
    const l = this.lastLoc;
    return [
      ...sorted,
      { file: l.file, line: l.line, column: l.column, path: '', message: `... and ${this.suppressed} more problem${this.suppressed === 1 ? '' : 's'} not listed` },
    ];
  }
}

/** 10000 -> "10,000"; other numbers as JavaScript prints them. */
export function fmt(x: number): string {
  if (Number.isInteger(x) && Math.abs(x) >= 10_000) return x.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return String(x);
}
