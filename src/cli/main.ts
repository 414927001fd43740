// The `coalesce` command line. Commands load lazily, so `--help` and
// `presets` start without loading the model.

import { wantsHelp } from './args.ts';
import type { Command } from './command.ts';
import { EXIT, InputError, UsageError } from './errors.ts';
import { nodeIO, type CliIO } from './io.ts';
import { version } from './provenance.ts';
import { didYouMean } from './suggest.ts';

interface CommandEntry {
  summary: string;
  load: () => Promise<{ command: Command }>;
}

// Adding a command is one line here plus its module exporting `command`.
export const COMMANDS: Record<string, CommandEntry> = {
  presets: { summary: 'list the built-in strategies', load: () => import('./presets.ts') },
  validate: { summary: 'check scenario and experiment files', load: () => import('./validate.ts') },
  run: { summary: 'run replications of a scenario (JSON, CSV or JSONL)', load: () => import('./run.ts') },
  compare: { summary: 'compare scenarios under common random numbers', load: () => import('./compare.ts') },
  sweep: { summary: 'run a parameter grid × replications, shardable across machines', load: () => import('./sweep.ts') },
  experiment: { summary: 'run a stored experiment file (factors, design, what to record)', load: () => import('./experiment.ts') },
  sensitivity: { summary: 'rank which parameters matter (Morris screening; SALib export)', load: () => import('./sensitivity.ts') },
  room: { summary: 'serve a workshop room: the app and live answers from the participants\' phones', load: () => import('./room.ts') },
  merge: { summary: 'join the parts of a sharded sweep or experiment, checking every shard is there', load: () => import('./merge.ts') },
};

const EXIT_HELP = `Exit codes:
  0   success
  1   invalid input (a bad scenario file or --set value; FILE:LINE:COL lines on stderr)
  2   usage error (unknown command or option, missing value, bad number)
  70  internal error (a bug: one line on stderr; please report it;
      COALESCE_DEBUG=1 adds the stack trace)
  130 interrupted (Ctrl-C)`;

function topHelp(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return `coalesce: simulate how a community of practice gets through its coalescing stage.

Usage: coalesce COMMAND [options]

Commands:
${lines.join('\n')}

Run 'coalesce COMMAND --help' for a command's options;
'coalesce --version' (-V) prints the version.
Data goes to stdout; messages and progress go to stderr.

${EXIT_HELP}
`;
}

function commandHelp(c: Command): string {
  return `Usage: ${c.usage}\n\n${c.help}\n\n${EXIT_HELP}\n`;
}

async function dispatch(argv: string[], io: CliIO): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.err(topHelp());
    return EXIT.usage;
  }
  if (first === '--help' || first === '-h') {
    io.out(topHelp());
    return EXIT.ok;
  }
  if (first === '--version' || first === '-V') {
    io.out(`${version()}\n`);
    return EXIT.ok;
  }
  if (first === 'help') {
    if (rest.length === 0) {
      io.out(topHelp());
      return EXIT.ok;
    }
    return dispatch([rest[0], '--help'], io);
  }
  const entry = Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
  if (!entry) {
    const what = first.startsWith('-') ? `unknown option ${first}` : `unknown command '${first}'`;
    throw new UsageError(`${what}${didYouMean(first, Object.keys(COMMANDS))}`);
  }
  const { command } = await entry.load();
  if (wantsHelp(rest)) {
    io.out(commandHelp(command));
    return EXIT.ok;
  }
  return command.run(rest, io);
}

/** Runs one command line and returns its exit code; never throws. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (e) {
    if (e instanceof UsageError) {
      const where = e.command ? `coalesce ${e.command}` : 'coalesce';
      io.err(`${where}: ${e.message}\nRun '${where} --help' for usage.\n`);
      return EXIT.usage;
    }
    if (e instanceof InputError) {
      io.err(e.lines.map((l) => `${l}\n`).join(''));
      return EXIT.input;
    }
    if (io.signal?.aborted) {
      io.err('coalesce: interrupted\n');
      return EXIT.interrupted;
    }
    const message = e instanceof Error ? e.message : String(e);
    io.err(`coalesce: internal error: ${message.split('\n')[0]}. Please report this bug with the command you ran.\n`);
    if (process.env.COALESCE_DEBUG) io.err(`${e instanceof Error ? e.stack : ''}\n`);
    return EXIT.internal;
  }
}

/** Entry for bin/coalesce.mjs: wires the process (Ctrl-C, broken pipes, exit code). */
export async function runCli(argv: string[]): Promise<void> {
  const controller = new AbortController();
  process.once('SIGINT', () => {
    controller.abort(new Error('interrupted'));
    process.once('SIGINT', () => process.exit(EXIT.interrupted));
  });
  // `coalesce run x | head` closes the pipe early: that is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(EXIT.ok);
    throw e;
  });
  process.exitCode = await main(argv, nodeIO(controller.signal));
}
