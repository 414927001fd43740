// One room's state and the rules of its turns: who joined (by token hash),
// the open round of answers and the closed ones, the trainer's secret (as a
// hash) and the participatory run. Every method checks turn and identity and
// returns a refusal with its reason, or the change; the socket wiring is in
// server.ts. The whole state is plain data, saved after every change.
import { LIMITS, REASONS, type Ack, type Decision, type ParticipantMessage, type Reason, type RoomLang, type TrainerMessage } from '../room/protocol.ts';
import type { PhoneView, RoundView, TrainerView } from '../room/views.ts';
import { hashSecret, matchesHash, newSecret } from './secrets.ts';
import type { RunData } from './run-data.ts';

export interface MemberData {
  id: number;
  tokenHash: string;
  nickname: string;
  /** Last sequence number accepted from this member. */
  seq: number;
  /** Round id → choice id. */
  answers: Record<string, string>;
}

export interface RoomData {
  v: 1;
  code: string;
  secretHash: string;
  lang: RoomLang;
  createdAt: string;
  trainerSeq: number;
  nextMember: number;
  members: MemberData[];
  round: RoundView | null;
  history: TrainerView['history'];
  run: RunData | null;
}

export type Refusal = { ok: false; reason: Reason; detail?: string };
const refuse = (reason: Reason, detail?: string): Refusal => ({ ok: false, reason, detail });

let roundCounter = 0;

export class Room {
  private byToken = new Map<string, MemberData>();

  constructor(readonly data: RoomData) {
    for (const m of data.members) this.byToken.set(m.tokenHash, m);
  }

  static create(code: string, lang: RoomLang): { room: Room; secret: string } {
    const secret = newSecret();
    const room = new Room({ v: 1, code, secretHash: hashSecret(secret), lang, createdAt: new Date().toISOString(), trainerSeq: 0, nextMember: 1, members: [], round: null, history: [], run: null });
    return { room, secret };
  }

  /** A snapshot read back from disk, checked for the fields this code relies on. */
  static restore(code: string, raw: unknown): Room | null {
    const d = raw as RoomData;
    if (!d || d.v !== 1 || d.code !== code || typeof d.secretHash !== 'string' || !Array.isArray(d.members)) return null;
    return new Room(d);
  }

  get code(): string {
    return this.data.code;
  }

  isTrainer(secret: string): boolean {
    return matchesHash(secret, this.data.secretHash);
  }

  /** A phone joins, or comes back with its token: the same member and answers. */
  join(msg: ParticipantMessage<'join'>): { ok: true; member: MemberData; token?: string } | Refusal {
    if (msg.token) {
      const m = this.byToken.get(hashSecret(msg.token));
      if (m) {
        if (msg.nickname !== undefined && msg.nickname !== m.nickname) m.nickname = msg.nickname;
        return { ok: true, member: m };
      }
      // An unknown token (a room from before a restart without its snapshot, or made up): a new member.
    }
    if (this.data.members.length >= LIMITS.participants) return refuse(REASONS.full, `this room holds ${LIMITS.participants} participants`);
    const token = newSecret();
    const m: MemberData = { id: this.data.nextMember++, tokenHash: hashSecret(token), nickname: msg.nickname ?? '', seq: 0, answers: {} };
    this.data.members.push(m);
    this.byToken.set(m.tokenHash, m);
    return { ok: true, member: m, token };
  }

  /** The replay check: each sender's messages carry 1, 2, 3…; a number already seen is a replay. */
  checkSeq(last: number, seq: number): Refusal | null {
    return seq <= last ? refuse(REASONS.replayed, `message ${seq} was already received (last ${last})`) : null;
  }

  answer(m: MemberData, msg: ParticipantMessage<'answer'>): Ack | Refusal {
    const bad = this.checkSeq(m.seq, msg.seq);
    if (bad) return bad;
    const r = this.data.round;
    if (!r || r.id !== msg.round || !r.open) return refuse(REASONS.outOfTurn, 'that question is not open');
    if (!r.options.some((o) => o.id === msg.choice)) return refuse(REASONS.malformed, 'no such option');
    if (m.answers[r.id]) return refuse(REASONS.outOfTurn, 'already answered: an answer is locked once sent');
    m.seq = msg.seq;
    m.answers[r.id] = msg.choice;
    return { ok: true };
  }

  trainerSeq(seq: number): Refusal | null {
    const bad = this.checkSeq(this.data.trainerSeq, seq);
    if (!bad) this.data.trainerSeq = seq;
    return bad;
  }

  poll(msg: TrainerMessage<'poll'>): { ok: true; round: string } {
    this.closeRound();
    const id = `r${Date.now().toString(36)}${(++roundCounter).toString(36)}`;
    this.data.round = { id, kind: msg.kind, lesson: msg.lesson, question: msg.question, options: msg.options, open: true };
    return { ok: true, round: id };
  }

  reveal(msg: TrainerMessage<'reveal'>): Ack | Refusal {
    const r = this.data.round;
    if (!r || r.id !== msg.round) return refuse(REASONS.outOfTurn, 'that question is not the current one');
    this.closeRound();
    return { ok: true };
  }

  /** Stop the current round and keep its distribution (no names, no per-person answers). */
  private closeRound(): void {
    const r = this.data.round;
    if (!r || !r.open) return;
    r.open = false;
    const counts = this.counts(r);
    this.data.history.push({ id: r.id, kind: r.kind, lesson: r.lesson, question: r.question, options: r.options, counts, answered: sum(counts), closedAt: new Date().toISOString() });
    if (this.data.history.length > 200) this.data.history.shift();
  }

  counts(r: RoundView): Record<string, number> {
    const c: Record<string, number> = Object.fromEntries(r.options.map((o) => [o.id, 0]));
    for (const m of this.data.members) {
      const a = m.answers[r.id];
      if (a !== undefined && a in c) c[a]++;
    }
    return c;
  }

  setLang(lang: RoomLang): void {
    this.data.lang = lang;
  }

  /** A new secret for the trainer's browser is never issued: the one from `create` is the only key. */
  phoneView(m: MemberData, run: PhoneView['run']): PhoneView {
    const r = this.data.round;
    return {
      code: this.code,
      lang: this.data.lang,
      nickname: m.nickname,
      round: r ? { ...r, mine: m.answers[r.id] ?? null, counts: r.open ? null : this.counts(r) } : null,
      run,
      seq: m.seq,
    };
  }

  trainerView(connected: number, run: TrainerView['run'], lan: string[] = []): TrainerView {
    const r = this.data.round;
    const counts = r ? this.counts(r) : {};
    return {
      code: this.code,
      lan,
      lang: this.data.lang,
      joined: this.data.members.length,
      connected,
      capacity: LIMITS.participants,
      nicknames: this.data.members.map((m) => m.nickname).filter((n) => n !== ''),
      round: r ? { ...r, counts, answered: sum(counts) } : null,
      history: this.data.history,
      run,
      seq: this.data.trainerSeq,
    };
  }

  member(id: number): MemberData | undefined {
    return this.data.members.find((m) => m.id === id);
  }

  /** The decision a member sent for this week (checked by the run). */
  memberSeq(m: MemberData, seq: number): Refusal | null {
    const bad = this.checkSeq(m.seq, seq);
    if (!bad) m.seq = seq;
    return bad;
  }
}

export type { Decision };

function sum(c: Record<string, number>): number {
  return Object.values(c).reduce((a, b) => a + b, 0);
}
