// The model's acceptance tests: the patterns of MODEL.md §1, each over 30
// seeds, with the thresholds given there (or stricter). Figures for other
// seed sets: `npx tsx scripts/calibrate.ts` (SEEDBASE=5000 for another set).

import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/scenario/defaults.ts';
import * as M from './measure.ts';

describe('P1 big-launch: energy fades after the launch', () => {
  const rs = M.presetRuns('big-launch');
  it('active fraction peaks in the launch week in every run', () => {
    for (const r of rs) {
      const c = Array.from(r.columns.activeFraction);
      expect(c.indexOf(Math.max(...c))).toBe(1);
    }
  });
  it('falls below a third of the peak by week 8 and stays under 15% from week 26', () => {
    const peak = M.meanAt(rs, 'activeFraction', 1);
    expect(M.meanAt(rs, 'activeFraction', 8)).toBeLessThan(peak / 3);
    for (let w = 26; w <= 78; w++) expect(M.meanAt(rs, 'activeFraction', w)).toBeLessThan(0.15);
  });
});

describe('P2 steady-rhythm keeps the energy up', () => {
  it('mean active fraction over weeks 12–52 is at least twice that of big-launch', () => {
    const steady = M.meanOver(M.presetRuns('steady-rhythm'), 'activeFraction', 12, 52);
    const launch = M.meanOver(M.presetRuns('big-launch'), 'activeFraction', 12, 52);
    expect(steady).toBeGreaterThanOrEqual(2 * launch);
  });
});

describe('P3 tricky issues go 1:1 before they go to the group', () => {
  for (const id of M.WITH_SESSIONS) {
    it(`${id}: in ≥80% of runs the first 1:1 disclosure comes ≥4 weeks before the first group self-disclosure`, () => {
      expect(M.share(M.presetRuns(id), M.trickyOrder)).toBeGreaterThanOrEqual(0.8);
    });
  }
  it('the group share of disclosures rises over time (weeks 27–78 against 1–26, all presets with sessions pooled)', () => {
    const rs = M.WITH_SESSIONS.flatMap((id) => M.presetRuns(id));
    expect(M.groupShare(rs, 26, 78)).toBeGreaterThan(M.groupShare(rs, 0, 26));
  });
  // Per preset the rise is clear where facilitation moves issues to the group
  // over time; docs/MODEL.md gives the figures for the others.
  for (const id of ['weaver', 'trust-first', 'bridging'] as const) {
    it(`${id}: the group share of disclosures rises over time`, () => {
      const rs = M.presetRuns(id);
      expect(M.groupShare(rs, 26, 78)).toBeGreaterThan(M.groupShare(rs, 0, 26));
    });
  }
});

describe('P4 value first or trust first', () => {
  const vf = M.presetRuns('value-first');
  const tf = M.presetRuns('trust-first');
  const tricky = (rs: typeof vf, w: number) => M.mean(rs.map((r) => r.columns.trickyShared1on1[w] + r.columns.trickySharedGroup[w]));
  it('value-first leads on sponsor value at week 12', () => {
    expect(M.meanAt(vf, 'sponsorValue', 12)).toBeGreaterThan(M.meanAt(tf, 'sponsorValue', 12));
  });
  it('trust-first leads on mean trust and on tricky issues shared at week 26', () => {
    expect(M.meanAt(tf, 'meanTrust', 26)).toBeGreaterThan(M.meanAt(vf, 'meanTrust', 26));
    expect(tricky(tf, 26)).toBeGreaterThan(tricky(vf, 26));
  });
});

describe('P5 cross-organisation ties bring innovation', () => {
  const br = M.presetRuns('bridging');
  const sr = M.presetRuns('steady-rhythm');
  it('bridging ends with a higher cross-org tie share and more innovations than steady-rhythm', () => {
    expect(M.meanAt(br, 'crossOrgTieShare', 78)).toBeGreaterThan(M.meanAt(sr, 'crossOrgTieShare', 78));
    expect(M.meanAt(br, 'innovations', 78)).toBeGreaterThan(M.meanAt(sr, 'innovations', 78));
  });
  it('in a sweep of bridging intensity, innovations rise with cross-org tie share (Spearman ρ > 0.5)', () => {
    const levels = [0, 1, 2, 3, 4, 6].map((l) => M.runs(M.bridgingLevel(l)));
    const cross = levels.map((rs) => M.meanAt(rs, 'crossOrgTieShare', 78));
    const innovations = levels.map((rs) => M.meanAt(rs, 'innovations', 78));
    expect(M.spearman(cross, innovations)).toBeGreaterThan(0.5);
  });
  it('with a low propensity to trust (π ~ Beta(2,8)) innovations fall by at least half', () => {
    const low = M.presetRuns('bridging', (s) => {
      s.parameters.trustPropensityA = 2;
      s.parameters.trustPropensityB = 8;
    });
    expect(M.meanAt(low, 'innovations', 78)).toBeLessThanOrEqual(0.5 * M.meanAt(br, 'innovations', 78));
  });
});

describe('P6 without bridging, homophily and closure turn the network inward', () => {
  for (const id of ['big-launch', 'steady-rhythm', 'matchmaker', 'weaver', 'vulnerability', 'value-first', 'trust-first'] as const) {
    it(`${id}: the E-I index falls over weeks 1–12 in ≥80% of runs`, () => {
      const rs = M.presetRuns(id);
      expect(M.share(rs, (r) => r.columns.eiIndex[12] < r.columns.eiIndex[1])).toBeGreaterThanOrEqual(0.8);
      expect(M.meanAt(rs, 'eiIndex', 12)).toBeLessThan(M.meanAt(rs, 'eiIndex', 1));
    });
  }
});

describe('P7 clustered, not random, networks', () => {
  for (const id of M.WITH_SESSIONS) {
    it(`${id}: by week 26 clustering is ≥3× the density in ≥90% of runs`, () => {
      const rs = M.presetRuns(id);
      expect(M.share(rs, (r) => r.columns.clustering[26] >= 3 * r.columns.density[26])).toBeGreaterThanOrEqual(0.9);
    });
  }
});

describe('P10 trust is lost faster than it is won (emergent, over whole runs)', () => {
  it('mean trust change of a badly received disclosure is larger than that of a well received one', async () => {
    const { measureDisclosureEffects } = await import('./disclosure-effects.ts');
    const s = defaultScenario('steady-rhythm');
    const { good, bad } = measureDisclosureEffects(s, M.SEEDS.slice(0, 10));
    expect(good.count).toBeGreaterThan(20);
    expect(bad.count).toBeGreaterThan(5);
    expect(-bad.meanChange).toBeGreaterThan(good.meanChange);
  });
});

describe('P11 weaving brings 1:1 insights into the group', () => {
  const wv = M.presetRuns('weaver');
  const mm = M.presetRuns('matchmaker');
  it('weaver moves at least twice as many insights into the group as matchmaker', () => {
    expect(M.meanAt(wv, 'insightsWoven', 78)).toBeGreaterThanOrEqual(2 * M.meanAt(mm, 'insightsWoven', 78));
  });
  it('weaver reaches higher group safety', () => {
    expect(M.meanOver(wv, 'groupSafety', 12, 78)).toBeGreaterThan(M.meanOver(mm, 'groupSafety', 12, 78));
    expect(M.meanAt(wv, 'groupSafety', 78)).toBeGreaterThan(M.meanAt(mm, 'groupSafety', 78));
  });
});
