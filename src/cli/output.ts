// The data sink: stdout, or --out PATH written to PATH.partial and renamed at
// the end, so an interrupted run never leaves a file that looks complete.

import { closeSync, openSync, renameSync, rmSync, truncateSync, writeSync } from 'node:fs';
import type { CliIO } from './io.ts';
import { InputError } from './errors.ts';

export interface Sink {
  write(text: string): void;
  /** Finish: rename the file into place. */
  close(): void;
  /** Give up: remove the partial file, or with `keep` leave it for --resume. */
  abort(keep?: boolean): void;
}

/**
 * `resumeAt`: keep the first resumeAt bytes of an existing PATH.partial and
 * append after them (--resume); otherwise start it afresh.
 */
export function openSink(io: CliIO, outPath: string | undefined, resumeAt?: number): Sink {
  if (outPath === undefined) return { write: io.out, close() {}, abort() {} };
  const partial = `${outPath}.partial`;
  let fd: number;
  try {
    if (resumeAt !== undefined) truncateSync(partial, resumeAt);
    fd = openSync(partial, resumeAt !== undefined ? 'a' : 'w');
  } catch (e) {
    throw new InputError([`${outPath}: cannot write: ${(e as Error).message}`]);
  }
  let open = true;
  return {
    write: (text) => void writeSync(fd, text),
    close() {
      if (!open) return;
      open = false;
      closeSync(fd);
      renameSync(partial, outPath);
    },
    abort(keep = false) {
      if (!open) return;
      open = false;
      closeSync(fd);
      if (!keep) rmSync(partial, { force: true });
    },
  };
}
