// Engine benchmark (issue 2): member-weeks per second and peak memory for
// 60 × 78, 1,000 × 156 and 10,000 × 156, replications per second of the
// default scenario, and how cost grows with members × weeks.
// Part of `npm run bench`; alone: `npx tsx bench/engine.ts`.
//
// Each size runs in a fresh Node process so that its peak memory (max RSS)
// is its own. Figures are medians; CPU time is reported beside wall time
// because these machines are shared and noisy.

import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runScenario } from '../src/model/run.ts';
import { defaultScenario } from '../src/scenario/defaults.ts';

interface Measure {
  members: number;
  weeks: number;
  runs: number;
  wallMs: number; // median per run
  cpuMs: number; // median per run
  maxRssMb: number;
  heapMb: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Child mode: run one size and print a JSON line. */
function measureHere(members: number, weeks: number, runs: number): Measure {
  const s = defaultScenario('steady-rhythm');
  s.population.size = members;
  s.horizon = weeks;
  const warm = members <= 1000 ? Math.min(10, runs) : 0;
  for (let k = 0; k < warm; k++) runScenario(s, { seed: 999, runIndex: k });
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let k = 0; k < runs; k++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    runScenario(s, { seed: s.seed, runIndex: k });
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return {
    members,
    weeks,
    runs,
    wallMs: median(wall),
    cpuMs: median(cpu),
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    heapMb: process.memoryUsage().heapUsed / 2 ** 20,
  };
}

function measureInChild(members: number, weeks: number, runs: number): Measure {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', String(members), String(weeks), String(runs)],
    { encoding: 'utf8' },
  );
  return JSON.parse(out.trim().split('\n').pop()!) as Measure;
}

export async function benchEngine(): Promise<void> {
  console.log(`engine (Node ${process.version}; load average ${loadavg().map((x) => x.toFixed(1)).join(' ')})`);
  const sizes: [number, number, number][] = [
    [60, 78, 200],
    [300, 78, 30],
    [1000, 156, 5],
    [10000, 156, 1],
  ];
  const rows = sizes.map(([n, w, r]) => measureInChild(n, w, r));
  console.log('  members × weeks   ms/run (wall)  ms/run (cpu)  member-weeks/s (cpu)  max RSS MB');
  for (const m of rows) {
    const mwps = (m.members * m.weeks) / (m.cpuMs / 1000);
    console.log(
      `  ${`${m.members} × ${m.weeks}`.padEnd(16)}  ${m.wallMs.toFixed(1).padStart(13)}  ${m.cpuMs.toFixed(1).padStart(12)}  ${Math.round(mwps).toLocaleString('en').padStart(20)}  ${m.maxRssMb.toFixed(0).padStart(10)}`,
    );
  }
  const per = rows.map((m) => m.cpuMs / (m.members * m.weeks));
  console.log(`  cost per member-week relative to 60 × 78: ${per.map((x) => (x / per[0]).toFixed(2)).join(', ')} (1.00 everywhere = linear)`);
  const d = rows[0];
  console.log(`  default scenario: ${(1000 / d.wallMs).toFixed(0)} replications/s on one thread (median ${d.wallMs.toFixed(2)} ms per run; target well under 5 ms)`);
}

if (process.argv[2] === '--child') {
  const [n, w, r] = process.argv.slice(3).map(Number);
  console.log(JSON.stringify(measureHere(n, w, r)));
} else if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  await benchEngine();
}
