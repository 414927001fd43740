import { defaultScenario } from '../src/scenario/defaults.ts';
import { PRESET_IDS } from '../src/scenario/types.ts';
import { runScenario, phaseName } from '../src/model/index.ts';
const weeks = [0, 1, 2, 4, 8, 12, 26, 52, 78];
const keys = (process.argv[2] ?? 'activeFraction,meanTrust,groupSafety,trickyShared1on1,trickySharedGroup,innovations,clustering,density,eiIndex,members,phase').split(',');
for (const id of PRESET_IDS) {
  const t0 = performance.now();
  const r = runScenario(defaultScenario(id), { seed: 1, runIndex: 0 });
  const ms = performance.now() - t0;
  console.log(`== ${id} (${ms.toFixed(1)} ms) coalescing ${r.summary.coalescingWeek} maturing ${r.summary.maturingWeek} first1on1 ${r.summary.firstTricky1on1Week} firstGroup ${r.summary.firstTrickyGroupWeek}`);
  for (const k of keys) {
    const col = r.columns[k as 'week'];
    console.log(k.padEnd(20), weeks.map((w) => k === 'phase' ? phaseName(col[w]).slice(0, 4) : (+col[w].toFixed(3))).join('\t'));
  }
}
