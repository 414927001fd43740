// The whole model state of one run: members, ties, the community, the
// facilitator, the sponsor and this week's counters. Submodels are functions
// over a World; the Simulation class only schedules them.

import type { ModelParams } from '../scenario/params.ts';
import type { Decision, Scenario } from '../scenario/types.ts';
import type { Issue } from './members.ts';
import { EventLog } from './events.ts';
import { Members } from './members.ts';
import { createStreams, type Streams } from './streams.ts';
import { Ties } from './ties.ts';

/** A private item the facilitator knows of and may weave into the group. */
export interface KnownItem {
  kind: 'insight' | 'issue';
  owner: number;
  /** Tie index (insight) or issue index in the owner's list (issue). */
  ref: number;
}

export interface Session {
  type: 'launch' | 'meetup' | 'webinar';
  pull: number;
  crossOrg: boolean;
}

export class World {
  readonly scenario: Scenario;
  /** §7 constants by name (scenario.parameters), typed from the declaration. */
  readonly p: ModelParams;
  readonly rng: Streams;
  readonly members: Members;
  readonly ties: Ties;
  readonly events: EventLog;
  readonly orgIds: string[];
  readonly initialSize: number;
  week = 0;

  // Community (§2)
  S: number; // group safety
  eta = 0; // sharing norm
  R = 0; // repertoire (artifacts)
  VS = 0; // cumulative sponsor value
  sigma = 1; // sponsor support
  belowExpectationWeeks = 0;
  phase = 0; // PHASE_CODE
  phaseCounter = 0; // weeks the maturing conditions held (or failed)
  dormantCounter = 0;
  /** Ring over the level window: sessions held per week. */
  sessionsHeld: Uint8Array;
  /** Ring over the phase window: well-received group disclosures and artifacts per week. */
  goodGroupDisclosures: Uint16Array;
  artifactsAdded: Uint16Array;

  // This week's facilitation state (§7.11)
  sessions: Session[] = [];
  trustFormat = false;
  guest = false;
  welcome = false;
  matchedPairs: number[] = []; // flat i, j pairs
  matchedWith = new Map<number, number[]>();
  /** Items woven, waiting for the next session. */
  wovenQueue: KnownItem[] = [];
  vulnerabilityQueue: number[] = []; // sensitivities
  known: KnownItem[] = [];
  /** Forum: log(1 − skill·x) per member and topic, filled for members [0, filled). */
  forumCache = { values: new Float64Array(0), filled: 0 };
  /** Expertise centre per organisation (drawn at initialisation when not given). */
  centroids: Float64Array[] = [];
  /** Each organisation's share of the population (newcomers are drawn from it). */
  orgShares: Float64Array;

  // Cumulative counters (indicators)
  newcomers = 0;
  dropouts = 0;
  tricky1on1 = 0;
  trickyGroup = 0;
  badlyReceived = 0;
  insights = 0;
  insightsWoven = 0;
  /** Tricky issues the facilitator presented at a session (weave). */
  issuesWoven = 0;
  /** Distinct tricky issues told one-on-one (to a member or the facilitator), and how many of those later reached the group. */
  issuesToldPrivately = 0;
  toldIssuesInGroup = 0;
  innovations = 0;
  firstTricky1on1Week: number | null = null;
  firstTrickyGroupWeek: number | null = null;
  coalescingWeek: number | null = null;
  maturingWeek: number | null = null;

  // Participants' decisions (§7.12)
  /** By week, then member; filled from scenario.decisions and Simulation.decide. */
  readonly decisionsByWeek = new Map<number, Map<number, Decision>>();
  /** This week's decisions, or null when nobody decides (then no submodel looks anything up). */
  decided: Map<number, Decision> | null = null;
  /** Played members who have already shared an issue this week (one a week). */
  readonly sharedThisWeek = new Set<number>();

  // This week's counters
  oneOnOnes = 0;
  groupContacts = 0;
  attendance = 0;
  artifactsThisWeek = 0;
  innovationsThisWeek = 0;
  resolvedThisWeek = 0;

  constructor(scenario: Scenario, seed: number, runIndex: number, recordEvents: boolean) {
    this.scenario = scenario;
    this.p = scenario.parameters;
    this.rng = createStreams(seed, runIndex);
    this.initialSize = scenario.population.size;
    const window = Math.max(1, Math.round(this.p.levelWindow));
    this.members = new Members(scenario.population.size * 2, window);
    this.ties = new Ties(scenario.population.size * 8);
    this.events = new EventLog(recordEvents);
    this.orgIds = scenario.population.organisations.map((o) => o.id);
    // Typed, so that every run hands V8 the same kind of array: shares and
    // centroids from a file may be whole numbers (small-integer arrays) or
    // fractions (double arrays), and each new kind throws away optimised code.
    this.orgShares = Float64Array.from(scenario.population.organisations, (o) => o.share);
    this.S = this.p.initialSafety;
    this.sessionsHeld = new Uint8Array(window);
    this.goodGroupDisclosures = new Uint16Array(8);
    this.artifactsAdded = new Uint16Array(8);
    for (const d of scenario.decisions ?? []) this.addDecision(d);
  }

  /** Record a decision; a later one for the same member and week replaces it. */
  addDecision(d: Decision): void {
    let byMember = this.decisionsByWeek.get(d.week);
    if (!byMember) this.decisionsByWeek.set(d.week, (byMember = new Map()));
    byMember.set(d.member, d);
  }

  /** Present members whose flag is set (present, active, ...), in id order. */
  list(flag: Uint8Array): number[] {
    const m = this.members;
    const out: number[] = [];
    for (let i = 0; i < m.count; i++) if (m.present[i] && flag[i]) out.push(i);
    return out;
  }

  /** Clear this week's state and counters at the start of a week. */
  startWeek(): void {
    const m = this.members;
    this.events.clear();
    this.decided = this.decisionsByWeek.get(this.week) ?? null;
    this.sharedThisWeek.clear();
    this.sessions = [];
    this.trustFormat = this.guest = this.welcome = false;
    this.matchedPairs = [];
    this.matchedWith.clear();
    this.oneOnOnes = this.groupContacts = this.attendance = 0;
    this.artifactsThisWeek = this.innovationsThisWeek = this.resolvedThisWeek = 0;
    const W = m.window;
    const s = this.slot(W);
    this.sessionsHeld[s] = 0;
    this.goodGroupDisclosures[this.slot(8)] = 0;
    this.artifactsAdded[this.slot(8)] = 0;
    for (let i = 0; i < m.count; i++) {
      m.contrib[i * W + s] = 0;
      m.attended[i * W + s] = 0;
      m.wasActive[i * W + s] = 0;
    }
  }

  /** Slot of the current week in a ring buffer of length n. */
  slot(n: number): number {
    return this.week % n;
  }

  addArtifact(n = 1): void {
    this.R += n;
    this.artifactsThisWeek += n;
  }

  /** A touch point (a session, a 1:1, a nudge, an answer, a match): the community is back in i's mind. */
  touch(i: number): void {
    this.members.att[i] = 1;
  }

  /** An issue is told one-on-one, to a member or to the facilitator. */
  tellPrivately(issue: Issue): void {
    if (issue.told) return;
    issue.told = true;
    this.issuesToldPrivately++;
  }

  /** An open issue reaches the group (self-disclosed or woven in); call before its state changes. */
  issueToGroup(issue: Issue): void {
    if (issue.told) this.toldIssuesInGroup++;
  }

  /** A member contributed to the group this week (for participation levels). */
  contribute(i: number): void {
    const m = this.members;
    m.contrib[i * m.window + this.slot(m.window)]++;
  }
}
