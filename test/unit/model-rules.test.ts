// Unit tests of the model's submodel rules (MODEL.md §7).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INDICATORS, runScenario, Simulation } from '../../src/model/index.ts';
import { orgCounts } from '../../src/model/init.ts';
import { beta, binomial, poisson, type Rng } from '../../src/model/random.ts';
import { createStreams } from '../../src/model/streams.ts';
import { disclosureTrust, reciprocalTrust, routineTrust, type TrustParams } from '../../src/model/trust.ts';
import { defaultScenario } from '../../src/scenario/defaults.ts';

const tp = defaultScenario().parameters as unknown as TrustParams;

describe('trust rules (§7.3–7.4)', () => {
  it('P10: one badly received disclosure lowers trust more than a well received one raises it (T ≥ 0.25, where disclosures happen)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.25, max: 1, noNaN: true }), (T) => {
        const gain = disclosureTrust(T, true, tp) - T;
        const loss = T - disclosureTrust(T, false, tp);
        expect(gain).toBeGreaterThanOrEqual(0);
        expect(loss).toBeGreaterThanOrEqual(gain);
      }),
    );
    // at T = 0.5 the asymmetry is exactly 3× the draft's 0.15 gain on (1−T)
    expect((0.5 - disclosureTrust(0.5, false, tp)) / (disclosureTrust(0.5, true, tp) - 0.5)).toBeCloseTo(3, 10);
  });
  it('every update keeps trust in [0, 1]', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.boolean(), (T, good) => {
        for (const x of [routineTrust(T, good, tp), routineTrust(T, good, tp, 2), disclosureTrust(T, good, tp), reciprocalTrust(T, tp)]) {
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
  it('routine trust rises with a good response, falls with a poor one; trust format doubles the gain', () => {
    expect(routineTrust(0.4, true, tp)).toBeCloseTo(0.4 + 0.05 * 0.6, 12);
    expect(routineTrust(0.4, false, tp)).toBeCloseTo(0.4 - 0.15 * 0.4, 12);
    expect(routineTrust(0.4, true, tp, 2) - 0.4).toBeCloseTo(2 * (routineTrust(0.4, true, tp) - 0.4), 12);
  });
});

describe('distributions', () => {
  const rng: Rng = createStreams(7, 0).init;
  const mean = (f: () => number, n = 20000) => {
    let s = 0;
    for (let k = 0; k < n; k++) s += f();
    return s / n;
  };
  it('beta, binomial and poisson have the right means', () => {
    expect(mean(() => beta(rng, 8, 2))).toBeCloseTo(0.8, 2);
    expect(mean(() => beta(rng, 2, 8))).toBeCloseTo(0.2, 2);
    expect(mean(() => binomial(rng, 3, 1 / 3))).toBeCloseTo(1, 1);
    expect(mean(() => poisson(rng, 2))).toBeCloseTo(2, 1);
    expect(mean(() => poisson(rng, 50), 5000)).toBeCloseTo(50, 0);
  });
  it('named streams are independent of each other and reproducible', () => {
    const a = createStreams(42, 3);
    const b = createStreams(42, 3);
    expect([a.init(), a.init()]).toEqual([b.init(), b.init()]);
    expect(a.activity()).not.toBe(a.partner());
    expect(createStreams(42, 4).init()).not.toBe(createStreams(42, 3).init());
  });
});

describe('initialisation (§5)', () => {
  it('organisation counts follow the shares and add up to the size', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 10 }), fc.integer({ min: 2, max: 5000 }), (ws, size) => {
        const total = ws.reduce((a, b) => a + b, 0);
        const counts = orgCounts(ws.map((x) => x / total), size);
        expect(counts.reduce((a, b) => a + b, 0)).toBe(size);
        counts.forEach((c, k) => expect(Math.abs(c - (ws[k] / total) * size)).toBeLessThan(1));
      }),
    );
  });
  it('colleague ties: only inside organisations, the requested mean degree, every pair reachable', () => {
    const s = defaultScenario('big-launch');
    s.population.size = 200;
    s.initialNetwork.colleagueTies = 4;
    const snap = new Simulation(s, { seed: 3 }).snapshot();
    const { a, b, crossOrg } = snap.ties;
    expect(Array.from(crossOrg).every((x) => x === 0)).toBe(true);
    for (let k = 0; k < a.length; k++) expect(snap.members.org[a[k]]).toBe(snap.members.org[b[k]]);
    const meanDegree = (2 * a.length) / 200;
    expect(meanDegree).toBeGreaterThan(3.3);
    expect(meanDegree).toBeLessThan(4.7);
    // p = 1 gives complete graphs inside each organisation
    s.initialNetwork.colleagueTies = 1000;
    const full = new Simulation(s, { seed: 3 }).snapshot();
    expect(full.ties.a.length).toBe(5 * ((40 * 39) / 2));
  });
});

