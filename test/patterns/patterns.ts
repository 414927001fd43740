// The model's patterns (MODEL.md §1) as a table: what each one says, the
// mechanism that produces it, an ablation that switches that mechanism off,
// and a check that measures it on one population over 30 seeds. The pattern
// tests (patterns.test.ts, family.test.ts) and `npm run patterns`
// (docs/PATTERNS.md) both read this table, so they cannot disagree.

import { PRESETS } from '../../src/scenario/presets.ts';
import { PRESET_IDS, type PresetId, type Scenario } from '../../src/scenario/types.ts';
import { MATURING_CONDITIONS } from '../../src/model/phase.ts';
import { pairedDifference } from '../../src/stats/paired.ts';
import { measureDisclosureEffects } from './disclosure-effects.ts';
import type { Population } from './family.ts';
import * as M from './measure.ts';

export interface Check {
  pass: boolean;
  /** The figures behind the verdict, short. */
  figure: string;
}

export interface Pattern {
  id: string;
  statement: string;
  /** The mechanism docs/MODEL.md names as producing the pattern. */
  mechanism: string;
  /** Switches the mechanism off; absent where the pattern is a sensitivity or a property of thresholds, not of one mechanism. */
  ablation?: { label: string; tweak: M.Tweak };
  check(pop: Population, tweak?: M.Tweak): Check;
}

const f2 = (x: number) => x.toFixed(2);
const f3 = (x: number) => x.toFixed(3);
const pct = (x: number) => `${Math.round(100 * x)}%`;

/** Replace a preset by its own timeline minus some action types (check-ins kept as the preset has them). */
function withoutActions(s: Scenario, ids: PresetId[], types: string[]): void {
  const id = s.strategy.preset;
  if (!id || !ids.includes(id)) return;
  s.strategy = { actions: [...PRESETS[id].actions.filter((a) => !types.includes(a.type)), ...s.strategy.actions] };
  if (!PRESETS[id].facilitatorOneOnOnes) s.facilitator.oneOnOnes = 0;
}

const NON_BRIDGING: PresetId[] = ['big-launch', 'steady-rhythm', 'matchmaker', 'weaver', 'vulnerability', 'value-first', 'trust-first', 'balanced'];

