// `coalesce sensitivity FILE`: which parameters matter? Morris screening of
// the declared parameters over their declared ranges (params.ts), ranked by
// μ* per indicator; the sample and outputs can be written in the layout
// SALib reads, and a SALib sample (e.g. Saltelli's, for Sobol indices) can
// be evaluated instead.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import seedrandom from 'seedrandom';
import { CODEBOOK, INDICATOR_KINDS } from '../model/codebook.ts';
import { INDICATORS, type Indicator, type RunResult } from '../model/indicators.ts';
import type { ReplicationJob } from '../pool/index.ts';
import { formatError, parseScenario } from '../scenario/index.ts';
import { PARAMS, type ParamSpec } from '../scenario/params.ts';
import type { Scenario } from '../scenario/types.ts';
import { DEFAULT_WINDOW } from '../stats/compare.ts';
import { morrisAnalyse, morrisSample, type MorrisIndex } from '../stats/morris.ts';
import { choiceOption, intOption, listOption, paramRange, parseCommandArgs, setOptions, stringOption } from './args.ts';
import { inShard, parseShard } from './sweep-grid.ts';
import { createHash } from 'node:crypto';
import type { Command } from './command.ts';
import { csvField } from '../shared/csv.ts';
import { EXIT, InputError, UsageError } from './errors.ts';
import type { CliIO } from './io.ts';
import { loadAll } from './load.ts';
import { openSink } from './output.ts';
import { canonicalJSON, provenance, scenarioHash, version } from './provenance.ts';
import { replicate } from './replicate.ts';
import { MAX_WORKERS } from './run.ts';
import { didYouMean } from './suggest.ts';

/** One indicator per challenge (C1..C5): the default outputs. */
export const DEFAULT_INDICATORS: readonly Indicator[] = ['meanTrust', 'activeFraction', 'trickySharedGroup', 'weavingRatio', 'crossOrgTieShare'];

/**
 * Screened unless --params says otherwise: every declared parameter but the
 * run's own (seed, replicates, horizon) and population.size, whose declared
 * range (up to 10,000 members) would make single runs take minutes.
 */
export function screenedParams(): ParamSpec[] {
  return PARAMS.filter((p) => p.group !== 'run' && p.path !== 'population.size');
}

function pickParams(raw: string | undefined): ParamSpec[] {
  if (raw === undefined) return screenedParams();
  const names = raw.split(',').map((s) => s.trim()).filter(Boolean);
  return names.map((n) => {
    const spec = PARAMS.find((p) => p.path === n);
    if (!spec) throw new UsageError(`--params: unknown parameter ${n}${didYouMean(n, PARAMS.map((p) => p.path))} (docs/SCENARIOS.md lists them)`, 'sensitivity');
    return spec;
  });
}

function pickIndicators(raw: string | undefined): Indicator[] {
  if (raw === undefined) return [...DEFAULT_INDICATORS];
  return raw.split(',').map((s) => s.trim()).map((n) => {
    if (!(INDICATORS as readonly string[]).includes(n) || n === 'phase' || n === 'week') {
      throw new UsageError(`--indicator: unknown or non-numeric indicator ${n}${didYouMean(n, INDICATORS)}`, 'sensitivity');
    }
    return n as Indicator;
  });
}

/** A point of the unit cube in the parameters' declared units (whole numbers rounded). */
export function toRange(spec: ParamSpec, u: number): number {
  const v = spec.min + u * (spec.max - spec.min);
  return spec.integer ? Math.round(v) : Number(v.toPrecision(12));
}

/** The output of one run: the final value, or a weekly flow's mean over its last weeks. */
function outputOf(r: RunResult, indicator: Indicator): number {
  const col = r.columns[indicator];
  const last = col.length - 1;
  if (CODEBOOK[indicator]?.kind !== INDICATOR_KINDS.weeklyFlow) return col[last];
  const from = Math.max(0, last - DEFAULT_WINDOW + 1);
  let s = 0;
  for (let w = from; w <= last; w++) s += col[w];
  return s / (last - from + 1);
}

/** A SALib sample file: one row per point, whitespace-separated, in --params order. */
function readSample(path: string, k: number): number[][] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new InputError([`${path}:1:1: cannot read the sample: ${(e as NodeJS.ErrnoException).code ?? e}`]);
  }
  const rows: number[][] = [];
  text.split('\n').forEach((line, i) => {
    const t = line.trim();
    if (t === '' || t.startsWith('#')) return;
    const xs = t.split(/[\s,]+/).map(Number);
    if (xs.length !== k || xs.some((x) => !Number.isFinite(x))) {
      throw new InputError([`${path}:${i + 1}:1: expected ${k} numbers (one per --params entry), found "${t.slice(0, 60)}"`]);
    }
    rows.push(xs);
  });
  if (rows.length === 0) throw new InputError([`${path}:1:1: the sample holds no rows`]);
  return rows;
}

