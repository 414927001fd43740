import { parseCommandArgs } from './args.ts';
import { readFileSync } from 'node:fs';
import { EXIT, InputError, UsageError } from './errors.ts';
import { loadExperiment, printExperimentWarnings, summarise } from './experiment.ts';
import { looksLikeExperiment } from './experiment-file.ts';
import { loadScenarioFile, printWarnings } from './load.ts';
import type { Command } from './command.ts';

function isExperimentFile(file: string): boolean {
  if (!/\.ya?ml$/i.test(file)) return false;
  try {
    return looksLikeExperiment(readFileSync(file, 'utf8'));
  } catch {
    return false;
  }
}

export const command: Command = {
  name: 'validate',
  usage: 'coalesce validate FILE...',
  help: `Check scenario and experiment files without running them. Prints "FILE: ok" per valid
file on stdout; otherwise one "FILE:LINE:COL: path: message" line per problem
on stderr and exits 1. Warnings are printed but do not fail a file. An experiment file (one with
factors: and scenario:) is checked with every point of its design.

Example:
  coalesce validate scenarios/*.yaml`,
  async run(argv, io) {
    const args = parseCommandArgs('validate', argv, {});
    if (args.positionals.length === 0) throw new UsageError('give at least one FILE', 'validate');
    let failed = false;
    for (const file of args.positionals) {
      if (isExperimentFile(file)) {
        try {
          const l = loadExperiment(file);
          printExperimentWarnings(io, l);
          io.out(`${file}: ok (experiment ${summarise(l, l.experiment.replications ?? l.base.replicates)})\n`);
        } catch (e) {
          if (!(e instanceof InputError)) throw e;
          failed = true;
          for (const line of e.lines) io.err(`${line}\n`);
        }
        continue;
      }
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
