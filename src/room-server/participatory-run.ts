// A participatory run in a room (issue 19, part B; docs/MODEL.md §7.12).
// The server runs the model: each participant plays one member (seated
// across the organisations), simulated members fill every other seat. The
// phones send this week's decision; when the trainer runs the week (or the
// decision timer runs out) the decisions go into the model as input, and a
// member whose participant did not decide is played by the model. The run is
// kept as (scenario text, seed, decisions, week): after a restart it is
// rebuilt by replaying, and the exported scenario replays it exactly.
import { Simulation } from '../model/index.ts';
import { parseScenario } from '../scenario/parse.ts';
import { stringifyScenario } from '../scenario/serialize.ts';
import type { Scenario } from '../scenario/types.ts';
import { REASONS, type Decision, type TrainerMessage } from '../room/protocol.ts';
import { memberName, orgColour } from '../room/seats.ts';
import type { FirstShareSummary, MemberWeek, RunPhoneView, RunTrainerView, SeatView } from '../room/views.ts';
import type { Refusal, Room } from './room.ts';
import type { RunData } from './run-data.ts';

type Result<T> = { ok: true; value: T } | { ok: false; detail: string };

function parse(text: string): Result<Scenario> {
  const r = parseScenario(text, { file: 'scenario' });
  if (!r.ok) return { ok: false, detail: r.errors.slice(0, 3).map((e) => `${e.line}:${e.column} ${e.path}: ${e.message}`).join('; ') };
  return { ok: true, value: r.scenario };
}

export class Participatory {
  private sim: Simulation;
  /** This week's snapshot, built once per week (every phone's view reads it). */
  private snap: ReturnType<Simulation['snapshot']> | null = null;

  private constructor(readonly room: Room, readonly data: RunData, private scenario: Scenario) {
    this.sim = Participatory.replay(scenario, data);
  }

  /** The run at `data.week`, from week 0 with every decision: the model is a pure function of (scenario, seed, decisions). */
  private static replay(scenario: Scenario, data: RunData): Simulation {
    const sim = new Simulation({ ...scenario, seed: data.seed, decisions: [...(scenario.decisions ?? []), ...data.decisions] }, { seed: data.seed });
    sim.tick(data.week);
    return sim;
  }

  static start(room: Room, msg: TrainerMessage<'runStart'>, connected: Set<number>): Result<Participatory> {
    const s = parse(msg.scenario);
    if (!s.ok) return s;
    const data: RunData = { name: msg.name || s.value.name || 'scenario', scenario: msg.scenario, seed: msg.seed, week: 0, timer: msg.timer, deadline: null, seats: {}, decisions: [], playedByModel: {}, ended: false };
    let run: Participatory;
    try {
      run = new Participatory(room, data, s.value);
    } catch (e) {
      return { ok: false, detail: e instanceof Error ? e.message : String(e) };
    }
    // Connected phones first, then the others who joined: each gets a member, spread over the organisations.
    const order = [...room.data.members].sort((a, b) => Number(connected.has(b.id)) - Number(connected.has(a.id)) || a.id - b.id);
    for (const m of order) run.seatNewcomer(m.id);
    room.data.run = data;
    run.armDeadline();
    return { ok: true, value: run };
  }

  static resume(room: Room): Result<Participatory> {
    const data = room.data.run!;
    const s = parse(data.scenario);
    if (!s.ok) return s;
    try {
      return { ok: true, value: new Participatory(room, data, s.value) };
    } catch (e) {
      return { ok: false, detail: e instanceof Error ? e.message : String(e) };
    }
  }

  /** A member for a participant who has none yet: the present member of the least-played organisation, lowest id first. */
  seatNewcomer(memberId: number): void {
    if (this.data.ended || this.data.seats[memberId] !== undefined) return;
    const snap = this.snapshot();
    const taken = new Set(Object.values(this.data.seats));
    const perOrg = new Map<number, number>();
    for (const id of taken) perOrg.set(snap.members.org[id], (perOrg.get(snap.members.org[id]) ?? 0) + 1);
    let best = -1;
    for (let i = 0; i < snap.members.id.length; i++) {
      if (!snap.members.present[i] || taken.has(i)) continue;
      if (best < 0 || (perOrg.get(snap.members.org[i]) ?? 0) < (perOrg.get(snap.members.org[best]) ?? 0)) best = i;
    }
    if (best >= 0) this.data.seats[memberId] = best;
  }

  private snapshot(): ReturnType<Simulation['snapshot']> {
    if (!this.snap || this.snap.week !== this.sim.week) this.snap = this.sim.snapshot();
    return this.snap;
  }

  private seatOf(memberId: number): number | undefined {
    return this.data.seats[memberId];
  }

  private decidedThisWeek(seat: number): boolean {
    return this.data.decisions.some((d) => d.member === seat && d.week === this.data.week + 1);
  }

  decide(memberId: number, d: Decision): { ok: true } | Refusal {
    if (this.data.ended) return { ok: false, reason: REASONS.outOfTurn, detail: 'the run is over' };
    if (d.week !== this.data.week) return { ok: false, reason: REASONS.outOfTurn, detail: `week ${d.week + 1} is not the week being decided (${this.data.week + 1})` };
    const seat = this.seatOf(memberId);
    if (seat === undefined) return { ok: false, reason: REASONS.outOfTurn, detail: 'you play no member in this run' };
    if (this.decidedThisWeek(seat)) return { ok: false, reason: REASONS.outOfTurn, detail: 'this week is decided already' };
    if (d.share === 'oneOnOne' && d.talkTo === null) return { ok: false, reason: REASONS.malformed, detail: 'sharing one-on-one needs someone to talk to' };
    if (d.share === 'group' && !d.attend) return { ok: false, reason: REASONS.malformed, detail: 'sharing in the group needs coming to the meetup' };
    try {
      const recorded = this.sim.decide({ member: seat, attend: d.attend, talkTo: d.talkTo, share: d.share });
      this.data.decisions.push(recorded);
    } catch (e) {
      return { ok: false, reason: REASONS.malformed, detail: e instanceof Error ? e.message : String(e) };
    }
    return { ok: true };
  }

