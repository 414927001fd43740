// What not computing unrecorded indicators saves (issues 16 and 18): runs that
// record neither clustering nor meanConstraint skip the triangle-and-
// constraint pass. Interleaved pairs on the same seeds, median of per-pair CPU
// ratios (recording a few indicators / recording all). Part of `npm run bench`.
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { runScenario } from '../src/model/run.ts';
import { defaultScenario } from '../src/scenario/defaults.ts';
import type { Indicator } from '../src/model/indicators.ts';

const FEW: Indicator[] = ['activeFraction', 'meanTrust', 'innovations', 'crossOrgTieShare', 'phase'];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function cpu(members: number, weeks: number, seed: number, record?: Indicator[]): number {
  const s = defaultScenario('steady-rhythm');
  s.population.size = members;
  s.horizon = weeks;
  const c0 = process.cpuUsage();
  runScenario(s, { seed, record });
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

export function benchRecord(): void {
  console.log(`unrecorded indicators (load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}): recording ${FEW.join(', ')} against all`);
  for (const [members, weeks, pairs] of [
    [60, 78, 200],
    [1000, 156, 12],
  ] as const) {
    for (let k = 0; k < 5; k++) (cpu(members, weeks, 900 + k), cpu(members, weeks, 900 + k, FEW));
    const ratios: number[] = [];
    for (let k = 0; k < pairs; k++) {
      const [all, few] = k % 2 ? [cpu(members, weeks, k), cpu(members, weeks, k, FEW)] : (() => { const f = cpu(members, weeks, k, FEW); return [cpu(members, weeks, k), f]; })();
      ratios.push(few / all);
    }
    console.log(`  ${`${members} × ${weeks}`.padEnd(11)} median CPU ratio few/all over ${pairs} pairs: ${median(ratios).toFixed(3)}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) benchRecord();
