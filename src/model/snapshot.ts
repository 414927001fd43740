// Column-shaped view of the model state for one week: what crosses the
// worker boundary (as transferable typed arrays) and what the network view
// draws. Positions are the UI's business, not the model's.

import type { IndicatorRow } from './indicators.ts';

export const LEVELS = ['outsider', 'peripheral', 'active', 'core'] as const;
export type Level = (typeof LEVELS)[number];

/** Kinds of things that happen in a week, for animation and captions. */
export const EVENT_KINDS = [
  'oneOnOne', // a talked with b (1:1)
  'session', // a group session was held; a = EVENT_TYPES index, b = attendee count
  'attended', // a attended this week's session
  'tricky1on1', // a disclosed a tricky issue to b; value 1 good, 0 bad
  'trickyGroup', // a disclosed in the group; value 1 good, 0 bad
  'insight', // a and b produced a private insight
  'innovation', // a's insight became a public innovation (b = partner or -1)
  'woven', // the facilitator presented a's item in the group
  'matched', // the facilitator matched a with b
  'facilitatorTalk', // the facilitator talked with a
  'newcomer', // a joined
  'dropout', // a left
  'quickWin', // the facilitator delivered a quick win
  'vulnerability', // the facilitator modelled vulnerability; value 1 good, 0 bad
  'forumPost', // a posted; b = answerer or -1
  'tieFormed', // a new tie between a and b
  'tieDropped', // the tie between a and b decayed away
  'deferred', // over this week's budget: an action waits for next week; a = its index in the scenario's strategy.actions (interventions appended; −1 for the preset's own), b = its type (ACTION_TYPES index), value = its cost
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];
export const EVENT_CODE = Object.fromEntries(EVENT_KINDS.map((k, i) => [k, i])) as Record<EventKind, number>;

export interface Snapshot {
  week: number;
  orgIds: string[];
  /** One entry per member ever present (current and departed), by id. */
  members: {
    id: Int32Array;
    org: Uint8Array;
    /** 1 = current member, 0 = departed. */
    present: Uint8Array;
    /** 1 = active this week. */
    active: Uint8Array;
    /** Index into LEVELS. */
    level: Uint8Array;
    energy: Float32Array;
    value: Float32Array;
    propensity: Float32Array;
    /** Trust in the facilitator. */
    facilitatorTrust: Float32Array;
    /** Tricky issues not yet resolved. */
    openIssues: Uint8Array;
    /** Issues shared with at least one confidant (1:1). */
    sharedIssues: Uint8Array;
    joined: Int32Array;
    /** Week the member left, or -1. */
    left: Int32Array;
  };
  ties: {
    a: Int32Array;
    b: Int32Array;
    strength: Float32Array;
    /** Trust of a in b, and of b in a. */
    trustAB: Float32Array;
    trustBA: Float32Array;
    crossOrg: Uint8Array;
    /** Last week the pair talked. */
    last: Int32Array;
    /** Week of the pair's last tricky issue shared 1:1 and badly received, or -1 (the view dashes the tie for 8 weeks). */
    badWeek: Int32Array;
    /** Week of the pair's last tricky issue shared 1:1 and well received, or -1 (the C3 lens). */
    goodWeek: Int32Array;
  };
  /** This week's events as parallel columns. */
  events: {
    kind: Uint8Array;
    a: Int32Array;
    b: Int32Array;
    value: Float32Array;
  };
  row: IndicatorRow;
}

/** The typed arrays of a snapshot, for postMessage transfer lists. */
export function snapshotTransferables(s: Snapshot): ArrayBuffer[] {
  const bufs: ArrayBuffer[] = [];
  for (const group of [s.members, s.ties, s.events]) {
    for (const arr of Object.values(group)) bufs.push((arr as ArrayBufferView).buffer as ArrayBuffer);
  }
  return bufs;
}
