// Batch-job plumbing: progress lines for log files, --resume's reading of a
// partial part, and merge's checks.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryIO } from '../../src/cli/io.ts';
import { PROGRESS_EVERY_MS, progressLog } from '../../src/cli/progress.ts';
import { completedJobs } from '../../src/cli/sweep-resume.ts';
import { FIX, cliInProcess } from './cli-helpers.ts';

const SMALL = `${FIX}/small.yaml`;
const GRID = ['--vary', 'population.size=20,25', '--runs', '3', '--summary'];

describe('progress lines', () => {
  function feed(forced: boolean, steps: [number, number][], total = 100) {
    const io = memoryIO();
    let t = 0;
    const log = progressLog(io, 'sweep', forced, () => t);
    for (const [at, done] of steps) {
      t = at;
      log.update({ done, total, etaMs: null });
    }
    return io.stderr().trimEnd().split('\n').filter(Boolean);
  }

  it('with --progress: a line at the first run, then at every 10% step, with runs/s and time left', () => {
    const lines = feed(true, Array.from({ length: 100 }, (_, i) => [(i + 1) * 100, i + 1] as [number, number]));
    expect(lines).toHaveLength(11);
    expect(lines[0]).toMatch(/^sweep: 1\/100 runs \(1%\)/);
    expect(lines[1]).toBe('sweep: 10/100 runs (10%), 10.0 runs/s, about 9 s left');
    expect(lines.at(-1)).toMatch(/^sweep: 100\/100 runs \(100%\), 10\.0 runs\/s, about 0 s left$/);
    for (const l of lines) expect(l).not.toMatch(/\r|\x1b/);
  });

  it('also every 30 s when 10% takes longer', () => {
    const lines = feed(true, [[1000, 1], [PROGRESS_EVERY_MS + 1000, 2], [PROGRESS_EVERY_MS + 2000, 3], [2 * PROGRESS_EVERY_MS + 1000, 4]], 1000);
    expect(lines.map((l) => l.split(' ')[1])).toEqual(['1/1000', '2/1000', '4/1000']);
  });

  it('without --progress: silent for a short job, lines once it has run 30 s', () => {
    expect(feed(false, [[1000, 50], [2000, 100]])).toEqual([]);
    const long = feed(false, [[10_000, 5], [PROGRESS_EVERY_MS + 1, 20], [PROGRESS_EVERY_MS + 5000, 25], [PROGRESS_EVERY_MS + 9000, 30]]);
    expect(long.map((l) => l.split(' ')[1])).toEqual(['20/100', '30/100']);
  });

  it('sweep --progress prints plain lines through the CLI, and nothing without it', async () => {
    const r = await cliInProcess('sweep', SMALL, ...GRID, '--progress', '--workers', '1');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^sweep: 6\/6 runs \(100%\), [\d.]+ runs\/s, about 0 s left$/m);
    expect((await cliInProcess('sweep', SMALL, ...GRID)).stderr).toBe('');
    const run = await cliInProcess('run', SMALL, '--runs', '2', '--progress', '--format', 'csv');
    expect(run.stderr).toMatch(/^run: 2\/2 runs \(100%\)/m);
  });
});

describe('--resume', () => {
  it('counts the whole jobs of a partial file and where they end, leaving out the last (maybe cut) one', () => {
    const key = (l: string) => l[0];
    const text = 'h\na1\na2\nb1\nb2\nc1\nc';
    expect(completedJobs(text, 1, key)).toEqual({ jobs: 2, bytes: 'h\na1\na2\nb1\nb2\n'.length });
    expect(completedJobs('h\na1\na2\nb1\n', 1, key)).toEqual({ jobs: 1, bytes: 'h\na1\na2\n'.length });
    expect(completedJobs('h\n', 1, key)).toEqual({ jobs: 0, bytes: 2 });
    expect(completedJobs('', 0, key)).toEqual({ jobs: 0, bytes: 0 });
    expect(completedJobs('h', 1, key)).toEqual({ jobs: 0, bytes: -1 });
  });

  it('needs --out, and refuses to resume a file another sweep wrote', async () => {
    expect((await cliInProcess('sweep', SMALL, ...GRID, '--resume')).code).toBe(2);
    const dir = mkdtempSync(join(tmpdir(), 'coalesce-resume-'));
    const out = join(dir, 'p.csv');
    expect((await cliInProcess('sweep', SMALL, ...GRID, '--out', out)).code).toBe(0);
    const other = await cliInProcess('sweep', SMALL, '--vary', 'population.size=20,30', '--runs', '3', '--summary', '--out', out, '--resume');
    expect(other.code).toBe(1);
    expect(other.stderr).toMatch(/p\.csv was not written by this sweep/);
    const same = await cliInProcess('sweep', SMALL, ...GRID, '--out', out, '--resume');
    expect(same.code).toBe(0);
    expect(same.stderr).toMatch(/already complete/);
  });
});

describe('coalesce merge', () => {
  async function parts(dir: string, n: number, extra: string[] = []) {
    for (let i = 1; i <= n; i++) {
      const r = await cliInProcess('sweep', SMALL, ...GRID, ...extra, '--shard', `${i}/${n}`, '--out', join(dir, `part-${i}.csv`));
      expect(r.code).toBe(0);
    }
  }

  it('joins JSONL parts into the unsharded bytes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'coalesce-merge-'));
    await parts(dir, 4, ['--format', 'jsonl']);
    const whole = await cliInProcess('sweep', SMALL, ...GRID, '--format', 'jsonl');
    const files = [4, 2, 3, 1].map((i) => join(dir, `part-${i}.csv`));
    const merged = await cliInProcess('merge', ...files);
    expect(merged.code).toBe(0);
    expect(merged.stdout).toBe(whole.stdout);
  });

  it('names a shard given twice, a part of another sweep, an incomplete part and a missing record', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'coalesce-merge-'));
    await parts(dir, 2);
    const p1 = join(dir, 'part-1.csv');
    const p2 = join(dir, 'part-2.csv');
    const twice = await cliInProcess('merge', p1, p1, p2);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toMatch(/shard 1\/2 given twice/);

    const otherDir = mkdtempSync(join(tmpdir(), 'coalesce-merge-'));
    await parts(otherDir, 2, ['--seed', '3']);
    const mixed = await cliInProcess('merge', p1, join(otherDir, 'part-2.csv'));
    expect(mixed.code).toBe(1);
    expect(mixed.stderr).toMatch(/from another sweep/);

    const meta = join(dir, 'part-2.meta.json');
    const record = readFileSync(meta, 'utf8');
    writeFileSync(meta, JSON.stringify({ ...JSON.parse(record), complete: false }));
    const incomplete = await cliInProcess('merge', p1, p2);
    expect(incomplete.stderr).toMatch(/part-2\.csv: incomplete \(shard 2\/2 failed or was stopped\); rerun that shard with --resume/);
    rmSync(meta);
    const bare = await cliInProcess('merge', p1, p2);
    expect(bare.stderr).toMatch(/part-2\.csv: no metadata record .*part-2\.meta\.json/);
    expect(bare.stdout).toBe('');
  });
});
