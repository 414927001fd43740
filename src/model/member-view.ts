// What one member knows, for the participant who plays it in a participatory
// run (docs/MODEL.md §7.12): its own state, its ties and its trust in each,
// whom it may seek out, and what happened to it in the week just run. Read
// only: building a view changes nothing in the run.

import { LEVELS, type EventKind, EVENT_KINDS, type Level } from './snapshot.ts';
import { ISSUE_STATE } from './members.ts';
import type { World } from './world.ts';

export interface MemberTie {
  /** The other member's id. */
  id: number;
  org: string;
  /** This member's trust in the other, 0–1. */
  trust: number;
  /** Tie strength, 0–1; 0 for a dormant tie. */
  strength: number;
  /** False: the tie has faded, but the other is still someone this member knows. */
  alive: boolean;
  /** The last week they talked. */
  lastTalk: number;
  /** This member has an open tricky issue the other has not yet received well 1:1: one it could tell them. */
  canShare: boolean;
}

/** One thing that happened to the member in the week just run. */
export interface MemberHappening {
  kind:
    | 'attended' // came to a session
    | 'talked' // a 1:1 with `with`
    | 'matched' // the facilitator introduced it to `with`
    | 'sharedOneOnOne' // told `with` a tricky issue; `good`: received well
    | 'heardOneOnOne' // `with` told it a tricky issue
    | 'sharedGroup' // raised a tricky issue in the group; `good`: received well
    | 'insight' // a private insight with `with`
    | 'innovation' // its insight became an innovation
    | 'newTie' // got to know `with`
    | 'tieFaded' // the tie with `with` faded
    | 'facilitatorTalk' // the facilitator talked with it
    | 'woven' // the facilitator brought its item into the group
    | 'left'; // it left the community
  with: number | null;
  good?: boolean;
}

export interface FirstShare {
  member: number;
  week: number;
  /** Trust in the confidant (1:1) or perceived safety in the group (0–1) just before sharing. */
  trust: number;
  where: 'oneOnOne' | 'group';
}

export interface MemberView {
  id: number;
  week: number;
  org: string;
  present: boolean;
  active: boolean;
  level: Level;
  energy: number;
  /** Perceived value of taking part (EWMA of weekly net benefit). */
  value: number;
  facilitatorTrust: number;
  /** Tricky issues it has not yet raised in the group. */
  openIssues: number;
  /** Sensitivity (0–1) of the next issue it would share, or null if none is left. */
  nextIssueSensitivity: number | null;
  /** Every member it knows, most trusted first. */
  ties: MemberTie[];
  /** Present members it may seek out for a 1:1 next week: everyone it knows. */
  canTalkTo: number[];
  /** What happened to it in the week just run (empty when the run keeps no events). */
  lastWeek: MemberHappening[];
  firstShare: FirstShare | null;
}

const HAPPENING: Partial<Record<EventKind, (a: number, b: number, me: number, v: number) => MemberHappening | null>> = {
  attended: (a, _b, me) => (a === me ? { kind: 'attended', with: null } : null),
  oneOnOne: (a, b, me) => (a === me ? { kind: 'talked', with: b } : b === me ? { kind: 'talked', with: a } : null),
  matched: (a, b, me) => (a === me ? { kind: 'matched', with: b } : b === me ? { kind: 'matched', with: a } : null),
  tricky1on1: (a, b, me, v) =>
    a === me ? { kind: 'sharedOneOnOne', with: b, good: v === 1 } : b === me ? { kind: 'heardOneOnOne', with: a, good: v === 1 } : null,
  trickyGroup: (a, _b, me, v) => (a === me ? { kind: 'sharedGroup', with: null, good: v === 1 } : null),
  insight: (a, b, me) => (a === me ? { kind: 'insight', with: b } : b === me ? { kind: 'insight', with: a } : null),
  innovation: (a, b, me) => (a === me ? { kind: 'innovation', with: b >= 0 ? b : null } : null),
  tieFormed: (a, b, me) => (a === me ? { kind: 'newTie', with: b } : b === me ? { kind: 'newTie', with: a } : null),
  tieDropped: (a, b, me) => (a === me ? { kind: 'tieFaded', with: b } : b === me ? { kind: 'tieFaded', with: a } : null),
  facilitatorTalk: (a, _b, me) => (a === me ? { kind: 'facilitatorTalk', with: null } : null),
  woven: (a, _b, me) => (a === me ? { kind: 'woven', with: null } : null),
  dropout: (a, _b, me) => (a === me ? { kind: 'left', with: null } : null),
};

