// A conversation between two members (MODEL.md §7.3), with the initiator's
// chance to disclose a tricky issue in a 1:1 (§7.4) and the chance of a
// private insight (§7.7). Session contacts are conversations too, without
// disclosure.

import { addEnergy } from './energy.ts';
import { ISSUE_STATE, type Issue } from './members.ts';
import { logistic } from './random.ts';
import { disclosureTrust, reciprocalTrust, routineTrust } from './trust.ts';
import type { World } from './world.ts';

/** About the mean expertise distance of two members of a community (§7.7): the novelty every pair has when diversity is switched off. */
const TYPICAL_DISTANCE = 0.3;

export interface TalkOptions {
  /** A 1:1 (may touch a tricky issue) rather than a contact at a session. */
  oneOnOne: boolean;
  /** trustFormat sessions: double trust gain, half value per contact. */
  trustFormat: boolean;
}

/** Ensure an alive tie between i and j: new, revived from memory, or strengthened. */
export function touchTie(w: World, i: number, j: number): number {
  const ties = w.ties;
  const m = w.members;
  const p = w.p;
  let t = ties.find(i, j);
  if (t < 0) {
    // a new tie starts at the stranger level of trust, 0.5·π (§7.3)
    t = ties.create(i, j, m.org[i] !== m.org[j], p.strangerTrust * m.pi[i], p.strangerTrust * m.pi[j], w.week);
    ties.makeAlive(t, p.newTieStrength);
    w.events.push('tieFormed', i, j);
  } else if (!ties.alive[t]) {
    catchUpDrift(w, t);
    ties.makeAlive(t, p.newTieStrength);
    w.events.push('tieFormed', i, j);
  } else {
    ties.w[t] += p.strengthGain * (1 - ties.w[t]);
  }
  ties.last[t] = w.week;
  return t;
}

/** Dormant ties drift toward π lazily: apply the weeks missed in closed form. */
export function catchUpDrift(w: World, t: number): void {
  const ties = w.ties;
  const weeks = w.week - ties.drifted[t];
  if (weeks <= 0) return;
  const keep = Math.pow(1 - w.p.trustDrift, weeks);
  const pa = w.members.pi[ties.a[t]];
  const pb = w.members.pi[ties.b[t]];
  ties.Tab[t] = pa + (ties.Tab[t] - pa) * keep;
  ties.Tba[t] = pb + (ties.Tba[t] - pb) * keep;
  ties.drifted[t] = w.week;
}

/** i's routine trust in j after talking: depends on whether j responds well (benevolence). */
function updateRoutineTrust(w: World, t: number, i: number, j: number, gainFactor: number): void {
  const good = w.rng.talk() < w.members.b[j];
  w.ties.setTrustFrom(t, i, routineTrust(w.ties.trustFrom(t, i), good, w.p, gainFactor));
}

export function talk(w: World, i: number, j: number, o: TalkOptions): void {
  const m = w.members;
  const ties = w.ties;
  const p = w.p;
  const t = touchTie(w, i, j);
  const gain = o.trustFormat ? 2 : 1;
  updateRoutineTrust(w, t, i, j, gain);
  updateRoutineTrust(w, t, j, i, gain);
  // trust-mediated benefit (Levin & Cross 2004), minus the time it costs
  const valueFactor = o.trustFormat ? 0.5 : 1;
  m.benefit[i] += valueFactor * m.comp(i, j) * (0.5 + 0.5 * ties.trustFrom(t, i)) - p.conversationCost;
  m.benefit[j] += valueFactor * m.comp(j, i) * (0.5 + 0.5 * ties.trustFrom(t, j)) - p.conversationCost;
  // novelty from distance in expertise, usable only with trust both ways (§7.7);
  // with the diversity effect off (δ = 0) every pair is as likely to spark one
  const d = p.innovationDiversity;
  const novelty = (1 - d) * TYPICAL_DISTANCE + d * m.dist(i, j);
  const pInsight = p.insightRate * novelty * Math.min(ties.Tab[t], ties.Tba[t]);
  if (w.rng.insight() < pInsight) {
    ties.insights[t]++;
    w.insights++;
    w.events.push('insight', i, j);
  }
  if (o.oneOnOne) {
    w.touch(i);
    w.touch(j);
    w.oneOnOnes++;
    w.events.push('oneOnOne', i, j);
    const touches = w.rng.talk() < p.issueTouchChance;
    if (w.decided) playedDisclosures(w, t, i, j, touches);
    else if (touches) discloseOneOnOne(w, t, i, j, false);
  }
}

