// Observation (MODEL.md §4.2): one row of indicators a week, declared as a
// table of reporters in the manner of Mesa's DataCollector. A week's
// aggregates are gathered in one pass over the members and one over the
// network; each indicator is then a small function of them. The table is
// typed by the indicator names (src/scenario/indicator-names.ts), so an
// indicator without a reporter, or a reporter without an indicator, does not
// compile. Levels and the phase are updated here too, since they are read
// off the same aggregates.

import { INDICATORS, type Columns, type Indicator, type IndicatorRow } from './indicators.ts';
import { LEVEL, updateLevels } from './membership.ts';
import { NetworkMetrics, type NetworkStats } from './network-metrics.ts';
import { updatePhase } from './phase.ts';
import { sponsorExpectation } from './value.ts';
import type { World } from './world.ts';

/** What the reporters read: the world and this week's aggregates. */
export interface Observation {
  w: World;
  members: number;
  active: number;
  energy: number;
  value: number;
  /** Members per level: outsider, peripheral, active, core (LEVEL). */
  levels: number[];
  net: NetworkStats;
}

const share = (x: number, n: number) => (n > 0 ? x / n : 0);

/** One reporter per indicator. */
export const REPORTERS: { readonly [K in Indicator]: (o: Observation) => number } = {
  week: (o) => o.w.week,
  phase: (o) => o.w.phase,
  members: (o) => o.members,
  activeFraction: (o) => share(o.active, o.members),
  meanEnergy: (o) => share(o.energy, o.members),
  newcomers: (o) => o.w.newcomers,
  dropouts: (o) => o.w.dropouts,
  meanTrust: (o) => o.net.meanTrust,
  groupSafety: (o) => o.w.S,
  sharingNorm: (o) => o.w.eta,
  memberValue: (o) => share(o.value, o.members),
  sponsorValue: (o) => o.w.VS,
  sponsorSupport: (o) => o.w.sigma,
  artifacts: (o) => o.w.R,
  oneOnOnes: (o) => o.w.oneOnOnes,
  groupContacts: (o) => o.w.groupContacts,
  trickyShared1on1: (o) => o.w.tricky1on1,
  trickySharedGroup: (o) => o.w.trickyGroup,
  badlyReceived: (o) => o.w.badlyReceived,
  insights: (o) => o.w.insights,
  insightsWoven: (o) => o.w.insightsWoven,
  // Of the items first shared one-on-one (insights, and distinct issues told
  // to a member or the facilitator), the share that reached the group.
  weavingRatio: (o) => share(o.w.insightsWoven + o.w.toldIssuesInGroup, o.w.insights + o.w.issuesToldPrivately),
  innovations: (o) => o.w.innovations,
  ties: (o) => o.net.ties,
  density: (o) => o.net.density,
  clustering: (o) => o.net.clustering,
  giantComponentShare: (o) => o.net.giantComponentShare,
  crossOrgTieShare: (o) => o.net.crossOrgTieShare,
  eiIndex: (o) => o.net.eiIndex,
  meanConstraint: (o) => o.net.meanConstraint,
  core: (o) => o.levels[LEVEL.core],
  active: (o) => o.levels[LEVEL.active],
  peripheral: (o) => o.levels[LEVEL.peripheral],
  sponsorExpectation: (o) => sponsorExpectation(o.w),
  attendance: (o) => o.w.attendance,
  issuesWoven: (o) => o.w.issuesWoven,
};

/** Records a run's rows into columns, and which maturing conditions held each week. */
export class Observer {
  readonly cols: Columns;
  readonly conditions: Uint8Array;
  private readonly metrics = new NetworkMetrics();

  constructor(horizon: number) {
    this.cols = {} as Columns;
    for (const name of INDICATORS) this.cols[name] = new Float64Array(horizon + 1);
    this.conditions = new Uint8Array(horizon + 1);
  }

  /** Levels, phase and the week's indicator row (§7.9–7.10, §4.3), stored in the columns. */
  observe(w: World): IndicatorRow {
    const m = w.members;
    const W = m.window;
    const s = w.slot(W);
    for (let i = 0; i < m.count; i++) if (m.present[i] && m.active[i]) m.wasActive[i * W + s] = 1;
    updateLevels(w);
    const o: Observation = { w, members: 0, active: 0, energy: 0, value: 0, levels: [0, 0, 0, 0], net: undefined! };
    const activeList: number[] = [];
    for (let i = 0; i < m.count; i++) {
      if (!m.present[i]) continue;
      o.members++;
      o.energy += m.E[i];
      o.value += m.V[i];
      o.levels[m.level[i]]++;
      if (m.active[i]) {
        o.active++;
        activeList.push(i);
      }
    }
    o.net = this.metrics.compute(w, o.members, activeList);
    if (w.week > 0) {
      this.conditions[w.week] = updatePhase(w, {
        members: o.members,
        coreAndActive: o.levels[LEVEL.core] + o.levels[LEVEL.active],
        activeFraction: REPORTERS.activeFraction(o),
        memberValue: REPORTERS.memberValue(o),
        giantActiveShare: o.net.giantActiveShare,
      });
    }
    const row = {} as IndicatorRow;
    for (const name of INDICATORS) {
      const v = REPORTERS[name](o);
      row[name] = v;
      this.cols[name][w.week] = v;
    }
    return row;
  }
}