function scenarioAt(io: CliIO, text: string, file: string, sets: string[], params: ParamSpec[], x: number[]): Scenario {
  const r = parseScenario(text, { file, overrides: [...sets, ...params.map((p, i) => `${p.path}=${x[i]}`)] });
  if (!r.ok) throw new InputError(r.errors.map(formatError));
  return r.scenario;
}

/** Outputs of every point from the parts of a sharded run, checked complete and of this very run. */
function readParts(files: string[], signature: string, n: number, width: number): number[][] {
  const Y: (number[] | undefined)[] = new Array(n);
  const problems: string[] = [];
  let count = 0;
  const shards = new Set<number>();
  for (const f of files) {
    let lines: string[];
    try {
      lines = readFileSync(f, 'utf8').trim().split('\n');
    } catch {
      problems.push(`${f}: cannot read the part`);
      continue;
    }
    const head = JSON.parse(lines[0]) as { signature?: string; shard?: string };
    if (head.signature !== signature) {
      problems.push(`${f}: from another sensitivity run (a different file, --params, --trajectories, --levels, --seed, --runs, --indicator or version): give the options its shards ran with`);
      continue;
    }
    const [i, total] = (head.shard ?? '1/1').split('/').map(Number);
    count = total;
    shards.add(i);
    for (const line of lines.slice(1)) {
      const { point, y } = JSON.parse(line) as { point: number; y: number[] };
      if (y.length === width && point >= 0 && point < n) Y[point] = y;
    }
  }
  if (problems.length > 0) throw new InputError(problems);
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !shards.has(i));
  if (missing.length > 0) throw new InputError([`missing ${missing.length} of ${count} shards: ${missing.map((i) => `${i}/${count}`).join(', ')}`]);
  const holes = Y.flatMap((y, k) => (y ? [] : [k]));
  if (holes.length > 0) throw new InputError([`the parts lack ${holes.length} of ${n} points (first: ${holes[0]}); rerun their shards`]);
  return Y as number[][];
}

const fmt = (x: number) => (!Number.isFinite(x) ? 'n/a' : Math.abs(x) >= 1000 || (Math.abs(x) < 0.001 && x !== 0) ? x.toExponential(2) : x.toPrecision(3));

export interface Ranking {
  indicator: Indicator;
  indices: (MorrisIndex & { parameter: string })[];
}

export function formatRankings(rankings: Ranking[], top: number): string {
  const out: string[] = [];
  for (const { indicator, indices } of rankings) {
    out.push(`${indicator} (${CODEBOOK[indicator]?.unit ?? ''})`);
    const rows = [['rank', 'parameter', 'mu*', 'mu', 'sigma']];
    indices.slice(0, top > 0 ? top : undefined).forEach((m, i) => rows.push([String(i + 1), m.parameter, fmt(m.muStar), fmt(m.mu), fmt(m.sigma)]));
    const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
    for (const r of rows) out.push(`  ${r.map((c, i) => (i === 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')}`);
    if (top > 0 && indices.length > top) out.push(`  ... ${indices.length - top} more (--top 0 lists all)`);
    out.push('');
  }
  return out.join('\n');
}

