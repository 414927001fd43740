// Participants' decisions (docs/MODEL.md §7.12): a participatory run's input.
// Each decision replaces the model's draw for one member in one week; the run
// stays a pure function of (scenario, seed, decisions) and replays from its
// exported file.
import { describe, expect, it } from 'vitest';
import { runScenario, Simulation, EVENT_KINDS, type Snapshot } from '../../src/model/index.ts';
import { defaultScenario } from '../../src/scenario/defaults.ts';
import { parseScenario } from '../../src/scenario/parse.ts';
import { stringifyScenario } from '../../src/scenario/serialize.ts';
import type { Decision, Scenario } from '../../src/scenario/types.ts';
import { SimulationSession } from '../../src/shared/simulation-session.ts';

const base = (): Scenario => {
  const s = defaultScenario('steady-rhythm');
  s.horizon = 26;
  return s;
};

/** Events of the snapshot as objects. */
function events(snap: Snapshot): { kind: string; a: number; b: number; value: number }[] {
  const e = snap.events;
  return Array.from(e.kind, (k, i) => ({ kind: EVENT_KINDS[k], a: e.a[i], b: e.b[i], value: e.value[i] }));
}

/** Run week by week, calling `decide` before each week; returns each week's events. */
function play(s: Scenario, seed: number, decide: (sim: Simulation) => void): { sim: Simulation; weeks: ReturnType<typeof events>[] } {
  const sim = new Simulation(s, { seed });
  const weeks: ReturnType<typeof events>[] = [[]];
  while (sim.week < sim.horizon) {
    decide(sim);
    sim.step();
    weeks.push(events(sim.snapshot()));
  }
  return { sim, weeks };
}

