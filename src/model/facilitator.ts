// The facilitator (MODEL.md §7.11): a strategy timeline of actions paid from
// a weekly budget H·σ (actions that do not fit are deferred), check-in 1:1s
// in which it learns private items, matchmaking and weaving.

import { ACTIONS, actionCost } from '../scenario/actions.ts';
import { holds, type Condition } from '../scenario/condition.ts';
import type { ModelParams } from '../scenario/params.ts';
import { ACTION_TYPES, type Action, type EventType } from '../scenario/types.ts';
import type { IndicatorRow } from './indicators.ts';
import { ISSUE_STATE } from './members.ts';
import { addEnergy } from './energy.ts';
import { routineTrust } from './trust.ts';
import type { World } from './world.ts';

const MAX_KNOWN = 64;

/** Each session type's default attendance pull (§7.5). */
const PULL = { launch: 'launchPull', meetup: 'meetupPull', webinar: 'webinarPull' } as const satisfies Record<EventType, keyof ModelParams>;

export class Facilitator {
  /** Timeline entries; interventions are appended. */
  readonly timeline: Action[];
  private conditions: (Condition | null)[];
  /** Entries that did not fit the budget, by timeline index. */
  private deferred = new Map<number, Action>();
  readonly checkIns: boolean;
  pendingQuickWins = 0;

  /** `own`: how many entries at the head of the timeline are the preset's own; the rest are the scenario's strategy.actions, in order (interventions appended). */
  constructor(timeline: Action[], checkIns: boolean, private readonly own = 0) {
    this.timeline = timeline.slice();
    this.conditions = this.timeline.map(conditionOf);
    this.checkIns = checkIns;
  }

  add(action: Action): void {
    this.timeline.push(action);
    this.conditions.push(conditionOf(action));
  }

  private due(k: number, week: number, last: IndicatorRow | null): boolean {
    const a = this.timeline[k];
    if (a.at !== undefined) return a.at === week;
    const from = a.from ?? 1;
    const until = a.until ?? Infinity;
    if (week < from || week > until) return false;
    if (a.every !== undefined) return (week - from) % a.every === 0;
    const c = this.conditions[k];
    return c !== null && last !== null && holds(c, last);
  }

  /** Step 1 of a week: fire what is due (and what was deferred), within budget. */
  act(w: World, last: IndicatorRow | null): void {
    const queue = new Map(this.deferred);
    for (let k = 0; k < this.timeline.length; k++) if (this.due(k, w.week, last)) queue.set(k, this.timeline[k]);
    this.deferred.clear();
    let budget = w.scenario.facilitator.budget * w.sigma;
    for (const k of [...queue.keys()].sort((x, y) => x - y)) {
      const a = queue.get(k)!;
      const cost = actionCost(w.scenario.facilitator, a);
      if (cost > budget + 1e-9) {
        this.deferred.set(k, a);
        // Reported, so the lab can say so (issue 17): an event only, nothing the run reads.
        // a: the entry's index in the scenario's strategy.actions (−1 for the preset's own), so the lab can name it as the user made it.
        w.events.push('deferred', k >= this.own ? k - this.own : -1, ACTION_TYPES.indexOf(a.type), cost);
        continue;
      }
      budget -= cost;
      this.apply(w, a);
    }
  }

  private apply(w: World, a: Action): void {
    const p = w.p;
    switch (a.type) {
      case 'launch':
      case 'meetup':
      case 'webinar':
        w.sessions.push({
          type: a.type,
          pull: a.params.pull ?? p[PULL[a.type]],
          crossOrg: a.params.mixing === 'crossOrg',
        });
        break;
      case 'followUp': {
        const dE = a.params.dE ?? (ACTIONS.followUp.params.dE.default as number);
        // a reminder: the community is back in sight, and a small nudge of energy
        for (let i = 0; i < w.members.count; i++) {
          if (!w.members.present[i]) continue;
          w.touch(i);
          addEnergy(w, i, dE);
        }
        break;
      }
      case 'matchmake':
        matchmake(w, a.params.k ?? (ACTIONS.matchmake.params.k.default as number), a.params.by ?? 'need');
        break;
      case 'weave':
        weave(w, a.params.k ?? (ACTIONS.weave.params.k.default as number));
        break;
      case 'modelVulnerability':
        w.vulnerabilityQueue.push(a.params.s ?? (ACTIONS.modelVulnerability.params.s.default as number));
        break;
      case 'quickWin':
        w.addArtifact();
        this.pendingQuickWins++;
        w.events.push('quickWin', -1);
        break;
      case 'trustFormat':
        w.trustFormat = true;
        break;
      case 'guest':
        w.guest = true;
        break;
      case 'welcome':
        w.welcome = true;
        break;
    }
  }

  /** After activity is drawn: quick wins add value to this week's active members. */
  deliverQuickWins(w: World): void {
    const m = w.members;
    for (; this.pendingQuickWins > 0; this.pendingQuickWins--) {
      for (let i = 0; i < m.count; i++) {
        if (!m.present[i] || !m.active[i]) continue;
        m.V[i] += w.p.quickWinValue;
        w.touch(i);
      }
    }
  }