describe('reproducibility and common random numbers (§4.1)', () => {
  it('the same scenario and seed give identical columns; another run index does not', () => {
    const s = defaultScenario('weaver');
    const a = runScenario(s, { seed: 9, runIndex: 2 });
    const b = runScenario(s, { seed: 9, runIndex: 2 });
    const c = runScenario(s, { seed: 9, runIndex: 3 });
    for (const name of INDICATORS) expect(Array.from(b.columns[name])).toEqual(Array.from(a.columns[name]));
    expect(Array.from(c.columns.oneOnOnes)).not.toEqual(Array.from(a.columns.oneOnOnes));
  });
  it('adding an action in week 40 changes nothing before week 40', () => {
    const s = defaultScenario('steady-rhythm');
    const base = runScenario(s, { seed: 5 });
    const more = structuredClone(s);
    more.strategy.actions.push({ type: 'quickWin', params: {}, at: 40 }, { type: 'meetup', params: {}, at: 40 });
    const changed = runScenario(more, { seed: 5 });
    for (const name of INDICATORS) {
      expect(Array.from(changed.columns[name].slice(0, 40))).toEqual(Array.from(base.columns[name].slice(0, 40)));
    }
    expect(changed.columns.artifacts[40]).toBeGreaterThan(base.columns.artifacts[40]);
  });
  it('two scenarios with the same seed start from the same members (common random numbers)', () => {
    const a = new Simulation(defaultScenario('big-launch'), { seed: 11 }).snapshot();
    const b = new Simulation(defaultScenario('bridging'), { seed: 11 }).snapshot();
    expect(Array.from(b.members.energy)).toEqual(Array.from(a.members.energy));
    expect(Array.from(b.members.propensity)).toEqual(Array.from(a.members.propensity));
  });
  it('an intervention recorded into the timeline replays to the same run', () => {
    const s = defaultScenario('big-launch');
    const live = new Simulation(s, { seed: 21 });
    live.tick(10);
    live.intervene('meetup', { mixing: 'crossOrg' });
    live.tick(5);
    live.intervene('quickWin', {});
    live.tick(100);
    const replay = runScenario(live.recordedScenario(), { seed: 21 });
    for (const name of INDICATORS) expect(Array.from(replay.columns[name])).toEqual(Array.from(live.columns()[name]));
    expect(live.recordedScenario().strategy.actions.map((a) => [a.type, a.at])).toEqual([
      ['meetup', 11],
      ['quickWin', 16],
    ]);
  });
});

