// Every pattern's figures on the default population and the family (MODEL.md
// §1), for calibration work. `npx tsx scripts/calibrate.ts [--only P1,P5]
// [--pops default,p01] [--ablate]`; SET='{"parameters.homophily": 1.5}' tries
// other defaults without editing params.ts. docs/PATTERNS.md (npm run
// patterns) is the record; this prints the same checks as they run.
import { readFileSync } from 'node:fs';
import { PARAMS } from '../src/scenario/params.ts';
import { DEFAULT_POPULATION, type Population } from '../test/patterns/family.ts';
import * as M from '../test/patterns/measure.ts';
import { PATTERNS } from '../test/patterns/patterns.ts';

for (const [path, v] of Object.entries(JSON.parse(process.env.SET ?? '{}') as Record<string, number>)) {
  const spec = PARAMS.find((s) => s.path === path);
  if (!spec) throw new Error(`unknown parameter ${path}`);
  (spec as { default: number }).default = v;
}
const arg = (name: string) => {
  const k = process.argv.indexOf(name);
  return k >= 0 ? process.argv[k + 1] : undefined;
};
const family = JSON.parse(readFileSync(new URL('../test/patterns/family.json', import.meta.url), 'utf8')) as Population[];
const pops = [DEFAULT_POPULATION, ...family].filter((p) => !arg('--pops') || arg('--pops')!.split(',').includes(p.id));
const only = arg('--only')?.split(',');
const patterns = PATTERNS.filter((p) => !only || only.includes(p.id));
const ablate = process.argv.includes('--ablate');
const t0 = performance.now();
for (const pop of pops) {
  console.log(`== ${pop.id} (${pop.size} members, ${pop.shares.length} orgs ${pop.shares.join('/')})`);
  for (const p of patterns) {
    const c = p.check(pop);
    let line = `${p.id.padEnd(5)} ${c.pass ? 'ok  ' : 'FAIL'} ${c.figure}`;
    if (ablate && p.ablation) {
      const a = p.check(pop, p.ablation.tweak);
      line += `   | ablated: ${a.pass ? 'still holds' : 'fails'} ${a.figure}`;
    }
    console.log(line);
  }
  for (const id of ['big-launch', 'steady-rhythm', 'weaver', 'vulnerability', 'value-first', 'trust-first', 'bridging', 'balanced'] as const) {
    const rs = M.presetRuns(id, undefined, pop);
    console.log(`      ${id.padEnd(14)} maturing ${M.maturedShare(rs).toFixed(2)} dormant ${M.dormantShare(rs).toFixed(2)} S78 ${M.meanAt(rs, 'groupSafety', 78).toFixed(2)} V78 ${M.meanAt(rs, 'memberValue', 78).toFixed(3)} act78 ${M.meanAt(rs, 'activeFraction', 78).toFixed(2)} innov ${M.meanAt(rs, 'innovations', 78).toFixed(1)} σ ${M.meanAt(rs, 'sponsorSupport', 78).toFixed(2)}`);
  }
  M.clearRuns();
}
console.log(`(${((performance.now() - t0) / 1000).toFixed(1)} s)`);
