// The single declaration of every numeric scenario value: default, range,
// unit and label. Defaults, validation, the UI's sliders and docs/SCENARIOS.md
// are all derived from this table; nothing else repeats a default. The words
// that explain each value (help, the Parameters tab's sentence) are in
// param-docs.ts, by path: the simulation worker and the first screen load this
// table, and the explanations only with the Parameters tab and the docs.
// Section numbers refer to docs/MODEL.md.

export interface ParamSpec {
  /** Dotted path in the scenario file, e.g. "parameters.homophily". */
  path: string;
  default: number;
  min: number;
  max: number;
  /** Whole numbers only. */
  integer?: boolean;
  unit: string;
  /** Short label: the scenario editor's diff, docs/SCENARIOS.md, CLI messages and the Parameters tab's search. */
  label: string;
  /** Section of the model it belongs to (for grouping in UI and docs). */
  group: ParamGroup;
}

export const PARAM_GROUPS = {
  run: 'Run',
  population: 'Population',
  energy: 'Energy (§7.1)',
  partner: 'Partner choice (§7.2)',
  dyad: 'Conversations and trust (§7.3–7.4)',
  group: 'Group sessions and forum (§7.5)',
  value: 'Value and innovation (§7.6–7.7)',
  decay: 'Decay (§7.8)',
  membership: 'Membership (§7.9)',
  facilitator: 'Facilitator (§7.11)',
  sponsor: 'Sponsor (§7.6)',
} as const;
export type ParamGroup = keyof typeof PARAM_GROUPS;

/** Hard limits that refuse a file rather than freeze a machine. */
export const LIMITS = {
  populationSize: 10_000,
  horizon: 520,
  replicates: 10_000,
  organisations: 10,
  actions: 1_000,
  /** Participants' decisions in one run: 300 players for 66 weeks. */
  decisions: 20_000,
  /** Member ids a decision may name: the largest population plus its newcomers. */
  memberIds: 100_000,
  topics: 4,
} as const;

const p = <P extends string>(
  path: P,
  def: number,
  min: number,
  max: number,
  unit: string,
  label: string,
  group: ParamGroup,
  integer = false,
): ParamSpec & { readonly path: P } => ({ path, default: def, min, max, unit, label, group, integer });

