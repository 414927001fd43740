// Every message of one connection passes here before any handler runs: the
// rate limit, then its size, then its schema, then the sender's role. Each
// refusal is answered (the acknowledgement, or a `refused` event when the
// sender asked for none) and logged. A handler that throws is caught, logged
// and answered as an internal error: no message can bring the server down.
// A connection refused too many times in a row is dropped.
import type { Socket } from 'socket.io';
import type * as v from 'valibot';
import { LIMITS, REASONS, parseMessage, type Ack, type Reason } from '../room/protocol.ts';
import { TokenBucket } from './rate-limit.ts';

export type Role = 'none' | 'phone' | 'trainer';
type Note = (event: string, fields?: Record<string, unknown>) => void;
type Reply = Ack<object> | { ok: false; reason: Reason; detail?: string };

export class Gate {
  private bucket: TokenBucket;
  private refusals = 0;
  private maxBytes: number = LIMITS.participantBytes;
  /** Refusals logged in the current second (a flood is logged as a count, not line by line). */
  private logged = { second: 0, count: 0, dropped: 0 };
  private known = new Set<string>();

  constructor(private socket: Socket, private note: Note) {
    this.bucket = new TokenBucket(...LIMITS.rate.participant);
    socket.onAny((event: unknown, ...args: unknown[]) => {
      if (typeof event === 'string' && this.known.has(event)) return;
      const ack = typeof args[args.length - 1] === 'function' ? (args[args.length - 1] as (a: Reply) => void) : undefined;
      this.refuse(String(event).slice(0, 40), REASONS.unknown, 'no such message', ack);
    });
  }

  /** The trainer's browser sends more (a run's scenario, pacing): a larger size limit and rate. */
  trainer(): void {
    this.maxBytes = LIMITS.trainerBytes;
    this.bucket = new TokenBucket(...LIMITS.rate.trainer);
  }

  on<S extends v.GenericSchema>(event: string, schema: S, roles: Role[], handler: (msg: v.InferOutput<S>) => Reply): void {
    this.known.add(event);
    this.socket.on(event, (...args: unknown[]) => {
      const ack = typeof args[args.length - 1] === 'function' ? (args.pop() as (a: Reply) => void) : undefined;
      try {
        if (!this.bucket.take()) return this.refuse(event, REASONS.rate, 'too many messages; wait a moment', ack);
        if (args.length !== 1) return this.refuse(event, REASONS.malformed, `expected one message, found ${args.length}`, ack);
        const size = byteLength(args[0]);
        if (size > this.maxBytes) return this.refuse(event, REASONS.tooLarge, `${size} bytes; at most ${this.maxBytes}`, ack);
        if (!roles.includes(this.socket.data.role as Role)) {
          const reason = event.startsWith('trainer:') ? REASONS.notTrainer : REASONS.notJoined;
          return this.refuse(event, reason, `not allowed as ${this.socket.data.role}`, ack);
        }
        const parsed = parseMessage(schema, args[0]);
        if (!parsed.ok) return this.refuse(event, REASONS.malformed, parsed.detail, ack);
        const r = handler(parsed.value);
        if (!r.ok) return this.refuse(event, r.reason, r.detail, ack);
        this.refusals = 0;
        ack?.(r);
      } catch (e) {
        this.note('internal-error', { event, detail: e instanceof Error ? e.message : String(e) });
        this.refuse(event, REASONS.internal, 'the server could not handle this message', ack);
      }
    });
  }

  private refuse(event: string, reason: Reason, detail: string | undefined, ack: ((a: Reply) => void) | undefined): void {
    const reply: Reply = { ok: false, reason, detail };
    try {
      if (ack) ack(reply);
      else this.socket.emit('refused', { event, ...reply });
    } catch {
      /* the connection is gone */
    }
    this.logRefusal(event, reason, detail);
    if (++this.refusals >= LIMITS.refusalsBeforeDrop) {
      this.note('dropped', { socket: this.socket.id, refusals: this.refusals });
      this.socket.disconnect(true);
    }
  }

  private logRefusal(event: string, reason: Reason, detail?: string): void {
    const s = Math.floor(Date.now() / 1000);
    if (s !== this.logged.second) {
      if (this.logged.dropped) this.note('refused-more', { socket: this.socket.id, count: this.logged.dropped });
      this.logged = { second: s, count: 0, dropped: 0 };
    }
    if (++this.logged.count > 5) {
      // The rest of a flood: one line with the count when the second is over.
      if (this.logged.dropped++ === 0) {
        const at = this.logged;
        setTimeout(() => {
          if (this.logged === at) {
            this.note('refused-more', { socket: this.socket.id, count: at.dropped, last: reason });
            this.logged = { second: 0, count: 0, dropped: 0 };
          }
        }, 1000).unref();
      }
      return;
    }
    this.note('refused', { socket: this.socket.id, role: this.socket.data.role, message: event, reason, detail });
  }
}

/** A message's size as JSON (what socket.io sent); binary attachments count by their bytes. */
function byteLength(x: unknown): number {
  try {
    return Buffer.byteLength(JSON.stringify(x, (_k, val) => (val instanceof Uint8Array || val instanceof ArrayBuffer ? 'x'.repeat(val.byteLength) : val)) ?? '');
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}
