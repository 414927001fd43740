// One run of the model: a pure function of (scenario, seed, runIndex).
// step() advances one week in the order of MODEL.md §3 and records the
// indicators; it is synchronous and emits nothing. Playing, pausing and
// timing belong to the worker and the UI.

import { PRESETS } from '../scenario/presets.ts';
import type { Action, ActionParams, ActionType, Scenario } from '../scenario/types.ts';
import { talk } from './conversation.ts';
import { updateEnergy } from './energy.ts';
import { Facilitator } from './facilitator.ts';
import { runForum } from './forum.ts';
import { INDICATORS, phaseName, type Columns, type IndicatorRow, type RunResult } from './indicators.ts';
import { addIssue, initialise } from './init.ts';
import { dropouts, LEVEL, newcomers, updateLevels } from './membership.ts';
import { NetworkMetrics } from './network-metrics.ts';
import { PartnerChooser } from './partner.ts';
import { updatePhase } from './phase.ts';
import { shuffle } from './random.ts';
import { holdSession } from './sessions.ts';
import { buildSnapshot } from './build-snapshot.ts';
import type { Snapshot } from './snapshot.ts';
import { World } from './world.ts';

export interface SimulationOptions {
  /** Defaults to scenario.seed. */
  seed?: number;
  /** Replication index; sub-streams are seeded `${seed}|${runIndex}|${stream}`. */
  runIndex?: number;
  /** Keep each week's events for snapshots (default true; batch runs turn it off). */
  recordEvents?: boolean;
}

/** Weeks between tie compactions (a pure speed matter: results do not depend on it). */
const COMPACT_EVERY = 4;

