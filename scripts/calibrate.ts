// Print every pattern's figures over 30 seeds (MODEL.md §1).
import { PRESET_IDS } from '../src/scenario/types.ts';
import { PARAMS } from '../src/scenario/params.ts';
import * as M from '../test/patterns/measure.ts';

// SET='{"parameters.homophily": 1.5}' tries other defaults without editing params.ts.
for (const [path, v] of Object.entries(JSON.parse(process.env.SET ?? '{}') as Record<string, number>)) {
  const spec = PARAMS.find((s) => s.path === path);
  if (!spec) throw new Error(`unknown parameter ${path}`);
  (spec as { default: number }).default = v;
}

if (process.env.SEEDBASE) M.useSeeds(Array.from({ length: 30 }, (_, k) => Number(process.env.SEEDBASE) + k));
const f = (x: number) => x.toFixed(3);
const t0 = performance.now();
const bl = M.presetRuns('big-launch');
const peak = M.meanAt(bl, 'activeFraction', 1);
const maxLate = Math.max(...Array.from({ length: 53 }, (_, k) => M.meanAt(bl, 'activeFraction', 26 + k)));
console.log(`P1 big-launch: mean peak wk1 ${f(peak)}; wk8 ${f(M.meanAt(bl, 'activeFraction', 8))} (need < ${f(peak / 3)}); max mean wk26+ ${f(maxLate)} (need < 0.15); runs peaking wk1 ${f(M.share(bl, (r) => { const c = r.columns.activeFraction; return c.indexOf(Math.max(...c)) === 1; }))}`);
const sr = M.presetRuns('steady-rhythm');
console.log(`P2 active 12-52: steady ${f(M.meanOver(sr, 'activeFraction', 12, 52))} vs big-launch ${f(M.meanOver(bl, 'activeFraction', 12, 52))} ratio ${f(M.meanOver(sr, 'activeFraction', 12, 52) / M.meanOver(bl, 'activeFraction', 12, 52))} (need ≥ 2)`);
for (const id of M.WITH_SESSIONS) {
  const rs = M.presetRuns(id);
  console.log(`P3 ${id.padEnd(14)} order ok ${f(M.share(rs, M.trickyOrder))} (≥0.8); group share wk1-26 ${f(M.groupShare(rs, 0, 26))} wk27-78 ${f(M.groupShare(rs, 26, 78))}; P7 clust/dens wk26 ${f(M.meanAt(rs, 'clustering', 26) / M.meanAt(rs, 'density', 26))} runs≥3x ${f(M.share(rs, (r) => r.columns.clustering[26] >= 3 * r.columns.density[26]))}`);
}
const vf = M.presetRuns('value-first');
const tf = M.presetRuns('trust-first');
const tricky = (rs: typeof vf, w: number) => M.mean(rs.map((r) => r.columns.trickyShared1on1[w] + r.columns.trickySharedGroup[w]));
console.log(`P4 sponsorValue wk12 value-first ${f(M.meanAt(vf, 'sponsorValue', 12))} vs trust-first ${f(M.meanAt(tf, 'sponsorValue', 12))}; meanTrust wk26 tf ${f(M.meanAt(tf, 'meanTrust', 26))} vs vf ${f(M.meanAt(vf, 'meanTrust', 26))}; tricky wk26 tf ${f(tricky(tf, 26))} vs vf ${f(tricky(vf, 26))}`);
const br = M.presetRuns('bridging');
console.log(`P5 final crossOrg bridging ${f(M.meanAt(br, 'crossOrgTieShare', 78))} vs steady ${f(M.meanAt(sr, 'crossOrgTieShare', 78))}; innovations ${f(M.meanAt(br, 'innovations', 78))} vs ${f(M.meanAt(sr, 'innovations', 78))}`);
const levels = [0, 1, 2, 3, 4, 6];
const lv = levels.map((l) => M.runs(M.bridgingLevel(l)));
const cx = lv.map((rs) => M.meanAt(rs, 'crossOrgTieShare', 78));
const inn = lv.map((rs) => M.meanAt(rs, 'innovations', 78));
console.log(`P5 sweep crossOrg ${cx.map(f).join(' ')} innovations ${inn.map(f).join(' ')} spearman ${f(M.spearman(cx, inn))}`);
const lowTrust = M.presetRuns('bridging', (s) => { s.parameters.trustPropensityA = 2; s.parameters.trustPropensityB = 8; });
console.log(`P5 low trust innovations ${f(M.meanAt(lowTrust, 'innovations', 78))} vs ${f(M.meanAt(br, 'innovations', 78))} ratio ${f(M.meanAt(lowTrust, 'innovations', 78) / M.meanAt(br, 'innovations', 78))} (≤0.5)`);
for (const id of PRESET_IDS.filter((p) => p !== 'bridging')) {
  const rs = M.presetRuns(id);
  console.log(`P6 ${id.padEnd(14)} EI wk1 ${f(M.meanAt(rs, 'eiIndex', 1))} wk12 ${f(M.meanAt(rs, 'eiIndex', 12))} falls in ${f(M.share(rs, (r) => r.columns.eiIndex[12] < r.columns.eiIndex[1]))}`);
}
const mm = M.presetRuns('matchmaker');
const wv = M.presetRuns('weaver');
console.log(`P11 insightsWoven wk78 weaver ${f(M.meanAt(wv, 'insightsWoven', 78))} vs matchmaker ${f(M.meanAt(mm, 'insightsWoven', 78))}; S mean 12-78 ${f(M.meanOver(wv, 'groupSafety', 12, 78))} vs ${f(M.meanOver(mm, 'groupSafety', 12, 78))}`);
for (const id of PRESET_IDS) {
  const rs = M.presetRuns(id);
  const mat = rs.filter((r) => r.summary.maturingWeek !== null);
  const lv8 = mat.length ? ` core ${f(M.mean(mat.map((r) => r.columns.core[78] / r.columns.members[78])))} active ${f(M.mean(mat.map((r) => r.columns.active[78] / r.columns.members[78])))}` : '';
  console.log(`   ${id.padEnd(14)} maturing ${f(mat.length / rs.length)} S78 ${f(M.meanAt(rs, 'groupSafety', 78))} trust78 ${f(M.meanAt(rs, 'meanTrust', 78))} V ${f(M.meanAt(rs, 'memberValue', 78))} innov ${f(M.meanAt(rs, 'innovations', 78))} members ${f(M.meanAt(rs, 'members', 78))} σ ${f(M.meanAt(rs, 'sponsorSupport', 78))}${lv8}`);
}
console.log(`(${((performance.now() - t0) / 1000).toFixed(1)} s)`);
