// A batch on its way through a worker: its outcomes as they stream in (the
// worker posts each job's outcome as soon as it finishes, see
// workers/replication.worker.ts), and the hang deadline that each of them
// re-arms, so that a hung job is noticed timeoutMs after its worker's last
// finished job, however long the batch.

import type { WireChunk, WireOutcome } from './wire.ts';

/** A job waiting for a worker (index into the run's jobs). */
export interface Pending {
  index: number;
  attempt: number;
  /** Run alone: it is retried, or suspected of killing a batch's worker. */
  solo: boolean;
}

export type Race =
  | { kind: 'done' }
  | { kind: 'dead'; message: string }
  | { kind: 'timeout'; message: string }
  /** The caller's own callback threw while taking an outcome: the run rejects with it. */
  | { kind: 'error'; error: unknown }
  | { kind: 'aborted' };

export class SentBatch {
  readonly sentAt = performance.now();
  /** When the last outcome came in: the worker's last sign of progress (0: none yet). */
  lastSign = 0;
  private readonly outcomes: (WireOutcome | undefined)[];
  private received = 0;
  /** Outcomes arriving after this are ignored: the batch was given up and its jobs put back in line. */
  private dropped = false;
  private settle!: (r: Race) => void;
  /** Settles when every outcome is in, or with the call's failure. */
  readonly settled = new Promise<Race>((resolve) => (this.settle = resolve));

  constructor(
    readonly id: number,
    readonly jobs: Pending[],
    /** Called once per job, as its outcome arrives (in any order across chunks). */
    private readonly onOutcome: (p: Pending, o: WireOutcome) => void,
  ) {
    this.outcomes = new Array(jobs.length);
  }

  deliver(chunk: WireChunk): void {
    if (this.dropped) return;
    this.lastSign = performance.now();
    chunk.outcomes.forEach((o, i) => {
      const k = chunk.first + i;
      if (this.outcomes[k]) return;
      this.outcomes[k] = o;
      this.received++;
      // Called from a message event: a throw here would be nobody's to catch.
      try {
        this.onOutcome(this.jobs[k], o);
      } catch (error) {
        this.settle({ kind: 'error', error });
      }
    });
    if (this.received === this.jobs.length) this.settle({ kind: 'done' });
  }

  /** The call failed (its worker died, or a reply could not be decoded). */
  fail(message: string): void {
    this.settle({ kind: 'dead', message });
  }

  /** Give the batch up: ignore what may still arrive; return the jobs without an outcome, in order. */
  drop(): Pending[] {
    this.dropped = true;
    return this.jobs.filter((_, k) => !this.outcomes[k]);
  }

  /**
   * Settles with a timeout when no outcome has come in for `ms`, counted from
   * now or from the last outcome, whichever is later. One timer, pushed back
   * when it finds progress, rather than one timer per job.
   */
  deadline(ms: number): { expired: Promise<Race>; cancel(): void } {
    const armedAt = performance.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const expired = new Promise<Race>((resolve) => {
      const check = () => {
        const quiet = performance.now() - Math.max(armedAt, this.lastSign);
        if (quiet >= ms) resolve({ kind: 'timeout', message: `timed out after ${ms} ms` });
        else timer = setTimeout(check, ms - quiet);
      };
      timer = setTimeout(check, ms);
    });
    return { expired, cancel: () => clearTimeout(timer) };
  }
}
