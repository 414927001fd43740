// CLI start-up: wall time of `node bin/coalesce.mjs run
// scenarios/steady-rhythm.yaml --runs 1 --weeks 1`, median of 10 starts (the
// bundle built beforehand), against a bare `node -e 0`, `--help`, and the
// same run through tsx (COALESCE_NO_BUNDLE=1, the sources compiled at start).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUN = ['bin/coalesce.mjs', 'run', 'scenarios/steady-rhythm.yaml', '--runs', '1', '--weeks', '1'];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function time(args: string[], n: number, env: Record<string, string> = {}): number {
  const ms: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    ms.push(performance.now() - t);
    if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  }
  return median(ms);
}

export function benchStartup(): void {
  time(RUN, 1); // builds the bundle if the sources changed
  const bare = time(['-e', '0'], 10);
  const help = time(['bin/coalesce.mjs', '--help'], 10);
  const run = time(RUN, 10);
  const tsx = time(RUN, 5, { COALESCE_NO_BUNDLE: '1' });
  const s = (ms: number) => `${(ms / 1000).toFixed(3)} s`;
  console.log('CLI start-up (median wall time; target for the run: under 0.15 s)');
  console.log(`  node -e 0                                   ${s(bare)}  (10 starts)`);
  console.log(`  coalesce --help                             ${s(help)}  (10 starts)`);
  console.log(`  coalesce run steady-rhythm --runs 1 --weeks 1  ${s(run)}  (10 starts)`);
  console.log(`  the same through tsx (COALESCE_NO_BUNDLE=1)    ${s(tsx)}  (5 starts; ${(tsx / run).toFixed(1)}x)`);
}

if (import.meta.url === `file://${process.argv[1]}`) benchStartup();