/**
 * Disclosures in a 1:1 when participants decide this week (§7.12). A member
 * whose participant chose `oneOnOne` shares its next issue in the talk with
 * the member it chose (or its first 1:1 of the week, if it chose nobody),
 * once a week, whatever its trust; `none` or `group` keeps it quiet here.
 * Members without a choice disclose as the model has them.
 */
function playedDisclosures(w: World, t: number, i: number, j: number, touches: boolean): void {
  const di = w.decided!.get(i);
  const dj = w.decided!.get(j);
  const wants = (d: typeof di, self: number, other: number) =>
    d?.share === 'oneOnOne' && (d.talkTo == null || d.talkTo === other) && !w.sharedThisWeek.has(self);
  if (wants(di, i, j)) discloseOneOnOne(w, t, i, j, true);
  else if (di?.share === undefined && touches) discloseOneOnOne(w, t, i, j, false);
  if (wants(dj, j, i)) discloseOneOnOne(w, t, j, i, true);
}

/** i's least sensitive open issue that j has not heard yet (gradual depth, Altman & Taylor 1973). */
function nextIssue(issues: Issue[], j: number): Issue | null {
  let best: Issue | null = null;
  for (const is of issues) {
    if (is.state >= ISSUE_STATE.group || is.confidants.includes(j)) continue;
    if (!best || is.s < best.s) best = is;
  }
  return best;
}

/** Disclosure threshold θ = ρ·s − 0.2·η (§7.4). */
export function threshold(w: World, i: number, s: number): number {
  return w.members.rho[i] * s - w.p.normEffect * w.eta;
}

/** i tells j its next issue if its trust in j beats the threshold, or because its participant chose to (`decided`). */
function discloseOneOnOne(w: World, t: number, i: number, j: number, decided: boolean): void {
  const m = w.members;
  const ties = w.ties;
  const p = w.p;
  const rng = w.rng.talk;
  const issue = nextIssue(m.issues[i], j);
  if (!issue) return;
  const Tij = ties.trustFrom(t, i);
  if (rng() >= logistic(p.disclosureSteepness * (Tij - threshold(w, i, issue.s))) && !decided) return;
  if (decided) w.sharedThisWeek.add(i);
  m.noteShare(i, w.week, Tij, false);
  w.tricky1on1++;
  w.tellPrivately(issue);
  if (w.firstTricky1on1Week === null) w.firstTricky1on1Week = w.week;
  // reception: benevolence × ability (Mayer et al. 1995)
  const good = rng() < m.b[j] * (0.6 + 0.4 * m.expertise(j, issue.topic));
  if (good) {
    ties.setTrustFrom(t, i, disclosureTrust(Tij, true, p));
    ties.setTrustFrom(t, j, reciprocalTrust(ties.trustFrom(t, j), p));
    m.benefit[i] += m.expertise(j, issue.topic);
    issue.state = Math.max(issue.state, ISSUE_STATE.dyad);
    issue.confidants.push(j);
    ties.goodWeek[t] = w.week;
  } else {
    ties.setTrustFrom(t, i, disclosureTrust(Tij, false, p));
    addEnergy(w, i, -p.badDisclosureCost1on1);
    w.badlyReceived++;
    ties.badWeek[t] = w.week;
  }
  w.events.push('tricky1on1', i, j, good ? 1 : 0);
}