describe('participants decide for their members (§7.12)', () => {
  it('attend: false keeps a member away from every session; attend: true brings it to every one', () => {
    for (const seed of [1, 2, 3]) {
      const away = play(base(), seed, (sim) => sim.decide({ member: 0, attend: false }));
      const there = play(base(), seed, (sim) => sim.decide({ member: 1, attend: true }));
      let sessions = 0;
      for (let wk = 1; wk < away.weeks.length; wk++) {
        expect(away.weeks[wk].some((e) => e.kind === 'attended' && e.a === 0)).toBe(false);
        const held = there.weeks[wk].some((e) => e.kind === 'session');
        if (held) sessions++;
        expect(there.weeks[wk].some((e) => e.kind === 'attended' && e.a === 1)).toBe(held);
      }
      expect(sessions).toBeGreaterThan(3);
    }
  });

  it('talkTo: the member seeks out only the member it chose, and nobody when it chose null', () => {
    for (const seed of [1, 2, 3]) {
      let partner = -1;
      const { weeks } = play(base(), seed, (sim) => {
        if (partner < 0) partner = sim.memberView(0).canTalkTo[0] ?? -1;
        if (partner >= 0) sim.decide({ member: 0, talkTo: partner });
      });
      // the launch gives member 0 ties in week 1; from week 2 every 1:1 it starts is with its choice or a facilitator's match
      let talks = 0;
      for (let wk = 2; wk < weeks.length; wk++) {
        const matched = new Set(weeks[wk].filter((e) => e.kind === 'matched' && (e.a === 0 || e.b === 0)).map((e) => (e.a === 0 ? e.b : e.a)));
        for (const e of weeks[wk]) if (e.kind === 'oneOnOne' && e.a === 0) {
          expect(e.b === partner || matched.has(e.b)).toBe(true);
          if (e.b === partner) talks++;
        }
      }
      expect(partner).toBeGreaterThanOrEqual(0);
      expect(talks).toBeGreaterThan(2);
      const none = play(base(), seed, (sim) => sim.decide({ member: 0, talkTo: null }));
      for (let wk = 1; wk < none.weeks.length; wk++) {
        const matched = new Set(none.weeks[wk].filter((e) => e.kind === 'matched').flatMap((e) => [e.a, e.b]));
        if (!matched.has(0)) expect(none.weeks[wk].some((e) => e.kind === 'oneOnOne' && e.a === 0)).toBe(false);
      }
    }
  });

  it('share: oneOnOne tells the chosen partner the next issue in their talk, whatever the trust; none keeps it quiet', () => {
    let forced = 0;
    for (const seed of [1, 2, 3, 4, 5]) {
      let partner = -1;
      const couldTell: boolean[] = [false];
      const { weeks } = play(base(), seed, (sim) => {
        const v = sim.memberView(0);
        if (partner < 0) partner = v.canTalkTo[0] ?? -1;
        couldTell.push(v.ties.find((t) => t.id === partner)?.canShare ?? false);
        if (partner >= 0 && v.present) sim.decide({ member: 0, talkTo: partner, share: 'oneOnOne' });
      });
      for (let wk = 2; wk < weeks.length; wk++) {
        const talked = weeks[wk].some((e) => e.kind === 'oneOnOne' && e.a === 0 && e.b === partner);
        const told = weeks[wk].filter((e) => e.kind === 'tricky1on1' && e.a === 0);
        expect(told.length).toBeLessThanOrEqual(1); // one issue a week
        if (told.length) {
          expect(told[0].b).toBe(partner);
          forced++;
        }
        // in a talk with the partner, an issue the partner has not heard is always told
        if (talked) expect(told.length).toBe(couldTell[wk] ? 1 : 0);
      }
      const quiet = play(base(), seed, (sim) => sim.decide({ member: 0, share: 'none' }));
      for (const wk of quiet.weeks) expect(wk.some((e) => (e.kind === 'tricky1on1' || e.kind === 'trickyGroup') && e.a === 0)).toBe(false);
    }
    expect(forced).toBeGreaterThan(0);
  });

  it('share: group raises the next issue at a session the member attends (not at the launch)', () => {
    let raised = 0;
    for (const seed of [1, 2, 3, 4, 5]) {
      const openBefore: number[] = [0];
      const { weeks, sim } = play(base(), seed, (sim) => {
        openBefore.push(sim.memberView(2).openIssues);
        sim.decide({ member: 2, attend: true, share: 'group' });
      });
      for (let wk = 2; wk < weeks.length; wk++) {
        const held = weeks[wk].some((e) => e.kind === 'session');
        const mine = weeks[wk].filter((e) => e.kind === 'trickyGroup' && e.a === 2);
        expect(mine.length).toBeLessThanOrEqual(1);
        if (held && mine.length === 0) expect(openBefore[wk]).toBe(0);
        raised += mine.length;
      }
      expect(sim.firstShares().some((f) => f.member === 2 && f.where === 'group')).toBe(true);
    }
    expect(raised).toBeGreaterThan(4);
  });

  it('a decision that leaves every field to the model changes nothing (draws are made for everyone)', () => {
    for (const seed of [1, 2, 3]) {
      const s = base();
      s.parameters.dropoutChance = 0; // a decided member does not leave that week: the one deliberate difference
      const plain = runScenario(s, { seed });
      const decided: Decision[] = [];
      for (let wk = 1; wk <= s.horizon; wk++) for (const member of [0, 5, 9]) decided.push({ week: wk, member });
      const withEmpty = runScenario({ ...s, decisions: decided }, { seed });
      expect(withEmpty.columns).toEqual(plain.columns);
    }
  });

  it('decisions change the run, and the exported file replays it exactly (YAML round trip)', async () => {
    const s = base();
    const session = new SimulationSession();
    expect((await session.load(s, 7)).ok).toBe(true);
    for (let wk = 0; wk < 12; wk++) {
      const v = await session.memberView(3);
      expect(v.ok).toBe(true);
      if (!v.ok) return;
      const r = await session.decide({ member: 3, attend: wk % 2 === 0, talkTo: v.value.canTalkTo[0] ?? null, share: wk === 4 ? 'group' : wk === 6 ? 'oneOnOne' : undefined });
      expect(r.ok).toBe(true);
      await session.step(1);
    }
    const cols = await session.columns();
    const exported = await session.exportScenario();
    expect(cols.ok && exported.ok).toBe(true);
    if (!cols.ok || !exported.ok) return;
    expect(exported.value.decisions).toHaveLength(12);
    const text = stringifyScenario(exported.value);
    expect(text).toMatch(/decisions:\n {2}- \{ week: 1, member: 3, attend: true/);
    const back = parseScenario(text, { file: 'room-run.yaml' });
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    const replay = runScenario(back.scenario, { seed: 7, weeks: 12 });
    for (const [k, col] of Object.entries(cols.value)) expect(Array.from(replay.columns[k as keyof typeof replay.columns])).toEqual(Array.from(col));
    const plain = runScenario(s, { seed: 7, weeks: 12 });
    expect(plain.columns).not.toEqual(replay.columns);
    // seeking back re-runs with the decisions, to the same state
    const again = await session.seek(5);
    const fwd = await session.seek(12);
    const cols2 = await session.columns();
    expect(again.ok && fwd.ok && cols2.ok).toBe(true);
    if (cols2.ok) expect(cols2.value).toEqual(cols.value);
  });

  it('a second decision for the same member and week replaces the first', () => {
    const sim = new Simulation(base(), { seed: 3 });
    sim.decide({ member: 4, attend: true });
    sim.decide({ member: 4, attend: false });
    const out = sim.recordedScenario().decisions!;
    expect(out).toEqual([{ week: 1, member: 4, attend: false }]);
  });

  it('refuses a member that is not there and a partner the member does not know, with the reason', () => {
    const sim = new Simulation(base(), { seed: 3 });
    expect(() => sim.decide({ member: 999 })).toThrow(/no member 999/);
    expect(() => sim.decide({ member: 0, talkTo: 0 })).toThrow(/cannot seek out 0/);
    const v = sim.memberView(0);
    const stranger = Array.from({ length: 60 }, (_, i) => i).find((i) => i !== 0 && !v.canTalkTo.includes(i))!;
    expect(() => sim.decide({ member: 0, talkTo: stranger })).toThrow(/a present member it knows/);
  });
});

describe('what a member knows (memberView)', () => {
  it('lists its ties most trusted first, whom it may seek out, and what happened to it last week', () => {
    const sim = new Simulation(base(), { seed: 11 });
    sim.tick(6);
    let seen = 0;
    for (let id = 0; id < 60; id++) {
      const v = sim.memberView(id);
      for (let k = 1; k < v.ties.length; k++) expect(v.ties[k - 1].trust).toBeGreaterThanOrEqual(v.ties[k].trust);
      for (const t of v.ties) {
        expect(t.trust).toBeGreaterThanOrEqual(0);
        expect(t.trust).toBeLessThanOrEqual(1);
      }
      if (v.present) expect(new Set(v.canTalkTo)).toEqual(new Set(v.ties.filter((t) => sim.memberView(t.id).present).map((t) => t.id)));
      const talked = events(sim.snapshot()).filter((e) => e.kind === 'oneOnOne' && (e.a === id || e.b === id)).length;
      expect(v.lastWeek.filter((h) => h.kind === 'talked')).toHaveLength(talked);
      seen += v.lastWeek.length;
    }
    expect(seen).toBeGreaterThan(0);
    expect(() => sim.memberView(-1)).toThrow(RangeError);
  });

  it('records each member\'s first shared issue with the trust it took', () => {
    const sim = new Simulation(base(), { seed: 5 });
    sim.tick(26);
    const firsts = sim.firstShares();
    expect(firsts.length).toBeGreaterThan(0);
    for (const f of firsts) {
      expect(f.week).toBeGreaterThanOrEqual(1);
      expect(f.trust).toBeGreaterThanOrEqual(0);
      expect(f.trust).toBeLessThanOrEqual(1);
    }
    expect(new Set(firsts.map((f) => f.member)).size).toBe(firsts.length);
  });
});

describe('decisions in a scenario file', () => {
  const file = (body: string) => `schemaVersion: 1\nhorizon: 26\ndecisions:\n${body}`;
  it('reads a valid list', () => {
    const r = parseScenario(file('  - { week: 2, member: 3, attend: true, talkTo: null, share: group }\n'), { file: 'd.yaml' });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.scenario.decisions).toEqual([{ week: 2, member: 3, attend: true, talkTo: null, share: 'group' }]);
  });
  it.each([
    ['  - { week: 30, member: 1 }\n', /d\.yaml:4:.*decisions\[0\]\.week: .*within the horizon of 26/],
    ['  - { week: 2 }\n', /decisions\[0\]\.member: missing/],
    ['  - { week: 2, member: 1, share: loud }\n', /decisions\[0\]\.share: expected one of none, oneOnOne, group, found the text "loud"/],
    ['  - { week: 2, member: 1, talkTo: 1 }\n', /cannot talk to itself/],
    ['  - { week: 2, member: 1, attend: yes please }\n', /decisions\[0\]\.attend: expected true or false/],
    ['  - { week: 2, member: 1 }\n  - { week: 2, member: 1, attend: false }\n', /decisions\[1\]: member 1 already has a decision for week 2 \(item 1\)/],
  ])('refuses %j with a located reason', (body, message) => {
    const r = parseScenario(file(body), { file: 'd.yaml' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => `${e.file}:${e.line}: ${e.path}: ${e.message}`).join('\n')).toMatch(message);
  });
});
