// Group sessions (MODEL.md §7.5): attendance, mixing, woven items and the
// facilitator's own disclosure, self-disclosures of tricky issues in front of
// the group, insights posted to the group, and the drift of group safety.

import { talk } from './conversation.ts';
import { addEnergy } from './energy.ts';
import { ISSUE_STATE, TOPICS, type Issue } from './members.ts';
import { PHASE_CODE } from './indicators.ts';
import { logistic, shuffle } from './random.ts';
import { EVENT_TYPES } from '../scenario/types.ts';
import type { PartnerChooser } from './partner.ts';
import type { Ties } from './ties.ts';
import type { Session, World } from './world.ts';

export function holdSession(w: World, s: Session, chooser: PartnerChooser): void {
  const m = w.members;
  const p = w.p;
  const rng = w.rng.session;
  const attendees: number[] = [];
  const boost = s.type === 'launch' ? p.launchBoost : s.type === 'meetup' ? p.meetupBoost : p.webinarBoost;
  const decided = w.decided;
  for (let i = 0; i < m.count; i++) {
    if (!m.present[i]) continue;
    // drawn for every member, so a decision changes no one else's draws
    const comes = rng() < s.pull * (0.5 + 0.5 * m.E[i]);
    if (decided?.get(i)?.attend ?? comes) {
      attendees.push(i);
      m.attending[i] = 1;
      m.active[i] = 1; // attending counts as active (§3)
      m.attended[i * m.window + w.slot(m.window)] = 1;
      w.touch(i);
      addEnergy(w, i, boost + (w.guest ? 0.1 : 0));
      w.events.push('attended', i);
    }
  }
  w.sessionsHeld[w.slot(m.window)] += 1;
  w.attendance += attendees.length;
  w.events.push('session', EVENT_TYPES.indexOf(s.type), attendees.length);
  if (w.phase === PHASE_CODE.potential) {
    w.phase = PHASE_CODE.coalescing;
    w.coalescingWeek ??= w.week;
  }
  if (attendees.length < 2) {
    for (const i of attendees) m.attending[i] = 0;
    return;
  }

  // mixing: each attendee makes contacts, chosen as in §7.2 among attendees
  const homophily = s.crossOrg ? -1 : s.type === 'launch' ? 0 : p.homophily;
  const order = attendees.slice();
  shuffle(rng, order);
  const contacts = Math.round(p.contactsPerAttendee);
  for (const i of order) {
    for (let c = 0; c < contacts; c++) {
      const j = chooser.choose(w, i, rng, { pool: attendees, inPool: m.attending, homophily });
      if (j < 0) break;
      talk(w, i, j, { oneOnOne: false, trustFormat: w.trustFormat });
      w.groupContacts++;
    }
  }

  const guestX = w.guest ? Array.from({ length: TOPICS }, () => rng()) : null;
  // the facilitator goes first when it models vulnerability (Edmondson 1999)
  for (const sens of w.vulnerabilityQueue.splice(0)) modelVulnerability(w, attendees, sens, guestX);
  // the plenary launch and trust-format (getting-to-know-you) sessions give no airtime to tricky issues
  if (s.type !== 'launch' && !w.trustFormat) {
    // the vocal few take the floor more often (participation inequality)
    for (const i of order) {
      const floor = rng() < p.groupAirtime * m.voice[i];
      const share = w.decided?.get(i)?.share;
      // a participant who chose to share in the group takes the floor once this week (§7.12)
      if (share === 'group') {
        if (!w.sharedThisWeek.has(i)) groupDisclosure(w, i, attendees, guestX, true);
      } else if (share === undefined && floor) groupDisclosure(w, i, attendees, guestX, false);
    }
  }
  postInsights(w, order);
  // woven items close the session: the facilitator brings in what was said 1:1
  presentWoven(w, attendees, guestX);
  driftSafety(w, attendees);
  for (const i of attendees) m.attending[i] = 0;
}