export const PARAMS = [
  // Run
  p('seed', 42, 0, 2 ** 32 - 1, '', 'Seed', 'run', true),
  p('replicates', 30, 1, LIMITS.replicates, 'runs', 'Replications', 'run', true),
  p('horizon', 78, 1, LIMITS.horizon, 'weeks', 'Horizon', 'run', true),

  // Population
  p('population.size', 60, 2, LIMITS.populationSize, 'members', 'Members', 'population', true),
  p('initialNetwork.colleagueTies', 0, 0, 20, 'ties/member', 'Colleagues already known', 'population'),
  p('parameters.expertiseNoise', 0.15, 0, 1, 'sd', 'Expertise spread within an organisation', 'population'),
  p('parameters.relevanceA', 2, 0.1, 50, '', 'Relevance Beta a', 'population'),
  p('parameters.relevanceB', 2, 0.1, 50, '', 'Relevance Beta b', 'population'),
  p('parameters.trustPropensityA', 5, 0.1, 50, '', 'Propensity to trust Beta a', 'population'),
  p('parameters.trustPropensityB', 5, 0.1, 50, '', 'Propensity to trust Beta b', 'population'),
  p('parameters.benevolenceA', 8, 0.1, 50, '', 'Benevolence Beta a', 'population'),
  p('parameters.benevolenceB', 2, 0.1, 50, '', 'Benevolence Beta b', 'population'),
  p('parameters.riskAversionMin', 0.8, 0, 5, '', 'Risk aversion (min)', 'population'),
  p('parameters.riskAversionMax', 1.5, 0, 5, '', 'Risk aversion (max)', 'population'),
  p('parameters.capacityTrials', 3, 0, 20, 'conversations', 'Max 1:1s a week', 'population', true),
  p('parameters.capacityProb', 1 / 3, 0, 1, 'probability', '1:1 capacity chance', 'population'),
  p('parameters.issuesMean', 2, 0, 20, 'issues', 'Tricky issues at the start', 'population'),
  p('parameters.issueRate', 0.05, 0, 1, 'per week', 'New tricky issues', 'population'),
  p('parameters.voiceA', 0.25, 0.05, 50, '', 'Propensity to contribute Beta a', 'population'),
  p('parameters.voiceB', 1.5, 0.05, 50, '', 'Propensity to contribute Beta b', 'population'),

  // Energy §7.1
  p('parameters.dailyLifeMin', 0.15, 0, 1, 'per week', 'Daily-life pull (min)', 'energy'),
  p('parameters.dailyLifeMax', 0.35, 0, 1, 'per week', 'Daily-life pull (max)', 'energy'),
  p('parameters.valueSaturation', 0.5, 0.01, 10, 'value', 'Value that saturates energy', 'energy'),
  p('parameters.belongingSaturation', 3, 0.01, 50, 'trust·strength', 'Belonging that saturates energy', 'energy'),
  p('parameters.launchBoost', 0.5, 0, 1, 'energy', 'Launch energy boost', 'energy'),
  p('parameters.meetupBoost', 0.2, 0, 1, 'energy', 'Meetup energy boost', 'energy'),
  p('parameters.webinarBoost', 0.1, 0, 1, 'energy', 'Webinar energy boost', 'energy'),
  p('parameters.badDisclosureCost1on1', 0.1, 0, 1, 'energy', 'Energy lost after a bad 1:1 reception', 'energy'),
  p('parameters.badDisclosureCostGroup', 0.2, 0, 1, 'energy', 'Energy lost after a bad group reception', 'energy'),
  p('parameters.attentionDecay', 0.15, 0, 1, 'per week', 'Attention fading without a touch point', 'energy'),

  // Partner choice §7.2
  p('parameters.homophily', 2, -5, 5, '', 'Homophily β_h', 'partner'),
  p('parameters.strengthWeight', 2, 0, 10, '', 'Weight of tie strength', 'partner'),
  p('parameters.mutualWeight', 2, 0, 10, '', 'Weight of mutual contacts', 'partner'),
  p('parameters.matchedWeight', 3, 0, 10, '', 'Weight of a match', 'partner'),
  p('parameters.friendOfFriendCandidates', 5, 0, 50, 'members', 'Friends-of-friends considered', 'partner', true),
  p('parameters.randomCandidates', 5, 0, 50, 'members', 'Strangers considered', 'partner', true),

  // Conversations and trust §7.3–7.4
  p('parameters.newTieStrength', 0.3, 0.05, 1, 'strength', 'Strength of a new tie', 'dyad'),
  p('parameters.strengthGain', 0.3, 0, 1, 'share', 'Strength gained per talk', 'dyad'),
  p('parameters.strangerTrust', 0.5, 0, 1, '× π', 'Trust in a stranger', 'dyad'),
  p('parameters.routineTrustGain', 0.05, 0, 1, 'share', 'Trust gained per good talk', 'dyad'),
  p('parameters.routineTrustLoss', 0.15, 0, 1, 'share', 'Trust lost per poor talk', 'dyad'),
  p('parameters.conversationCost', 0.05, 0, 1, 'value', 'Cost of a conversation', 'dyad'),
  p('parameters.issueTouchChance', 0.3, 0, 1, 'probability', 'Chance a talk touches an issue', 'dyad'),
  p('parameters.disclosureSteepness', 10, 0.1, 100, '', 'Disclosure steepness', 'dyad'),
  p('parameters.normEffect', 0.2, 0, 1, '', 'Effect of the sharing norm', 'dyad'),
  p('parameters.goodDisclosureTrustGain', 0.15, 0, 1, 'share', 'Trust gained by a well received disclosure', 'dyad'),
  p('parameters.reciprocityTrustGain', 0.075, 0, 1, 'share', 'Confidant\'s trust gained', 'dyad'),
  p('parameters.badDisclosureTrustLoss', 0.45, 0, 1, 'share', 'Trust lost by a badly received disclosure', 'dyad'),

  // Group §7.5
  p('parameters.launchPull', 1.0, 0, 1, 'probability', 'Launch attendance pull', 'group'),
  p('parameters.meetupPull', 0.6, 0, 1, 'probability', 'Meetup attendance pull', 'group'),
  p('parameters.webinarPull', 0.4, 0, 1, 'probability', 'Webinar attendance pull', 'group'),
  p('parameters.contactsPerAttendee', 2, 0, 20, 'contacts', 'Contacts per attendee', 'group', true),
  p('parameters.groupAirtime', 0.1, 0, 1, 'probability', 'Airtime for a tricky issue', 'group'),
  p('parameters.audiencePremium', 0.2, 0, 1, '', 'Audience premium', 'group'),
  p('parameters.audiencePremiumPerAttendee', 0.025, 0, 0.1, 'per attendee^x', 'Audience premium per attendee', 'group'),
  p('parameters.audienceExponent', 0.5, 0, 1, '', 'How the audience premium grows with the room (exponent x)', 'group'),
  p('parameters.rehearsedBonus', 0.2, 0, 1, '', 'Bonus for a rehearsed issue', 'group'),
  p('parameters.safetyGain', 0.1, 0, 1, 'share', 'Safety gained by a good group response', 'group'),
  p('parameters.normGain', 0.2, 0, 1, 'share', 'Norm gained by a good group response', 'group'),
  p('parameters.safetyLoss', 0.3, 0, 1, 'share', 'Safety lost by a bad group response', 'group'),
  p('parameters.normLoss', 0.2, 0, 1, 'share', 'Norm lost by a bad group response', 'group'),
  p('parameters.safetyDrift', 0.02, 0, 1, 'share', 'Safety drift towards trust', 'group'),
  p('parameters.initialSafety', 0.2, 0, 1, '', 'Initial group safety', 'group'),
  p('parameters.forumPostChance', 0.3, 0, 1, 'probability', 'Forum post chance', 'group'),
  p('parameters.forumAnswerSkill', 0.3, 0, 1, '', 'Forum answer chance per expertise', 'group'),

  p('parameters.forumAnswerValue', 0.5, 0, 2, '× expertise', 'Value of a forum answer', 'group'),

  // Value and innovation §7.6–7.7
  p('parameters.valueHalfLife', 8, 1, 52, 'weeks', 'Half-life of perceived value', 'value'),
  p('parameters.insightRate', 0.5, 0, 1, 'probability', 'Insight rate', 'value'),
  p('parameters.insightPostChance', 0.5, 0, 1, '× S', 'Insight posted at a session', 'value'),
  p('parameters.innovationAdoption', 1, 0, 2, '× S', 'Group adoption', 'value'),
  p('parameters.innovationDiversity', 1, 0, 1, 'share', 'Diversity effect on insights and innovations', 'value'),
  p('parameters.colleagueNovelty', 0.1, 0, 1, 'share', 'Novelty of an insight between colleagues', 'value'),
  p('parameters.quickWinValue', 0.3, 0, 2, 'value', 'Value of a quick win', 'value'),

  // Decay §7.8
  p('parameters.tieDecay', 0.1, 0, 1, 'per week', 'Tie decay', 'decay'),
  p('parameters.crossOrgDecayExtra', 0, 0, 5, '×', 'Extra decay across organisations', 'decay'),
  p('parameters.tieDeleteBelow', 0.05, 0, 1, 'strength', 'Tie deletion threshold', 'decay'),
  p('parameters.trustDrift', 0.01, 0, 1, 'per week', 'Trust drift to propensity', 'decay'),

  // Membership §7.9
  p('parameters.dropoutEnergy', 0.05, 0, 1, 'energy', 'Low-energy threshold', 'membership'),
  p('parameters.dropoutWeeks', 6, 1, 52, 'weeks', 'Low weeks before leaving', 'membership', true),
  p('parameters.dropoutChance', 0.05, 0, 1, 'per week', 'Leaving chance', 'membership'),
  p('parameters.newcomerRate', 0.5, 0, 50, 'per week', 'Newcomer rate', 'membership'),
  p('parameters.firstReplyChance', 0.6, 0, 1, 'probability', 'First post answered', 'membership'),
  p('parameters.welcomeReplyChance', 0.9, 0, 1, 'probability', 'First post answered (welcome)', 'membership'),
  p('parameters.returnIfReplied', 0.56, 0, 1, 'probability', 'Return after a reply', 'membership'),
  p('parameters.returnIfIgnored', 0.44, 0, 1, 'probability', 'Return without a reply', 'membership'),
  p('parameters.levelWindow', 8, 1, 52, 'weeks', 'Participation window', 'membership', true),

  // Facilitator §7.11
  p('facilitator.budget', 6, 0, 100, 'units/week', 'Facilitator budget H', 'facilitator'),
  p('facilitator.benevolence', 0.95, 0, 1, 'probability', 'Facilitator benevolence', 'facilitator'),
  p('facilitator.initialTrust', 0.5, 0, 1, 'trust', 'Initial trust in the facilitator', 'facilitator'),
  p('facilitator.oneOnOnes', 3, 0, 20, 'per week', 'Facilitator 1:1s', 'facilitator', true),
  p('facilitator.eventCost', 3, 0, 100, 'units', 'Cost of an event', 'facilitator'),
  p('facilitator.quickWinCost', 2, 0, 100, 'units', 'Cost of a quick win', 'facilitator'),
  p('facilitator.weaveCost', 1, 0, 100, 'units/item', 'Cost of weaving', 'facilitator'),
  p('facilitator.smallActionCost', 0.5, 0, 100, 'units', 'Cost of a small action', 'facilitator'),
  p('facilitator.welcomeCost', 0.2, 0, 100, 'units', 'Cost of welcoming', 'facilitator'),

  // Sponsor §7.6
  p('sponsor.expectation', 0.3, 0, 10, 'value/week', 'Sponsor expectation', 'sponsor'),
  p('sponsor.startWeek', 12, 0, 520, 'week', 'Sponsor review starts', 'sponsor', true),
  p('sponsor.patience', 12, 1, 520, 'weeks', 'Sponsor patience', 'sponsor', true),
  p('sponsor.supportCut', 0.25, 0, 1, 'support', 'Support cut', 'sponsor'),
] as const satisfies readonly ParamSpec[];