describe('facilitation (§7.11) and sponsor (§7.6)', () => {
  it('actions that do not fit the budget are deferred: with no budget nothing ever happens', () => {
    const s = defaultScenario('steady-rhythm');
    s.facilitator.budget = 0;
    const r = runScenario(s, { seed: 1 });
    expect(Math.max(...r.columns.attendance)).toBe(0);
    expect(Math.max(...r.columns.phase)).toBe(0); // potential: no community-wide event
    expect(r.summary.coalescingWeek).toBeNull();
  });
  it('a launch deferred by the budget happens once the budget allows it', () => {
    const s = defaultScenario('big-launch');
    s.facilitator.budget = 2; // the launch costs 3; later weeks cannot save up either
    expect(runScenario(s, { seed: 1 }).summary.coalescingWeek).toBeNull();
    s.facilitator.budget = 3;
    expect(runScenario(s, { seed: 1 }).summary.coalescingWeek).toBe(1);
  });
  it('phase is potential until the first community-wide event', () => {
    const s = defaultScenario('big-launch');
    s.strategy = { actions: [{ type: 'launch', params: {}, at: 7 }] };
    const r = runScenario(s, { seed: 2 });
    expect(r.summary.coalescingWeek).toBe(7);
    expect(Array.from(r.columns.phase.slice(0, 7)).every((x) => x === 0)).toBe(true);
  });
  it('the sponsor cuts support by 0.25 after 12 weeks below expectation, and not when value keeps up', () => {
    const bl = runScenario(defaultScenario('big-launch'), { seed: 3 });
    expect(bl.columns.sponsorSupport[22]).toBe(1);
    expect(bl.columns.sponsorSupport[23]).toBe(0.75);
    const vf = runScenario(defaultScenario('value-first'), { seed: 3 });
    expect(Math.min(...vf.columns.sponsorSupport)).toBe(1);
  });
  it('quick wins add artifacts and sponsor value every two weeks', () => {
    const r = runScenario(defaultScenario('value-first'), { seed: 4 });
    expect(r.columns.artifacts[12]).toBeGreaterThanOrEqual(6);
    expect(r.columns.sponsorValue[12]).toBeGreaterThanOrEqual(6);
  });
  it('matchmaking produces more 1:1 conversations than the same rhythm without it', () => {
    const mm = runScenario(defaultScenario('matchmaker'), { seed: 8 });
    const s = defaultScenario('matchmaker');
    s.strategy = { actions: [{ type: 'launch', params: {}, at: 1 }, { type: 'meetup', params: {}, every: 4, from: 5 }] };
    const none = runScenario(s, { seed: 8 });
    const sum = (c: Float64Array) => c.slice(0, 27).reduce((a, b) => a + b, 0);
    expect(sum(mm.columns.oneOnOnes)).toBeGreaterThan(sum(none.columns.oneOnOnes));
  });
  it('a when-trigger fires on last week\'s indicators', () => {
    const s = defaultScenario('big-launch');
    s.strategy.actions.push({ type: 'meetup', params: {}, when: 'activeFraction < 0.2', condition: { indicator: 'activeFraction', op: '<', value: 0.2 }, from: 2 });
    const r = runScenario(s, { seed: 6 });
    const plain = runScenario(defaultScenario('big-launch'), { seed: 6 });
    const first = Array.from(plain.columns.activeFraction).findIndex((x, w) => w >= 1 && x < 0.2);
    expect(r.columns.attendance[first + 1]).toBeGreaterThan(0);
    expect(Array.from(r.columns.attendance.slice(2, first + 1)).every((x) => x === 0)).toBe(true);
  });
});

describe('membership (§7.9)', () => {
  it('P9 (implementation check): newcomers return with ≈0.56 if replied to, ≈0.44 if not', async () => {
    const { EVENT_CODE } = await import('../../src/model/index.ts');
    const s = defaultScenario('steady-rhythm');
    s.parameters.newcomerRate = 20;
    s.horizon = 60;
    const tally = { replied: [0, 0], ignored: [0, 0] };
    for (const seed of [1, 2, 3, 4, 5]) {
      const sim = new Simulation(s, { seed });
      const joinedWeek = new Map<number, 'replied' | 'ignored'>();
      while (sim.week < sim.horizon) {
        sim.step();
        const snap = sim.snapshot();
        const e = snap.events;
        for (let k = 0; k < e.kind.length; k++) if (e.kind[k] === EVENT_CODE.newcomer) joinedWeek.set(e.a[k], e.value[k] === 1 ? 'replied' : 'ignored');
      }
      const snap = sim.snapshot();
      for (const [id, kind] of joinedWeek) {
        if (snap.members.joined[id] >= sim.horizon) continue; // not yet decided
        const leftNextWeek = snap.members.left[id] === snap.members.joined[id] + 1;
        tally[kind][leftNextWeek ? 0 : 1]++;
      }
    }
    const rate = (x: number[]) => x[1] / (x[0] + x[1]);
    const se = (p: number, n: number) => Math.sqrt((p * (1 - p)) / n);
    const nr = tally.replied[0] + tally.replied[1];
    const ni = tally.ignored[0] + tally.ignored[1];
    expect(nr).toBeGreaterThan(300);
    expect(ni).toBeGreaterThan(150);
    expect(Math.abs(rate(tally.replied) - 0.56)).toBeLessThan(4 * se(0.56, nr));
    expect(Math.abs(rate(tally.ignored) - 0.44)).toBeLessThan(4 * se(0.44, ni));
  });
  it('member counts add up: members = initial + newcomers − dropouts, every week', () => {
    const r = runScenario(defaultScenario('vulnerability'), { seed: 12 });
    for (let w = 0; w <= 78; w++) {
      expect(r.columns.members[w]).toBe(60 + r.columns.newcomers[w] - r.columns.dropouts[w]);
    }
    expect(r.columns.dropouts[78]).toBeGreaterThan(0);
    expect(r.columns.newcomers[78]).toBeGreaterThan(0);
  });
});
