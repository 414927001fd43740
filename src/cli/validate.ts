import { parseCommandArgs } from './args.ts';
import { EXIT, UsageError } from './errors.ts';
import { loadScenarioFile, printWarnings } from './load.ts';
import type { Command } from './command.ts';

export const command: Command = {
  name: 'validate',
  usage: 'coalesce validate FILE...',
  help: `Check scenario files without running them. Prints "FILE: ok" per valid
file on stdout; otherwise one "FILE:LINE:COL: path: message" line per problem
on stderr and exits 1. Warnings are printed but do not fail a file.

Example:
  coalesce validate scenarios/*.yaml`,
  async run(argv, io) {
    const args = parseCommandArgs('validate', argv, {});
    if (args.positionals.length === 0) throw new UsageError('give at least one FILE', 'validate');
    let failed = false;
    for (const file of args.positionals) {
      const r = loadScenarioFile(file);
      if (!r.ok) {
        failed = true;
        for (const line of r.lines) io.err(`${line}\n`);
        continue;
      }
      printWarnings(io, r.warnings);
      const s = r.scenario;
      const strategy = s.strategy.preset ?? 'custom';
      io.out(`${file}: ok (${s.name}: ${s.population.size} members, ${s.horizon} weeks, ${strategy})\n`);
    }
    return failed ? EXIT.input : EXIT.ok;
  },
};
