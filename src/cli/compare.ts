import type { RunResult } from '../model/indicators.ts';
import type { ReplicationJob } from '../pool/index.ts';
import { compareScenarios } from '../stats/index.ts';
import { choiceOption, intOption, paramRange, parseCommandArgs } from './args.ts';
import { EXIT, UsageError } from './errors.ts';
import { formatCSV, formatJSON, formatTable, labelFor, type CompareMeta } from './format-compare.ts';
import { loadAll } from './load.ts';
import { replicate } from './replicate.ts';
import { MAX_WORKERS } from './run.ts';
import type { Command } from './command.ts';

export const command: Command = {
  name: 'compare',
  usage:
    'coalesce compare FILE FILE... [--runs R] [--seed S] [--week W] [--workers K] [--format table|json|csv]',
  help: `Compare scenarios under common random numbers: every scenario runs the
same seed and run indices 0..R-1, so run i of one scenario is paired with run i
of the first (the baseline). Per indicator, grouped by challenge (C1..C5):
each scenario's mean and 95% t-interval at week W, its paired difference from
the first scenario with a 95% t-interval, and the effect size d_z (mean
difference / sd of the differences); then when runs reached coalescing and
maturing.

Options:
  --runs R          replications per scenario (default: the first file's replicates)
  --seed S          seed shared by all scenarios (default: the first file's seed)
  --week W          week to compare (default: the horizon, or the shortest one)
  --workers K       worker threads (default: available cores)
  --format F        table (default), json (the full comparison, including the
                    phase-timing distributions) or csv (one row per indicator
                    and scenario)

Example:
  coalesce compare scenarios/steady-rhythm.yaml scenarios/matchmaker.yaml --runs 30`,
  async run(argv, io) {
    const args = parseCommandArgs('compare', argv, {
      runs: { type: 'string' },
      seed: { type: 'string' },
      week: { type: 'string' },
      workers: { type: 'string' },
      format: { type: 'string' },
    });
    const files = args.positionals;
    if (files.length < 2) throw new UsageError('give at least two FILEs to compare', 'compare');
    const seedOpt = intOption('compare', args, 'seed', ...paramRange('seed'));
    const runsOpt = intOption('compare', args, 'runs', ...paramRange('replicates'));
    const weekOpt = intOption('compare', args, 'week', 0, paramRange('horizon')[1]);
    const workers = intOption('compare', args, 'workers', 1, MAX_WORKERS);
    const format = choiceOption('compare', args, 'format', ['table', 'json', 'csv'] as const, 'table');

    const loaded = loadAll(io, files);
    const horizon = Math.min(...loaded.map((l) => l.scenario.horizon));
    if (weekOpt !== undefined && weekOpt > horizon) {
      const short = loaded.find((l) => l.scenario.horizon === horizon)!;
      throw new UsageError(`--week ${weekOpt} is past the horizon of ${short.file} (${horizon} weeks)`, 'compare');
    }
    if (weekOpt === undefined && loaded.some((l) => l.scenario.horizon !== horizon)) {
      io.err(`compare: horizons differ; comparing at week ${horizon}, the shortest\n`);
    }
    const week = weekOpt ?? horizon;
    const seed = seedOpt ?? loaded[0].scenario.seed;
    const runs = runsOpt ?? loaded[0].scenario.replicates;

    const jobs: ReplicationJob[] = loaded.flatMap(({ scenario }, tag) =>
      Array.from({ length: runs }, (_, runIndex) => ({ scenario, seed, runIndex, tag })),
    );
    const flat = await replicate(io, jobs, {
      workers,
      label: 'compare',
      fileOf: (job) => files[job.tag ?? 0],
    });
    const results: RunResult[][] = loaded.map((_, s) => flat.filter((_, j) => jobs[j].tag === s));
    const table = compareScenarios(results, week, 0);
    const meta: CompareMeta = {
      seed,
      scenarios: loaded.map((l, i) => ({ label: labelFor(i), file: l.file, name: l.scenario.name })),
    };
    const text = format === 'json' ? formatJSON(table, meta) : format === 'csv' ? formatCSV(table, meta) : formatTable(table, meta);
    io.out(text);
    return EXIT.ok;
  },
};
