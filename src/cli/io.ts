// Where a command writes. Data goes to `out` (stdout or --out), everything
// else to `err`, so `coalesce run x > data.json` captures data only. Tests
// pass their own CliIO to run commands in-process.

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** Whether stderr is a terminal (progress lines only then). */
  errIsTTY: boolean;
  /** Replace the current progress line on stderr ('' clears it). */
  progress(line: string): void;
  /** Aborted on Ctrl-C. */
  signal?: AbortSignal;
}

export function nodeIO(signal?: AbortSignal): CliIO {
  const errIsTTY = Boolean(process.stderr.isTTY);
  let shown = false;
  let last = 0;
  return {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    errIsTTY,
    progress(line) {
      if (!errIsTTY) return;
      if (line === '' && !shown) return;
      // At most ten updates a second: a terminal redraw per run would slow big batches.
      const now = Date.now();
      if (line !== '' && now - last < 100) return;
      last = now;
      process.stderr.write(`\r\x1b[2K${line}`);
      shown = line !== '';
    },
    signal,
  };
}

/** An in-memory CliIO for tests. */
export function memoryIO(): CliIO & { stdout: () => string; stderr: () => string } {
  let stdout = '';
  let stderr = '';
  return {
    out: (t) => void (stdout += t),
    err: (t) => void (stderr += t),
    errIsTTY: false,
    progress: () => {},
    stdout: () => stdout,
    stderr: () => stderr,
  };
}
