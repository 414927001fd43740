// The trainer's side of a workshop room, shared by the Room panel, the
// lesson's Predict and Reveal steps and the quick vote: one connection per
// tab, its code and secret in localStorage so a reloaded tab takes the room
// back. Loaded on demand (the first Room click, or at start when this browser
// holds a room), never on the lab's first screen otherwise.
import { TrainerClient, type Status } from '../../room/client.ts';
import type { RoomLang, TrainerMessage } from '../../room/protocol.ts';
import type { TrainerView } from '../../room/views.ts';
import { forgetRoom, savedRoom, saveRoom } from './room-flag.ts';

type Listener = () => void;

class RoomStore {
  client: TrainerClient | null = null;
  view: TrainerView | null = null;
  status: Status | 'idle' = 'idle';
  problem = '';
  /** The lab shows the participatory run and follows it week by week (room-button.ts does the loading). */
  followRun = false;
  private listeners = new Set<Listener>();

  subscribe(fn: Listener): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private emit(): void {
    for (const fn of this.listeners) fn();
  }

  get active(): boolean {
    return this.view !== null;
  }

  /** Take back this browser's room (after a reload), if it has one. */
  resume(lang: RoomLang): void {
    const saved = savedRoom();
    if (saved && !this.client) this.open(lang, saved);
  }

  start(lang: RoomLang): void {
    if (this.client) return;
    this.open(lang);
  }

  private open(lang: RoomLang, resume?: { code: string; secret: string }): void {
    this.status = 'connecting';
    this.problem = '';
    this.client = new TrainerClient({
      url: location.origin,
      lang,
      resume,
      onRoom: (code, secret) => saveRoom({ code, secret }),
      onView: (v) => {
        const first = this.view === null;
        this.view = v;
        // The phones follow the trainer's language (a language switch reloads this tab).
        if (first && v.lang !== lang) void this.send('lang', { lang });
        this.emit();
      },
      onStatus: (s, detail) => {
        this.status = s;
        if (s === 'refused' || s === 'closed') {
          // The room is gone (closed, or the server lost it): this browser no longer holds one.
          forgetRoom();
          this.client = null;
          this.view = null;
          if (s === 'refused') this.problem = detail ?? '';
        }
        if (s === 'offline' && !this.view) {
          // Never connected: no room server behind this page (vite preview, a static host, offline).
          this.problem = 'no-server';
          this.client?.close();
          this.client = null;
          this.status = 'idle';
        }
        this.emit();
      },
    });
    this.emit();
  }

  async send<E extends Parameters<TrainerClient['send']>[0]>(event: E, msg: Parameters<TrainerClient['send']>[1] & Omit<TrainerMessage<E>, 'seq'>) {
    if (!this.client) return { ok: false as const, reason: 'not-the-trainer' as const, detail: 'no room' };
    const r = await this.client.send(event, msg as never);
    if (!r.ok) this.problem = r.detail ?? r.reason;
    this.emit();
    return r;
  }

  follow(on: boolean): void {
    this.followRun = on;
    this.emit();
  }

  async close(): Promise<void> {
    await this.send('close', {});
    forgetRoom();
    this.client?.close();
    this.client = null;
    this.view = null;
    this.status = 'idle';
    this.emit();
  }
}

export const room = new RoomStore();

/** The room's page for phones: the short address with the code in it. */
export function joinUrl(code: string): string {
  return `${location.origin}/r/${code}`;
}