/** Every declared path, e.g. "parameters.homophily": a misspelt one is a compile error. */
export type ParamPath = (typeof PARAMS)[number]['path'];

/** The values under one section of the file, by name: `ModelParams['homophily']`. */
export type Section<Prefix extends string> = { [K in ParamPath as K extends `${Prefix}.${infer Name}` ? Name : never]: number };
/** §7's constants (scenario.parameters), typed from the declaration. */
export type ModelParams = Section<'parameters'>;
export type FacilitatorParams = Section<'facilitator'>;
export type SponsorParams = Section<'sponsor'>;

const byPath = new Map<string, ParamSpec>(PARAMS.map((s) => [s.path, s]));

export function paramSpec(path: string): ParamSpec | undefined {
  return byPath.get(path);
}

/** Defaults of every spec under a prefix, keyed by the rest of the path. */
export function defaultsUnder<Prefix extends 'parameters' | 'facilitator' | 'sponsor'>(prefix: Prefix): Section<Prefix> {
  const out: Record<string, number> = {};
  for (const s of PARAMS) {
    if (s.path.startsWith(prefix + '.')) out[s.path.slice(prefix.length + 1)] = s.default;
  }
  // every path under the prefix is a key of Section<Prefix>, by its definition
  return out as Section<Prefix>;
}
