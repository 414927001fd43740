// Progress for batch jobs, whose stderr is a log file rather than a terminal:
// a plain line at every 10% and at least every 30 s (runs done, runs/s, time
// left). With --progress from the start; without it, only once a job has run
// for 30 s, so quick commands stay silent. A terminal gets the redrawn line.

import type { PoolProgress } from '../pool/index.ts';
import type { CliIO } from './io.ts';

export const PROGRESS_EVERY_MS = 30_000;

function duration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 90) return `${s} s`;
  const m = Math.round(s / 60);
  return m < 90 ? `${m} min` : `${Math.floor(m / 60)} h ${m % 60} min`;
}

export interface ProgressLog {
  /** Feed the pool's progress; prints a line when one is due. */
  update(p: PoolProgress): void;
}

/**
 * `forced`: --progress. `now`: the clock (tests pass their own). `skipped`:
 * runs already done before this process (--resume), counted in the total.
 */
export function progressLog(io: CliIO, label: string, forced: boolean, now: () => number = Date.now, skipped = 0): ProgressLog {
  const start = now();
  let lastAt = start;
  let lastTenth = -1;
  return {
    update({ done, total }) {
      const t = now();
      if (done === 0 || (!forced && t - start < PROGRESS_EVERY_MS)) return;
      const all = total + skipped;
      const finished = done + skipped;
      const tenth = Math.floor((finished / all) * 10);
      if (tenth <= lastTenth && t - lastAt < PROGRESS_EVERY_MS) return;
      lastTenth = tenth;
      lastAt = t;
      const elapsed = Math.max(1, t - start);
      const rate = (done / elapsed) * 1000;
      const left = duration(((total - done) / done) * elapsed);
      io.err(`${label}: ${finished}/${all} runs (${Math.floor((finished / all) * 100)}%), ${rate.toFixed(1)} runs/s, about ${left} left\n`);
    },
  };
}

/** The terminal's redrawn line or the plain log, whichever fits stderr. */
export function progressSink(io: CliIO, label: string, forced: boolean, tty: (p: PoolProgress) => string, skipped = 0): (p: PoolProgress) => void {
  if (io.errIsTTY && !forced) return (p) => io.progress(tty(p));
  const log = progressLog(io, label, forced, Date.now, skipped);
  return (p) => log.update(p);
}
