// The data sink: stdout, or --out PATH written to PATH.partial and renamed at
// the end, so an interrupted run never leaves a file that looks complete.

import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import type { CliIO } from './io.ts';
import { InputError } from './errors.ts';

export interface Sink {
  write(text: string): void;
  /** Finish: rename the file into place. */
  close(): void;
  /** Give up: remove the partial file. */
  abort(): void;
}

export function openSink(io: CliIO, outPath: string | undefined): Sink {
  if (outPath === undefined) return { write: io.out, close() {}, abort() {} };
  const partial = `${outPath}.partial`;
  let fd: number;
  try {
    fd = openSync(partial, 'w');
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
    abort() {
      if (!open) return;
      open = false;
      closeSync(fd);
      rmSync(partial, { force: true });
    },
  };
}