export const command: Command = {
  name: 'sensitivity',
  usage:
    'coalesce sensitivity FILE [--method morris] [--trajectories R] [--levels P] [--params a,b,...] [--indicator NAME[,NAME...]] [--runs N] [--seed S] [--set PATH=VALUE]... [--top N] [--format table|csv|json|jsonl] [--out PATH] [--salib DIR] [--sample FILE] [--shard I/N --out PART] [--from PART]... [--workers K] [--progress]',
  help: `Which parameters matter? Morris elementary-effects screening (Morris 1991):
R trajectories through the parameters' declared ranges (docs/SCENARIOS.md),
each moving one parameter at a time by a step of P/(2(P-1)) of its range on
a grid of P levels. Per indicator, the parameters ranked by mu* (the mean
absolute effect, Campolongo et al. 2007), with mu (the mean effect: its sign)
and sigma (spread of the effects: interactions or non-linearity). Effects
are in the indicator's units per full range of the parameter. Each point's
output is the mean over N runs (common random numbers) of the indicator at
the horizon (a weekly flow: its mean over the last ${DEFAULT_WINDOW} weeks).

Options:
  --method M          morris (the only one so far)
  --trajectories R    trajectories (default 10): R x (k+1) points
  --levels P          grid levels, even (default 4)
  --params a,b,...    parameters to screen (default: every declared one but
                      seed, replicates, horizon and population.size)
  --indicator NAMES   indicators (default: ${DEFAULT_INDICATORS.join(', ')},
                      one per challenge)
  --runs N            runs per point (default 2)
  --seed S            seed of the runs and of the sample (default: the file's)
  --set PATH=VALUE    fixed override (repeatable)
  --top N             table: the first N parameters per indicator (default 15; 0: all)
  --format F          table (default), csv, json or jsonl
  --out PATH          write to PATH instead of stdout
  --salib DIR         also write DIR/params.txt, DIR/X.txt and DIR/Y.txt in the
                      layout SALib reads (salib analyze morris -p params.txt
                      -X X.txt -Y Y.txt -c COLUMN)
  --sample FILE       evaluate this sample (rows in --params order, as written
                      by e.g. 'salib sample saltelli -p params.txt') instead of
                      Morris trajectories; needs --salib, prints no ranking
  --shard I/N         evaluate only points k with k mod N = I-1 and write them
                      to --out PART (one JSON line per point)
  --from PART         (repeatable) analyse the parts of a sharded run instead
                      of running: give the same options as the shards; every
                      shard must be there
  --workers K         worker threads (default: available cores)
  --progress          a plain progress line every 10% or 30 s

Examples:
  coalesce sensitivity scenarios/reference.yaml --shard 2/8 --out part-2.jsonl
  coalesce sensitivity scenarios/reference.yaml --from part-1.jsonl --from part-2.jsonl ...
  coalesce sensitivity scenarios/reference.yaml --trajectories 20 --indicator activeFraction`,
  async run(argv, io) {
    const args = parseCommandArgs('sensitivity', argv, {
      method: { type: 'string' },
      trajectories: { type: 'string' },
      levels: { type: 'string' },
      params: { type: 'string' },
      indicator: { type: 'string' },
      runs: { type: 'string' },
      seed: { type: 'string' },
      set: { type: 'string', multiple: true },
      top: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      salib: { type: 'string' },
      sample: { type: 'string' },
      shard: { type: 'string' },
      from: { type: 'string', multiple: true },
      workers: { type: 'string' },
      progress: { type: 'boolean' },
    });
    if (args.positionals.length !== 1) {
      throw new UsageError(args.positionals.length === 0 ? 'give a scenario FILE' : 'give exactly one FILE', 'sensitivity');
    }
    choiceOption('sensitivity', args, 'method', ['morris'] as const, 'morris');
    const r = intOption('sensitivity', args, 'trajectories', 2, 10_000) ?? 10;
    const p = intOption('sensitivity', args, 'levels', 2, 100) ?? 4;
    if (p % 2 !== 0) throw new UsageError(`--levels: expected an even number (so that every step stays on the grid), found ${p}`, 'sensitivity');
    const runs = intOption('sensitivity', args, 'runs', 1, 10_000) ?? 2;
    const seedOpt = intOption('sensitivity', args, 'seed', ...paramRange('seed'));
    const top = intOption('sensitivity', args, 'top', 0, 10_000) ?? 15;
    const workers = intOption('sensitivity', args, 'workers', 1, MAX_WORKERS);
    const format = choiceOption('sensitivity', args, 'format', ['table', 'csv', 'json', 'jsonl'] as const, 'table');
    const params = pickParams(stringOption(args, 'params'));
    const indicators = pickIndicators(stringOption(args, 'indicator'));
    const salib = stringOption(args, 'salib');
    const samplePath = stringOption(args, 'sample');
    if (samplePath !== undefined && salib === undefined) throw new UsageError('--sample writes its outputs with --salib DIR', 'sensitivity');
    const sets = setOptions('sensitivity', args);
    const clash = sets.find((s) => params.some((q) => q.path === s.path));
    if (clash) throw new UsageError(`${clash.path} is both --set and screened: leave it out of --params`, 'sensitivity');

    const file = args.positionals[0];
    const [base] = loadAll(io, [file], sets);
    const text = readFileSync(file, 'utf8');
    const seed = seedOpt ?? base.scenario.seed;
    const design = samplePath === undefined ? morrisSample(params.length, r, p, seedrandom.alea(`coalesce-morris:${seed}`)) : null;
    const X = design ? design.X.map((u) => u.map((v, i) => toRange(params[i], v))) : readSample(samplePath!, params.length);
    const setText = sets.map((s) => `${s.path}=${s.value}`);
    const shardRaw = stringOption(args, 'shard');
    const from = listOption(args, 'from');
    const signature = createHash('sha256')
      .update(canonicalJSON({ v: version(), s: scenarioHash(base.scenario), params: params.map((q) => q.path), r, p, seed, runs, indicators, X }))
      .digest('hex')
      .slice(0, 16);
    let Y: number[][];
    if (from.length > 0) {
      if (shardRaw !== undefined) throw new UsageError('--from analyses the parts; it takes no --shard', 'sensitivity');
      Y = readParts(from, signature, X.length, indicators.length);
    } else {
      const shard = parseShard(shardRaw, 'sensitivity');
      if (shardRaw !== undefined && stringOption(args, 'out') === undefined) throw new UsageError('--shard writes its part with --out PATH; then analyse all parts with --from', 'sensitivity');
      const mine = X.flatMap((_, k) => (inShard(k, shard) ? [k] : []));
      const scenarios = new Map(mine.map((k) => [k, scenarioAt(io, text, file, setText, params, X[k])]));
      const jobs: ReplicationJob[] = mine.flatMap((tag) => Array.from({ length: runs }, (_, runIndex) => ({ scenario: scenarios.get(tag)!, seed, runIndex, tag })));
      Y = X.map(() => indicators.map(() => 0));
      await replicate(io, jobs, {
        workers,
        label: 'sensitivity',
        progress: args.values.progress === true,
        fileOf: () => file,
        onOrdered: (res, j) => indicators.forEach((ind, c) => (Y[jobs[j].tag!][c] += outputOf(res, ind) / runs)),
      });
      if (shardRaw !== undefined) {
        // A part: a header line saying which run it belongs to, then one line per point.
        const sink = openSink(io, stringOption(args, 'out'));
        sink.write(`${JSON.stringify({ signature, shard: `${shard.index}/${shard.count}`, points: X.length, indicators, provenance: provenance('sensitivity', argv) })}\n`);
        for (const k of mine) sink.write(`${JSON.stringify({ point: k, y: Y[k] })}\n`);
        sink.close();
        return EXIT.ok;
      }
    }

    if (salib !== undefined) {
      mkdirSync(salib, { recursive: true });
      writeFileSync(join(salib, 'params.txt'), params.map((q) => `${q.path} ${q.min} ${q.max}\n`).join(''));
      writeFileSync(join(salib, 'X.txt'), X.map((x) => `${x.join(' ')}\n`).join(''));
      writeFileSync(join(salib, 'Y.txt'), `# ${indicators.join(' ')}\n${Y.map((y) => `${y.join(' ')}\n`).join('')}`);
      io.err(`sensitivity: wrote ${join(salib, 'params.txt')}, X.txt (${X.length} points) and Y.txt (columns ${indicators.join(', ')})\n`);
    }
    if (!design) return EXIT.ok;

    const rankings: Ranking[] = indicators.map((indicator, c) => ({
      indicator,
      indices: morrisAnalyse(design, Y.map((y) => y[c])).map((m) => ({ ...m, parameter: params[m.factor].path })),
    }));
    const head = `Morris screening of ${file}: ${params.length} parameters over their declared ranges, ${r} trajectories, ${p} levels (step ${fmt(design.delta)} of each range), ${runs} runs per point, seed ${seed}: ${X.length * runs} runs`;
    const flat = rankings.flatMap((k) => k.indices.map((m, i) => ({ indicator: k.indicator, rank: i + 1, parameter: m.parameter, muStar: m.muStar, mu: m.mu, sigma: m.sigma })));
    const num = (x: number) => (Number.isFinite(x) ? String(x) : '');
    const body =
      format === 'table' ? `${head}\nRanked by mu* (mean |elementary effect|, in the indicator's units per full range of the parameter).\n\n${formatRankings(rankings, top)}`
      : format === 'csv' ? `indicator,rank,parameter,muStar,mu,sigma\n${flat.map((f) => [f.indicator, f.rank, csvField(f.parameter), num(f.muStar), num(f.mu), num(f.sigma)].join(',')).join('\n')}\n`
      : format === 'jsonl' ? flat.map((f) => `${JSON.stringify(f)}\n`).join('')
      : `${JSON.stringify({ provenance: provenance('sensitivity', argv), method: 'morris', trajectories: r, levels: p, delta: design.delta, runs, seed, parameters: params.map((q) => ({ path: q.path, min: q.min, max: q.max })), rankings }, null, 1)}\n`;
    const sink = openSink(io, stringOption(args, 'out'));
    sink.write(body);
    sink.close();
    return EXIT.ok;
  },
};
