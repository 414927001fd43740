import type { CliIO } from './io.ts';

/** One subcommand: its help and what it does. Returns the exit code. */
export interface Command {
  name: string;
  /** The usage line(s), e.g. "coalesce validate FILE...". */
  usage: string;
  /** What it does, its options and examples (printed after the usage). */
  help: string;
  run(argv: string[], io: CliIO): Promise<number>;
}
