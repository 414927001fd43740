// The codebook: what each indicator of indicators.ts measures, in what unit,
// of which kind and over which range. docs/INDICATORS.md, the CLI's CSV
// header comment and the choice of interval in `compare` all read it.
// Keyed by the names in INDICATORS; a unit test checks every name has an entry.

import { INDICATORS, type Indicator } from './indicators.ts';

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

export interface CodebookEntry {
  unit: string;
  kind: IndicatorKind;
  /** Smallest and largest possible value; null where there is no upper bound. */
  range: readonly [number, number | null];
  /** What it measures, in plain words. */
  definition: string;
}

const K = INDICATOR_KINDS;

export const CODEBOOK: Readonly<Record<string, CodebookEntry>> = {
  week: { unit: 'weeks', kind: K.time, range: [0, null], definition: 'The week the row describes; week 0 is the state before the first week is simulated.' },
  phase: {
    unit: 'name',
    kind: K.category,
    range: [0, 3],
    definition: 'Stage of the community: potential (before the first community-wide event), coalescing, maturing (the coalescing tasks hold), or dormant (almost nobody active for 12 weeks).',
  },
  members: { unit: 'members', kind: K.count, range: [0, null], definition: 'People who are members this week (the founders plus newcomers, minus dropouts).' },
  activeFraction: { unit: 'share of members', kind: K.share, range: [0, 1], definition: 'Share (0–1) of members who took part in at least one conversation or session this week.' },
  meanEnergy: { unit: 'energy (0–1)', kind: K.level, range: [0, 1], definition: "Members' mean energy: how much each is willing to put into the community this week." },
  newcomers: { unit: 'members', kind: K.cumulativeStock, range: [0, null], definition: 'People who have joined since week 0 (running total).' },
  dropouts: { unit: 'members', kind: K.cumulativeStock, range: [0, null], definition: 'Members who have left since week 0 (running total).' },
  meanTrust: { unit: 'trust (0–1)', kind: K.level, range: [0, 1], definition: 'Mean trust over the existing ties, both directions counted (0 when there is no tie).' },
  groupSafety: { unit: 'safety (0–1)', kind: K.level, range: [0, 1], definition: 'Psychological safety of the group as a whole: how safe it feels to bring a tricky issue to a session.' },
  sharingNorm: { unit: 'norm (0–1)', kind: K.level, range: [0, 1], definition: 'Strength of the norm that tricky issues are shared in the group; grows when a group disclosure is well received, falls when one is badly received.' },
  memberValue: { unit: 'value per member', kind: K.level, range: [0, null], definition: "Members' mean perceived value: a moving average (half-life set by valueHalfLife) of each member's weekly benefit from conversations and sessions." },
  sponsorValue: { unit: 'value units', kind: K.cumulativeStock, range: [0, null], definition: 'Value the sponsor can see, since week 0: one unit per artifact, two per innovation adopted by the group, and half a unit more per tricky issue the group resolved (which is also an artifact).' },
  sponsorSupport: { unit: 'support (0–1)', kind: K.level, range: [0, 1], definition: "The sponsor's support, 1 at the start; cut each time sponsor value stays below the sponsor's expectation for `patience` weeks. It scales the facilitator's budget." },
  artifacts: { unit: 'artifacts', kind: K.cumulativeStock, range: [0, null], definition: 'Shared products (notes, cases, tools) the community has made since week 0.' },
  oneOnOnes: { unit: 'conversations per week', kind: K.weeklyFlow, range: [0, null], definition: 'One-on-one conversations held this week.' },
  groupContacts: { unit: 'contacts per week', kind: K.weeklyFlow, range: [0, null], definition: 'Contacts between members at group sessions this week; 0 in a week without a session.' },
  trickyShared1on1: { unit: 'disclosures', kind: K.cumulativeStock, range: [0, null], definition: 'Tricky issues members have told someone in a one-on-one since week 0.' },
  trickySharedGroup: { unit: 'disclosures', kind: K.cumulativeStock, range: [0, null], definition: 'Tricky issues members have brought to a group session since week 0.' },
  badlyReceived: { unit: 'disclosures', kind: K.cumulativeStock, range: [0, null], definition: 'Disclosures of a tricky issue, one-on-one or in the group, that were badly received, since week 0.' },
  insights: { unit: 'insights', kind: K.cumulativeStock, range: [0, null], definition: 'Private insights: new ideas two members found in a conversation, since week 0.' },
  insightsWoven: { unit: 'items', kind: K.cumulativeStock, range: [0, null], definition: 'Items first shared one-on-one (private insights and tricky issues) that have reached the whole group, since week 0.' },
  weavingRatio: {
    unit: 'share of items',
    kind: K.share,
    range: [0, 1],
    definition: 'Share (0–1) of the items first shared one-on-one (private insights and tricky issues told in a 1:1) that later reached the whole group.',
  },
  innovations: { unit: 'innovations', kind: K.cumulativeStock, range: [0, null], definition: 'Insights that reached the group and were adopted by it, since week 0.' },
  ties: { unit: 'ties', kind: K.count, range: [0, null], definition: 'Ties between members that are alive this week (used recently enough not to have faded).' },
  density: { unit: 'share of pairs', kind: K.share, range: [0, 1], definition: 'Ties as a share (0–1) of all possible pairs of members.' },
  clustering: { unit: 'share of triples', kind: K.share, range: [0, 1], definition: "Share (0–1) of two-step paths whose ends are tied too: how often a member's contacts know each other." },
  giantComponentShare: { unit: 'share of members', kind: K.share, range: [0, 1], definition: 'Share (0–1) of members in the largest connected group of the network.' },
  crossOrgTieShare: { unit: 'share of ties', kind: K.share, range: [0, 1], definition: 'Share (0–1) of ties that join members of different organisations.' },
  eiIndex: { unit: 'index (−1 to 1)', kind: K.level, range: [-1, 1], definition: 'External–internal index (Krackhardt & Stern 1988): ties across organisations minus ties within, over all ties; −1 all within, +1 all across.' },
  meanConstraint: { unit: 'constraint', kind: K.level, range: [0, null], definition: "Burt's network constraint, mean over members with at least one tie: near 1 for a member whose contacts all know each other (no brokerage), low for a broker." },
  core: { unit: 'members', kind: K.count, range: [0, null], definition: 'Core members: at least 6 contributions and half of the sessions attended over the participation window (levelWindow weeks).' },
  active: { unit: 'members', kind: K.count, range: [0, null], definition: 'Active members (not core): at least 2 contributions, or 1 and half of the sessions attended, over the participation window.' },
  peripheral: { unit: 'members', kind: K.count, range: [0, null], definition: 'Peripheral members: some activity over the participation window, below the active level.' },
  sponsorExpectation: { unit: 'value units', kind: K.cumulativeStock, range: [0, null], definition: "Value the sponsor expects to have seen by this week: its weekly expectation times the weeks since its start week; compare with sponsorValue." },
  attendance: { unit: 'attendances per week', kind: K.weeklyFlow, range: [0, null], definition: "Members' attendances at group sessions this week (one per member per session)." },
};

export function codebookEntry(name: Indicator): CodebookEntry {
  const e = CODEBOOK[name];
  if (!e) throw new Error(`no codebook entry for indicator ${name}`);
  return e;
}

/** Indicators without an entry (should be none; the unit test checks). */
export function missingFromCodebook(): Indicator[] {
  return INDICATORS.filter((n) => !Object.hasOwn(CODEBOOK, n));
}
