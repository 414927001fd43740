// Exit codes and the two kinds of user error. Anything else that escapes a
// command is an internal error: one line, "please report", exit 70.

export const EXIT = {
  ok: 0,
  /** Invalid input: a bad scenario file or --set value. */
  input: 1,
  /** Usage error: unknown command or option, missing value, bad number. */
  usage: 2,
  /** Internal error (EX_SOFTWARE of sysexits.h). */
  internal: 70,
  /** Interrupted by Ctrl-C (128 + SIGINT). */
  interrupted: 130,
} as const;

/** Wrong command line. The message is one line; `command` points to its --help. */
export class UsageError extends Error {
  constructor(message: string, readonly command?: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Bad input files; `lines` are ready to print (FILE:LINE:COL: message). */
export class InputError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
    this.name = 'InputError';
  }
}
