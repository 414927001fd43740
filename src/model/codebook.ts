// The indicators, declared once (MODEL.md §4.2): for each name of
// INDICATORS its unit, kind, range, plain-words definition and the reporter
// that computes it from a week's observation (observe.ts), in the manner of
// Mesa's DataCollector. The table is typed by the indicator names, so a name
// without an entry, or an entry without a reporter, does not compile.
// observe() runs the reporters; docs/INDICATORS.md, the CLI's CSV header
// comment and the choice of interval in `compare` read the rest.

import { INDICATORS, type Indicator } from './indicators.ts';
import { LEVEL } from './membership.ts';
import type { NetworkStats } from './network-metrics.ts';
import { sponsorExpectation } from './value.ts';
import type { World } from './world.ts';

/** How an indicator behaves over the weeks, which decides how to compare it. */
export const INDICATOR_KINDS = {
  /** A number of members or ties this week (a state, not a running total). */
  count: 'count',
  /** A fraction from 0 to 1 of a whole counted this week. */
  share: 'share',
  /** How many things happened during this week only; 0 in a quiet week. */
  weeklyFlow: 'weekly flow',
  /** A running total since week 0; it never goes down. */
  cumulativeStock: 'cumulative stock',
  /** A level on a bounded scale (a mean, a norm, a climate) that moves both ways. */
  level: 'level',
  /** A named category (phase), written by name. */
  category: 'category',
  /** The week number itself. */
  time: 'time',
} as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[keyof typeof INDICATOR_KINDS];

/** What an indicator means; its reporter is in the table beside it (IndicatorSpec). */
export interface CodebookEntry {
  unit: string;
  kind: IndicatorKind;
  /** Smallest and largest possible value; null where there is no upper bound. */
  range: readonly [number, number | null];
  /** What it measures, in plain words. */
  definition: string;
}

/** What the reporters read: the world and this week's aggregates. */
export interface Observation {
  w: World;
  members: number;
  active: number;
  energy: number;
  value: number;
  /** Members per level: outsider, peripheral, active, core (LEVEL). */
  levels: number[];
  net: NetworkStats;
}

export interface IndicatorSpec extends CodebookEntry {
  /** This week's value, from the week's observation. */
  report(o: Observation): number;
}

const K = INDICATOR_KINDS;
const share = (x: number, n: number) => (n > 0 ? x / n : 0);

