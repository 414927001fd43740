// `coalesce sweep`: the full grid of --vary values x R replications through
// the replication pool, as tidy CSV or JSONL. --shard I/N runs a deterministic
// 1/N of the jobs so that any job-array runner can spread a sweep over
// machines; see docs/SWEEPS.md.

import { choiceOption, intOption, listOption, paramRange, parseCommandArgs, setOptions, stringOption } from './args.ts';
import type { Command } from './command.ts';
import { InputError, UsageError } from './errors.ts';
import { runGrid, type GridPoint } from './grid-run.ts';
import type { CliIO } from './io.ts';
import { loadScenarioFile, printWarnings } from './load.ts';
import { metaPathFor, scenarioHash } from './provenance.ts';
import { MAX_WORKERS } from './run.ts';
import { getPath, gridPoints, parseAxes, parseShard, type Axis } from './sweep-grid.ts';
import { SUMMARY, WEEKLY } from './sweep-format.ts';

const HELP = `Run every combination of the --vary values, R replications each (run
indices 0..R-1 of seed S), and write one tidy row per (grid point, run, week),
or with --summary one row per (grid point, run). The varied paths come first,
then runIndex, then week and the indicators (or the summary fields).

Options:
  --vary PATH=V1,V2,...  values of one scenario value (repeatable; each value is
                         checked like --set), e.g. --vary population.size=60,120
  --runs R               replications per grid point (default: the file's replicates)
  --seed S               seed for every grid point (default: each point's seed,
                         so --vary seed=1,2,3 works)
  --set PATH=VALUE       fixed override for every grid point (repeatable)
  --alt NAME=VALUE       a named alternative: where NAME is a --vary value,
                         VALUE is used (any --set value, e.g. a whole list);
                         the output column holds NAME. For organisation shares:
                         --vary population.organisations=even,skewed
                         --alt 'even=[{id: a, share: 0.5}, {id: b, share: 0.5}]'
                         --alt 'skewed=[{id: a, share: 0.8}, {id: b, share: 0.2}]'
  --summary              one row per run: summary fields and final values
  --format F             csv (default), jsonl or json
  --no-header            CSV without its header line
  --shard I/N            run only jobs k with k mod N = I-1 (1 <= I <= N); the
                         shards' rows together are exactly the unsharded rows;
                         'coalesce merge' joins the parts (docs/SWEEPS.md)
  --workers K            worker threads (default: available cores)
  --out PATH             write to PATH instead of stdout; with csv or jsonl the
                         metadata record goes beside it (part-2.meta.json)
  --meta PATH            write the metadata record to PATH
  --resume               with --out: if PATH is complete (its meta says so, for
                         this very sweep and shard) do nothing; if PATH.partial
                         holds part of it, keep its whole runs and run the rest;
                         a rerun of a failed job-array task is then safe
  --progress             a plain progress line on stderr every 10% or 30 s
                         (automatic after 30 s when stderr is not a terminal)

Every row ends with seed, scenario (its name) and scenarioHash (12 hex digits
of the SHA-256 of the grid point's resolved scenario, without seed and
replicates), so rows of concatenated files never collide. The metadata record
holds the coalesce version, git commit, Node version, UTC time, command line,
the resolved base scenario and every grid point with its hash.

Examples:
  coalesce sweep scenarios/steady-rhythm.yaml --vary facilitator.budget=2,4,8 \\
    --vary strategy.preset=matchmaker,weaver --runs 30 --summary --out sweep.csv
  coalesce sweep my.yaml --vary population.size=60,600 --shard 2/8 --out part-2.csv`;

function cellOf(v: unknown, given: string): number | string | null {
  if (typeof v === 'number' || typeof v === 'string') return v;
  return given;
}

/** A problem in a --vary value is reported as such, not as the --set it becomes. */
function asVary(line: string, axes: Axis[]): string {
  const m = /^--set:\d+:\d+: ([^:]+): /.exec(line);
  return m && axes.some((a) => a.path === m[1]) ? `--vary ${line.slice(line.indexOf(m[1]))}` : line;
}

/** Validate every grid point like --set, reporting each distinct problem once. */
function loadGrid(io: CliIO, file: string, axes: Axis[], sets: { path: string; value: string }[], alts: Map<string, string>): GridPoint[] {
  const points: GridPoint[] = [];
  const problems = new Set<string>();
  for (const values of gridPoints(axes)) {
    const overrides = [...sets, ...axes.map((a, i) => ({ path: a.path, value: alts.get(values[i]) ?? values[i] }))];
    const loaded = loadScenarioFile(file, overrides);
    if (!loaded.ok) {
      loaded.lines.forEach((l) => problems.add(asVary(l, axes)));
      continue;
    }
    if (points.length === 0) printWarnings(io, loaded.warnings);
    points.push({
      scenario: loaded.scenario,
      cells: axes.map((a, i) => cellOf(getPath(loaded.scenario, a.path), values[i])),
    });
  }
  if (problems.size > 0) throw new InputError([...problems]);
  // 3 and 3.0 are two words but one value: the grid would hold the point twice.
  const seen = new Map<string, number>();
  points.forEach((p, g) => {
    const key = JSON.stringify(p.cells);
    const before = seen.get(key);
    if (before !== undefined) {
      const at = axes.map((a, i) => `${a.path}=${p.cells[i]}`).join(' ');
      throw new UsageError(`--vary: grid points ${before + 1} and ${g + 1} are the same (${at}); give each value once`, 'sweep');
    }
    seen.set(key, g);
  });
  return points;
}