  /** Run the week: undecided members are played by the model. */
  closeWeek(week: number): { ok: true } | Refusal {
    if (this.data.ended) return { ok: false, reason: REASONS.outOfTurn, detail: 'the run is over' };
    if (week !== this.data.week) return { ok: false, reason: REASONS.outOfTurn, detail: `week ${week + 1} has been run already` };
    for (const [memberId, seat] of Object.entries(this.data.seats)) {
      if (!this.decidedThisWeek(seat)) (this.data.playedByModel[memberId] ??= []).push(this.data.week);
    }
    this.sim.step();
    this.data.week = this.sim.week;
    if (this.data.week >= this.sim.horizon) this.data.ended = true;
    this.armDeadline();
    return { ok: true };
  }

  setTimer(seconds: number): void {
    this.data.timer = seconds;
    this.armDeadline();
  }

  private armDeadline(): void {
    this.data.deadline = this.data.timer > 0 && !this.data.ended ? Date.now() + this.data.timer * 1000 : null;
  }

  end(): void {
    this.data.ended = true;
    this.data.deadline = null;
  }

  private seatView(seat: number): SeatView {
    const snap = this.snapshot();
    const org = snap.members.org[seat];
    return { id: seat, name: memberName(seat), org: snap.orgIds[org], colour: orgColour(org) };
  }

  private memberWeek(seat: number): MemberWeek {
    const v = this.sim.memberView(seat);
    const snap = this.snapshot();
    const matched = new Set(v.lastWeek.filter((h) => h.kind === 'matched' && h.with !== null).map((h) => h.with!));
    return {
      energy: v.energy,
      ties: v.ties.map((t) => ({ id: t.id, name: memberName(t.id), org: t.org, colour: orgColour(snap.members.org[t.id]), trust: t.trust, strength: t.strength, matched: matched.has(t.id) })),
      canTalkTo: v.canTalkTo,
      lastWeek: v.lastWeek.map((h) => ({ kind: h.kind, ...(h.with !== null ? { other: h.with } : {}), ...(h.good !== undefined ? { good: h.good } : {}) })),
      openIssues: v.openIssues,
    };
  }

  phoneView(memberId: number): RunPhoneView {
    const seat = this.seatOf(memberId);
    const present = seat !== undefined && this.snapshot().members.present[seat] === 1;
    return {
      name: this.data.name,
      week: this.data.week,
      horizon: this.sim.horizon,
      deadline: this.data.deadline,
      seat: seat !== undefined ? this.seatView(seat) : null,
      me: seat !== undefined && present && !this.data.ended ? this.memberWeek(seat) : null,
      decided: seat !== undefined && this.decidedThisWeek(seat),
      playedByModel: this.data.playedByModel[memberId] ?? [],
      ended: this.data.ended,
    };
  }

  /** The trainer's view changes with each decision; its debrief only with the week and the number of decisions. */
  private cached: { key: string; debrief: RunTrainerView['debrief'] } | null = null;

  /** The scenario with every decision (and the seed): replaying it gives this run. */
  exported(): string {
    return stringifyScenario({ ...this.sim.recordedScenario(), seed: this.data.seed, name: this.data.name });
  }

  trainerView(connected: Set<number>): RunTrainerView {
    const played = Object.entries(this.data.seats).map(([memberId, seat]) => ({ ...this.seatView(seat), decided: this.decidedThisWeek(seat), connected: connected.has(Number(memberId)) }));
    const key = `${this.data.week}|${this.data.decisions.length}|${this.data.ended}|${played.length}`;
    if (this.cached?.key !== key) this.cached = { key, debrief: this.debrief() };
    return {
      name: this.data.name,
      seed: this.data.seed,
      week: this.data.week,
      horizon: this.sim.horizon,
      timer: this.data.timer,
      deadline: this.data.deadline,
      played,
      decisions: this.data.decisions.length,
      ended: this.data.ended,
      debrief: this.cached.debrief,
    };
  }

  /** The debrief: first shared tricky issues of played and simulated members, and how often people chose to come. */
  private debrief(): RunTrainerView['debrief'] {
    const seats = new Set(Object.values(this.data.seats));
    const shares = this.sim.firstShares();
    const present = this.snapshot().members.present;
    const summary = (mine: boolean): FirstShareSummary => {
      const list = shares.filter((f) => seats.has(f.member) === mine);
      let members = 0;
      for (let i = 0; i < present.length; i++) if (seats.has(i) === mine && (present[i] || list.some((f) => f.member === i))) members++;
      return {
        members,
        shared: list.length,
        meanTrust: list.length ? list.reduce((a, f) => a + f.trust, 0) / list.length : null,
        meanWeek: list.length ? list.reduce((a, f) => a + f.week, 0) / list.length : null,
      };
    };
    const mine = this.data.decisions.filter((d) => seats.has(d.member) && d.attend !== undefined);
    return { played: summary(true), simulated: summary(false), attendance: { played: mine.length ? mine.filter((d) => d.attend).length / mine.length : null } };
  }
}
