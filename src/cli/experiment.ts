// `coalesce experiment FILE`: run a stored experiment (experiments/*.yaml)
// through the same grid runner as `sweep`: shardable, resumable, with
// provenance on every row and the experiment in the metadata record.

import { readFileSync } from 'node:fs';
import type { Indicator, RunResult } from '../model/indicators.ts';
import { formatError, holds, parseCondition, parseScenario } from '../scenario/index.ts';
import { OVERRIDE_FILE } from '../scenario/overrides.ts';
import type { Scenario, ScenarioError } from '../scenario/types.ts';
import { choiceOption, parseCommandArgs, stringOption, intOption } from './args.ts';
import type { Command } from './command.ts';
import { InputError, UsageError } from './errors.ts';
import { designPoints, type Point } from './experiment-design.ts';
import { EXPERIMENT_FORMATS, parseExperiment, type Experiment } from './experiment-file.ts';
import { runGrid, type GridPoint } from './grid-run.ts';
import type { CliIO } from './io.ts';
import { lintScenario } from './lint.ts';
import { canonicalJSON, metaPathFor, scenarioHash } from './provenance.ts';
import { MAX_WORKERS } from './run.ts';
import { recordedWeeks, type RecordShape } from './sweep-format.ts';
import { getPath, parseShard } from './sweep-grid.ts';

export interface LoadedExperiment {
  experiment: Experiment;
  base: Scenario;
  levels: Point[];
  points: GridPoint[];
  warnings: ScenarioError[];
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new InputError([`${file}:1:1: cannot read file: ${(e as NodeJS.ErrnoException).code ?? String(e)}`]);
  }
}

const describePoint = (e: Experiment, p: Point) => e.design.factors.map((f, i) => `${f.path}=${p[i].cell}`).join(' ');

/** A problem in a factor level or `set` entry is reported where the experiment file writes it. */
function relocate(e: Experiment, p: Point, err: ScenarioError): ScenarioError {
  // An inline scenario has no lines of its own: point at it in the experiment file.
  if (err.file === e.scenarioFile && e.scenarioFile.endsWith('(scenario)')) return { ...err, ...e.scenarioLoc, path: `scenario.${err.path}`.replace(/\.$/, '') };
  if (err.file !== OVERRIDE_FILE) return err;
  const paths = [...e.locs.keys()].filter((k) => err.path === k || err.path.startsWith(`${k}.`) || err.path.startsWith(`${k}[`));
  const path = paths.sort((a, b) => b.length - a.length)[0];
  const i = e.design.factors.findIndex((f) => f.path === path);
  // The level itself when the file writes it, else its factor or set entry.
  const loc = (i >= 0 && p[i]?.loc) || (path && e.locs.get(path)) || { file: e.file, line: 1, column: 1 };
  return { ...loc, path: `${i >= 0 ? 'factors' : 'set'}.${err.path}`, message: err.message };
}

/** Read, check and resolve an experiment: every point's scenario, or every problem, located. */
export function loadExperiment(file: string): LoadedExperiment {
  const parsed = parseExperiment(readText(file), file);
  if (!parsed.ok) throw new InputError(parsed.errors.map(formatError));
  const e = parsed.experiment;
  const sets = e.sets.map((s) => `${s.path}=${s.value}`);
  const base = parseScenario(e.scenarioText, { file: e.scenarioFile, overrides: sets });
  if (!base.ok) throw new InputError(base.errors.map((x) => formatError(relocate(e, [], x))));
  // Without a seed of its own, the experiment uses its scenario's, for the design too.
  const design = { ...e.design, seed: e.seed ?? base.scenario.seed };
  const levels = designPoints(design);
  if (levels.length === 0) throw new InputError([`${file}:1:1: exclude: every point of the design is excluded; nothing would run`]);
  const problems = new Set<string>();
  const warnings = new Map<string, ScenarioError>();
  const points: GridPoint[] = [];
  for (const [k, p] of levels.entries()) {
    const overrides = [...sets, ...e.design.factors.map((f, i) => `${f.path}=${p[i].value}`)];
    const r = parseScenario(e.scenarioText, { file: e.scenarioFile, overrides });
    if (!r.ok) {
      // One line per distinct problem, however many points share it.
      r.errors.forEach((x) => problems.add(formatError(relocate(e, p, x))));
      continue;
    }
    for (const w of lintScenario(r.scenario, e.scenarioFile, e.scenarioText)) {
      const i = e.design.factors.findIndex((f) => f.path === w.path);
      const loc = (i >= 0 && p[i].loc) || e.locs.get(w.path) || e.scenarioLoc;
      const where = { ...loc, path: `point ${k} (${describePoint(e, p)})`, message: w.message };
      if (!warnings.has(w.message)) warnings.set(w.message, where);
    }
    const cells = e.design.factors.map((f, i) => {
      const v = getPath(r.scenario, f.path);
      return typeof v === 'number' || typeof v === 'string' ? v : p[i].cell;
    });
    points.push({ scenario: r.scenario, cells: [k, ...cells] });
  }
  if (problems.size > 0) throw new InputError([...problems]);
  return { experiment: e, base: base.scenario, levels, points, warnings: [...warnings.values()] };
}

