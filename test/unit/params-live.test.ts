// No dead parameters: every value of the declaration (src/scenario/params.ts)
// moves at least one indicator in at least one week between its minimum and
// its maximum, over a few seeds, in one of two scenarios: one that uses every
// action type, and big-launch, where the sponsor loses patience and members
// fall silent and leave.
// The run group is left out: replicates sets how many runs there are, not what
// a run does (seed and horizon obviously change a run).

import { describe, expect, it } from 'vitest';
import { INDICATORS, runScenario, type RunResult } from '../../src/model/index.ts';
import { defaultScenario } from '../../src/scenario/defaults.ts';
import { PARAMS } from '../../src/scenario/params.ts';
import type { Scenario } from '../../src/scenario/types.ts';

/**
 * Matchmaker plus every other action, sparse enough that attention can fade,
 * newcomers go unwelcomed in some weeks and the sponsor can lose patience.
 */
function everything(): Scenario {
  const s = defaultScenario('matchmaker');
  s.strategy.actions = [
    { type: 'followUp', params: {}, every: 3, from: 2 },
    { type: 'webinar', params: {}, every: 6, from: 3 },
    { type: 'quickWin', params: {}, every: 8, from: 2 },
    { type: 'weave', params: { k: 2 }, every: 4, from: 4 },
    { type: 'welcome', params: {}, every: 2, from: 2 },
    { type: 'guest', params: {}, at: 9 },
    { type: 'modelVulnerability', params: { s: 0.6 }, at: 13 },
    { type: 'matchmake', params: { k: 2, by: 'isolates' }, every: 2, from: 2 },
    { type: 'trustFormat', params: {}, at: 7 },
  ];
  return s;
}

function set(s: Scenario, path: string, v: number): void {
  const keys = path.split('.');
  let o = s as unknown as Record<string, unknown>;
  for (const k of keys.slice(0, -1)) o = o[k] as Record<string, unknown>;
  o[keys[keys.length - 1]] = v;
}

const differ = (a: RunResult, b: RunResult) =>
  INDICATORS.some((name) => a.columns[name].length !== b.columns[name].length || a.columns[name].some((x, k) => x !== b.columns[name][k]));

describe('every parameter moves an indicator between its minimum and its maximum', () => {
  for (const spec of PARAMS.filter((p) => p.group !== 'run')) {
    it(spec.path, () => {
      // The largest population would take minutes; 300 members already differ from 60.
      const hi = spec.path === 'population.size' ? 300 : spec.max;
      const moved = [everything, () => defaultScenario('big-launch')].some((make) => [1, 2, 3].some((seed) => {
        const a = make();
        const b = make();
        set(a, spec.path, spec.min);
        set(b, spec.path, hi);
        return differ(runScenario(a, { seed }), runScenario(b, { seed }));
      }));
      expect(moved, `${spec.path} from ${spec.min} to ${hi} changed no indicator`).toBe(true);
    });
  }
});

describe('modelVulnerability: the sensitivity s matters', () => {
  it('s = 0.1 and s = 0.9 give different group safety', () => {
    const run = (sens: number, seed: number) => {
      const s = defaultScenario('steady-rhythm');
      s.strategy.actions = [9, 13, 17].map((at) => ({ type: 'modelVulnerability' as const, params: { s: sens }, at }));
      return runScenario(s, { seed }).columns.groupSafety;
    };
    let higher = 0;
    for (const seed of [1, 2, 3, 4, 5]) if (run(0.9, seed)[20] > run(0.1, seed)[20]) higher++;
    expect(higher).toBeGreaterThanOrEqual(4);
  });
});
