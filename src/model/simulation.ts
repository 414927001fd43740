// One run of the model: a pure function of (scenario, seed, runIndex).
// Simulation only schedules: step() calls the submodels, each in its own
// file, in the order of MODEL.md §3, and records the week's indicators
// (observe.ts). It is synchronous and emits nothing; playing, pausing and
// timing belong to the worker and the UI.

import { PRESETS } from '../scenario/presets.ts';
import type { Action, ActionParams, ActionType, Decision, Scenario } from '../scenario/types.ts';
import { buildSnapshot } from './build-snapshot.ts';
import { compactTies, decayTies } from './decay.ts';
import { updateEnergy } from './energy.ts';
import { Facilitator } from './facilitator.ts';
import { runForum } from './forum.ts';
import { INDICATORS, phaseName, type Columns, type Indicator, type IndicatorRow, type RunResult } from './indicators.ts';
import { initialise, newIssues } from './init.ts';
import { firstShares, memberView, type FirstShare, type MemberView } from './member-view.ts';
import { dropouts, newcomers, updateLevels } from './membership.ts';
import { Observer } from './observe.ts';
import { chosenTalks, matchedTalks } from './one-on-ones.ts';
import { PartnerChooser } from './partner.ts';
import { holdSession } from './sessions.ts';
import type { Snapshot } from './snapshot.ts';
import { accountValue } from './value.ts';
import { World } from './world.ts';

export interface SimulationOptions {
  /** Defaults to scenario.seed. */
  seed?: number;
  /** Replication index; sub-streams are seeded `${seed}|${runIndex}|${stream}`. */
  runIndex?: number;
  /** Keep each week's events for snapshots (default true; batch runs turn it off). */
  recordEvents?: boolean;
  /** The indicators the caller will read (default all); see Observer. The model's course does not depend on it. */
  record?: readonly Indicator[];
}

export class Simulation {
  readonly scenario: Scenario;
  readonly seed: number;
  readonly runIndex: number;
  private readonly w: World;
  private readonly facilitator: Facilitator;
  private readonly chooser = new PartnerChooser();
  private readonly observer: Observer;
  private readonly interventions: Action[] = [];
  private readonly decisions: Decision[] = [];
  private last: IndicatorRow;

  constructor(scenario: Scenario, opts: SimulationOptions = {}) {
    this.scenario = scenario;
    this.seed = opts.seed ?? scenario.seed;
    this.runIndex = opts.runIndex ?? 0;
    this.w = new World(scenario, this.seed, this.runIndex, opts.recordEvents ?? true);
    const preset = scenario.strategy.preset ? PRESETS[scenario.strategy.preset] : undefined;
    this.facilitator = new Facilitator(
      [...(preset?.actions ?? []), ...scenario.strategy.actions],
      preset?.facilitatorOneOnOnes ?? true,
      preset?.actions.length ?? 0,
    );
    this.observer = new Observer(scenario.horizon, opts.record);
    initialise(this.w);
    updateLevels(this.w);
    this.last = this.observer.observe(this.w);
  }

  /** Weeks done; 0 right after initialisation. */
  get week(): number {
    return this.w.week;
  }

  get horizon(): number {
    return this.scenario.horizon;
  }

  /** Advance one week (no-op at the horizon) and return its indicators. */
  step(): IndicatorRow {
    if (this.w.week >= this.horizon) return this.last;
    const w = this.w;
    w.week++;
    w.startWeek();
    // 1. interventions scheduled this week (§7.11)
    this.facilitator.act(w, this.last);
    // 2. energy and activity (§7.1)
    updateEnergy(w);
    this.facilitator.deliverQuickWins(w);
    const present = w.list(w.members.present);
    // 3. 1:1 conversations (§7.2–7.4)
    matchedTalks(w);
    this.facilitator.checkIn(w, present);
    chosenTalks(w, this.chooser, present);
    // 4. group sessions and the forum (§7.5)
    for (const s of w.sessions) holdSession(w, s, this.chooser);
    runForum(w, w.list(w.members.active));
    // 5. value accounting and the sponsor's review (§7.6)
    accountValue(w);
    // 6. decay (§7.8)
    decayTies(w);
    compactTies(w);
    // 7. new issues, dropouts and newcomers (§2, §7.9)
    newIssues(w);
    dropouts(w);
    const active = w.list(w.members.active);
    newcomers(w, active, present.length > 0 ? active.length / present.length : 0);
    // 8. levels, phase and indicators (§7.9–7.10, §4.3)
    this.last = this.observer.observe(w);
    return this.last;
  }

