// The single declaration of every numeric scenario value: default, range,
// unit, label and one line of help. Defaults, validation, the UI's sliders and
// docs/SCENARIOS.md are all derived from this table; nothing else repeats a
// default. Section numbers refer to docs/MODEL.md.

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
  /**
   * The Parameters tab's label, a sentence with the live value in it:
   * "{v}" is the value with its unit ("60 members", "30%", "week 12"), "{n}"
   * the number alone, "{v|colleague|colleagues}" the number with these words
   * for one and for more (src/ui/lab/param-format.ts fills it in).
   */
  sentence?: string;
  /** One line: what it means and, where there is one, the source. */
  help: string;
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
  topics: 4,
} as const;

const p = (
  path: string,
  def: number,
  min: number,
  max: number,
  unit: string,
  label: string,
  sentence: string,
  help: string,
  group: ParamGroup,
  integer = false,
): ParamSpec => ({ path, default: def, min, max, unit, label, sentence, help, group, integer });

export const PARAMS: readonly ParamSpec[] = [
  // Run
  p('seed', 42, 0, 2 ** 32 - 1, '', 'Seed', 'Runs use random seed {n}', 'Random seed; the same scenario and seed always give the same run.', 'run', true),
  p('replicates', 30, 1, LIMITS.replicates, 'runs', 'Replications', 'Bands and comparisons use {v}', 'Number of runs (run indices 0..n-1) for bands and comparisons.', 'run', true),
  p('horizon', 78, 1, LIMITS.horizon, 'weeks', 'Horizon', 'The simulation runs for {v}', 'Number of weeks simulated after initialisation (week 0).', 'run', true),

  // Population
  p('population.size', 60, 2, LIMITS.populationSize, 'members', 'Members', 'The community starts with {v}', 'Members at the start (20–300 for teaching).', 'population', true),
  p('initialNetwork.colleagueTies', 0, 0, 20, 'ties/member', 'Colleagues already known', 'At the start, each member already knows {v|colleague|colleagues} in their own organisation, on average', 'Mean number of pre-existing ties to colleagues in one\'s own organisation (§5; 1.1 ≈ density 0.1 in organisations of 12; off by default).', 'population'),
  p('parameters.expertiseNoise', 0.15, 0, 1, 'sd', 'Expertise spread within an organisation', "Members' expertise differs from their organisation's typical level by about {n} (a standard deviation, on a 0–1 scale)", 'Standard deviation of a member\'s expertise around its organisation\'s centre (§2).', 'population'),
  p('parameters.relevanceA', 2, 0.1, 50, '', 'Relevance Beta a', 'Relevance to daily work varies by member: Beta a\u00a0=\u00a0{n} (higher a: more relevant)', 'Relevance of the domain to daily work r ~ Beta(a, b).', 'population'),
  p('parameters.relevanceB', 2, 0.1, 50, '', 'Relevance Beta b', 'Relevance to daily work varies by member: Beta b\u00a0=\u00a0{n} (higher b: less relevant)', 'Relevance of the domain to daily work r ~ Beta(a, b).', 'population'),
  p('parameters.trustPropensityA', 5, 0.1, 50, '', 'Propensity to trust Beta a', 'Readiness to trust varies by member: Beta a\u00a0=\u00a0{n} (higher a: more trusting)', 'Propensity to trust π ~ Beta(a, b) (Mayer et al. 1995).', 'population'),
  p('parameters.trustPropensityB', 5, 0.1, 50, '', 'Propensity to trust Beta b', 'Readiness to trust varies by member: Beta b\u00a0=\u00a0{n} (higher b: less trusting)', 'Propensity to trust π ~ Beta(a, b); Beta(2,8) is a low-trust population.', 'population'),
  p('parameters.benevolenceA', 8, 0.1, 50, '', 'Benevolence Beta a', 'How often members respond well varies: Beta a\u00a0=\u00a0{n} (higher a: more often)', 'Benevolence b ~ Beta(a, b): the chance a member responds well.', 'population'),
  p('parameters.benevolenceB', 2, 0.1, 50, '', 'Benevolence Beta b', 'How often members respond well varies: Beta b\u00a0=\u00a0{n} (higher b: less often)', 'Benevolence b ~ Beta(a, b).', 'population'),
  p('parameters.riskAversionMin', 0.8, 0, 5, '', 'Risk aversion (min)', 'Members are at least {n} risk-averse: the higher, the safer they must feel before sharing a tricky issue', 'Risk aversion ρ ~ U(min, max) scales how safe a member must feel to disclose.', 'population'),
  p('parameters.riskAversionMax', 1.5, 0, 5, '', 'Risk aversion (max)', 'Members are at most {n} risk-averse (each gets a value between the minimum and this)', 'Risk aversion ρ ~ U(min, max).', 'population'),
  p('parameters.capacityTrials', 3, 0, 20, 'conversations', 'Max 1:1s a week', 'A member has room for at most {v|one-to-one conversation|one-to-one conversations} a week (1:1s, started or accepted)', '1:1 conversations a member can start per week: Binomial(n, p).', 'population', true),
  p('parameters.capacityProb', 1 / 3, 0, 1, 'probability', '1:1 capacity chance', "Each of those possible 1:1s fits in a member's week with chance {v}", 'Binomial p of the weekly 1:1 capacity.', 'population'),
  p('parameters.issuesMean', 2, 0, 20, 'issues', 'Tricky issues at the start', 'A member brings {v|tricky issue|tricky issues} along, on average', 'Mean of the Poisson number of tricky issues a member brings.', 'population'),
  p('parameters.issueRate', 0.05, 0, 1, 'per week', 'New tricky issues', 'Each week, a member gets a new tricky issue with chance {v}', 'Chance per week that a member gets a new tricky issue.', 'population'),

  // Energy §7.1
  p('parameters.dailyLifeMin', 0.15, 0, 1, 'per week', 'Daily-life pull (min)', 'Each week, daily life pulls energy at least {v} of the way back to its usual level', 'Relaxation rate λ ~ U(min, max) of energy towards its baseline.', 'energy'),
  p('parameters.dailyLifeMax', 0.35, 0, 1, 'per week', 'Daily-life pull (max)', 'Each week, daily life pulls energy at most {v} of the way back to its usual level', 'Relaxation rate λ ~ U(min, max).', 'energy'),
  p('parameters.valueSaturation', 0.5, 0.01, 10, 'value', 'Value that saturates energy', 'Perceived value gives energy its full lift from {n} upwards', 'Perceived value V at which value adds its full share to baseline energy.', 'energy'),
  p('parameters.belongingSaturation', 3, 0.01, 50, 'trust·strength', 'Belonging that saturates energy', "Belonging gives energy its full lift from {n} upwards (each tie's strength × trust, added up)", 'Σ w·T over a member\'s ties at which belonging adds its full share.', 'energy'),
  p('parameters.launchBoost', 0.5, 0, 1, 'energy', 'Launch energy boost', 'Members at the launch gain {n} energy (energy runs from 0 to 1)', 'Energy added to those who attend the launch.', 'energy'),
  p('parameters.meetupBoost', 0.2, 0, 1, 'energy', 'Meetup energy boost', 'Members at a meetup gain {n} energy', 'Energy added to those who attend a meetup.', 'energy'),
  p('parameters.webinarBoost', 0.1, 0, 1, 'energy', 'Webinar energy boost', 'Members at a webinar gain {n} energy', 'Energy added to those who attend a webinar.', 'energy'),
  p('parameters.badDisclosureCost1on1', 0.1, 0, 1, 'energy', 'Energy lost after a bad 1:1 reception', 'Sharing a tricky issue that is received badly in a 1:1 costs {n} energy', 'Energy a member loses when a 1:1 disclosure is received badly.', 'energy'),
  p('parameters.badDisclosureCostGroup', 0.2, 0, 1, 'energy', 'Energy lost after a bad group reception', 'Sharing a tricky issue that is received badly in the group costs {n} energy', 'Energy a member loses when a group disclosure is received badly.', 'energy'),

  // Partner choice §7.2
  p('parameters.homophily', 2, -5, 5, '', 'Homophily β_h', 'Members lean towards partners from their own organisation with weight {n} (0: no lean; below 0: towards other organisations)', 'Preference for partners of the same organisation (McPherson et al. 2001).', 'partner'),
  p('parameters.strengthWeight', 2, 0, 10, '', 'Weight of tie strength', 'Members lean towards partners they already talk to with weight {n}', 'Preference for partners one already talks to.', 'partner'),
  p('parameters.mutualWeight', 1.5, 0, 10, '', 'Weight of mutual contacts', 'Each shared contact (up to 3) makes a partner more likely, with weight {n}', 'Preference per mutual contact (up to 3): triadic closure (Jin et al. 2001).', 'partner'),
  p('parameters.matchedWeight', 3, 0, 10, '', 'Weight of a match', 'A partner the facilitator matched a member with gets weight {n}', 'Preference for a partner the facilitator matched.', 'partner'),
  p('parameters.friendOfFriendCandidates', 5, 0, 50, 'members', 'Friends-of-friends considered', 'Looking for a partner, a member also considers up to {v|friend of a friend|friends of friends}', 'Candidates found by two-step random walks.', 'partner', true),
  p('parameters.randomCandidates', 5, 0, 50, 'members', 'Strangers considered', 'Looking for a partner, a member also considers {v|random member|random members}', 'Random members considered as partners each turn.', 'partner', true),

  // Conversations and trust §7.3–7.4
  p('parameters.newTieStrength', 0.3, 0.05, 1, 'strength', 'Strength of a new tie', 'A first conversation starts a tie at strength {n} (full strength is 1)', 'Strength w of a tie after a first conversation.', 'dyad'),
  p('parameters.strengthGain', 0.3, 0, 1, 'share', 'Strength gained per talk', 'Each further conversation closes {v} of the gap to full tie strength', 'w += gain·(1−w) per conversation.', 'dyad'),
  p('parameters.strangerTrust', 0.5, 0, 1, '× π', 'Trust in a stranger', "A new tie starts with trust at {v} of a member's readiness to trust", 'A new tie starts at this share of the member\'s propensity to trust.', 'dyad'),
  p('parameters.routineTrustGain', 0.05, 0, 1, 'share', 'Trust gained per good talk', 'When the partner responds well, a conversation closes {v} of the gap to full trust', 'T += gain·(1−T) when the partner responds well.', 'dyad'),
  p('parameters.routineTrustLoss', 0.15, 0, 1, 'share', 'Trust lost per poor talk', 'When the partner does not respond well, a conversation loses {v} of the trust', 'T −= loss·T when the partner does not respond well.', 'dyad'),
  p('parameters.conversationCost', 0.05, 0, 1, 'value', 'Cost of a conversation', "Each conversation costs {n} in time, taken off a member's weekly benefit", 'Time cost subtracted from a member\'s weekly net benefit per conversation.', 'dyad'),
  p('parameters.issueTouchChance', 0.3, 0, 1, 'probability', 'Chance a talk touches an issue', 'A 1:1 turns to a tricky issue of the member who started it with chance {v}', 'Chance that a 1:1 touches one of the initiator\'s tricky issues.', 'dyad'),
  p('parameters.disclosureSteepness', 10, 0.1, 100, '', 'Disclosure steepness', 'The decision to share has steepness {n}: the higher, the more members share only when they feel safe enough', 'Slope of the logistic disclosure decision.', 'dyad'),
  p('parameters.normEffect', 0.2, 0, 1, '', 'Effect of the sharing norm', 'A full sharing norm lowers the bar to share by {n}', 'How much the sharing norm η lowers the disclosure threshold.', 'dyad'),
  p('parameters.goodDisclosureTrustGain', 0.15, 0, 1, 'share', 'Trust gained by a well received disclosure', 'Sharing an issue that is received well closes {v} of the gap to full trust in the listener', 'T_ij += gain·(1−T_ij).', 'dyad'),
  p('parameters.reciprocityTrustGain', 0.075, 0, 1, 'share', 'Confidant\'s trust gained', "When an issue shared is received well, the listener's trust in the member who shared closes {v} of its gap to full trust", 'T_ji += gain·(1−T_ji) after a well received disclosure (Altman & Taylor 1973).', 'dyad'),
  p('parameters.badDisclosureTrustLoss', 0.45, 0, 1, 'share', 'Trust lost by a badly received disclosure', 'Sharing an issue that is received badly loses {v} of the trust in the listener', 'T_ij −= loss·T_ij; 3× the gain (Slovic 1993).', 'dyad'),

  // Group §7.5
  p('parameters.launchPull', 1.0, 0, 1, 'probability', 'Launch attendance pull', 'Members come to the launch with chance {v} at full energy, half that with none', 'Attendance = pull·(0.5+0.5E).', 'group'),
  p('parameters.meetupPull', 0.6, 0, 1, 'probability', 'Meetup attendance pull', 'Members come to a meetup with chance {v} at full energy, half that with none', 'Attendance = pull·(0.5+0.5E).', 'group'),
  p('parameters.webinarPull', 0.4, 0, 1, 'probability', 'Webinar attendance pull', 'Members join a webinar with chance {v} at full energy, half that with none', 'Attendance = pull·(0.5+0.5E).', 'group'),
  p('parameters.contactsPerAttendee', 2, 0, 20, 'contacts', 'Contacts per attendee', 'Each attendee has {v|conversation|conversations} at a session', 'Conversations each attendee has at a session.', 'group', true),
  p('parameters.groupAirtime', 0.1, 0, 1, 'probability', 'Airtime for a tricky issue', 'At a session, each attendee gets the floor for a tricky issue with chance {v} (not at the launch)', 'Chance an attendee gets the floor to raise an issue (0 at the launch).', 'group'),
  p('parameters.audiencePremium', 0.2, 0, 1, '', 'Audience premium', 'Sharing in a group needs {n} more safety than in a 1:1', 'Extra safety needed to disclose in a group.', 'group'),
  p('parameters.audiencePremiumPerAttendee', 0.005, 0, 0.1, 'per attendee', 'Audience premium per attendee', 'Each person in the room adds {n} to the safety needed', 'Extra safety needed per person in the room.', 'group'),
  p('parameters.rehearsedBonus', 0.2, 0, 1, '', 'Bonus for a rehearsed issue', 'An issue already shared in a 1:1 needs {n} less safety in the group', 'An issue already shared 1:1 is easier to raise in the group.', 'group'),
  p('parameters.safetyGain', 0.1, 0, 1, 'share', 'Safety gained by a good group response', 'A good group response closes {v} of the gap to full group safety', 'S += gain·(1−S) (Edmondson 1999).', 'group'),
  p('parameters.normGain', 0.2, 0, 1, 'share', 'Norm gained by a good group response', 'A good group response closes {v} of the gap to a full sharing norm', 'η += gain·(1−η).', 'group'),
  p('parameters.safetyLoss', 0.3, 0, 1, 'share', 'Safety lost by a bad group response', 'A bad group response loses {v} of the group safety', 'S −= loss·S.', 'group'),
  p('parameters.normLoss', 0.2, 0, 1, 'share', 'Norm lost by a bad group response', 'A bad group response loses {v} of the sharing norm', 'η −= loss·η.', 'group'),
  p('parameters.safetyDrift', 0.02, 0, 1, 'share', 'Safety drift towards trust', 'Each session moves group safety {v} of the way towards the trust among attendees', 'S += drift·(mean trust among attendees − S) per session.', 'group'),
  p('parameters.initialSafety', 0.2, 0, 1, '', 'Initial group safety', 'Group safety starts at {n} (on a 0–1 scale)', 'Group safety S at the start.', 'group'),
  p('parameters.forumPostChance', 0.3, 0, 1, 'probability', 'Forum post chance', 'Each week, an active member posts on the forum with chance {v}', 'Chance an active member posts on the forum in a week.', 'group'),
  p('parameters.forumAnswerSkill', 0.3, 0, 1, '', 'Forum answer chance per expertise', 'Each active member answers a forum post with chance {n} × their expertise on its topic', 'Each active member answers with 0.3·expertise on the topic.', 'group'),

  p('parameters.forumAnswerValue', 0.5, 0, 2, '× expertise', 'Value of a forum answer', "An answer is worth {n} × the answerer's expertise to the member who asked", 'Benefit a poster gets from an answer: this × the answerer\'s expertise on the topic.', 'group'),

  // Value and innovation §7.6–7.7
  p('parameters.valueHalfLife', 8, 1, 52, 'weeks', 'Half-life of perceived value', "Perceived value follows weekly benefit; a week's benefit counts half as much after {v}", 'Perceived value V is an EWMA of weekly net benefit.', 'value'),
  p('parameters.insightRate', 0.3, 0, 1, 'probability', 'Insight rate', 'A conversation sparks a private insight with chance up to {v}: more when the two differ in expertise and trust each other', 'Chance of a private insight = rate·distance·min(T_ij,T_ji) (Levin & Cross 2004).', 'value'),
  p('parameters.insightPostChance', 1, 0, 1, '× S', 'Insight posted at a session', 'At a session, an attendee brings up a private insight with chance {n} × group safety', 'An attendee posts a private insight at a session with chance this·S.', 'value'),
  p('parameters.innovationAdoption', 1, 0, 2, '× S', 'Group adoption', 'The group adopts an insight brought up with chance {n} × group safety (at most 1)', 'The group adopts a posted insight with chance min(1, this·S).', 'value'),
  p('parameters.quickWinValue', 0.3, 0, 2, 'value', 'Value of a quick win', "A quick win adds {n} to the perceived value of that week's active members", 'Perceived value each active member gains from a quick win.', 'value'),

  // Decay §7.8
  p('parameters.tieDecay', 0.1, 0, 1, 'per week', 'Tie decay', 'Unused ties lose {v} of their strength each week', 'Unused ties lose this share of strength per week.', 'decay'),
  p('parameters.crossOrgDecayExtra', 1, 0, 5, '×', 'Extra decay across organisations', 'Unused ties across organisations fade (1 + {n}) times as fast', 'Cross-organisation ties decay (1+this) times as fast (McPherson et al. 2001).', 'decay'),
  p('parameters.tieDeleteBelow', 0.05, 0, 1, 'strength', 'Tie deletion threshold', 'A tie weaker than {n} goes dormant; its trust is remembered', 'A tie weaker than this is dropped; its trust is remembered.', 'decay'),
  p('parameters.trustDrift', 0.01, 0, 1, 'per week', 'Trust drift to propensity', "Each week, trust moves {v} of the way back to a member's readiness to trust", 'Trust drifts toward the member\'s propensity π.', 'decay'),

  // Membership §7.9
  p('parameters.dropoutEnergy', 0.05, 0, 1, 'energy', 'Low-energy threshold', 'A week with energy under {n} counts as a low week', 'Energy under which a week counts as a low week.', 'membership'),
  p('parameters.dropoutWeeks', 6, 1, 52, 'weeks', 'Low weeks before leaving', 'After {v} of low energy in a row, a member may leave', 'Consecutive low weeks before a member may leave.', 'membership', true),
  p('parameters.dropoutChance', 0.3, 0, 1, 'per week', 'Leaving chance', 'After enough low weeks, a member leaves with chance {v} each week', 'Weekly chance of leaving after enough low weeks.', 'membership'),
  p('parameters.newcomerRate', 0.5, 0, 50, 'per week', 'Newcomer rate', 'A fully active community of 60 members gets {v|newcomer|newcomers} a week on average (fewer when fewer are active)', 'Newcomers arrive Poisson(rate·active fraction·size/60) per week.', 'membership'),
  p('parameters.firstReplyChance', 0.6, 0, 1, 'probability', 'First post answered', "A newcomer's first post gets a reply with chance {v}", 'Chance a newcomer\'s first post gets a reply.', 'membership'),
  p('parameters.welcomeReplyChance', 0.9, 0, 1, 'probability', 'First post answered (welcome)', 'When the facilitator welcomes newcomers, a first post gets a reply with chance {v}', 'The same, when the facilitator runs welcome.', 'membership'),
  p('parameters.returnIfReplied', 0.56, 0, 1, 'probability', 'Return after a reply', 'A newcomer whose first post got a reply comes back with chance {v}', 'Newcomers return with this chance if answered (Joyce & Kraut 2006).', 'membership'),
  p('parameters.returnIfIgnored', 0.44, 0, 1, 'probability', 'Return without a reply', 'A newcomer whose first post got no reply comes back with chance {v}', 'Newcomers return with this chance if not answered (Joyce & Kraut 2006).', 'membership'),
  p('parameters.levelWindow', 8, 1, 52, 'weeks', 'Participation window', 'Participation levels are counted over the last {v}', 'Weeks over which participation levels are counted.', 'membership', true),

  // Facilitator §7.11
  p('facilitator.budget', 6, 0, 100, 'units/week', 'Facilitator budget H', "The facilitator can spend {v|unit|units} a week, times the sponsor's support", 'Action units per week, scaled by sponsor support σ.', 'facilitator'),
  p('facilitator.benevolence', 0.95, 0, 1, 'probability', 'Facilitator benevolence', 'The facilitator responds well with chance {v}', 'Chance the facilitator responds well.', 'facilitator'),
  p('facilitator.initialTrust', 0.5, 0, 1, 'trust', 'Initial trust in the facilitator', "Members' trust in the facilitator starts at {n} (on a 0–1 scale)", 'Members\' trust T_if at the start.', 'facilitator'),
  p('facilitator.oneOnOnes', 3, 0, 20, 'per week', 'Facilitator 1:1s', 'The facilitator holds {v|check-in|check-ins} a week with the least energetic members (none in big-launch)', 'Check-ins per week with low-energy members (not in big-launch).', 'facilitator', true),
  p('facilitator.eventCost', 3, 0, 100, 'units', 'Cost of an event', 'A launch, meetup or webinar costs {v}', 'Budget units a launch, meetup or webinar takes.', 'facilitator'),
  p('facilitator.quickWinCost', 2, 0, 100, 'units', 'Cost of a quick win', 'A quick win costs {v}', 'Budget units a quick win takes.', 'facilitator'),
  p('facilitator.weaveCost', 1, 0, 100, 'units/item', 'Cost of weaving', 'Weaving costs {v|unit|units} per item', 'Budget units per woven item.', 'facilitator'),
  p('facilitator.smallActionCost', 0.5, 0, 100, 'units', 'Cost of a small action', 'Matchmaking, a follow-up, modelling vulnerability, a trust format and a guest each cost {v}', 'matchmake, followUp, modelVulnerability, trustFormat, guest.', 'facilitator'),
  p('facilitator.welcomeCost', 0.2, 0, 100, 'units', 'Cost of welcoming', "Welcoming a week's newcomers costs {v}", 'Budget units for welcoming newcomers.', 'facilitator'),

  // Sponsor §7.6
  p('sponsor.expectation', 0.3, 0, 10, 'value/week', 'Sponsor expectation', 'From the start of its review, the sponsor expects {n} public value a week', 'Public value the sponsor expects per week from the start week.', 'sponsor'),
  p('sponsor.startWeek', 12, 0, 520, 'week', 'Sponsor review starts', 'The sponsor starts its review in {v}', 'From this week the sponsor compares V_S with its expectation.', 'sponsor', true),
  p('sponsor.patience', 12, 1, 520, 'weeks', 'Sponsor patience', 'After {v} below its expectation in a row, the sponsor cuts its support', 'Weeks below expectation before support is cut.', 'sponsor', true),
  p('sponsor.supportCut', 0.25, 0, 1, 'support', 'Support cut', 'Each time its patience runs out, support drops by {n} (full support is 1)', 'How much support σ drops per lost patience.', 'sponsor'),
];

const byPath = new Map(PARAMS.map((s) => [s.path, s]));

export function paramSpec(path: string): ParamSpec | undefined {
  return byPath.get(path);
}

/** Defaults of every spec under a prefix, keyed by the rest of the path. */
export function defaultsUnder(prefix: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const s of PARAMS) {
    if (s.path.startsWith(prefix + '.')) out[s.path.slice(prefix.length + 1)] = s.default;
  }
  return out;
}