/** --alt NAME=VALUE entries: names are plain words, each given once. */
function parseAlts(entries: string[]): Map<string, string> {
  const alts = new Map<string, string>();
  for (const entry of entries) {
    const eq = entry.indexOf('=');
    const name = eq > 0 ? entry.slice(0, eq).trim() : '';
    if (!/^[\w.-]+$/.test(name)) throw new UsageError(`--alt: expected NAME=VALUE with NAME a plain word, found '${entry}'`, 'sweep');
    if (alts.has(name)) throw new UsageError(`--alt ${name} given twice`, 'sweep');
    alts.set(name, entry.slice(eq + 1));
  }
  return alts;
}

export const command: Command = {
  name: 'sweep',
  usage:
    'coalesce sweep FILE --vary PATH=V1,V2,... [--vary ...] [--alt NAME=VALUE]... [--runs R] [--seed S] [--workers K] [--shard I/N] [--summary] [--format csv|jsonl|json] [--out PATH] [--meta PATH] [--resume] [--progress]',
  help: HELP,
  async run(argv, io) {
    const args = parseCommandArgs('sweep', argv, {
      vary: { type: 'string', multiple: true },
      runs: { type: 'string' },
      seed: { type: 'string' },
      set: { type: 'string', multiple: true },
      summary: { type: 'boolean' },
      format: { type: 'string' },
      'no-header': { type: 'boolean' },
      shard: { type: 'string' },
      workers: { type: 'string' },
      out: { type: 'string' },
      meta: { type: 'string' },
      alt: { type: 'string', multiple: true },
      resume: { type: 'boolean' },
      progress: { type: 'boolean' },
    });
    if (args.positionals.length !== 1) {
      throw new UsageError(args.positionals.length === 0 ? 'give a scenario FILE' : 'give exactly one FILE', 'sweep');
    }
    const axes = parseAxes(listOption(args, 'vary'));
    if (axes.length === 0) throw new UsageError('give at least one --vary PATH=V1,V2,...', 'sweep');
    const sets = setOptions('sweep', args);
    const clash = sets.find((s) => axes.some((a) => a.path === s.path));
    if (clash) throw new UsageError(`${clash.path} is both --set and --vary: keep one`, 'sweep');
    const seedOpt = intOption('sweep', args, 'seed', ...paramRange('seed'));
    if (seedOpt !== undefined && axes.some((a) => a.path === 'seed')) {
      throw new UsageError('--seed overrides every --vary seed value: keep one', 'sweep');
    }
    const runsOpt = intOption('sweep', args, 'runs', ...paramRange('replicates'));
    const workers = intOption('sweep', args, 'workers', 1, MAX_WORKERS);
    const format = choiceOption('sweep', args, 'format', ['csv', 'jsonl', 'json'] as const, 'csv');
    const shard = parseShard(stringOption(args, 'shard'));
    const summary = args.values.summary === true;

    const file = args.positionals[0];
    const alts = parseAlts(listOption(args, 'alt'));
    const unused = [...alts.keys()].filter((name) => !axes.some((a) => a.values.includes(name)));
    if (unused.length > 0) throw new UsageError(`--alt ${unused[0]} is not a value of any --vary`, 'sweep');
    const points = loadGrid(io, file, axes, sets, alts);
    const base = loadScenarioFile(file, sets);
    const outPath = stringOption(args, 'out');
    return runGrid(io, {
      command: 'sweep',
      argv,
      file,
      points,
      paths: axes.map((a) => a.path),
      runs: runsOpt ?? points[0].scenario.replicates,
      seed: seedOpt ?? null,
      shard,
      format,
      header: format === 'csv' && args.values['no-header'] !== true,
      shape: summary ? SUMMARY : WEEKLY,
      definition: {
        baseScenarioHash: base.ok ? scenarioHash(base.scenario) : '',
        sets,
        alts: Object.fromEntries(alts),
        vary: Object.fromEntries(axes.map((a) => [a.path, a.values])),
        summary,
      },
      extraMeta: { scenario: base.ok ? base.scenario : null },
      outPath,
      metaPath: stringOption(args, 'meta') ?? (format !== 'json' && outPath !== undefined ? metaPathFor(outPath) : undefined),
      resume: args.values.resume === true,
      progress: args.values.progress === true,
      workers,
    });
  },
};