/** The attendee (or guest) with the most expertise on the topic, and whether it responds well. */
function respond(w: World, attendees: number[], speaker: number, topic: number, guestX: number[] | null): { good: boolean; x: number } {
  const m = w.members;
  let best = -1;
  let bx = -1;
  for (const j of attendees) {
    if (j === speaker) continue;
    const x = m.expertise(j, topic);
    if (x > bx) {
      bx = x;
      best = j;
    }
  }
  let b = best >= 0 ? m.b[best] : 0;
  if (guestX && guestX[topic] > bx) {
    bx = guestX[topic];
    b = w.scenario.facilitator.benevolence;
  }
  return { good: w.rng.session() < b, x: Math.max(0, bx) };
}

/** Perceived safety P_i = 0.5·S + 0.5·mean trust in the attendees, strangers at 0.5·π (§7.5). */
function perceivedSafety(w: World, i: number, attendees: number[]): number {
  const m = w.members;
  const ties = w.ties;
  let sum = 0;
  let known = 0;
  const slab = ties.slab;
  for (let k = ties.at[i], end = k + 2 * ties.deg[i]; k < end; k += 2) {
    if (m.attending[slab[k]]) {
      sum += ties.trustFrom(slab[k + 1], i);
      known++;
    }
  }
  const others = attendees.length - 1;
  const mean = (sum + (others - known) * w.p.strangerTrust * m.pi[i]) / Math.max(1, others);
  return 0.5 * w.S + 0.5 * mean;
}

function leastSensitiveOpen(issues: Issue[]): Issue | null {
  let best: Issue | null = null;
  for (const is of issues) if (is.state < ISSUE_STATE.group && (!best || is.s < best.s)) best = is;
  return best;
}

/** i raises its least sensitive open issue if perceived safety beats the threshold, or because its participant chose to (`decided`). */
function groupDisclosure(w: World, i: number, attendees: number[], guestX: number[] | null, decided: boolean): void {
  const m = w.members;
  const p = w.p;
  const issue = leastSensitiveOpen(m.issues[i]);
  if (!issue) return;
  const theta = m.rho[i] * issue.s - p.normEffect * w.eta;
  // an audience raises the bar, less than in proportion (social impact, Latané 1981: ∝ N^0.5)
  const premium = p.audiencePremium + p.audiencePremiumPerAttendee * Math.pow(attendees.length, p.audienceExponent);
  const rehearsed = issue.state === ISSUE_STATE.dyad ? p.rehearsedBonus : 0;
  const safety = perceivedSafety(w, i, attendees);
  const z = safety - theta - premium + rehearsed;
  if (w.rng.session() >= logistic(p.disclosureSteepness * z) && !decided) return;
  if (decided) w.sharedThisWeek.add(i);
  m.noteShare(i, w.week, safety, true);
  w.trickyGroup++;
  w.firstTrickyGroupWeek ??= w.week;
  w.contribute(i);
  const good = groupResponse(w, i, issue, attendees, guestX);
  w.events.push('trickyGroup', i, -1, good ? 1 : 0);
}

/**
 * The group responds to a tricky issue raised before it, by its owner or woven
 * in by the facilitator (§7.5). The most expert attendee answers: a good
 * response makes the group safer and the norm of sharing stronger, and may
 * resolve the issue; a bad one does the opposite and costs the owner energy.
 */
function groupResponse(w: World, owner: number, issue: Issue, attendees: number[], guestX: number[] | null): boolean {
  const p = w.p;
  const { good, x } = respond(w, attendees, owner, issue.topic, guestX);
  w.issueToGroup(issue);
  if (good) {
    w.S += p.safetyGain * (1 - w.S);
    w.eta += p.normGain * (1 - w.eta);
    w.goodGroupDisclosures[w.slot(8)]++;
    issue.state = w.rng.session() < x ? ISSUE_STATE.resolved : ISSUE_STATE.group;
    if (issue.state === ISSUE_STATE.resolved) {
      w.addArtifact();
      w.resolvedThisWeek++;
    }
  } else {
    w.S -= p.safetyLoss * w.S;
    w.eta -= p.normLoss * w.eta;
    issue.state = ISSUE_STATE.group;
    addEnergy(w, owner, -p.badDisclosureCostGroup);
    w.badlyReceived++;
  }
  return good;
}

