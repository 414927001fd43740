// The marks on the lab's timeline and charts (src/ui/lab/chart-marks.ts):
// the same arrays while nothing they show changed, so the charts do not
// re-render; new ones when the interventions change, a cut comes into view,
// or a catalogue arrives (a cut drawn before the Dutch views' catalogue
// stayed English: CI failure in budget-feedback.e2e, nl).
import { describe, expect, it } from 'vitest';
import type { Columns } from '../../src/model/indicators.ts';
import type { Intervention } from '../../src/ui/controllers/sim-controller.ts';
import { loadLang, setLangForTest } from '../../src/ui/i18n.ts';
import { ChartMarks } from '../../src/ui/lab/chart-marks.ts';
import type { Scenario } from '../../src/scenario/types.ts';

/** A run whose sponsor halves its support at the end of week 3. */
function run(week: number, interventions: Intervention[]) {
  const columns = { sponsorSupport: Float64Array.from([1, 1, 1, 0.5, 0.5, 0.5]) } as unknown as Columns;
  return { interventions, columns, scenario: { facilitator: { budget: 6 } } as Scenario, week };
}

const quickWin = (week: number, at?: number): Intervention => ({ week, label: 'Quick win', action: { type: 'quickWin', at } as Intervention['action'] });

describe('chart marks', () => {
  it('marks each intervention at its week, and the sponsor cuts up to this week on the charts', () => {
    const m = new ChartMarks();
    const list = [quickWin(2), quickWin(4, 5)];
    const before = m.of(run(2, list));
    expect(before.marks).toEqual([2, 5]);
    expect(before.chartMarks).toEqual([{ week: 2, label: 'Quick win' }, { week: 5, label: 'Quick win' }]);
    const after = m.of(run(4, list));
    expect(after.marks).toEqual([2, 5]);
    expect(after.chartMarks[2]).toEqual({ week: 3, label: 'Sponsor cut: budget 6.0 → 3.0 units a week from week 4', kind: 'cut' });
  });

  it('gives the same arrays while the interventions and the cuts are unchanged, new ones when they change', () => {
    const m = new ChartMarks();
    const list = [quickWin(2)];
    const a = m.of(run(4, list));
    expect(m.of(run(5, list))).toBe(a);
    const b = m.of(run(5, [...list]));
    expect(b).not.toBe(a);
    expect(m.of(run(2, [...list]))).not.toBe(b);
  });

  it('draws the cut again in Dutch when the views catalogue arrives', async () => {
    setLangForTest('nl');
    try {
      await loadLang('lab');
      const m = new ChartMarks();
      const list: Intervention[] = [];
      expect(m.of(run(4, list)).chartMarks[0].label).toMatch(/^Sponsor cut/);
      await loadLang('views');
      expect(m.of(run(4, list)).chartMarks[0].label).toMatch(/^Sponsor verlaagt: budget 6[.,]0 → 3[.,]0/);
    } finally {
      setLangForTest('en');
    }
  });
});