export class Simulation {
  readonly scenario: Scenario;
  readonly seed: number;
  readonly runIndex: number;
  private readonly w: World;
  private readonly facilitator: Facilitator;
  private readonly chooser = new PartnerChooser();
  private readonly metrics = new NetworkMetrics();
  private readonly cols: Columns;
  private readonly conditions: Uint8Array;
  private readonly interventions: Action[] = [];
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
    );
    this.cols = {} as Columns;
    for (const name of INDICATORS) this.cols[name] = new Float64Array(scenario.horizon + 1);
    this.conditions = new Uint8Array(scenario.horizon + 1);
    initialise(this.w);
    updateLevels(this.w);
    this.last = this.observe();
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
    this.startWeek();
    // 1. interventions scheduled this week (§7.11)
    this.facilitator.act(w, this.last);
    // 2. energy and activity (§7.1)
    updateEnergy(w);
    this.facilitator.deliverQuickWins(w);
    const present = this.list(w.members.present);
    // 3. 1:1 conversations (§7.2–7.4)
    this.matchedTalks();
    this.facilitator.checkIn(w, present);
    this.oneOnOnes(present);
    // 4. group sessions and the forum (§7.5)
    for (const s of w.sessions) holdSession(w, s, this.chooser);
    runForum(w, this.list(w.members.active));
    // 5. value accounting and the sponsor's review (§7.6)
    this.accountValue();
    // 6. decay (§7.8)
    this.decay();
    this.compactTies();
    // 7. dropouts and newcomers (§7.9)
    this.newIssues();
    dropouts(w);
    const active = this.list(w.members.active);
    newcomers(w, active, present.length > 0 ? active.length / present.length : 0);
    // 8. phase and indicators (§7.10, §4.3)
    this.last = this.observe();
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
    for (const name of INDICATORS) out[name] = this.cols[name].slice(0, this.w.week + 1);
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
      conditions: this.conditions.slice(0, w.week + 1),
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

  /** The scenario with every intervention recorded in strategy.actions. */
  recordedScenario(): Scenario {
    const s = this.scenario;
    return { ...s, strategy: { ...s.strategy, actions: [...s.strategy.actions, ...this.interventions] } };
  }

  // ---- the week's parts -------------------------------------------------

  private startWeek(): void {
    const w = this.w;
    const m = w.members;
    w.events.clear();
    w.sessions = [];
    w.trustFormat = w.guest = w.welcome = false;
    w.matchedPairs = [];
    w.matchedWith.clear();
    w.oneOnOnes = w.groupContacts = w.attendance = 0;
    w.artifactsThisWeek = w.innovationsThisWeek = w.resolvedThisWeek = 0;
    const W = m.window;
    const s = w.slot(W);
    w.sessionsHeld[s] = 0;
    w.goodGroupDisclosures[w.slot(8)] = 0;
    w.artifactsAdded[w.slot(8)] = 0;
    for (let i = 0; i < m.count; i++) {
      m.contrib[i * W + s] = 0;
      m.attended[i * W + s] = 0;
      m.wasActive[i * W + s] = 0;
    }
  }

  private list(flag: Uint8Array): number[] {
    const m = this.w.members;
    const out: number[] = [];
    for (let i = 0; i < m.count; i++) if (m.present[i] && flag[i]) out.push(i);
    return out;
  }

  /** Matched pairs meet first, if both have capacity and the partner accepts. */
  private matchedTalks(): void {
    const w = this.w;
    const m = w.members;
    const rng = w.rng.partner;
    for (let k = 0; k < w.matchedPairs.length; k += 2) {
      const i = w.matchedPairs[k];
      const j = w.matchedPairs[k + 1];
      if (m.capLeft[i] === 0 || m.capLeft[j] === 0 || rng() >= m.E[j]) continue;
      m.capLeft[i]--;
      m.capLeft[j]--;
      m.active[i] = 1;
      talk(w, i, j, { oneOnOne: true, trustFormat: false });
    }
  }

  /** Active members, in shuffled order, use their capacity (§3 step 3). */
  private oneOnOnes(present: number[]): void {
    const w = this.w;
    const m = w.members;
    const rng = w.rng.partner;
    const order = this.list(m.active);
    shuffle(w.rng.order, order);
    for (const i of order) {
      while (m.capLeft[i] > 0) {
        m.capLeft[i]--;
        const j = this.chooser.choose(w, i, rng, { pool: present, inPool: m.present, homophily: w.p.homophily });
        if (j < 0) break;
        if (m.capLeft[j] === 0 || rng() >= m.E[j]) continue;
        m.capLeft[j]--;
        talk(w, i, j, { oneOnOne: true, trustFormat: false });
      }
    }
  }

  /** V is an EWMA of weekly net benefit (half-life 8 weeks); the sponsor sees only public value. */
  private accountValue(): void {
    const w = this.w;
    const m = w.members;
    const alpha = 1 - Math.pow(2, -1 / w.p.valueHalfLife);
    for (let i = 0; i < m.count; i++) {
      if (!m.present[i]) continue;
      m.V[i] = Math.max(0, m.V[i] + alpha * (m.benefit[i] - m.V[i]));
    }
    w.artifactsAdded[w.slot(8)] += w.artifactsThisWeek;
    // value-creation cycles (Wenger, Trayner & de Laat 2011)
    w.VS += w.artifactsThisWeek + 2 * w.innovationsThisWeek + 0.5 * w.resolvedThisWeek;
    const sp = w.scenario.sponsor;
    if (w.week >= sp.startWeek) {
      w.belowExpectationWeeks = w.VS < expectation(w) ? w.belowExpectationWeeks + 1 : 0;
      if (w.belowExpectationWeeks >= sp.patience) {
        w.sigma = Math.max(0, w.sigma - sp.supportCut);
        w.belowExpectationWeeks = 0;
      }
    }
  }

  /** Every few weeks, once a quarter of the alive ties lie scattered among dormant records, put them back in front (Ties.compact); tie ids held by the facilitator follow. */
  private compactTies(): void {
    const w = this.w;
    const ties = w.ties;
    if (w.week % COMPACT_EVERY !== 0 || ties.count < 2 * ties.alivePairs + 64 || ties.scattered() < ties.alivePairs / 4) return;
    const map = ties.compact();
    // A Set: an item may sit in both lists, and must be renumbered once.
    for (const item of new Set([...w.known, ...w.wovenQueue])) if (item.kind === 'insight') item.ref = map[item.ref];
  }

  /** Unused ties weaken (cross-org ones faster) and fall dormant; trust drifts to π. */
  private decay(): void {
    const w = this.w;
    const ties = w.ties;
    const p = w.p;
    const pi = w.members.pi;
    // backwards, so that a tie falling dormant (swap-removed) never skips one
    const ids = ties.aliveIds;
    for (let k = ids.length - 1; k >= 0; k--) {
      const t = ids[k];
      ties.Tab[t] += p.trustDrift * (pi[ties.a[t]] - ties.Tab[t]);
      ties.Tba[t] += p.trustDrift * (pi[ties.b[t]] - ties.Tba[t]);
      ties.drifted[t] = w.week;
      if (ties.last[t] === w.week) continue;
      ties.w[t] *= 1 - p.tieDecay * (1 + p.crossOrgDecayExtra * ties.cross[t]);
      if (ties.w[t] < p.tieDeleteBelow) {
        w.events.push('tieDropped', ties.a[t], ties.b[t]);
        ties.makeDormant(t);
      }
    }
  }

  private newIssues(): void {
    const w = this.w;
    const m = w.members;
    for (let i = 0; i < m.count; i++) if (m.present[i] && w.rng.issues() < w.p.issueRate) addIssue(w, w.rng.issues, i);
  }

  /** Levels, phase and the week's indicator row (§4.3), stored in the columns. */
  private observe(): IndicatorRow {
    const w = this.w;
    const m = w.members;
    const W = m.window;
    const s = w.slot(W);
    for (let i = 0; i < m.count; i++) if (m.present[i] && m.active[i]) m.wasActive[i * W + s] = 1;
    updateLevels(w);
    let members = 0;
    let active = 0;
    let energy = 0;
    let value = 0;
    const levels = [0, 0, 0, 0];
    const activeList: number[] = [];
    for (let i = 0; i < m.count; i++) {
      if (!m.present[i]) continue;
      members++;
      energy += m.E[i];
      value += m.V[i];
      levels[m.level[i]]++;
      if (m.active[i]) {
        active++;
        activeList.push(i);
      }
    }
    const net = this.metrics.compute(w, members, activeList);
    const activeFraction = members > 0 ? active / members : 0;
    const memberValue = members > 0 ? value / members : 0;
    if (w.week > 0) {
      this.conditions[w.week] = updatePhase(w, {
        members,
        coreAndActive: levels[LEVEL.core] + levels[LEVEL.active],
        activeFraction,
        memberValue,
        giantActiveShare: net.giantActiveShare,
      });
    }
    // Of the items first shared one-on-one (insights, and distinct issues told
    // to a member or the facilitator), the share that reached the group.
    const privateItems = w.insights + w.issuesToldPrivately;
    const row: IndicatorRow = {
      week: w.week,
      phase: w.phase,
      members,
      activeFraction,
      meanEnergy: members > 0 ? energy / members : 0,
      newcomers: w.newcomers,
      dropouts: w.dropouts,
      meanTrust: net.meanTrust,
      groupSafety: w.S,
      sharingNorm: w.eta,
      memberValue,
      sponsorValue: w.VS,
      sponsorSupport: w.sigma,
      artifacts: w.R,
      oneOnOnes: w.oneOnOnes,
      groupContacts: w.groupContacts,
      trickyShared1on1: w.tricky1on1,
      trickySharedGroup: w.trickyGroup,
      badlyReceived: w.badlyReceived,
      insights: w.insights,
      insightsWoven: w.insightsWoven,
      weavingRatio: privateItems > 0 ? (w.insightsWoven + w.toldIssuesInGroup) / privateItems : 0,
      innovations: w.innovations,
      ties: net.ties,
      density: net.density,
      clustering: net.clustering,
      giantComponentShare: net.giantComponentShare,
      crossOrgTieShare: net.crossOrgTieShare,
      eiIndex: net.eiIndex,
      meanConstraint: net.meanConstraint,
      core: levels[LEVEL.core],
      active: levels[LEVEL.active],
      peripheral: levels[LEVEL.peripheral],
      sponsorExpectation: expectation(w),
      attendance: w.attendance,
      issuesWoven: w.issuesWoven,
    };
    for (const name of INDICATORS) this.cols[name][w.week] = row[name];
    return row;
  }
}

/** The sponsor expects `expectation` value units a week from its start week (§7.6). */
function expectation(w: World): number {
  const sp = w.scenario.sponsor;
  return w.week >= sp.startWeek ? sp.expectation * (w.week - sp.startWeek + 1) : 0;
}
