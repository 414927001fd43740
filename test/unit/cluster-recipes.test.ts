// docs/SWEEPS.md's Slurm and GNU parallel recipes, run as written (with a
// smaller grid) on a simulated job array: tasks out of order, one killed
// half-way and resubmitted, one resubmitted after it finished, and the merge
// compared byte for byte with the unsharded sweep.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIX, ROOT } from './cli-helpers.ts';

const BIN = join(ROOT, 'bin/coalesce.mjs');
const DOC = readFileSync(join(ROOT, 'docs/SWEEPS.md'), 'utf8');

function recipe(name: string): string {
  const m = new RegExp(`<!-- recipe: ${name} -->\\n\`\`\`\\w*\\n([\\s\\S]*?)\`\`\``).exec(DOC);
  if (!m) throw new Error(`docs/SWEEPS.md has no recipe ${name}`);
  return m[1];
}

/** Replace `from` by `to`, failing when the recipe no longer holds `from`. */
function swap(text: string, from: string, to: string): string {
  expect(text, `recipe still holds ${from}`).toContain(from);
  return text.replaceAll(from, to);
}

function bash(dir: string, script: string, env: Record<string, string> = {}) {
  const r = spawnSync('bash', ['-c', script], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, COALESCE: BIN, COALESCE_DEBUG: '', ...env, PATH: `${join(ROOT, 'test/fixtures/cluster')}:${process.env.PATH}` },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function workdir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'coalesce-array-'));
  copyFileSync(join(ROOT, FIX, 'small.yaml'), join(dir, 'sweep.yaml'));
  return dir;
}

describe('cluster recipes (simulated job array)', () => {
  it('Slurm: out of order, a killed task resumed, a finished one resubmitted, merged = unsharded', () => {
    const dir = workdir();
    let sbatch = recipe('slurm');
    sbatch = swap(sbatch, 'N=32 ', 'N=3 ');
    sbatch = swap(sbatch, '--runs 1000', '--runs 2');
    writeFileSync(join(dir, 'sweep.sbatch'), sbatch);
    const task = (id: number) => bash(dir, 'bash sweep.sbatch', { SLURM_ARRAY_TASK_ID: String(id), SLURM_CPUS_PER_TASK: '1', SLURM_SUBMIT_DIR: dir });
    const merge = recipe('slurm-submit').split('\n').find((l) => l.includes(' merge '))!;
    expect(merge).toBeDefined();

    for (const id of [3, 1]) expect(task(id).code).toBe(0);
    // Merging too early names the missing shard and writes nothing.
    const early = bash(dir, merge);
    expect(early.code).toBe(1);
    expect(early.stderr).toMatch(/missing 1 of 3 shards: 2\/3/);
    expect(() => statSync(join(dir, 'sweep.csv'))).toThrow();

    // Task 2 is killed half-way: its .partial holds some whole runs and a torn line.
    expect(task(2).code).toBe(0);
    const part2 = join(dir, 'out/part-2.csv');
    const whole2 = readFileSync(part2, 'utf8');
    const lines = whole2.split('\n');
    writeFileSync(`${part2}.partial`, `${lines.slice(0, 4).join('\n')}\n${lines[4].slice(0, 20)}`);
    renameSync(part2, join(dir, 'killed.csv'));
    const meta2 = join(dir, 'out/part-2.meta.json');
    writeFileSync(meta2, JSON.stringify({ ...JSON.parse(readFileSync(meta2, 'utf8')), complete: false }));
    const rerun = task(2); // sbatch --array=2 sweep.sbatch
    expect(rerun.code).toBe(0);
    // Three whole runs and a torn line: the last whole run may be cut short too, so two are kept.
    expect(rerun.stderr).toMatch(/resuming out\/part-2\.csv: 2 of \d+ runs already written/);
    expect(readFileSync(part2, 'utf8')).toBe(whole2);

    // Resubmitting a finished task changes nothing.
    const before = statSync(join(dir, 'out/part-1.csv')).mtimeMs;
    const again = task(1);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/already complete \(shard 1\/3\); nothing to run/);
    expect(statSync(join(dir, 'out/part-1.csv')).mtimeMs).toBe(before);

    expect(bash(dir, merge).code).toBe(0);
    // The unsharded sweep: the same script with N=1.
    const single = workdir();
    writeFileSync(join(single, 'sweep.sbatch'), swap(sbatch, 'N=3 ', 'N=1 '));
    expect(bash(single, 'bash sweep.sbatch', { SLURM_ARRAY_TASK_ID: '1', SLURM_SUBMIT_DIR: single }).code).toBe(0);
    const unsharded = readFileSync(join(single, 'out/part-1.csv'), 'utf8');
    expect(unsharded.split('\n').length).toBeGreaterThan(8);
    expect(readFileSync(join(dir, 'sweep.csv'), 'utf8')).toBe(unsharded);
    // The merged file's record says what it holds.
    expect(JSON.parse(readFileSync(join(dir, 'sweep.meta.json'), 'utf8'))).toMatchObject({ complete: true, shard: '1/1' });
  });

  it('GNU parallel: every shard from the absolute path, merged = unsharded', () => {
    const dir = workdir();
    mkdirSync(join(dir, 'out'));
    let script = recipe('parallel');
    expect(script).toMatch(/^COALESCE=\/\S+/m);
    expect(script).not.toMatch(/npx/);
    script = swap(script, 'N=16', 'N=3');
    script = swap(script, '--runs 500', '--runs 1');
    script = swap(script, 'population.size=60,200,600', 'population.size=20,30');
    script = script.replace(/^COALESCE=.*$/m, `COALESCE=${BIN}`);
    const r = bash(dir, `set -euo pipefail\n${script}`);
    expect(r.stderr).toMatch(/merge: 3 shards/);
    expect(r.code).toBe(0);
    const unsharded = spawnSync(process.execPath, [BIN, 'sweep', 'sweep.yaml', '--vary', 'facilitator.budget=3,4,6,8', '--vary', 'population.size=20,30', '--runs', '1'], { cwd: dir, encoding: 'utf8' });
    expect(unsharded.status).toBe(0);
    expect(readFileSync(join(dir, 'sweep.csv'), 'utf8')).toBe(unsharded.stdout);
  });

  it('no command in docs/SWEEPS.md goes through npx; the docs say how to call the local copy', () => {
    const blocks = [...DOC.matchAll(/```\w*\n([\s\S]*?)```/g)].map((m) => m[1]);
    expect(blocks.length).toBeGreaterThan(5);
    for (const b of blocks) expect(b).not.toMatch(/\bnpx\b/);
    expect(DOC).toMatch(/node \/path\/to\/coalesce\/bin\/coalesce\.mjs/);
    expect(DOC).toMatch(/npm link/);
  });
});
