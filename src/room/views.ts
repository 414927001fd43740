// What the server sends: one view for each phone (only its own member and
// answers, never anyone else's identity) and one for the trainer. Plain data,
// built by src/room-server/views.ts.
import type { RoomLang, RoomText, Share } from './protocol.ts';

export interface RoundView {
  id: string;
  kind: 'lesson' | 'quick';
  lesson?: string;
  question: RoomText;
  options: { id: string; text: RoomText; scenario?: string }[];
  open: boolean;
}

/** A member's week as its player sees it (the model's memberView). */
export interface MemberWeek {
  energy: number;
  /** The members it knows: trust in each (0..1), tie strength, and whether the facilitator matched them this week. */
  ties: { id: number; name: string; org: string; colour: string; trust: number; strength: number; matched: boolean }[];
  /** Whom it may talk to one-on-one this week. */
  canTalkTo: number[];
  /** Last week, in the model's words (kinds of docs/MODEL.md §7.12 with the other member's id). */
  lastWeek: { kind: string; other?: number; good?: boolean }[];
  /** Tricky issues it has not raised in the group yet. */
  openIssues: number;
}

export interface SeatView {
  id: number;
  name: string;
  org: string;
  colour: string;
}

export interface RunPhoneView {
  name: string;
  week: number;
  horizon: number;
  /** When the week closes (ms since epoch), with a decision timer. */
  deadline: number | null;
  seat: SeatView | null;
  me: MemberWeek | null;
  /** This week's decision, once sent. */
  decided: boolean;
  /** Weeks this member was played by the model because no decision came in time. */
  playedByModel: number[];
  ended: boolean;
}

export interface PhoneView {
  code: string;
  lang: RoomLang;
  nickname: string;
  round: (RoundView & { mine: string | null; counts: Record<string, number> | null }) | null;
  run: RunPhoneView | null;
  /** Last sequence number the server accepted from this phone (it goes on from there after a reload). */
  seq: number;
}

export interface TrainerView {
  code: string;
  /** The server's addresses on the local network (for the phones' link when the trainer opened localhost). */
  lan: string[];
  lang: RoomLang;
  joined: number;
  connected: number;
  capacity: number;
  /** Nicknames given (text only; anonymous members are not listed). */
  nicknames: string[];
  round: (RoundView & { counts: Record<string, number>; answered: number }) | null;
  /** Every closed round's distribution, for the lesson's CSV (no names, no per-person answers). */
  history: { id: string; kind: 'lesson' | 'quick'; lesson?: string; question: RoomText; options: RoundView['options']; counts: Record<string, number>; answered: number; closedAt: string }[];
  run: RunTrainerView | null;
  seq: number;
}

export interface RunTrainerView {
  name: string;
  seed: number;
  week: number;
  horizon: number;
  timer: number;
  deadline: number | null;
  /** Members played by people: seat and whether this week's decision is in. */
  played: (SeatView & { decided: boolean; connected: boolean })[];
  decisions: number;
  ended: boolean;
  /** The debrief: the trust at which members first shared a tricky issue, played and simulated. */
  debrief: { played: FirstShareSummary; simulated: FirstShareSummary; attendance: { played: number | null } };
}

export interface FirstShareSummary {
  members: number;
  shared: number;
  /** Mean trust (in the confidant, or safety in the group) at the first share; null if nobody shared. */
  meanTrust: number | null;
  meanWeek: number | null;
}

export type { Share };