/** What a run must compute: the recorded indicators and the one the stop condition reads. */
export function recordedIndicators(e: Experiment): Indicator[] {
  const stop = e.record.stop ? parseCondition(e.record.stop) : null;
  return stop?.ok ? [...e.record.indicators, stop.condition.indicator] : e.record.indicators;
}

/** The weeks a run records: every n weeks and the last (the horizon, or the week the stop condition first held). */
export function recordShape(e: Experiment): RecordShape {
  const stop = e.record.stop ? parseCondition(e.record.stop) : null;
  const condition = stop && stop.ok ? stop.condition : null;
  const weeksOf = (r: RunResult): number[] => {
    const weeks = r.columns.week.length;
    let last = weeks - 1;
    if (condition) {
      const col = r.columns[condition.indicator];
      for (let w = 1; w < weeks; w++) {
        if (holds(condition, { [condition.indicator]: col[w] } as Parameters<typeof holds>[1])) {
          last = w;
          break;
        }
      }
    }
    const every = e.record.every;
    if (every === null) return [last];
    const out: number[] = [];
    for (let w = 0; w < last; w += every) out.push(w);
    out.push(last);
    return out;
  };
  return recordedWeeks(e.record.indicators, weeksOf);
}

export function summarise(l: LoadedExperiment, runs: number): string {
  const e = l.experiment;
  return `${e.name}: ${l.points.length} points (${e.design.design}) × ${runs} replications = ${l.points.length * runs} runs`;
}

export function printExperimentWarnings(io: CliIO, l: LoadedExperiment): void {
  for (const w of l.warnings) io.err(`${formatError(w)} (warning)\n`);
}

export const command: Command = {
  name: 'experiment',
  usage: 'coalesce experiment FILE [--shard I/N] [--out PATH] [--resume] [--format csv|jsonl|json] [--meta PATH] [--workers K] [--progress]',
  help: `Run a stored experiment: a YAML file naming a base scenario, the factors
to vary (value lists, {from, to, step} ranges, or named alternatives of a
whole value), the design (a full grid with linked factors and exclusions, or
seeded Latin hypercube or random samples of N points), replications, seed,
what to record (indicators, every n weeks or the final week only, an optional
stop condition) and the output format. See experiments/ and docs/SWEEPS.md;
'coalesce validate FILE' checks it without running.

One tidy row per (point, run, recorded week): point (its number), the
factors' values, runIndex, week, the recorded indicators, then seed,
scenario and scenarioHash. With a stop condition, a run's rows end at the
first week it holds (the run itself is simulated to its horizon).

Options:
  --shard I/N     run only jobs k with k mod N = I-1, like sweep; join the
                  parts with 'coalesce merge'
  --out PATH      write to PATH (and its metadata record beside it)
  --resume        with --out: skip what PATH or PATH.partial already holds
  --format F      csv, jsonl or json (default: the file's output.format, or csv)
  --meta PATH     write the metadata record to PATH
  --workers K     worker threads (default: available cores)
  --progress      a plain progress line every 10% or 30 s

Example:
  coalesce experiment experiments/budget-by-strategy.yaml --out budget.csv`,
  async run(argv, io) {
    const args = parseCommandArgs('experiment', argv, {
      shard: { type: 'string' },
      out: { type: 'string' },
      resume: { type: 'boolean' },
      format: { type: 'string' },
      meta: { type: 'string' },
      workers: { type: 'string' },
      progress: { type: 'boolean' },
    });
    if (args.positionals.length !== 1) {
      throw new UsageError(args.positionals.length === 0 ? 'give an experiment FILE' : 'give exactly one FILE', 'experiment');
    }
    const shard = parseShard(stringOption(args, 'shard'), 'experiment');
    const workers = intOption('experiment', args, 'workers', 1, MAX_WORKERS);
    const file = args.positionals[0];
    const loaded = loadExperiment(file);
    printExperimentWarnings(io, loaded);
    const e = loaded.experiment;
    const format = choiceOption('experiment', args, 'format', EXPERIMENT_FORMATS, e.format);
    const runs = e.replications ?? loaded.base.replicates;
    const outPath = stringOption(args, 'out');
    return runGrid(io, {
      command: 'experiment',
      argv,
      file,
      points: loaded.points,
      paths: ['point', ...e.design.factors.map((f) => f.path)],
      runs,
      // A varied seed is each point's own; otherwise one seed for all (common random numbers).
      seed: e.design.factors.some((f) => f.path === 'seed') ? null : (e.seed ?? loaded.base.seed),
      shard,
      format,
      header: format === 'csv',
      shape: recordShape(e),
      // the runs compute only what the experiment records and its stop condition reads
      // (no triangle pass without clustering or meanConstraint)
      record: recordedIndicators(e),
      definition: {
        design: canonicalJSON({ ...e.design, seed: e.seed ?? loaded.base.seed }),
        sets: e.sets.map((s) => [s.path, s.value]),
        record: e.record,
        points: loaded.points.map((p) => scenarioHash(p.scenario)),
      },
      extraMeta: {
        experiment: { file, name: e.name, description: e.description, scenario: e.scenarioFile, design: e.design, record: e.record, replications: runs },
        scenario: loaded.base,
      },
      outPath,
      metaPath: stringOption(args, 'meta') ?? (format !== 'json' && outPath !== undefined ? metaPathFor(outPath) : undefined),
      resume: args.values.resume === true,
      progress: args.values.progress === true,
      workers,
    });
  },
};