export const CODEBOOK: { readonly [K in Indicator]: IndicatorSpec } = {
  week: { unit: 'weeks', kind: K.time, range: [0, null], definition: 'The week the row describes; week 0 is the state before the first week is simulated.', report: (o) => o.w.week },
  phase: {
    unit: 'name',
    kind: K.category,
    range: [0, 3],
    definition: 'Stage of the community: potential (before the first community-wide event), coalescing, maturing (the coalescing tasks hold), or dormant (almost nobody active for 12 weeks).',
    report: (o) => o.w.phase,
  },
  members: { unit: 'members', kind: K.count, range: [0, null], definition: 'People who are members this week (the founders plus newcomers, minus dropouts).', report: (o) => o.members },
  activeFraction: { unit: 'share of members', kind: K.share, range: [0, 1], definition: 'Share (0–1) of members who took part in at least one conversation or session this week.', report: (o) => share(o.active, o.members) },
  meanEnergy: { unit: 'energy (0–1)', kind: K.level, range: [0, 1], definition: "Members' mean energy: how much each is willing to put into the community this week.", report: (o) => share(o.energy, o.members) },
  newcomers: { unit: 'members', kind: K.cumulativeStock, range: [0, null], definition: 'People who have joined since week 0 (running total).', report: (o) => o.w.newcomers },
  dropouts: { unit: 'members', kind: K.cumulativeStock, range: [0, null], definition: 'Members who have left since week 0 (running total).', report: (o) => o.w.dropouts },
  meanTrust: { unit: 'trust (0–1)', kind: K.level, range: [0, 1], definition: 'Mean trust over the existing ties, both directions counted (0 when there is no tie).', report: (o) => o.net.meanTrust },
  groupSafety: { unit: 'safety (0–1)', kind: K.level, range: [0, 1], definition: 'Psychological safety of the group as a whole: how safe it feels to bring a tricky issue to a session.', report: (o) => o.w.S },
  sharingNorm: { unit: 'norm (0–1)', kind: K.level, range: [0, 1], definition: 'Strength of the norm that tricky issues are shared in the group; grows when a group disclosure is well received, falls when one is badly received.', report: (o) => o.w.eta },
  memberValue: { unit: 'value per member', kind: K.level, range: [0, null], definition: "Members' mean perceived value: a moving average (half-life set by valueHalfLife) of each member's weekly benefit from conversations and sessions.", report: (o) => share(o.value, o.members) },
  sponsorValue: { unit: 'value units', kind: K.cumulativeStock, range: [0, null], definition: 'Value the sponsor can see, since week 0: one unit per artifact, two per innovation adopted by the group, and half a unit more per tricky issue the group resolved (which is also an artifact).', report: (o) => o.w.VS },
  sponsorSupport: { unit: 'support (0–1)', kind: K.level, range: [0, 1], definition: "The sponsor's support, 1 at the start; cut each time sponsor value stays below the sponsor's expectation for `patience` weeks. It scales the facilitator's budget.", report: (o) => o.w.sigma },
  artifacts: { unit: 'artifacts', kind: K.cumulativeStock, range: [0, null], definition: 'Shared products (notes, cases, tools) the community has made since week 0.', report: (o) => o.w.R },
  oneOnOnes: { unit: 'conversations per week', kind: K.weeklyFlow, range: [0, null], definition: 'One-on-one conversations held this week.', report: (o) => o.w.oneOnOnes },
  groupContacts: { unit: 'contacts per week', kind: K.weeklyFlow, range: [0, null], definition: 'Contacts between members at group sessions this week; 0 in a week without a session.', report: (o) => o.w.groupContacts },
  trickyShared1on1: { unit: 'disclosures', kind: K.cumulativeStock, range: [0, null], definition: 'Tricky issues members have told someone in a one-on-one since week 0.', report: (o) => o.w.tricky1on1 },
  trickySharedGroup: { unit: 'disclosures', kind: K.cumulativeStock, range: [0, null], definition: 'Tricky issues members have brought to a group session since week 0.', report: (o) => o.w.trickyGroup },
  badlyReceived: { unit: 'disclosures', kind: K.cumulativeStock, range: [0, null], definition: 'Disclosures of a tricky issue, one-on-one or in the group, that were badly received, since week 0.', report: (o) => o.w.badlyReceived },
  insights: { unit: 'insights', kind: K.cumulativeStock, range: [0, null], definition: 'Private insights: new ideas two members found in a conversation, since week 0.', report: (o) => o.w.insights },
  insightsWoven: { unit: 'insights', kind: K.cumulativeStock, range: [0, null], definition: 'Private insights that have reached the whole group, posted by a member at a session or woven in by the facilitator, since week 0 (v0.3: insights only; woven tricky issues are issuesWoven).', report: (o) => o.w.insightsWoven },
  weavingRatio: {
    unit: 'share of items',
    kind: K.share,
    range: [0, 1],
    definition: 'Share (0–1) of the items first shared one-on-one (private insights, and distinct tricky issues told in a 1:1 to a member or to the facilitator) that later reached the whole group.',
    report: (o) => share(o.w.insightsWoven + o.w.toldIssuesInGroup, o.w.insights + o.w.issuesToldPrivately),
  },
  innovations: { unit: 'innovations', kind: K.cumulativeStock, range: [0, null], definition: 'Insights that reached the group and were adopted by it, since week 0.', report: (o) => o.w.innovations },
  ties: { unit: 'ties', kind: K.count, range: [0, null], definition: 'Ties between members that are alive this week (used recently enough not to have faded).', report: (o) => o.net.ties },
  density: { unit: 'share of pairs', kind: K.share, range: [0, 1], definition: 'Ties as a share (0–1) of all possible pairs of members.', report: (o) => o.net.density },
  clustering: { unit: 'share of triples', kind: K.share, range: [0, 1], definition: "Share (0–1) of two-step paths whose ends are tied too: how often a member's contacts know each other.", report: (o) => o.net.clustering },
  giantComponentShare: { unit: 'share of members', kind: K.share, range: [0, 1], definition: 'Share (0–1) of members in the largest connected group of the network.', report: (o) => o.net.giantComponentShare },
  crossOrgTieShare: { unit: 'share of ties', kind: K.share, range: [0, 1], definition: 'Share (0–1) of ties that join members of different organisations.', report: (o) => o.net.crossOrgTieShare },
  eiIndex: { unit: 'index (−1 to 1)', kind: K.level, range: [-1, 1], definition: 'External–internal index (Krackhardt & Stern 1988): ties across organisations minus ties within, over all ties; −1 all within, +1 all across.', report: (o) => o.net.eiIndex },
  meanConstraint: { unit: 'constraint', kind: K.level, range: [0, null], definition: "Burt's network constraint, mean over members with at least one tie: near 1 for a member whose contacts all know each other (no brokerage), low for a broker.", report: (o) => o.net.meanConstraint },
  core: { unit: 'members', kind: K.count, range: [0, null], definition: 'Core members: at least 6 contributions and half of the sessions attended over the participation window (levelWindow weeks).', report: (o) => o.levels[LEVEL.core] },
  active: { unit: 'members', kind: K.count, range: [0, null], definition: 'Active members (not core) over the participation window: at least 2 contributions and half of the sessions attended, or at least 4 contributions.', report: (o) => o.levels[LEVEL.active] },
  peripheral: { unit: 'members', kind: K.count, range: [0, null], definition: 'Peripheral members: some activity over the participation window, below the active level.', report: (o) => o.levels[LEVEL.peripheral] },
  sponsorExpectation: { unit: 'value units', kind: K.cumulativeStock, range: [0, null], definition: "Value the sponsor expects to have seen by this week: its weekly expectation times the weeks since its start week; compare with sponsorValue.", report: (o) => sponsorExpectation(o.w) },
  attendance: { unit: 'attendances per week', kind: K.weeklyFlow, range: [0, null], definition: "Members' attendances at group sessions this week (one per member per session).", report: (o) => o.w.attendance },
  issuesWoven: { unit: 'issues', kind: K.cumulativeStock, range: [0, null], definition: 'Tricky issues the facilitator wove into a session with their owner\'s consent, since week 0 (not counted in trickySharedGroup).', report: (o) => o.w.issuesWoven },
};

export function codebookEntry(name: Indicator): CodebookEntry {
  return CODEBOOK[name];
}

/** Indicators without an entry (should be none; the unit test checks). */
export function missingFromCodebook(): Indicator[] {
  return INDICATORS.filter((n) => !Object.hasOwn(CODEBOOK, n));
}
