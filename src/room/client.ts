// A connection to a room, for a phone or the trainer's browser (and the
// bench, from Node). socket.io's client reconnects by itself; after every
// (re)connection this joins again with the phone's token, or resumes with the
// trainer's secret, so a locked phone or a reloaded tab comes back to the
// same member, answers and room. Every message carries the next sequence
// number, carried on from what the server last accepted.
import { io, type Socket } from 'socket.io-client';
import { trainerEvent, type Ack, type ParticipantEvent, type ParticipantMessage, type RoomLang, type TrainerEvent, type TrainerMessage } from './protocol.ts';
import type { PhoneView, TrainerView } from './views.ts';

export type Status = 'connecting' | 'online' | 'offline' | 'closed' | 'refused';

interface Common {
  url: string;
  onStatus?: (s: Status, detail?: string) => void;
}

type WithoutSeq<T> = T extends { seq: number } ? Omit<T, 'seq'> : T;

/** The room's code rides along as a query parameter: a proxy in front of several servers can route a room's connections to one of them (docs/ROOM.md). */
function connect(url: string, room?: string): Socket {
  return io(url, { transports: ['websocket'], reconnectionDelay: 500, reconnectionDelayMax: 4000, timeout: 8000, ...(room ? { query: { room } } : {}) });
}

export class PhoneClient {
  readonly socket: Socket;
  view: PhoneView | null = null;
  private seq = 0;

  constructor(private o: Common & { code: string; token?: string; nickname?: string; onView: (v: PhoneView) => void; onToken: (t: string) => void }) {
    this.socket = connect(o.url, o.code);
    this.socket.on('connect', () => void this.join());
    this.socket.on('disconnect', () => o.onStatus?.('offline'));
    this.socket.on('connect_error', () => o.onStatus?.('offline'));
    this.socket.on('state', (v: PhoneView) => this.take(v));
    this.socket.on('closed', () => {
      o.onStatus?.('closed');
      this.socket.disconnect();
    });
  }

  private take(v: PhoneView): void {
    this.view = v;
    this.seq = Math.max(this.seq, v.seq);
    this.o.onView(v);
  }

  private async join(): Promise<void> {
    const r = (await this.socket.emitWithAck('join', { code: this.o.code, ...(this.o.token ? { token: this.o.token } : {}), ...(this.o.nickname ? { nickname: this.o.nickname } : {}) })) as Ack<{ token?: string; view: PhoneView }>;
    if (!r.ok) {
      this.o.onStatus?.('refused', r.reason);
      if (r.reason !== 'rate-limited') this.socket.disconnect();
      return;
    }
    if (r.token) {
      this.o.token = r.token;
      this.o.onToken(r.token);
    }
    this.o.onStatus?.('online');
    this.take(r.view);
  }

  async send<E extends Exclude<ParticipantEvent, 'join'>>(event: E, msg: WithoutSeq<ParticipantMessage<E>>): Promise<Ack> {
    if (!this.socket.connected) return { ok: false, reason: 'not-joined', detail: 'offline' };
    return (await this.socket.timeout(8000).emitWithAck(event, { ...msg, seq: ++this.seq }).catch(() => ({ ok: false, reason: 'internal-error', detail: 'no answer' }))) as Ack;
  }

  close(): void {
    this.socket.disconnect();
  }
}

export class TrainerClient {
  readonly socket: Socket;
  view: TrainerView | null = null;
  private seq = 0;
  code = '';
  secret = '';

  constructor(private o: Common & { lang: RoomLang; resume?: { code: string; secret: string }; onView: (v: TrainerView) => void; onRoom: (code: string, secret: string) => void }) {
    if (o.resume) ({ code: this.code, secret: this.secret } = o.resume);
    this.socket = connect(o.url, o.resume?.code);
    this.socket.on('connect', () => void this.enter());
    this.socket.on('disconnect', () => o.onStatus?.('offline'));
    this.socket.on('connect_error', (e) => o.onStatus?.('offline', e.message));
    this.socket.on('trainer-state', (v: TrainerView) => this.take(v));
    this.socket.on('closed', () => {
      o.onStatus?.('closed');
      this.socket.disconnect();
    });
  }

  private take(v: TrainerView): void {
    this.view = v;
    this.seq = Math.max(this.seq, v.seq);
    this.o.onView(v);
  }

  private async enter(): Promise<void> {
    const r = this.secret
      ? ((await this.socket.emitWithAck(trainerEvent('resume'), { code: this.code, secret: this.secret })) as Ack<{ view: TrainerView; code?: string; secret?: string }>)
      : ((await this.socket.emitWithAck(trainerEvent('create'), { lang: this.o.lang })) as Ack<{ view: TrainerView; code?: string; secret?: string }>);
    if (!r.ok) {
      this.o.onStatus?.('refused', r.reason);
      this.socket.disconnect();
      return;
    }
    if (r.code && r.secret) {
      this.code = r.code;
      this.secret = r.secret;
      this.o.onRoom(r.code, r.secret);
    }
    this.o.onStatus?.('online');
    this.take(r.view);
  }

  async send<E extends Exclude<TrainerEvent, 'create' | 'resume'>>(event: E, msg: WithoutSeq<TrainerMessage<E>>): Promise<Ack<Record<string, unknown>>> {
    if (!this.socket.connected) return { ok: false, reason: 'not-the-trainer', detail: 'offline' };
    return (await this.socket.timeout(15000).emitWithAck(trainerEvent(event), { ...msg, seq: ++this.seq }).catch(() => ({ ok: false, reason: 'internal-error', detail: 'no answer' }))) as Ack<Record<string, unknown>>;
  }

  close(): void {
    this.socket.disconnect();
  }
}