  /** Advance n weeks, stopping at the horizon. */
  tick(n: number): void {
    for (let k = 0; k < n && this.w.week < this.horizon; k++) this.step();
  }

  /** Indicators of the current week. */
  row(): IndicatorRow {
    return { ...this.last };
  }

  /** Indicators of weeks 0..week as columns (copies). */
  columns(): Columns {
    const out = {} as Columns;
    for (const name of INDICATORS) out[name] = this.observer.cols[name].slice(0, this.w.week + 1);
    return out;
  }

  result(): RunResult {
    const w = this.w;
    const final = {} as RunResult['summary']['final'];
    for (const name of INDICATORS) final[name] = name === 'phase' ? phaseName(this.last.phase) : this.last[name];
    return {
      seed: this.seed,
      runIndex: this.runIndex,
      columns: this.columns(),
      conditions: this.observer.conditions.slice(0, w.week + 1),
      summary: {
        coalescingWeek: w.coalescingWeek,
        maturingWeek: w.maturingWeek,
        firstTricky1on1Week: w.firstTricky1on1Week,
        firstTrickyGroupWeek: w.firstTrickyGroupWeek,
        final,
      },
    };
  }

  snapshot(): Snapshot {
    return buildSnapshot(this.w, this.row());
  }

  /** Record an action at week+1 into this run's timeline; returns the entry. */
  intervene(type: ActionType, params: ActionParams = {}): Action {
    if (this.w.week >= this.horizon) throw new Error(`the run is at its horizon (week ${this.horizon}); no week is left to act in`);
    const action: Action = { type, params: { ...params }, at: this.w.week + 1 };
    this.facilitator.add(action);
    this.interventions.push(action);
    return action;
  }

  /**
   * Record a participant's decision for its member in week+1 (§7.12); a
   * second one for the same member and week replaces the first. Throws with
   * the reason when the member is not there or cannot seek out `talkTo`.
   */
  decide(d: Omit<Decision, 'week'>): Decision {
    const w = this.w;
    if (w.week >= this.horizon) throw new Error(`the run is at its horizon (week ${this.horizon}); no week is left to decide for`);
    const m = w.members;
    if (!Number.isInteger(d.member) || d.member < 0 || d.member >= m.count) throw new Error(`no member ${d.member}: ids run from 0 to ${m.count - 1}`);
    if (!m.present[d.member]) throw new Error(`member ${d.member} has left the community; it cannot decide any more`);
    if (d.talkTo != null) {
      const j = d.talkTo;
      if (!Number.isInteger(j) || j < 0 || j >= m.count || j === d.member || !m.present[j] || w.ties.find(d.member, j) < 0) {
        throw new Error(`member ${d.member} cannot seek out ${j}: a 1:1 partner must be a present member it knows`);
      }
    }
    const decision: Decision = { week: w.week + 1, member: d.member };
    if (d.attend !== undefined) decision.attend = d.attend;
    if (d.talkTo !== undefined) decision.talkTo = d.talkTo;
    if (d.share !== undefined) decision.share = d.share;
    w.addDecision(decision);
    const k = this.decisions.findIndex((x) => x.week === decision.week && x.member === decision.member);
    if (k >= 0) this.decisions[k] = decision;
    else this.decisions.push(decision);
    return decision;
  }

  /** What member `id` knows now (§7.12); lastWeek needs recordEvents. */
  memberView(id: number): MemberView {
    return memberView(this.w, id);
  }

  /** Every member's first tricky issue shared so far. */
  firstShares(): FirstShare[] {
    return firstShares(this.w);
  }

  /** The scenario with every intervention recorded in strategy.actions and every decision in decisions. */
  recordedScenario(): Scenario {
    const s = this.scenario;
    const out: Scenario = { ...s, strategy: { ...s.strategy, actions: [...s.strategy.actions, ...this.interventions] } };
    if (this.decisions.length > 0) {
      const replaced = new Set(this.decisions.map((d) => `${d.week}|${d.member}`));
      out.decisions = [...(s.decisions ?? []).filter((d) => !replaced.has(`${d.week}|${d.member}`)), ...this.decisions].sort((a, b) => a.week - b.week || a.member - b.member);
    }
    return out;
  }
}