  /** Check-ins with the least energetic active members it knows, or else random members. */
  checkIn(w: World, presentList: number[]): void {
    if (!this.checkIns) return;
    const m = w.members;
    const rng = w.rng.facilitator;
    const n = Math.round(w.scenario.facilitator.oneOnOnes);
    // The n least energetic, ties by id, kept in order by inserting each
    // member into the short list (ids come in increasing order, so an equal
    // energy never moves a member ahead). Was a sort per member: 1,000 sorts
    // a week at 1,000 members, and most of a replication's garbage.
    const chosen: number[] = [];
    for (let i = 0; i < m.count; i++) {
      if (!m.present[i] || !m.active[i] || !m.facTie[i]) continue;
      const e = m.E[i];
      let k = chosen.length;
      chosen.push(i);
      for (; k > 0 && m.E[chosen[k - 1]] > e; k--) chosen[k] = chosen[k - 1];
      chosen[k] = i;
      if (chosen.length > n) chosen.pop();
    }
    for (let tries = 0; chosen.length < n && tries < 4 * n && presentList.length > 0; tries++) {
      const j = presentList[Math.floor(rng() * presentList.length)];
      if (!chosen.includes(j)) chosen.push(j);
    }
    const bf = w.scenario.facilitator.benevolence;
    for (const i of chosen) {
      m.facTie[i] = 1;
      w.touch(i);
      const T = m.Tf[i];
      m.Tf[i] = routineTrust(T, rng() < bf, w.p);
      w.events.push('facilitatorTalk', i);
      if (rng() < m.Tf[i]) learn(w, i);
    }
  }
}

/** The parsed `when` of an action: the validator (src/scenario) parsed it once; the model only evaluates it. */
function conditionOf(a: Action): Condition | null {
  if (a.when === undefined) return null;
  if (!a.condition) throw new Error(`the ${a.type} action's "when: ${a.when}" was not validated: read scenarios through parseScenario or validateScenarioObject`);
  return a.condition;
}

/** The facilitator hears a member's private items: insights on its ties and open issues. */
function learn(w: World, i: number): void {
  const ties = w.ties;
  for (const t of ties.tiesOf(i)) {
    if (ties.insights[t] > 0 && !w.known.some((k) => k.kind === 'insight' && k.ref === t)) w.known.push({ kind: 'insight', owner: i, ref: t });
  }
  w.members.issues[i].forEach((is, ref) => {
    if (is.state < ISSUE_STATE.group && !w.known.some((k) => k.kind === 'issue' && k.owner === i && k.ref === ref)) {
      w.known.push({ kind: 'issue', owner: i, ref });
      w.tellPrivately(is);
    }
  });
  if (w.known.length > MAX_KNOWN) w.known.splice(0, w.known.length - MAX_KNOWN);
}

/**
 * Ask owners' consent for k known items, insights before issues and the most
 * recent first; consenting items go to the next session. Weaving connects
 * what was found in private to the group's practice (Wenger et al. 2002), so
 * the facilitator brings ideas first and tricky issues in the places
 * left (weave pays for k places). An item asked and refused, or no longer
 * private, is forgotten.
 */
function weave(w: World, k: number): void {
  const m = w.members;
  const rng = w.rng.facilitator;
  let picked = 0;
  for (const kind of ['insight', 'issue'] as const) {
    for (let q = w.known.length - 1; q >= 0 && picked < k; q--) {
      const item = w.known[q];
      if (item.kind !== kind) continue;
      w.known.splice(q, 1);
      if (!m.present[item.owner]) continue;
      const stillPrivate = kind === 'insight' ? w.ties.insights[item.ref] > 0 : m.issues[item.owner][item.ref].state < ISSUE_STATE.group;
      if (!stillPrivate) continue;
      if (rng() < m.Tf[item.owner] * (0.5 + 0.5 * w.S)) {
        w.wovenQueue.push(item);
        picked++;
      }
    }
  }
}

/** Introduce k pairs; a matched pair holds a 1:1 this week if both have capacity. */
function matchmake(w: World, k: number, by: string): void {
  const m = w.members;
  const rng = w.rng.facilitator;
  const present: number[] = [];
  const isolates: number[] = [];
  for (let i = 0; i < m.count; i++) {
    if (!m.present[i]) continue;
    present.push(i);
    if (w.ties.degree(i) === 0) isolates.push(i);
  }
  if (present.length < 2) return;
  for (let pair = 0; pair < k; pair++) {
    const from = by === 'isolates' && isolates.length > 0 ? isolates : present;
    const i = from[Math.floor(rng() * from.length)];
    let best = -1;
    let bestComp = -1;
    for (let c = 0; c < 20; c++) {
      const j = present[Math.floor(rng() * present.length)];
      if (j === i || w.ties.aliveTie(i, j) >= 0) continue;
      if (by === 'crossOrg' && m.org[j] === m.org[i]) continue;
      const comp = m.comp(i, j);
      if (comp > bestComp) {
        bestComp = comp;
        best = j;
      }
    }
    if (best < 0) continue;
    w.matchedPairs.push(i, best);
    w.touch(i);
    w.touch(best);
    for (const [a, b] of [[i, best], [best, i]]) {
      const list = w.matchedWith.get(a);
      if (list) list.push(b);
      else w.matchedWith.set(a, [b]);
    }
    w.events.push('matched', i, best);
  }
}