/**
 * A private insight reaches the group; the group adopts it as an innovation
 * with chance ∝ S, less when the insight stays inside one organisation
 * (colleagueNovelty × as likely, with the diversity effect δ on): recombining
 * knowledge across organisations is what makes it new (§7.7; de Jong 2010,
 * Burt 2004).
 */
function adopt(w: World, owner: number, partner: number): void {
  w.insightsWoven++;
  const m = w.members;
  const diversity = m.org[owner] !== m.org[partner] ? 1 : 1 - w.p.innovationDiversity * (1 - w.p.colleagueNovelty);
  if (w.rng.session() < Math.min(1, w.p.innovationAdoption * w.S) * diversity) {
    w.innovations++;
    w.innovationsThisWeek++;
    w.events.push('innovation', owner, partner);
  }
}

function postInsights(w: World, order: number[]): void {
  const ties = w.ties;
  const voice = w.members.voice;
  const chance = w.p.insightPostChance * w.S;
  for (const i of order) {
    const t = firstWithInsight(ties, i);
    if (t < 0 || w.rng.session() >= chance * voice[i]) continue;
    ties.insights[t]--;
    w.contribute(i);
    adopt(w, i, ties.other(t, i));
  }
}

/** i's first alive tie (in neighbourhood order) holding a private insight, or -1. */
function firstWithInsight(ties: Ties, i: number): number {
  const slab = ties.slab;
  for (let k = ties.at[i] + 1, end = k + 2 * ties.deg[i]; k < end; k += 2) if (ties.insights[slab[k]] > 0) return slab[k];
  return -1;
}

/**
 * Items the facilitator wove in (with their owners' consent) are presented.
 * An insight is framed by the facilitator and lands with chance b_f; a tricky
 * issue meets the group's response like a self-disclosure (groupResponse).
 */
function presentWoven(w: World, attendees: number[], guestX: number[] | null): void {
  const m = w.members;
  const ties = w.ties;
  for (const item of w.wovenQueue.splice(0)) {
    if (item.kind === 'insight') {
      if (ties.insights[item.ref] === 0) continue; // already posted by its owners
      const good = w.rng.session() < w.scenario.facilitator.benevolence;
      w.events.push('woven', item.owner, -1, good ? 1 : 0);
      ties.insights[item.ref]--;
      if (good) adopt(w, item.owner, ties.other(item.ref, item.owner));
      else w.insightsWoven++;
    } else {
      const issue = m.issues[item.owner][item.ref];
      if (!issue || issue.state >= ISSUE_STATE.group) continue;
      w.issuesWoven++;
      const good = groupResponse(w, item.owner, issue, attendees, guestX);
      w.events.push('woven', item.owner, -1, good ? 1 : 0);
    }
  }
}

/**
 * The facilitator shares a tricky issue of its own, of sensitivity s
 * (Edmondson 1999). Received well, the more it risked the more it shows the
 * group: S grows by s/3 and the norm by s/2 of the way to 1 (0.2 and 0.3 at
 * the presets' s = 0.6). Received badly: no effect.
 */
function modelVulnerability(w: World, attendees: number[], s: number, guestX: number[] | null): void {
  const topic = Math.floor(w.rng.session() * TOPICS);
  const { good } = respond(w, attendees, -1, topic, guestX);
  if (good) {
    w.S += (s / 3) * (1 - w.S);
    w.eta += (s / 2) * (1 - w.eta);
  }
  w.events.push('vulnerability', -1, -1, good ? 1 : 0);
}

/** S drifts toward the mean trust among attendees. */
function driftSafety(w: World, attendees: number[]): void {
  const m = w.members;
  const ties = w.ties;
  let sum = 0;
  let n = 0;
  for (const i of attendees) {
    const slab = ties.slab;
    for (let k = ties.at[i], end = k + 2 * ties.deg[i]; k < end; k += 2) {
      if (m.attending[slab[k]]) {
        sum += ties.trustFrom(slab[k + 1], i);
        n++;
      }
    }
  }
  if (n > 0) w.S += w.p.safetyDrift * (sum / n - w.S);
}
