// The compare view computes its table in a worker from runs thinned to the
// table's week (src/ui/compare/thin-runs.ts). The table must be the one
// compareScenarios gives for the full runs (and so the CLI's), to the bit.
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/model/run.ts';
import type { RunResult } from '../../src/model/indicators.ts';
import { defaultScenario } from '../../src/scenario/defaults.ts';
import { compareScenarios } from '../../src/stats/index.ts';
import { commonRuns } from '../../src/ui/compare/store.ts';
import { thinBlock, thinRuns } from '../../src/ui/compare/thin-runs.ts';

function runs(preset: Parameters<typeof defaultScenario>[0], n: number, horizon: number): RunResult[] {
  const s = defaultScenario(preset);
  s.horizon = horizon;
  return Array.from({ length: n }, (_, runIndex) => runScenario(s, { seed: 11, runIndex }));
}

describe('thin runs for the table worker', () => {
  const a = runs('steady-rhythm', 12, 40);
  const b = runs('big-launch', 12, 40);
  const c = runs('matchmaker', 12, 30); // shorter: NaN past its end

  it.each([[0, 0], [20, 1], [30, 2], [35, 0], [40, 1]])('week %i, baseline %i: the same table as from the full runs', (week, baseline) => {
    const full = [a, b, c];
    const want = compareScenarios(full, week, baseline);
    const got = compareScenarios(full.map((rs) => thinRuns(thinBlock(rs, week), week)), week, baseline);
    expect(got).toEqual(want);
  });

  it('with runs missing (a run left out after a fault), pairs only the runs every scenario has', () => {
    const full = [a.filter((r) => r.runIndex !== 3), b, c.filter((r) => r.runIndex !== 7)];
    const paired = commonRuns(full);
    expect(paired.map((rs) => rs.length)).toEqual([10, 10, 10]);
    const want = compareScenarios(paired, 25, 0);
    expect(compareScenarios(paired.map((rs) => thinRuns(thinBlock(rs, 25), 25)), 25, 0)).toEqual(want);
  });
});
