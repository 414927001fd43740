import type { RunResult } from '../model/indicators.ts';
import type { ReplicationJob } from '../pool/index.ts';
import type { Scenario } from '../scenario/types.ts';
import { DEFAULT_WINDOW, compareScenarios } from '../stats/index.ts';
import { choiceOption, intOption, paramRange, parseCommandArgs, setOptions, stringOption } from './args.ts';
import { EXIT, UsageError } from './errors.ts';
import { formatCSV, formatJSON, formatJSONL, formatTable, labelFor, type CompareMeta } from './format-compare.ts';
import { loadAll } from './load.ts';
import { openSink } from './output.ts';
import { metaPathFor, provenance, scenarioHash, writeMeta } from './provenance.ts';
import { replicate } from './replicate.ts';
import { MAX_WORKERS } from './run.ts';
import type { Command } from './command.ts';

/** What makes run i of two scenarios incomparable member for member, or '' when nothing. */
export function populationDifference(a: Scenario, b: Scenario): string {
  if (a.population.size !== b.population.size) return `${a.population.size} vs ${b.population.size} members`;
  const orgs = (s: Scenario) => s.population.organisations.map((o) => `${o.id}:${o.share}`).join(', ');
  if (orgs(a) !== orgs(b)) return `organisations ${orgs(a) || '(none)'} vs ${orgs(b) || '(none)'}`;
  return '';
}

export const command: Command = {
  name: 'compare',
  usage:
    'coalesce compare FILE FILE... [--runs R] [--seed S] [--week W] [--workers K] [--progress] [--format table|json|csv|jsonl] [--window N] [--unpaired] [--set PATH=VALUE]... [--out PATH] [--meta PATH]',
  help: `Compare scenarios under common random numbers: every scenario runs the
same seed and run indices 0..R-1, so run i of one scenario is paired with run i
of the first (the baseline). Per indicator, grouped by challenge (C1..C5):
each scenario's mean and 95% interval at week W, its paired difference from
the first scenario with a 95% interval, the effect size d_z (mean difference
/ sd of the differences; blank when that sd is 0) and the p-value of the
paired t-test, Holm-adjusted over every difference in the table. '*' marks
a scenario that differs from the baseline at that adjusted 5% level. Then
the share of runs that reached coalescing and maturing by week W (Wilson
interval) and when.

Pairing needs the same population: files whose population sizes or
organisations differ are refused unless --unpaired compares independent
means (Welch's t, Cohen's d). Weekly flows (oneOnOnes, groupContacts) are
compared as their mean over the last --window weeks, not at one week, where
they are 0 unless a session falls on it. Shares get bootstrap percentile
intervals, which stay within 0..1; so does any indicator whose t-interval
would leave its range (docs/INDICATORS.md gives each one's kind and range).

Options:
  --runs R          replications per scenario (default: the first file's replicates)
  --seed S          seed shared by all scenarios (default: the first file's seed)
  --week W          week to compare (default: the horizon, or the shortest one)
  --window N        weeks over which weekly flows are averaged (default ${DEFAULT_WINDOW})
  --unpaired        compare independent means (needed when populations differ)
  --set PATH=VALUE  override one value in every file (repeatable)
  --workers K       worker threads (default: available cores)
  --progress        a plain progress line on stderr every 10% or 30 s (runs
                    done, runs/s, time left); automatic after 30 s when
                    stderr is not a terminal (a batch job's log)
  --format F        table (default), json (the full comparison, including the
                    phase-timing distributions and provenance), csv or jsonl
                    (one row per indicator and scenario)
  --out PATH        write to PATH instead of stdout; with csv or jsonl the
                    metadata record goes beside it (cmp.csv: cmp.meta.json)
  --meta PATH       write the metadata record to PATH

Example:
  coalesce compare scenarios/steady-rhythm.yaml scenarios/matchmaker.yaml --runs 30`,
  async run(argv, io) {
    const args = parseCommandArgs('compare', argv, {
      runs: { type: 'string' },
      seed: { type: 'string' },
      week: { type: 'string' },
      window: { type: 'string' },
      unpaired: { type: 'boolean' },
      set: { type: 'string', multiple: true },
      workers: { type: 'string' },
      progress: { type: 'boolean' },
      format: { type: 'string' },
      out: { type: 'string' },
      meta: { type: 'string' },
    });
    const files = args.positionals;
    if (files.length < 2) throw new UsageError('give at least two FILEs to compare', 'compare');
    const seedOpt = intOption('compare', args, 'seed', ...paramRange('seed'));
    const runsOpt = intOption('compare', args, 'runs', ...paramRange('replicates'));
    const weekOpt = intOption('compare', args, 'week', 0, paramRange('horizon')[1]);
    const window = intOption('compare', args, 'window', 1, paramRange('horizon')[1]) ?? DEFAULT_WINDOW;
    const workers = intOption('compare', args, 'workers', 1, MAX_WORKERS);
    const format = choiceOption('compare', args, 'format', ['table', 'json', 'csv', 'jsonl'] as const, 'table');
    const paired = args.values.unpaired !== true;

    const loaded = loadAll(io, files, setOptions('compare', args));
    if (paired) {
      for (let i = 1; i < loaded.length; i++) {
        const why = populationDifference(loaded[0].scenario, loaded[i].scenario);
        if (why) {
          throw new UsageError(
            `${loaded[i].file} and ${loaded[0].file} differ in population (${why}): run i of one cannot be paired with run i of the other; give --unpaired to compare independent means`,
            'compare',
          );
        }
      }
    }
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
      progress: args.values.progress === true,
      fileOf: (job) => files[job.tag ?? 0],
    });
    const results: RunResult[][] = loaded.map((_, s) => flat.filter((_, j) => jobs[j].tag === s));
    const table = compareScenarios(results, week, 0, { paired, window });
    const meta: CompareMeta = {
      provenance: provenance('compare', argv),
      seed,
      scenarios: loaded.map((l, i) => ({ label: labelFor(i), file: l.file, name: l.scenario.name, scenarioHash: scenarioHash(l.scenario) })),
    };
    const text =
      format === 'json' ? formatJSON(table, meta)
      : format === 'csv' ? formatCSV(table, meta)
      : format === 'jsonl' ? formatJSONL(table, meta)
      : formatTable(table, meta);
    const outPath = stringOption(args, 'out');
    const sink = openSink(io, outPath);
    sink.write(text);
    sink.close();
    const metaPath = stringOption(args, 'meta') ?? ((format === 'csv' || format === 'jsonl') && outPath !== undefined ? metaPathFor(outPath) : undefined);
    if (metaPath !== undefined) {
      writeMeta(metaPath, { ...meta, runs, week, window, paired, scenarios: loaded.map((l, i) => ({ ...meta.scenarios[i], scenario: { ...l.scenario, seed, replicates: runs } })) });
    }
    return EXIT.ok;
  },
};
