// P10 measured in whole runs: the change in the discloser's trust over the
// week of a 1:1 disclosure, for pairs that talked exactly once that week,
// split by how the disclosure was received.

import { EVENT_CODE, Simulation, type Snapshot } from '../../src/model/index.ts';
import type { Scenario } from '../../src/scenario/types.ts';

interface Effect {
  count: number;
  meanChange: number;
}

function trustMap(s: Snapshot): Map<string, number> {
  const out = new Map<string, number>();
  const t = s.ties;
  for (let k = 0; k < t.a.length; k++) {
    out.set(`${t.a[k]}>${t.b[k]}`, t.trustAB[k]);
    out.set(`${t.b[k]}>${t.a[k]}`, t.trustBA[k]);
  }
  return out;
}

export function measureDisclosureEffects(scenario: Scenario, seeds: number[]): { good: Effect; bad: Effect } {
  const sums = { good: 0, bad: 0 };
  const counts = { good: 0, bad: 0 };
  for (const seed of seeds) {
    const sim = new Simulation(scenario, { seed });
    let before = trustMap(sim.snapshot());
    while (sim.week < sim.horizon) {
      sim.step();
      const snap = sim.snapshot();
      const after = trustMap(snap);
      const e = snap.events;
      const talks = new Map<string, number>();
      for (let k = 0; k < e.kind.length; k++) {
        if (e.kind[k] !== EVENT_CODE.oneOnOne) continue;
        const key = [e.a[k], e.b[k]].sort((x, y) => x - y).join('-');
        talks.set(key, (talks.get(key) ?? 0) + 1);
      }
      for (let k = 0; k < e.kind.length; k++) {
        if (e.kind[k] !== EVENT_CODE.tricky1on1) continue;
        const key = [e.a[k], e.b[k]].sort((x, y) => x - y).join('-');
        const t0 = before.get(`${e.a[k]}>${e.b[k]}`);
        const t1 = after.get(`${e.a[k]}>${e.b[k]}`);
        if (talks.get(key) !== 1 || t0 === undefined || t1 === undefined) continue;
        const kind = e.value[k] === 1 ? 'good' : 'bad';
        sums[kind] += t1 - t0;
        counts[kind]++;
      }
      before = after;
    }
  }
  return {
    good: { count: counts.good, meanChange: sums.good / Math.max(1, counts.good) },
    bad: { count: counts.bad, meanChange: sums.bad / Math.max(1, counts.bad) },
  };
}
