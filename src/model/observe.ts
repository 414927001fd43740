// Observation (MODEL.md §4.2): one row of indicators a week. A week's
// aggregates are gathered in one pass over the members and one over the
// network; each indicator is then its reporter in the indicator table
// (codebook.ts), which declares every indicator once with its unit, kind and
// definition. Levels and the phase are updated here too, since they are read
// off the same aggregates.

import { CODEBOOK, type Observation } from './codebook.ts';
import { INDICATORS, type Columns, type Indicator, type IndicatorRow } from './indicators.ts';
import { LEVEL, updateLevels } from './membership.ts';
import { NetworkMetrics } from './network-metrics.ts';
import { updatePhase } from './phase.ts';
import type { World } from './world.ts';


/** Records a run's rows into columns, and which maturing conditions held each week. */
export class Observer {
  readonly cols: Columns;
  readonly conditions: Uint8Array;
  private readonly metrics = new NetworkMetrics();

  /** Whether the triangle-and-constraint pass runs (clustering, meanConstraint). */
  private readonly structure: boolean;

  /** `record`: the indicators the caller will read; when it leaves out clustering and meanConstraint, they are not computed (NaN). */
  constructor(horizon: number, record?: readonly Indicator[]) {
    this.structure = !record || record.includes('clustering') || record.includes('meanConstraint');
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
    o.net = this.metrics.compute(w, o.members, activeList, this.structure);
    if (w.week > 0) {
      this.conditions[w.week] = updatePhase(w, {
        members: o.members,
        coreAndActive: o.levels[LEVEL.core] + o.levels[LEVEL.active],
        activeFraction: CODEBOOK.activeFraction.report(o),
        memberValue: CODEBOOK.memberValue.report(o),
        giantActiveShare: o.net.giantActiveShare,
      });
    }
    const row = {} as IndicatorRow;
    for (const name of INDICATORS) {
      const v = CODEBOOK[name].report(o);
      row[name] = v;
      this.cols[name][w.week] = v;
    }
    return row;
  }
}
