// Feedback where the model says no (issue 17, item 17): an action that does
// not fit this week's budget is reported as a 'deferred' event (which entry,
// its type and cost) in the week it waits, and fires the next week when the
// budget allows. The report changes no number (bench/identity.ts).
import { describe, expect, it } from 'vitest';
import { Simulation } from '../../src/model/index.ts';
import { EVENT_CODE, type Snapshot } from '../../src/model/snapshot.ts';
import { defaultScenario } from '../../src/scenario/defaults.ts';
import { ACTION_TYPES } from '../../src/scenario/types.ts';
import { budgetNews } from '../../src/ui/lab/budget-news.ts';

function eventsOf(s: Snapshot, kind: keyof typeof EVENT_CODE) {
  const out: { a: number; b: number; value: number }[] = [];
  for (let k = 0; k < s.events.kind.length; k++) if (s.events.kind[k] === EVENT_CODE[kind]) out.push({ a: s.events.a[k], b: s.events.b[k], value: s.events.value[k] });
  return out;
}

describe('deferred actions', () => {
  it('are reported in the week they wait, with their type and cost, and fire the next week', () => {
    const s = defaultScenario('steady-rhythm');
    s.facilitator.budget = 6;
    // Week 6: three quick wins (2 each) on top of the preset's weekly follow-up (0.5): one cannot be paid.
    for (let i = 0; i < 3; i++) s.strategy.actions.push({ type: 'quickWin', params: {}, at: 6 });
    const sim = new Simulation(s, { seed: 3 });
    const weeks: Snapshot[] = [];
    for (let w = 1; w <= 7; w++) {
      sim.step();
      weeks[w] = sim.snapshot();
    }
    expect(eventsOf(weeks[5], 'deferred')).toEqual([]);
    const d = eventsOf(weeks[6], 'deferred');
    expect(d).toHaveLength(1);
    expect(ACTION_TYPES[d[0].b]).toBe('quickWin');
    expect(d[0].value).toBe(2);
    expect(eventsOf(weeks[6], 'quickWin')).toHaveLength(2);
    // Next week it fits and fires, and nothing waits any more.
    expect(eventsOf(weeks[7], 'quickWin')).toHaveLength(1);
    expect(eventsOf(weeks[7], 'deferred')).toEqual([]);
  });

  it("name the entry of the scenario's own actions (−1 for the preset's), so the lab says which: a cross-org meetup, not a meetup", () => {
    const s = defaultScenario('steady-rhythm');
    s.facilitator.budget = 6;
    // Week 6: a quick win (2) and two cross-org meetups (3 each) on top of the weekly follow-up (0.5): the second meetup waits.
    s.strategy.actions.push({ type: 'quickWin', params: {}, at: 6 }, { type: 'meetup', params: { mixing: 'crossOrg' }, at: 6 }, { type: 'meetup', params: { mixing: 'crossOrg' }, at: 6 });
    const sim = new Simulation(s, { seed: 3 });
    for (let w = 1; w <= 6; w++) sim.step();
    const snap = sim.snapshot();
    const d = eventsOf(snap, 'deferred');
    expect(d.map((e) => e.a)).toEqual([2]);
    expect(s.strategy.actions[d[0].a].params).toEqual({ mixing: 'crossOrg' });
    expect(budgetNews(snap, undefined, 6, s.strategy.actions)).toBe("Over this week's budget (6.0 units): Cross-org meetup moves to week 7.");
    // Without the scenario's actions, the type's name.
    expect(budgetNews(snap, undefined, 6)).toBe("Over this week's budget (6.0 units): Meetup moves to week 7.");
  });

  it("report the preset's own entries as −1", () => {
    const s = defaultScenario('steady-rhythm');
    s.facilitator.budget = 0.4;
    const sim = new Simulation(s, { seed: 3 });
    sim.step();
    const d = eventsOf(sim.snapshot(), 'deferred');
    expect(d.length).toBeGreaterThan(0);
    expect(d.every((e) => e.a === -1)).toBe(true);
  });
});
