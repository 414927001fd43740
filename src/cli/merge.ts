// `coalesce merge`: join the parts of a sharded sweep into the rows the
// unsharded sweep would have written, byte for byte, after checking that
// every shard 1..N is there exactly once, complete, and from the same sweep.

import { existsSync, readFileSync } from 'node:fs';
import { parseCommandArgs, stringOption } from './args.ts';
import type { Command } from './command.ts';
import { EXIT, InputError, UsageError } from './errors.ts';
import { openSink } from './output.ts';
import { metaPathFor, provenance, writeMeta } from './provenance.ts';
import { groupJobs, keyReader, readMeta, type SweepMeta } from './sweep-resume.ts';

interface Part {
  file: string;
  meta: SweepMeta;
  index: number;
  count: number;
}

function loadParts(files: string[]): Part[] {
  const problems: string[] = [];
  const parts: Part[] = [];
  for (const file of files) {
    const metaPath = metaPathFor(file);
    if (!existsSync(file)) {
      const partial = existsSync(`${file}.partial`) ? ` (${file}.partial exists: that task did not finish; rerun it with --resume)` : '';
      problems.push(`${file}: no such file${partial}`);
      continue;
    }
    const meta = readMeta(metaPath);
    if (!meta || !meta.sweep) {
      problems.push(`${file}: no metadata record ${metaPath} beside it; merge needs the one 'coalesce sweep --out' writes`);
      continue;
    }
    if (!meta.complete) {
      problems.push(`${file}: incomplete (shard ${meta.shard} failed or was stopped); rerun that shard with --resume`);
      continue;
    }
    const [index, count] = meta.shard.split('/').map(Number);
    parts.push({ file, meta, index, count });
  }
  if (problems.length > 0) throw new InputError(problems);
  return parts;
}

/** Every shard 1..N once, all of one sweep; otherwise an error naming what is wrong. */
function checkSet(parts: Part[]): number {
  const first = parts[0];
  const problems: string[] = [];
  for (const p of parts) {
    if (p.meta.signature !== first.meta.signature) {
      problems.push(`${p.file}: from another sweep than ${first.file} (different grid, runs, seed, format or version; see their .meta.json)`);
    } else if (p.count !== first.count) {
      problems.push(`${p.file}: shard ${p.meta.shard}, but ${first.file} is shard ${first.meta.shard}: the parts were cut into different numbers of shards`);
    }
  }
  if (problems.length > 0) throw new InputError(problems);
  const n = first.count;
  const seen = new Map<number, string>();
  for (const p of parts) {
    const other = seen.get(p.index);
    if (other !== undefined) problems.push(`shard ${p.index}/${n} given twice: ${other} and ${p.file}`);
    seen.set(p.index, p.file);
  }
  const missing = Array.from({ length: n }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (missing.length > 0) {
    const guess = (i: number) => {
      const f = first.file.replace(new RegExp(`(^|\\D)${first.index}(\\D*)$`), `$1${i}$2`);
      return f !== first.file ? ` (${f}?)` : '';
    };
    problems.push(`missing ${missing.length} of ${n} shards: ${missing.map((i) => `${i}/${n}${guess(i)}`).join(', ')}`);
  }
  if (problems.length > 0) throw new InputError(problems);
  return n;
}

/** A part's header lines and its rows grouped by job (one group per job of its shard). */
function jobsOf(part: Part, headerLines: number): { header: string[]; jobs: string[][] } {
  const lines = readFileSync(part.file, 'utf8').split('\n');
  if (lines.at(-1) === '') lines.pop();
  const spec = part.meta.sweep;
  const jobs = groupJobs(lines.slice(headerLines), keyReader(spec));
  const expected = Math.max(0, Math.ceil((spec.jobs - (part.index - 1)) / part.count));
  if (jobs.length !== expected) {
    throw new InputError([`${part.file}: holds ${jobs.length} runs where shard ${part.meta.shard} has ${expected}; was it edited or cut? Rerun the shard`]);
  }
  return { header: lines.slice(0, headerLines), jobs };
}

export const command: Command = {
  name: 'merge',
  usage: 'coalesce merge PART... [--out PATH]',
  help: `Join the parts of a sweep run with --shard I/N --out PART (CSV or JSONL)
into exactly the output of the unsharded sweep: one header, then every row in
job order. Each PART needs the PART.meta.json its sweep wrote. Before writing
anything, merge checks that the parts come from one sweep (same grid, runs,
seed, format and Coalesce version), that each is complete, and that every
shard 1..N is there exactly once; otherwise it names what is missing (exit 1).
*.meta.json arguments are ignored, so a shell glob like out/part-* works.

Options:
  --out PATH   write to PATH instead of stdout, with PATH's metadata record
               (listing the parts) beside it

Example:
  coalesce merge out/part-*.csv --out sweep.csv`,
  async run(argv, io) {
    const args = parseCommandArgs('merge', argv, { out: { type: 'string' } });
    const files = args.positionals.filter((f) => !f.endsWith('.meta.json') && !f.endsWith('.partial'));
    if (files.length === 0) throw new UsageError('give the PART files of a sharded sweep', 'merge');
    const parts = loadParts(files);
    const n = checkSet(parts);
    const spec = parts[0].meta.sweep;
    const headerLines = spec.header ? 1 : 0;
    const byShard = new Map(parts.map((p) => [p.index, jobsOf(p, headerLines)]));
    const outPath = stringOption(args, 'out');
    const sink = openSink(io, outPath);
    try {
      const header = byShard.get(1)!.header;
      if (header.length > 0) sink.write(`${header.join('\n')}\n`);
      for (let k = 0; k < spec.jobs; k++) {
        const rows = byShard.get((k % n) + 1)!.jobs[Math.floor(k / n)];
        if (rows.length > 0) sink.write(`${rows.join('\n')}\n`);
      }
      sink.close();
    } catch (e) {
      sink.abort();
      throw e;
    }
    if (outPath !== undefined) {
      const { provenance: _p, ...rest } = parts[0].meta;
      writeMeta(metaPathFor(outPath), {
        ...rest,
        provenance: provenance('merge', argv),
        shard: '1/1',
        complete: true,
        parts: parts.sort((a, b) => a.index - b.index).map((p) => ({ file: p.file, shard: p.meta.shard, provenance: p.meta.provenance })),
      });
    }
    io.err(`merge: ${n} shards, ${spec.jobs} runs\n`);
    return EXIT.ok;
  },
};