export function memberView(w: World, id: number): MemberView {
  const m = w.members;
  if (!Number.isInteger(id) || id < 0 || id >= m.count) throw new RangeError(`no member ${id}: ids run from 0 to ${m.count - 1}`);
  const ties = w.ties;
  const mine: MemberTie[] = [];
  const untold = m.issues[id].filter((is) => is.state < ISSUE_STATE.group);
  for (let t = 0; t < ties.count; t++) {
    if (ties.a[t] !== id && ties.b[t] !== id) continue;
    const j = ties.other(t, id);
    mine.push({
      id: j,
      org: w.orgIds[m.org[j]],
      trust: trustNow(w, t, id),
      strength: ties.alive[t] ? ties.w[t] : 0,
      alive: ties.alive[t] === 1,
      lastTalk: ties.last[t],
      canShare: untold.some((is) => !is.confidants.includes(j)),
    });
  }
  mine.sort((x, y) => y.trust - x.trust || x.id - y.id);
  let open = 0;
  let next: number | null = null;
  for (const is of m.issues[id]) {
    if (is.state >= ISSUE_STATE.group) continue;
    open++;
    if (next === null || is.s < next) next = is.s;
  }
  const lastWeek: MemberHappening[] = [];
  const ev = w.events;
  for (let k = 0; k < ev.n; k++) {
    const h = HAPPENING[EVENT_KINDS[ev.kind[k]]]?.(ev.a[k], ev.b[k], id, ev.value[k]);
    if (h) lastWeek.push(h);
  }
  return {
    id,
    week: w.week,
    org: w.orgIds[m.org[id]],
    present: m.present[id] === 1,
    active: m.active[id] === 1,
    level: LEVELS[m.level[id]],
    energy: m.E[id],
    value: m.V[id],
    facilitatorTrust: m.Tf[id],
    openIssues: open,
    nextIssueSensitivity: next,
    ties: mine,
    canTalkTo: m.present[id] ? mine.filter((t) => m.present[t.id]).map((t) => t.id) : [],
    lastWeek,
    firstShare: firstShareOf(w, id),
  };
}

/** i's trust on tie t now: a dormant tie's trust has drifted toward i's propensity since it was last updated (read, not written). */
function trustNow(w: World, t: number, i: number): number {
  const ties = w.ties;
  const v = ties.trustFrom(t, i);
  const weeks = w.week - ties.drifted[t];
  if (ties.alive[t] || weeks <= 0) return v;
  const pi = w.members.pi[i];
  return pi + (v - pi) * Math.pow(1 - w.p.trustDrift, weeks);
}

function firstShareOf(w: World, i: number): FirstShare | null {
  const m = w.members;
  const week = m.firstShareWeek[i];
  if (week < 0) return null;
  return { member: i, week, trust: m.firstShareTrust[i], where: m.firstShareGroup[i] ? 'group' : 'oneOnOne' };
}

/** Every member's first tricky issue shared (1:1 or in the group), for comparing participants with simulated members. */
export function firstShares(w: World): FirstShare[] {
  const out: FirstShare[] = [];
  for (let i = 0; i < w.members.count; i++) {
    const f = firstShareOf(w, i);
    if (f) out.push(f);
  }
  return out;
}