export const PATTERNS: Pattern[] = [
  {
    id: 'P1',
    statement: 'big-launch: active fraction peaks in the launch week in every run, falls below ⅓ of the peak by week 8 and stays under 15% from week 26',
    mechanism: 'daily-life pull: energy relaxes each week toward a baseline that, without value, belonging or touch points, is low (§7.1)',
    ablation: { label: 'no daily-life pull (λ = 0)', tweak: (s) => ((s.parameters.dailyLifeMin = 0), (s.parameters.dailyLifeMax = 0)) },
    check(pop, tweak) {
      const rs = M.presetRuns('big-launch', tweak, pop);
      const peakWeek1 = M.share(rs, (r) => {
        const c = Array.from(r.columns.activeFraction);
        return c.indexOf(Math.max(...c)) === 1;
      });
      const peak = M.meanAt(rs, 'activeFraction', 1);
      const wk8 = M.meanAt(rs, 'activeFraction', 8);
      let late = 0;
      for (let w = 26; w <= 78; w++) late = Math.max(late, M.meanAt(rs, 'activeFraction', w));
      return {
        pass: peakWeek1 === 1 && wk8 < peak / 3 && late < 0.15,
        figure: `peak wk1 in ${pct(peakWeek1)}; wk8 ${f2(wk8)} vs ⅓·peak ${f2(peak / 3)}; max wk26+ ${f2(late)}`,
      };
    },
  },
  {
    id: 'P2',
    statement: 'steady-rhythm: mean active fraction over weeks 12–52 is at least twice that of big-launch, also with the follow-up\'s direct energy bump set to 0',
    mechanism: 'a rhythm of touch points: meetups and weekly follow-ups bring the community back into members\' attention, and meetups renew energy and ties (§7.1, §7.5)',
    ablation: { label: 'steady-rhythm without its rhythm (no meetups, no follow-ups)', tweak: (s) => withoutActions(s, ['steady-rhythm'], ['meetup', 'followUp']) },
    check(pop, tweak) {
      const launch = M.meanOver(M.presetRuns('big-launch', tweak, pop), 'activeFraction', 12, 52);
      const steady = M.meanOver(M.presetRuns('steady-rhythm', tweak, pop), 'activeFraction', 12, 52);
      const noBump = M.meanOver(
        M.presetRuns('steady-rhythm', (s) => {
          tweak?.(s);
          if (s.strategy.preset === 'steady-rhythm') s.strategy = { actions: PRESETS['steady-rhythm'].actions.map((a) => (a.type === 'followUp' ? { ...a, params: { dE: 0 } } : a)) };
        }, pop),
        'activeFraction', 12, 52,
      );
      return { pass: steady >= 2 * launch && noBump >= 2 * launch, figure: `${f3(steady)} (no bump ${f3(noBump)}) vs ${f3(launch)} (×${f2(steady / launch)})` };
    },
  },
  {
    id: 'P3a',
    statement: 'every preset with meetups: the first 1:1 disclosure comes ≥ 4 weeks before the first group self-disclosure in ≥ 80% of runs (a run with no group self-disclosure fails)',
    mechanism: 'social penetration: an audience premium on group disclosure, and a bonus for issues rehearsed 1:1 first (§7.5, D4)',
    ablation: { label: 'no audience premium, no rehearsal bonus', tweak: (s) => ((s.parameters.audiencePremium = 0), (s.parameters.audiencePremiumPerAttendee = 0), (s.parameters.rehearsedBonus = 0)) },
    check(pop, tweak) {
      const shares = M.WITH_SESSIONS.map((id) => M.share(M.presetRuns(id, tweak, pop), M.trickyOrder));
      return { pass: shares.every((x) => x >= 0.8), figure: `min ${pct(Math.min(...shares))} (${shares.map(pct).join(' ')})` };
    },
  },
  {
    id: 'P3b',
    statement: 'the group share of disclosures rises over time (weeks 27–78 against 1–26, presets with meetups pooled)',
    mechanism: 'group safety and the sharing norm grow with well-received group disclosures, and issues rehearsed 1:1 become easier to bring to the group (§7.5)',
    ablation: { label: 'safety and norm fixed (no gain from good responses, no drift)', tweak: (s) => ((s.parameters.safetyGain = 0), (s.parameters.normGain = 0), (s.parameters.safetyDrift = 0), (s.parameters.rehearsedBonus = 0)) },
    check(pop, tweak) {
      const rs = M.WITH_SESSIONS.flatMap((id) => M.presetRuns(id, tweak, pop));
      const early = M.groupShare(rs, 0, 26);
      const late = M.groupShare(rs, 26, 78);
      return { pass: late > early, figure: `${f3(early)} → ${f3(late)}` };
    },
  },
  {
    id: 'P4',
    statement: 'value-first leads trust-first on sponsor value at week 12; trust-first leads on mean trust and on tricky issues shared at week 26',
    mechanism: 'quick wins add artifacts the sponsor sees; frequent getting-to-know-you meetups build routine trust, which opens up tricky issues (§7.3, §7.11)',
    ablation: { label: 'no routine trust gain, and quick wins add no artifact value (cost 0, value 0)', tweak: (s) => ((s.parameters.routineTrustGain = 0), (s.parameters.quickWinValue = 0), withoutActions(s, ['value-first'], ['quickWin'])) },
    check(pop, tweak) {
      const vf = M.presetRuns('value-first', tweak, pop);
      const tf = M.presetRuns('trust-first', tweak, pop);
      const tricky = (rs: typeof vf) => M.mean(rs.map((r) => r.columns.trickyShared1on1[26] + r.columns.trickySharedGroup[26]));
      const sv = [M.meanAt(vf, 'sponsorValue', 12), M.meanAt(tf, 'sponsorValue', 12)];
      const tr = [M.meanAt(tf, 'meanTrust', 26), M.meanAt(vf, 'meanTrust', 26)];
      const tk = [tricky(tf), tricky(vf)];
      return {
        pass: sv[0] > sv[1] && tr[0] > tr[1] && tk[0] > tk[1],
        figure: `sponsor value ${f2(sv[0])} vs ${f2(sv[1])}; trust ${f3(tr[0])} vs ${f3(tr[1])}; tricky ${f2(tk[0])} vs ${f2(tk[1])}`,
      };
    },
  },
  {
    id: 'P5',
    statement: 'bridging ends with a higher cross-org tie share than steady-rhythm and more innovations, the paired 95% interval of the difference above zero',
    mechanism: 'recombination: an insight between colleagues of one organisation is less often new to the group than one across organisations (§7.7, de Jong 2010)',
    ablation: { label: 'no diversity effect (innovationDiversity = 0)', tweak: (s) => (s.parameters.innovationDiversity = 0) },
    check(pop, tweak) {
      const br = M.presetRuns('bridging', tweak, pop);
      const sr = M.presetRuns('steady-rhythm', tweak, pop);
      const cross = [M.meanAt(br, 'crossOrgTieShare', 78), M.meanAt(sr, 'crossOrgTieShare', 78)];
      const d = pairedDifference(
        br.map((r) => r.columns.innovations[78]),
        sr.map((r) => r.columns.innovations[78]),
      );
      return {
        pass: cross[0] > cross[1] && d.lo > 0,
        figure: `cross-org ${f2(cross[0])} vs ${f2(cross[1])}; innovations +${f2(d.mean)} [${f2(d.lo)}, ${f2(d.hi)}]`,
      };
    },
  },
  {
    id: 'P5s',
    statement: 'in a sweep of bridging intensity (0–6 cross-org matches a week), mean innovations rise with mean cross-org tie share (Spearman ρ > 0.5)',
    mechanism: 'recombination across organisations (§7.7)',
    ablation: { label: 'no diversity effect (innovationDiversity = 0)', tweak: (s) => (s.parameters.innovationDiversity = 0) },
    check(pop, tweak) {
      const levels = [0, 1, 2, 3, 4, 6].map((l) => M.runs(M.bridgingLevel(l, pop, tweak)));
      const cross = levels.map((rs) => M.meanAt(rs, 'crossOrgTieShare', 78));
      const inn = levels.map((rs) => M.meanAt(rs, 'innovations', 78));
      const rho = M.spearman(cross, inn);
      return { pass: rho > 0.5, figure: `ρ = ${f2(rho)}; innovations ${inn.map((x) => x.toFixed(1)).join(' ')}` };
    },
  },
  {
    id: 'P5t',
    statement: 'with a low propensity to trust (π ~ Beta(2,8)), bridging makes at most half the innovations',
    mechanism: 'insights need trust both ways, and the group adopts them in proportion to its safety (§7.3, §7.7); a sensitivity to the population\'s trust, with no parameter that makes insights blind to trust, so no ablation',
    check(pop, tweak) {
      const br = M.presetRuns('bridging', tweak, pop);
      const low = M.presetRuns('bridging', (s) => (tweak?.(s), (s.parameters.trustPropensityA = 2), (s.parameters.trustPropensityB = 8)), pop);
      const a = M.meanAt(low, 'innovations', 78);
      const b = M.meanAt(br, 'innovations', 78);
      return { pass: a <= 0.5 * b, figure: `${f2(a)} vs ${f2(b)} (×${f2(a / b)})` };
    },
  },
  {
    id: 'P6',
    statement: 'every preset without bridging: the E-I index falls over weeks 1–12 in ≥ 80% of runs',
    mechanism: 'homophily amplified by triadic closure in partner choice (§7.2)',
    ablation: { label: 'no homophily, no triadic closure (β_h = 0, mutual weight 0, no friends of friends)', tweak: (s) => ((s.parameters.homophily = 0), (s.parameters.mutualWeight = 0), (s.parameters.friendOfFriendCandidates = 0)) },
    check(pop, tweak) {
      const shares = NON_BRIDGING.map((id) => M.share(M.presetRuns(id, tweak, pop), (r) => r.columns.eiIndex[12] < r.columns.eiIndex[1]));
      return { pass: shares.every((x) => x >= 0.8), figure: `min ${pct(Math.min(...shares))} (${shares.map(pct).join(' ')})` };
    },
  },
  {
    id: 'P7',
    statement: 'every preset with meetups: by week 26 clustering is ≥ 3× the density in ≥ 90% of runs',
    mechanism: 'triadic closure and homophily: friends of friends and colleagues are chosen far more often than strangers (§7.2)',
    ablation: { label: 'no homophily, no triadic closure', tweak: (s) => ((s.parameters.homophily = 0), (s.parameters.mutualWeight = 0), (s.parameters.friendOfFriendCandidates = 0)) },
    check(pop, tweak) {
      const shares = M.WITH_SESSIONS.map((id) => M.share(M.presetRuns(id, tweak, pop), (r) => r.columns.clustering[26] >= 3 * r.columns.density[26]));
      return { pass: shares.every((x) => x >= 0.9), figure: `min ${pct(Math.min(...shares))}` };
    },
  },
  {
    id: 'P8',
    statement: 'in runs that reach maturing (weaver, vulnerability, balanced pooled), mean core share 10–15% and active 15–20% over the maturing weeks',
    mechanism: 'participation inequality: a skewed propensity to contribute, Beta(0.25, 1.5) (§2, §7.9)',
    ablation: { label: 'everyone equally vocal (voice Beta(50, 50))', tweak: (s) => ((s.parameters.voiceA = 50), (s.parameters.voiceB = 50)) },
    check(pop, tweak) {
      const rs = (['weaver', 'vulnerability', 'balanced'] as PresetId[]).flatMap((id) => M.presetRuns(id, tweak, pop));
      const l = M.maturingLevels(rs);
      const ok = l.runs > 0 && l.core >= 0.1 && l.core <= 0.15 && l.active >= 0.15 && l.active <= 0.2;
      return { pass: ok, figure: `core ${pct(l.core)}, active ${pct(l.active)} (${l.runs} runs)` };
    },
  },
  {
    id: 'P10',
    statement: 'a badly received 1:1 disclosure lowers trust more than a well received one raises it (measured in whole runs)',
    mechanism: 'trust asymmetry: loss 0.45·T against gain 0.15·(1 − T) (§7.4; Slovic 1993)',
    ablation: { label: 'symmetric trust updates (loss 0.15 = gain)', tweak: (s) => (s.parameters.badDisclosureTrustLoss = s.parameters.goodDisclosureTrustGain) },
    check(pop, tweak) {
      const s = M.scenarioFor('steady-rhythm', pop, tweak);
      const { good, bad } = measureDisclosureEffects(s, M.SEEDS);
      return { pass: good.count > 20 && bad.count > 5 && -bad.meanChange > good.meanChange, figure: `bad ${f3(bad.meanChange)} (${bad.count}) vs good +${f3(good.meanChange)} (${good.count})` };
    },
  },
  {
    id: 'P11',
    statement: 'weaver moves ≥ 2× the 1:1 insights of matchmaker into the group, and reaches higher group safety S (mean over weeks 12–78 and at week 78)',
    mechanism: 'weaving: with consent, the facilitator brings private insights and issues into the meetups, where good responses raise S (§7.11)',
    ablation: { label: 'weaving that finds no consent (weave k = 0)', tweak: (s) => withoutActions(s, ['weaver'], ['weave']) },
    check(pop, tweak) {
      const wv = M.presetRuns('weaver', tweak, pop);
      const mm = M.presetRuns('matchmaker', tweak, pop);
      const ins = [M.meanAt(wv, 'insightsWoven', 78), M.meanAt(mm, 'insightsWoven', 78)];
      const S = [M.meanOver(wv, 'groupSafety', 12, 78), M.meanOver(mm, 'groupSafety', 12, 78)];
      const S78 = [M.meanAt(wv, 'groupSafety', 78), M.meanAt(mm, 'groupSafety', 78)];
      return {
        pass: ins[0] >= 2 * ins[1] && S[0] > S[1] && S78[0] > S78[1],
        figure: `insights ${f2(ins[0])} vs ${f2(ins[1])}; S ${f3(S[0])} vs ${f3(S[1])}`,
      };
    },
  },
  {
    id: 'P12a',
    statement: 'at least one preset reaches maturing by week 78 in ≥ 60% of its runs',
    mechanism: 'the maturing conditions of §7.10 met by a strategy that builds safety and value together',
    ablation: { label: 'no safety gain from good group responses', tweak: (s) => (s.parameters.safetyGain = 0) },
    check(pop, tweak) {
      const shares = (['steady-rhythm', 'weaver', 'vulnerability', 'balanced', 'bridging'] as PresetId[]).map((id) => [id, M.maturedShare(M.presetRuns(id, tweak, pop))] as const);
      const best = shares.reduce((a, b) => (b[1] > a[1] ? b : a));
      return { pass: best[1] >= 0.6, figure: `best ${best[0]} ${pct(best[1])}` };
    },
  },
  {
    id: 'P12b',
    statement: 'big-launch goes dormant by week 78 in ≥ 50% of its runs',
    mechanism: 'attention fades without touch points, and with it the interest part of the energy baseline (§7.1)',
    ablation: { label: 'attention that never fades (attentionDecay = 0)', tweak: (s) => (s.parameters.attentionDecay = 0) },
    check(pop, tweak) {
      const x = M.dormantShare(M.presetRuns('big-launch', tweak, pop));
      return { pass: x >= 0.5, figure: pct(x) };
    },
  },
  {
    id: 'P12c',
    statement: 'balanced reaches maturing in ≥ 15 points more runs than both value-first and trust-first',
    mechanism: 'maturing needs value and safety at once (§7.10): quick wins bring the value, early meetups the trust',
    ablation: { label: 'quick wins worth nothing to members (quickWinValue = 0)', tweak: (s) => (s.parameters.quickWinValue = 0) },
    check(pop, tweak) {
      const b = M.maturedShare(M.presetRuns('balanced', tweak, pop));
      const v = M.maturedShare(M.presetRuns('value-first', tweak, pop));
      const t = M.maturedShare(M.presetRuns('trust-first', tweak, pop));
      return { pass: b - Math.max(v, t) >= 0.15, figure: `${pct(b)} vs value-first ${pct(v)}, trust-first ${pct(t)}` };
    },
  },
  {
    id: 'P12d',
    statement: 'every maturing condition decides something: none holds in more than 95% of all weeks 1–78 across all presets',
    mechanism: 'thresholds at the literature\'s levels (§7.10), against quantities the strategies move',
    check(pop, tweak) {
      const held = MATURING_CONDITIONS.map(() => 0);
      let weeks = 0;
      for (const id of PRESET_IDS) {
        for (const r of M.presetRuns(id, tweak, pop)) {
          const c = r.conditions!;
          for (let w = 1; w < c.length; w++) {
            weeks++;
            for (let k = 0; k < held.length; k++) if (c[w] & (1 << k)) held[k]++;
          }
        }
      }
      const shares = held.map((h) => h / weeks);
      return { pass: shares.every((x) => x <= 0.95), figure: shares.map(pct).join(' ') };
    },
  },
];
