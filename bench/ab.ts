// A/B of the engine against an earlier commit, in one Node process (issue 15:
// "v0.3 no more than 15% slower than v0.2"). Both versions are bundled with
// esbuild from git (the earlier one from `git archive`), loaded side by side,
// and run interleaved (A, B, B, A, ...) on the same scenarios, so that the
// machine's load hits both alike. Prints the median of per-pair CPU ratios
// B/A for 60 × 78 and 1,000 × 156 (the sizes of bench/engine.ts).
// `npx tsx bench/ab.ts [REF]`; REF defaults to 2cd8378 (model v0.2). Part of
// `npm run bench` when the repository has that commit.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export const V02 = '2cd8378';
const ROOT = fileURLToPath(new URL('..', import.meta.url));

export type Engine = {
  runScenario: (s: unknown, o: { seed: number; runIndex: number }) => unknown;
  defaultScenario: (p?: string) => { population: { size: number }; horizon: number };
  PRESET_IDS: readonly string[];
};

/** The engine of an earlier commit: its src/ from `git archive`, bundled. */
export async function engineAt(ref: string): Promise<Engine> {
  const dir = mkdtempSync(join(tmpdir(), 'coalesce-ref-'));
  execFileSync('sh', ['-c', `git -C '${ROOT}' archive ${ref} src | tar -x -C '${dir}'`]);
  return bundle(dir, mkdtempSync(join(tmpdir(), 'coalesce-a-')));
}

/** The engine of a source tree, bundled with esbuild and loaded. */
export async function bundle(srcRoot: string, out: string): Promise<Engine> {
  const entry = join(out, 'entry.ts');
  writeFileSync(entry, `export { runScenario } from '${srcRoot}/src/model/run.ts';\nexport { defaultScenario } from '${srcRoot}/src/scenario/defaults.ts';\nexport { PRESET_IDS } from '${srcRoot}/src/scenario/types.ts';\n`);
  const file = join(out, 'engine.mjs');
  await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', outfile: file, logLevel: 'silent', nodePaths: [join(ROOT, 'node_modules')] });
  return (await import(pathToFileURL(file).href)) as Engine;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function cpuOf(e: Engine, members: number, weeks: number, seed: number): number {
  const s = e.defaultScenario('steady-rhythm');
  s.population.size = members;
  s.horizon = weeks;
  const c0 = process.cpuUsage();
  e.runScenario(s, { seed, runIndex: 0 });
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

export async function benchAB(ref = V02): Promise<void> {
  try {
    execFileSync('git', ['-C', ROOT, 'cat-file', '-e', `${ref}^{commit}`], { stdio: 'ignore' });
  } catch {
    console.log(`engine A/B: commit ${ref} is not in this clone; skipped`);
    return;
  }
  const a = await engineAt(ref);
  const b = await bundle(ROOT, mkdtempSync(join(tmpdir(), 'coalesce-b-')));
  console.log(`engine A/B: A = ${ref}, B = this tree (load average ${loadavg().map((x) => x.toFixed(1)).join(' ')})`);
  for (const [members, weeks, pairs] of [
    [60, 78, 200],
    [1000, 156, 12],
  ] as const) {
    for (let k = 0; k < 5; k++) (cpuOf(a, members, weeks, 900 + k), cpuOf(b, members, weeks, 900 + k)); // warm both
    const ratios: number[] = [];
    const as: number[] = [];
    const bs: number[] = [];
    for (let k = 0; k < pairs; k++) {
      const seed = 1000 + k;
      const [ta, tb] = k % 2 ? [cpuOf(a, members, weeks, seed), cpuOf(b, members, weeks, seed)] : (() => { const tb = cpuOf(b, members, weeks, seed); return [cpuOf(a, members, weeks, seed), tb]; })();
      as.push(ta);
      bs.push(tb);
      ratios.push(tb / ta);
    }
    console.log(`  ${`${members} × ${weeks}`.padEnd(11)} median CPU per run A ${median(as).toFixed(1)} ms, B ${median(bs).toFixed(1)} ms; median of ${pairs} paired ratios B/A ${median(ratios).toFixed(3)}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await benchAB(process.argv[2]);
