// Running a grid of scenarios × replications through the worker pool, for
// `coalesce sweep` and `coalesce experiment`: --shard I/N, rows in job order
// whatever the completion order, provenance on every row, the metadata
// record beside the data (written at the start, and at the end with
// complete: true), --resume and --progress.

import type { Indicator, RunResult } from '../model/indicators.ts';
import { ReplicationPool, type ReplicationJob } from '../pool/index.ts';
import type { Scenario } from '../scenario/types.ts';
import { EXIT, UsageError } from './errors.ts';
import type { CliIO } from './io.ts';
import { openSink } from './output.ts';
import { progressSink } from './progress.ts';
import { provenance, rowProvenance, version, writeMeta, type RowProvenance } from './provenance.ts';
import { inShard, type Shard } from './sweep-grid.ts';
import { sweepCsv, sweepJson, sweepJsonl, type Cell, type RecordShape } from './sweep-format.ts';
import { planResume, sweepSignature, type GridSpec, type ResumePlan, type SweepMeta } from './sweep-resume.ts';

export interface GridPoint {
  scenario: Scenario;
  /** The point's values, in `paths` order, as written in the output. */
  cells: Cell[];
}

export interface GridRun {
  command: string;
  argv: string[];
  /** Named in failure messages. */
  file: string;
  points: GridPoint[];
  /** Column names of the points' cells. */
  paths: string[];
  runs: number;
  /** One seed for every point, or null: each point's own. */
  seed: number | null;
  shard: Shard;
  format: 'csv' | 'jsonl' | 'json';
  header: boolean;
  shape: RecordShape;
  /** What, besides the rows' shape, decides the output (in the signature). */
  definition: Record<string, unknown>;
  /** More for the metadata record (the resolved scenario or experiment). */
  extraMeta: Record<string, unknown>;
  outPath?: string;
  metaPath?: string;
  resume: boolean;
  progress: boolean;
  workers?: number;
  /** The indicators written (an experiment's `record`): the runs compute only what these need. */
  record?: readonly Indicator[];
}

function bar(label: string, done: number, total: number, etaMs: number | null): string {
  const width = 24;
  const filled = total ? Math.round((done / total) * width) : width;
  const eta = etaMs === null ? '' : `, about ${Math.ceil(etaMs / 1000)} s left`;
  return `${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} runs${eta}`;
}

export async function runGrid(io: CliIO, g: GridRun): Promise<number> {
  const { points, paths, runs, shard, format } = g;
  const jobs: ReplicationJob[] = [];
  for (let p = 0; p < points.length; p++) {
    const { scenario } = points[p];
    for (let r = 0; r < runs; r++) {
      if (inShard(p * runs + r, shard)) jobs.push({ scenario, seed: g.seed ?? scenario.seed, runIndex: r, tag: p, record: g.record });
    }
  }
  const rowProv: RowProvenance[] = points.map((p) => rowProvenance(p.scenario, g.seed ?? p.scenario.seed));
  const spec: GridSpec = {
    coalesce: version(),
    command: g.command,
    definition: g.definition,
    columns: [...g.shape.columns],
    seed: g.seed,
    runs,
    format,
    header: g.header,
    keyColumns: [...paths, 'runIndex'],
    jobs: points.length * runs,
  };
  const meta: SweepMeta = {
    provenance: provenance(g.command, g.argv),
    complete: false,
    shard: `${shard.index}/${shard.count}`,
    signature: sweepSignature(spec),
    sweep: spec,
    points: points.map((p, i) => ({ ...Object.fromEntries(paths.map((path, k) => [path, p.cells[k]])), ...rowProv[i] })),
    ...g.extraMeta,
  };
  const writer =
    format === 'csv' ? sweepCsv(paths, g.shape)
    : format === 'jsonl' ? sweepJsonl(paths, g.shape)
    : sweepJson(paths, g.shape, { ...meta, complete: undefined });
  if (g.resume && (g.outPath === undefined || g.metaPath === undefined)) {
    throw new UsageError('--resume needs --out PATH and --format csv or jsonl (it reads what PATH.partial already holds)', g.command);
  }
  const headerText = format !== 'csv' || g.header ? writer.header() : '';
  const plan: ResumePlan = g.resume ? planResume(g.outPath!, g.metaPath!, meta, headerText) : { kind: 'fresh' };
  if (plan.kind === 'done') {
    io.err(`${g.command}: ${g.outPath} is already complete (shard ${meta.shard}); nothing to run\n`);
    return EXIT.ok;
  }
  const skipped = plan.kind === 'resume' ? plan.jobs : 0;
  if (plan.kind === 'resume') io.err(`${g.command}: resuming ${g.outPath}: ${skipped} of ${jobs.length} runs already written\n`);
  const todo = jobs.slice(skipped);
  if (g.metaPath !== undefined) writeMeta(g.metaPath, meta);
  const sink = openSink(io, g.outPath, plan.kind === 'resume' ? plan.bytes : undefined);
  const pool = new ReplicationPool(g.workers);
  try {
    const started = performance.now();
    if (plan.kind !== 'resume') sink.write(headerText);
    // Rows leave in job order whatever the completion order: hold early
    // finishers until every earlier job is written (or has failed).
    const position = new Map(todo.map((j, i) => [j, i]));
    const held = new Map<number, RunResult | null>();
    let next = 0;
    const flush = () => {
      while (held.has(next)) {
        const r = held.get(next)!;
        held.delete(next);
        const p = todo[next].tag!;
        if (r) sink.write(writer.rows(points[p].cells, r, rowProv[p]));
        next++;
      }
    };
    const onProgress = progressSink(io, g.command, g.progress, (p) => bar(g.command, p.done, p.total, p.etaMs), skipped);
    const { failures } = await pool.run(todo, {
      signal: io.signal,
      keepResults: false,
      onResult: (job, r) => {
        held.set(position.get(job)!, r);
        flush();
      },
      onFailure: (f) => {
        held.set(position.get(f.job)!, null);
        flush();
      },
      onProgress,
    });
    io.progress('');
    if (io.errIsTTY) io.err(`${g.command}: ${todo.length} runs in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    for (const f of failures) {
      io.err(`${g.file}: grid point ${paths.map((p, i) => `${p}=${points[f.job.tag!].cells[i]}`).join(' ')}: ${f.message}\n`);
    }
    sink.write(writer.footer());
    sink.close();
    // A part with missing rows is not complete: merge refuses it, --resume reruns it.
    if (g.metaPath !== undefined) writeMeta(g.metaPath, { ...meta, complete: failures.length === 0 });
    if (failures.length > 0) {
      io.err(`${failures.length} of ${todo.length} runs failed twice; their rows are missing from the output\n`);
      return EXIT.internal;
    }
    return EXIT.ok;
  } catch (e) {
    io.progress('');
    // Interrupted: the whole jobs written so far stay in PATH.partial for --resume.
    sink.abort(g.resume || io.signal?.aborted === true);
    throw e;
  } finally {
    pool.close();
  }
}
