// The words that explain each scenario value of params.ts, by path: one line
// of help (what it means and, where there is one, the source) and the
// Parameters tab's sentence with the live value in it. "{v}" in a sentence is
// the value with its unit ("60 members", "30%", "week 12"), "{n}" the number
// alone, "{v|colleague|colleagues}" the number with these words for one and
// for more (src/ui/lab/param-format.ts fills it in). Kept apart from params.ts
// so the simulation worker and the first screen do not carry ~8 kB of prose;
// test/unit/param-docs.test.ts checks both tables name the same paths.
import type { ParamSpec } from './params.ts';

export interface ParamDoc {
  /** One line: what it means and, where there is one, the source. */
  help: string;
  /** The Parameters tab's label: a sentence with the live value in it. */
  sentence: string;
}

export const PARAM_DOCS: Readonly<Record<string, ParamDoc>> = {
  'seed': {
    sentence: 'Runs use random seed {n}',
    help: 'Random seed; the same scenario and seed always give the same run.',
  },
  'replicates': {
    sentence: 'Bands and comparisons use {v}',
    help: 'Number of runs (run indices 0..n-1) for bands and comparisons.',
  },
  'horizon': {
    sentence: 'The simulation runs for {v}',
    help: 'Number of weeks simulated after initialisation (week 0).',
  },
  'population.size': {
    sentence: 'The community starts with {v}',
    help: 'Members at the start (20–300 for teaching).',
  },
  'initialNetwork.colleagueTies': {
    sentence: 'At the start, each member already knows {v|colleague|colleagues} in their own organisation, on average',
    help: 'Mean number of pre-existing ties to colleagues in one\'s own organisation (§5; 1.1 ≈ density 0.1 in organisations of 12; off by default).',
  },
  'parameters.expertiseNoise': {
    sentence: "Members' expertise differs from their organisation's typical level by about {n} (a standard deviation, on a 0–1 scale)",
    help: 'Standard deviation of a member\'s expertise around its organisation\'s centre (§2).',
  },
  'parameters.relevanceA': {
    sentence: 'Relevance to daily work varies by member: Beta a\u00a0=\u00a0{n} (higher a: more relevant)',
    help: 'Relevance of the domain to daily work r ~ Beta(a, b).',
  },
  'parameters.relevanceB': {
    sentence: 'Relevance to daily work varies by member: Beta b\u00a0=\u00a0{n} (higher b: less relevant)',
    help: 'Relevance of the domain to daily work r ~ Beta(a, b).',
  },
  'parameters.trustPropensityA': {
    sentence: 'Readiness to trust varies by member: Beta a\u00a0=\u00a0{n} (higher a: more trusting)',
    help: 'Propensity to trust π ~ Beta(a, b) (Mayer et al. 1995).',
  },
  'parameters.trustPropensityB': {
    sentence: 'Readiness to trust varies by member: Beta b\u00a0=\u00a0{n} (higher b: less trusting)',
    help: 'Propensity to trust π ~ Beta(a, b); Beta(2,8) is a low-trust population.',
  },
  'parameters.benevolenceA': {
    sentence: 'How often members respond well varies: Beta a\u00a0=\u00a0{n} (higher a: more often)',
    help: 'Benevolence b ~ Beta(a, b): the chance a member responds well.',
  },
  'parameters.benevolenceB': {
    sentence: 'How often members respond well varies: Beta b\u00a0=\u00a0{n} (higher b: less often)',
    help: 'Benevolence b ~ Beta(a, b).',
  },
  'parameters.riskAversionMin': {
    sentence: 'Members are at least {n} risk-averse: the higher, the safer they must feel before sharing a tricky issue',
    help: 'Risk aversion ρ ~ U(min, max) scales how safe a member must feel to disclose.',
  },
  'parameters.riskAversionMax': {
    sentence: 'Members are at most {n} risk-averse (each gets a value between the minimum and this)',
    help: 'Risk aversion ρ ~ U(min, max).',
  },
  'parameters.capacityTrials': {
    sentence: 'A member has room for at most {v|one-to-one conversation|one-to-one conversations} a week (1:1s, started or accepted)',
    help: '1:1 conversations a member can start per week: Binomial(n, p).',
  },
  'parameters.capacityProb': {
    sentence: "Each of those possible 1:1s fits in a member's week with chance {v}",
    help: 'Binomial p of the weekly 1:1 capacity.',
  },
  'parameters.issuesMean': {
    sentence: 'A member brings {v|tricky issue|tricky issues} along, on average',
    help: 'Mean of the Poisson number of tricky issues a member brings.',
  },
  'parameters.issueRate': {
    sentence: 'Each week, a member gets a new tricky issue with chance {v}',
    help: 'Chance per week that a member gets a new tricky issue.',
  },
  'parameters.voiceA': {
    sentence: "Members' propensity to contribute is skewed: Beta({n}, b), so most rarely post and a few post a lot",
    help: 'Beta a of each member\'s propensity to post and answer, relative to the mean (participation inequality; Wenger et al. 2002, Nielsen 2006).',
  },
  'parameters.voiceB': {
    sentence: "Members' propensity to contribute is Beta(a, {n}): the larger b is against a, the more a few members do most of the posting",
    help: 'Beta b of the propensity to contribute; a = b = 50 makes everyone contribute alike.',
  },
  'parameters.dailyLifeMin': {
    sentence: 'Each week, daily life pulls energy at least {v} of the way back to its usual level',
    help: 'Relaxation rate λ ~ U(min, max) of energy towards its baseline.',
  },
  'parameters.dailyLifeMax': {
    sentence: 'Each week, daily life pulls energy at most {v} of the way back to its usual level',
    help: 'Relaxation rate λ ~ U(min, max).',
  },
  'parameters.valueSaturation': {
    sentence: 'Perceived value gives energy its full lift from {n} upwards',
    help: 'Perceived value V at which value adds its full share to baseline energy.',
  },
  'parameters.belongingSaturation': {
    sentence: "Belonging gives energy its full lift from {n} upwards (each tie's strength × trust, added up)",
    help: 'Σ w·T over a member\'s ties at which belonging adds its full share.',
  },
  'parameters.launchBoost': {
    sentence: 'Members at the launch gain {n} energy (energy runs from 0 to 1)',
    help: 'Energy added to those who attend the launch.',
  },
  'parameters.meetupBoost': {
    sentence: 'Members at a meetup gain {n} energy',
    help: 'Energy added to those who attend a meetup.',
  },
  'parameters.webinarBoost': {
    sentence: 'Members at a webinar gain {n} energy',
    help: 'Energy added to those who attend a webinar.',
  },
  'parameters.badDisclosureCost1on1': {
    sentence: 'Sharing a tricky issue that is received badly in a 1:1 costs {n} energy',
    help: 'Energy a member loses when a 1:1 disclosure is received badly.',
  },
  'parameters.badDisclosureCostGroup': {
    sentence: 'Sharing a tricky issue that is received badly in the group costs {n} energy',
    help: 'Energy a member loses when a group disclosure is received badly.',
  },
  'parameters.homophily': {
    sentence: 'Members lean towards partners from their own organisation with weight {n} (0: no lean; below 0: towards other organisations)',
    help: 'Preference for partners of the same organisation (McPherson et al. 2001).',
  },
  'parameters.strengthWeight': {
    sentence: 'Members lean towards partners they already talk to with weight {n}',
    help: 'Preference for partners one already talks to.',
  },
  'parameters.mutualWeight': {
    sentence: 'Each shared contact (up to 3) makes a partner more likely, with weight {n}',
    help: 'Preference per mutual contact (up to 3): triadic closure (Jin et al. 2001).',
  },
  'parameters.matchedWeight': {
    sentence: 'A partner the facilitator matched a member with gets weight {n}',
    help: 'Preference for a partner the facilitator matched.',
  },
  'parameters.friendOfFriendCandidates': {
    sentence: 'Looking for a partner, a member also considers up to {v|friend of a friend|friends of friends}',
    help: 'Candidates found by two-step random walks.',
  },
  'parameters.randomCandidates': {
    sentence: 'Looking for a partner, a member also considers {v|random member|random members}',
    help: 'Random members considered as partners each turn.',
  },
  'parameters.newTieStrength': {
    sentence: 'A first conversation starts a tie at strength {n} (full strength is 1)',
    help: 'Strength w of a tie after a first conversation.',
  },
  'parameters.strengthGain': {
    sentence: 'Each further conversation closes {v} of the gap to full tie strength',
    help: 'w += gain·(1−w) per conversation.',
  },
  'parameters.strangerTrust': {
    sentence: "A new tie starts with trust at {v} of a member's readiness to trust",
    help: 'A new tie starts at this share of the member\'s propensity to trust.',
  },
  'parameters.routineTrustGain': {
    sentence: 'When the partner responds well, a conversation closes {v} of the gap to full trust',
    help: 'T += gain·(1−T) when the partner responds well.',
  },
  'parameters.routineTrustLoss': {
    sentence: 'When the partner does not respond well, a conversation loses {v} of the trust',
    help: 'T −= loss·T when the partner does not respond well.',
  },
  'parameters.conversationCost': {
    sentence: "Each conversation costs {n} in time, taken off a member's weekly benefit",
    help: 'Time cost subtracted from a member\'s weekly net benefit per conversation.',
  },
  'parameters.issueTouchChance': {
    sentence: 'A 1:1 turns to a tricky issue of the member who started it with chance {v}',
    help: 'Chance that a 1:1 touches one of the initiator\'s tricky issues.',
  },
  'parameters.disclosureSteepness': {
    sentence: 'The decision to share has steepness {n}: the higher, the more members share only when they feel safe enough',
    help: 'Slope of the logistic disclosure decision.',
  },
  'parameters.normEffect': {
    sentence: 'A full sharing norm lowers the bar to share by {n}',
    help: 'How much the sharing norm η lowers the disclosure threshold.',
  },
  'parameters.goodDisclosureTrustGain': {
    sentence: 'Sharing an issue that is received well closes {v} of the gap to full trust in the listener',
    help: 'T_ij += gain·(1−T_ij).',
  },
  'parameters.reciprocityTrustGain': {
    sentence: "When an issue shared is received well, the listener's trust in the member who shared closes {v} of its gap to full trust",
    help: 'T_ji += gain·(1−T_ji) after a well received disclosure (Altman & Taylor 1973).',
  },
  'parameters.badDisclosureTrustLoss': {
    sentence: 'Sharing an issue that is received badly loses {v} of the trust in the listener',
    help: 'T_ij −= loss·T_ij; 3× the gain (Slovic 1993).',
  },
  'parameters.launchPull': {
    sentence: 'Members come to the launch with chance {v} at full energy, half that with none',
    help: 'Attendance = pull·(0.5+0.5E).',
  },
  'parameters.meetupPull': {
    sentence: 'Members come to a meetup with chance {v} at full energy, half that with none',
    help: 'Attendance = pull·(0.5+0.5E).',
  },
  'parameters.webinarPull': {
    sentence: 'Members join a webinar with chance {v} at full energy, half that with none',
    help: 'Attendance = pull·(0.5+0.5E).',
  },
  'parameters.contactsPerAttendee': {
    sentence: 'Each attendee has {v|conversation|conversations} at a session',
    help: 'Conversations each attendee has at a session.',
  },
  'parameters.groupAirtime': {
    sentence: 'At a session, each attendee gets the floor for a tricky issue with chance {v} (not at the launch)',
    help: 'Chance an attendee gets the floor to raise an issue (0 at the launch).',
  },
  'parameters.audiencePremium': {
    sentence: 'Sharing in a group needs {n} more safety than in a 1:1',
    help: 'Extra safety needed to disclose in a group.',
  },
  'parameters.audiencePremiumPerAttendee': {
    sentence: 'A room of n people adds {n} × n^x to the safety needed',
    help: 'Extra safety needed for an audience: this × (attendees)^x, with x the exponent below.',
  },
  'parameters.audienceExponent': {
    sentence: 'The audience premium grows with the room as n^{n}',
    help: 'Exponent x of the audience premium: 1 in proportion to the room (the draft), 0.5 as in social impact theory (Latané 1981), so a room of 100 asks twice what a room of 25 does.',
  },
  'parameters.rehearsedBonus': {
    sentence: 'An issue already shared in a 1:1 needs {n} less safety in the group',
    help: 'An issue already shared 1:1 is easier to raise in the group.',
  },
  'parameters.safetyGain': {
    sentence: 'A good group response closes {v} of the gap to full group safety',
    help: 'S += gain·(1−S) (Edmondson 1999).',
  },
  'parameters.normGain': {
    sentence: 'A good group response closes {v} of the gap to a full sharing norm',
    help: 'η += gain·(1−η).',
  },
  'parameters.safetyLoss': {
    sentence: 'A bad group response loses {v} of the group safety',
    help: 'S −= loss·S.',
  },
  'parameters.normLoss': {
    sentence: 'A bad group response loses {v} of the sharing norm',
    help: 'η −= loss·η.',
  },
  'parameters.safetyDrift': {
    sentence: 'Each session moves group safety {v} of the way towards the trust among attendees',
    help: 'S += drift·(mean trust among attendees − S) per session.',
  },
  'parameters.initialSafety': {
    sentence: 'Group safety starts at {n} (on a 0–1 scale)',
    help: 'Group safety S at the start.',
  },
  'parameters.attentionDecay': {
    sentence: 'Without a touch point (a session, a 1:1, a nudge, an answer), the community fades from a member\'s mind by {v} a week',
    help: 'Attention a falls by this share a week and is back at 1 after a touch point; the interest part of the energy baseline is 0.2·r·a (out of sight, out of mind; Hulsebosch 2010).',
  },
  'parameters.forumPostChance': {
    sentence: 'Each week, an active member posts on the forum with chance {v}',
    help: 'Chance an active member posts on the forum in a week.',
  },
  'parameters.forumAnswerSkill': {
    sentence: 'Each active member answers a forum post with chance {n} × their expertise on its topic',
    help: 'Each active member answers with 0.3·expertise on the topic.',
  },
  'parameters.forumAnswerValue': {
    sentence: "An answer is worth {n} × the answerer's expertise to the member who asked",
    help: 'Benefit a poster gets from an answer: this × the answerer\'s expertise on the topic.',
  },
  'parameters.valueHalfLife': {
    sentence: "Perceived value follows weekly benefit; a week's benefit counts half as much after {v}",
    help: 'Perceived value V is an EWMA of weekly net benefit.',
  },
  'parameters.insightRate': {
    sentence: 'A conversation sparks a private insight with chance up to {v}: more when the two differ in expertise and trust each other',
    help: 'Chance of a private insight = rate·distance·min(T_ij,T_ji) (Levin & Cross 2004).',
  },
  'parameters.insightPostChance': {
    sentence: 'At a session, an attendee brings up a private insight with chance {n} × group safety',
    help: 'An attendee posts a private insight at a session with chance this·S.',
  },
  'parameters.innovationAdoption': {
    sentence: 'The group adopts an insight brought up with chance {n} × group safety (at most 1)',
    help: 'The group adopts a posted insight with chance min(1, this·S).',
  },
  'parameters.innovationDiversity': {
    sentence: 'Diversity drives innovation at {v} strength: insights come from differences in expertise, and new practice from crossing organisations',
    help: 'δ: an insight\'s chance grows with the pair\'s expertise distance, (1−δ)·0.3 + δ·distance, and an insight between colleagues is adopted with (1 − δ·(1 − novelty))·S, across organisations S (de Jong 2010; Burt 2004). 0 switches the diversity effect off.',
  },
  'parameters.colleagueNovelty': {
    sentence: 'An insight between colleagues of one organisation is {v} as likely to become an innovation as one across organisations',
    help: 'Relative adoption chance of an insight within one organisation when δ = 1: colleagues share what they know, so their ideas are less often new to the group (Burt 2004).',
  },
  'parameters.quickWinValue': {
    sentence: "A quick win adds {n} to the perceived value of that week's active members",
    help: 'Perceived value each active member gains from a quick win.',
  },
  'parameters.tieDecay': {
    sentence: 'Unused ties lose {v} of their strength each week',
    help: 'Unused ties lose this share of strength per week.',
  },
  'parameters.crossOrgDecayExtra': {
    sentence: 'Unused ties across organisations fade (1 + {n}) times as fast',
    help: 'Cross-organisation ties decay (1+this) times as fast (McPherson et al. 2001).',
  },
  'parameters.tieDeleteBelow': {
    sentence: 'A tie weaker than {n} goes dormant; its trust is remembered',
    help: 'A tie weaker than this is dropped; its trust is remembered.',
  },
  'parameters.trustDrift': {
    sentence: "Each week, trust moves {v} of the way back to a member's readiness to trust",
    help: 'Trust drifts toward the member\'s propensity π.',
  },
  'parameters.dropoutEnergy': {
    sentence: 'A week with energy under {n} counts as a low week',
    help: 'Energy under which a week counts as a low week.',
  },
  'parameters.dropoutWeeks': {
    sentence: 'After {v} of low energy in a row, a member may leave',
    help: 'Consecutive low weeks before a member may leave.',
  },
  'parameters.dropoutChance': {
    sentence: 'After enough low weeks, a member leaves with chance {v} each week',
    help: 'Weekly chance of leaving after enough low weeks.',
  },
  'parameters.newcomerRate': {
    sentence: 'A fully active community of 60 members gets {v|newcomer|newcomers} a week on average (fewer when fewer are active)',
    help: 'Newcomers arrive Poisson(rate·active fraction·size/60) per week.',
  },
  'parameters.firstReplyChance': {
    sentence: "A newcomer's first post gets a reply with chance {v}",
    help: 'Chance a newcomer\'s first post gets a reply.',
  },
  'parameters.welcomeReplyChance': {
    sentence: 'When the facilitator welcomes newcomers, a first post gets a reply with chance {v}',
    help: 'The same, when the facilitator runs welcome.',
  },
  'parameters.returnIfReplied': {
    sentence: 'A newcomer whose first post got a reply comes back with chance {v}',
    help: 'Newcomers return with this chance if answered (Joyce & Kraut 2006).',
  },
  'parameters.returnIfIgnored': {
    sentence: 'A newcomer whose first post got no reply comes back with chance {v}',
    help: 'Newcomers return with this chance if not answered (Joyce & Kraut 2006).',
  },
  'parameters.levelWindow': {
    sentence: 'Participation levels are counted over the last {v}',
    help: 'Weeks over which participation levels are counted.',
  },
  'facilitator.budget': {
    sentence: "The facilitator can spend {v|unit|units} a week, times the sponsor's support",
    help: 'Action units per week, scaled by sponsor support σ.',
  },
  'facilitator.benevolence': {
    sentence: 'The facilitator responds well with chance {v}',
    help: 'Chance the facilitator responds well.',
  },
  'facilitator.initialTrust': {
    sentence: "Members' trust in the facilitator starts at {n} (on a 0–1 scale)",
    help: 'Members\' trust T_if at the start.',
  },
  'facilitator.oneOnOnes': {
    sentence: 'The facilitator holds {v|check-in|check-ins} a week with the least energetic members (none in big-launch)',
    help: 'Check-ins per week with low-energy members (not in big-launch).',
  },
  'facilitator.eventCost': {
    sentence: 'A launch, meetup or webinar costs {v}',
    help: 'Budget units a launch, meetup or webinar takes.',
  },
  'facilitator.quickWinCost': {
    sentence: 'A quick win costs {v}',
    help: 'Budget units a quick win takes.',
  },
  'facilitator.weaveCost': {
    sentence: 'Weaving costs {v|unit|units} per item',
    help: 'Budget units per woven item.',
  },
  'facilitator.smallActionCost': {
    sentence: 'Matchmaking, a follow-up, modelling vulnerability, a trust format and a guest each cost {v}',
    help: 'matchmake, followUp, modelVulnerability, trustFormat, guest.',
  },
  'facilitator.welcomeCost': {
    sentence: "Welcoming a week's newcomers costs {v}",
    help: 'Budget units for welcoming newcomers.',
  },
  'sponsor.expectation': {
    sentence: 'From the start of its review, the sponsor expects {n} public value a week',
    help: 'Public value the sponsor expects per week from the start week.',
  },
  'sponsor.startWeek': {
    sentence: 'The sponsor starts its review in {v}',
    help: 'From this week the sponsor compares V_S with its expectation.',
  },
  'sponsor.patience': {
    sentence: 'After {v} below its expectation in a row, the sponsor cuts its support',
    help: 'Weeks below expectation before support is cut.',
  },
  'sponsor.supportCut': {
    sentence: 'Each time its patience runs out, support drops by {n} (full support is 1)',
    help: 'How much support σ drops per lost patience.',
  },
};

/** The words for a parameter (every declared path has them: param-docs.test.ts). */
export function paramDoc(s: ParamSpec | string): ParamDoc {
  const path = typeof s === 'string' ? s : s.path;
  return PARAM_DOCS[path] ?? { help: '', sentence: '' };
}
