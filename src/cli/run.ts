import type { ReplicationJob } from '../pool/index.ts';
import { choiceOption, intOption, paramRange, parseCommandArgs, setOptions, stringOption } from './args.ts';
import { EXIT, UsageError } from './errors.ts';
import { codebookComment } from './codebook-docs.ts';
import { csvWriter, jsonlWriter, jsonWriter } from './format-run.ts';
import { loadAll } from './load.ts';
import { loadForWeeks } from './shorten.ts';
import { openSink } from './output.ts';
import { metaPathFor, provenance, rowProvenance, writeMeta } from './provenance.ts';
import { replicate } from './replicate.ts';
import type { Command } from './command.ts';

export const MAX_WORKERS = 1024;

export const command: Command = {
  name: 'run',
  usage:
    'coalesce run FILE [--seed S] [--runs R] [--weeks W] [--set PATH=VALUE]... [--format json|csv|jsonl] [--codebook] [--out PATH] [--meta PATH] [--workers K] [--progress]',
  help: `Run R replications of a scenario (run indices 0..R-1 of seed S) and print
every indicator for every week 0..horizon.

Options:
  --seed S          seed (default: the scenario's seed)
  --runs R          number of replications (default: the scenario's replicates)
  --weeks W         horizon in weeks; checked like --set horizon=W, except
                    that actions starting after week W are dropped (with a
                    note on stderr) rather than refused
  --set PATH=VALUE  override one value of the file, checked like the file
                    (repeatable), e.g. --set population.size=200
  --format F        json (default), csv or jsonl
  --codebook        CSV: every indicator's unit, kind, range and definition
                    as '#' comment lines above the header
  --out PATH        write to PATH instead of stdout; with csv or jsonl, the
                    metadata record goes beside it (runs.csv: runs.meta.json)
  --meta PATH       write the metadata record to PATH
  --workers K       worker threads (default: available cores)
  --progress        a plain progress line on stderr every 10% or 30 s (runs
                    done, runs/s, time left); automatic after 30 s when
                    stderr is not a terminal (a batch job's log)

JSON: {"provenance": {...}, "scenario": <resolved scenario>, "seed": S,
  "runs": [{"runIndex": i, "series": {"<indicator>": [week 0..horizon]},
  "summary": {...}}]}. The scenario is the one that ran: its seed is S and
  its replicates R.
CSV (tidy): runIndex,week,<indicators...>,seed,scenario,scenarioHash, one row
  per run and week; JSONL: the same rows, one JSON object per line.
Provenance: coalesce version, git commit, Node version, UTC time and command
  line (set SOURCE_DATE_EPOCH to fix the time); scenarioHash is the first 12
  hex digits of the SHA-256 of the resolved scenario without seed and
  replicates. Indicators: docs/INDICATORS.md.
Numbers are written in full, so the same arguments give identical output.

Examples:
  coalesce run scenarios/steady-rhythm.yaml --runs 30 --format csv --out runs.csv
  coalesce run my.yaml --set population.size=200 --set horizon=104 > out.json`,
  async run(argv, io) {
    const args = parseCommandArgs('run', argv, {
      seed: { type: 'string' },
      runs: { type: 'string' },
      weeks: { type: 'string' },
      set: { type: 'string', multiple: true },
      format: { type: 'string' },
      out: { type: 'string' },
      meta: { type: 'string' },
      codebook: { type: 'boolean' },
      workers: { type: 'string' },
      progress: { type: 'boolean' },
    });
    if (args.positionals.length !== 1) {
      throw new UsageError(args.positionals.length === 0 ? 'give a scenario FILE' : 'give exactly one FILE', 'run');
    }
    const seedOpt = intOption('run', args, 'seed', ...paramRange('seed'));
    const runsOpt = intOption('run', args, 'runs', ...paramRange('replicates'));
    // Any whole number here; its range is the file's to check, like --set horizon=W.
    const weeks = intOption('run', args, 'weeks', 0, Number.MAX_SAFE_INTEGER);
    const workers = intOption('run', args, 'workers', 1, MAX_WORKERS);
    const format = choiceOption('run', args, 'format', ['json', 'csv', 'jsonl'] as const, 'json');
    const codebook = args.values.codebook === true;
    if (codebook && format !== 'csv') throw new UsageError('--codebook goes with --format csv', 'run');
    const overrides = setOptions('run', args);

    const file = args.positionals[0];
    const [loaded] = weeks === undefined ? loadAll(io, [file], overrides) : [loadForWeeks(io, 'run', file, overrides, weeks)];
    const seed = seedOpt ?? loaded.scenario.seed;
    const runs = runsOpt ?? loaded.scenario.replicates;
    // What ran, as it ran: the embedded scenario's seed and replicates match the flags.
    const scenario = { ...loaded.scenario, seed, replicates: runs };
    const prov = provenance('run', argv);
    const row = rowProvenance(scenario, seed);
    const outPath = stringOption(args, 'out');
    const metaPath = stringOption(args, 'meta') ?? (format !== 'json' && outPath !== undefined ? metaPathFor(outPath) : undefined);
    const jobs: ReplicationJob[] = Array.from({ length: runs }, (_, runIndex) => ({ scenario, seed, runIndex }));

    const sink = openSink(io, outPath);
    try {
      const writer =
        format === 'csv' ? csvWriter(sink, row, codebook ? codebookComment() : '') : format === 'jsonl' ? jsonlWriter(sink, row) : jsonWriter(sink, prov, scenario, seed);
      writer.begin();
      await replicate(io, jobs, { workers, label: 'run', progress: args.values.progress === true, fileOf: () => file, onOrdered: (r) => writer.run(r) });
      writer.end();
      sink.close();
      if (metaPath !== undefined) writeMeta(metaPath, { provenance: prov, ...row, runs, scenario });
    } catch (e) {
      sink.abort();
      throw e;
    }
    return EXIT.ok;
  },
};
