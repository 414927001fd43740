// The workshop room's server (issue 19): one HTTP server that serves the
// built app and a socket.io endpoint for the trainer's browser and the
// phones. Every message goes through the same gate (gate.ts): rate limit,
// size, schema, role; refusals are answered with a reason and logged, and no
// message can throw out of its handler. Rooms are saved after every change
// (store.ts) and resumed on start.
//
// Why socket.io: it brings rooms (one broadcast group per room and role),
// acknowledgements (each message gets its answer or refusal), automatic
// reconnection with backoff in its client, a Node client for the tests and
// the bench, and a Redis adapter for more than one process (docs/ROOM.md).
// Only the WebSocket transport is enabled: no long-polling, so no sticky
// sessions behind a proxy, and nothing for the service worker to cache.
import { createServer, type Server as HttpServer } from 'node:http';
import { networkInterfaces } from 'node:os';
import { Server, type Socket } from 'socket.io';
import { LIMITS, PARTICIPANT, REASONS, TRAINER, trainerEvent, type Ack, type TrainerEvent } from '../room/protocol.ts';
import { Gate, type Role } from './gate.ts';
import { Participatory } from './participatory-run.ts';
import { Room } from './room.ts';
import { newCode } from './secrets.ts';
import { serveStatic } from './static.ts';
import { RoomStore } from './store.ts';

export interface RoomServerOptions {
  port: number;
  host: string;
  /** The built app (dist/). */
  dist: string;
  /** Where rooms are saved between runs of the server. */
  dataDir: string;
  /** Origins allowed besides the server's own (e.g. the HTTPS name of a reverse proxy). */
  origins?: string[];
  /** One line per event (refusals, starts, errors); default stderr. */
  log?: (line: string) => void;
}

export interface RoomServer {
  port: number;
  /** Addresses to open, the local network's first. */
  urls: string[];
  rooms: Map<string, Room>;
  close(): Promise<void>;
}

export interface SocketData {
  role: Role;
  room?: string;
  member?: number;
}

export async function startRoomServer(o: RoomServerOptions): Promise<RoomServer> {
  const log = o.log ?? ((l: string) => process.stderr.write(`${l}\n`));
  const note = (event: string, fields: Record<string, unknown> = {}) => log(JSON.stringify({ t: new Date().toISOString(), event, ...fields }));
  const store = new RoomStore(o.dataDir, (e) => note('store-error', { detail: e instanceof Error ? e.message : String(e) }));
  const rooms = new Map<string, Room>();
  const runs = new Map<string, Participatory>();
  for (const { code, data } of store.loadAll()) {
    const room = Room.restore(code, data);
    if (!room) {
      note('restore-failed', { room: short(code) });
      continue;
    }
    rooms.set(code, room);
    if (room.data.run) {
      const run = Participatory.resume(room);
      if (run.ok) runs.set(code, run.value);
      else note('run-restore-failed', { room: short(code), detail: run.detail });
    }
  }
  if (rooms.size) note('resumed', { rooms: rooms.size });

  const http: HttpServer = createServer(serveStatic(o.dist));
  /** Filled in once listening: the addresses phones can reach. */
  let lan: string[] = [];
  const io = new Server<Record<string, (...a: unknown[]) => void>, Record<string, (...a: unknown[]) => void>, Record<string, never>, SocketData>(http, {
    transports: ['websocket'],
    maxHttpBufferSize: LIMITS.trainerBytes + 16 * 1024,
    serveClient: false,
    // Phones that lock their screen come back within these: the client reconnects by itself.
    pingInterval: 10_000,
    pingTimeout: 8_000,
    allowRequest: (req, cb) => {
      const origin = req.headers.origin;
      // No Origin: not a browser (the Node client of the tests and bench), so no cross-site page behind it.
      if (!origin) return cb(null, true);
      const host = req.headers.host ?? '';
      const ok = origin === `http://${host}` || origin === `https://${host}` || (o.origins ?? []).includes(origin);
      if (!ok) note('refused-origin', { origin: origin.slice(0, 100) });
      cb(ok ? null : 'origin not allowed', ok);
    },
  });

  // Changes are sent after the current burst of messages (20 ms): 300 votes make a handful of tallies, not 300.
  const dirty = new Map<string, { trainer: boolean; phones: Set<number> | 'all' }>();
  let flushTimer: NodeJS.Timeout | null = null;
  function changed(room: Room, what: { trainer?: boolean; phones?: number[] | 'all'; save?: boolean }): void {
    if (what.save !== false) void store.save(room.code, () => room.data);
    const d = dirty.get(room.code) ?? { trainer: false, phones: new Set<number>() };
    d.trainer ||= what.trainer ?? true;
    if (what.phones === 'all' || d.phones === 'all') d.phones = 'all';
    else for (const m of what.phones ?? []) d.phones.add(m);
    dirty.set(room.code, d);
    flushTimer ??= setTimeout(flush, 20);
  }
  function phoneSockets(code: string): Socket<any, any, any, SocketData>[] {
    const ids = io.sockets.adapter.rooms.get(`p:${code}`) ?? new Set<string>();
    return [...ids].map((id) => io.sockets.sockets.get(id)).filter((s): s is Socket<any, any, any, SocketData> => s !== undefined);
  }
  function connectedMembers(code: string): Set<number> {
    return new Set(phoneSockets(code).map((s) => s.data.member!));
  }
  function flush(): void {
    flushTimer = null;
    for (const [code, d] of dirty) {
      const room = rooms.get(code);
      if (!room) continue;
      const run = runs.get(code);
      const connected = connectedMembers(code);
      if (d.trainer) io.to(`t:${code}`).emit('trainer-state', room.trainerView(connected.size, run?.trainerView(connected) ?? null, lan));
      for (const s of phoneSockets(code)) {
        const m = room.member(s.data.member!);
        if (m && (d.phones === 'all' || d.phones.has(m.id))) s.emit('state', room.phoneView(m, run?.phoneView(m.id) ?? null));
      }
    }
    dirty.clear();
  }

  const timers = new Map<string, NodeJS.Timeout>();
  /** With a decision timer, the week closes by itself at its deadline. */
  function armTimer(room: Room): void {
    clearTimeout(timers.get(room.code));
    const run = runs.get(room.code);
    const at = run?.data.deadline;
    if (!run || at == null || run.data.ended) return;
    timers.set(room.code, setTimeout(() => {
      const r = run.closeWeek(run.data.week);
      if (r.ok) {
        changed(room, { phones: 'all' });
        armTimer(room);
      }
    }, Math.max(0, at - Date.now())));
  }
  for (const room of rooms.values()) armTimer(room);

  io.on('connection', (socket) => {
    socket.data = { role: 'none' };
    const gate = new Gate(socket, note);
    const roomOf = () => (socket.data.room ? rooms.get(socket.data.room) : undefined);

    gate.on('join', PARTICIPANT.join, ['none', 'phone'], (msg) => {
      const room = rooms.get(msg.code);
      if (!room) return { ok: false, reason: REASONS.noRoom, detail: 'no room with that code: check it with your trainer' };
      if (socket.data.room && socket.data.room !== room.code) return { ok: false, reason: REASONS.outOfTurn, detail: 'this connection is in another room' };
      const r = room.join(msg);
      if (!r.ok) return r;
      socket.data = { role: 'phone', room: room.code, member: r.member.id };
      void socket.join(`p:${room.code}`);
      changed(room, { phones: [r.member.id], save: r.token !== undefined });
      const run = runs.get(room.code);
      run?.seatNewcomer(r.member.id);
      return { ok: true, token: r.token, view: room.phoneView(r.member, run?.phoneView(r.member.id) ?? null) };
    });

    gate.on('answer', PARTICIPANT.answer, ['phone'], (msg) => {
      const room = roomOf();
      const m = room?.member(socket.data.member!);
      if (!room || !m) return { ok: false, reason: REASONS.closed };
      const r = room.answer(m, msg);
      if (r.ok) changed(room, { phones: [m.id] });
      return r;
    });

    gate.on('decide', PARTICIPANT.decide, ['phone'], (msg) => {
      const room = roomOf();
      const m = room?.member(socket.data.member!);
      const run = room && runs.get(room.code);
      if (!room || !m) return { ok: false, reason: REASONS.closed };
      if (!run) return { ok: false, reason: REASONS.outOfTurn, detail: 'no participatory run is going on' };
      const seqBad = room.checkSeq(m.seq, msg.seq);
      if (seqBad) return seqBad;
      const { seq, ...decision } = msg;
      const r = run.decide(m.id, decision);
      if (!r.ok) return r;
      m.seq = seq;
      changed(room, { phones: [m.id] });
      return { ok: true };
    });

    gate.on(trainerEvent('create'), TRAINER.create, ['none'], (msg) => {
      let code = newCode();
      while (rooms.has(code)) code = newCode();
      const { room, secret } = Room.create(code, msg.lang);
      rooms.set(code, room);
      becomeTrainer(room);
      changed(room, {});
      note('room-created', { room: short(code) });
      return { ok: true, code, secret, view: room.trainerView(0, null, lan) };
    });

    gate.on(trainerEvent('resume'), TRAINER.resume, ['none', 'trainer'], (msg) => {
      const room = rooms.get(msg.code);
      // The same answer for a wrong code and a wrong secret: nothing to learn from trying.
      if (!room || !room.isTrainer(msg.secret)) return { ok: false, reason: REASONS.notTrainer, detail: 'no room with that code and secret' };
      becomeTrainer(room);
      const connected = connectedMembers(room.code);
      return { ok: true, view: room.trainerView(connected.size, runs.get(room.code)?.trainerView(connected) ?? null, lan) };
    });

    function becomeTrainer(room: Room): void {
      socket.data = { role: 'trainer', room: room.code };
      gate.trainer();
      void socket.join(`t:${room.code}`);
    }

    /** A trainer message: its room, the replay check, then the change. */
    function trainerOn<E extends Exclude<TrainerEvent, 'create' | 'resume'>>(e: E, fn: (room: Room, msg: any) => Ack<object> | { ok: false; reason: any; detail?: string }) {
      gate.on(trainerEvent(e), TRAINER[e], ['trainer'], (msg: { seq: number }) => {
        const room = roomOf();
        if (!room) return { ok: false, reason: REASONS.closed };
        const bad = room.trainerSeq(msg.seq);
        if (bad) return bad;
        return fn(room, msg);
      });
    }

    trainerOn('lang', (room, msg) => {
      room.setLang(msg.lang);
      changed(room, { phones: 'all' });
      return { ok: true };
    });
    trainerOn('poll', (room, msg) => {
      const r = room.poll(msg);
      changed(room, { phones: 'all' });
      return r;
    });
    trainerOn('reveal', (room, msg) => {
      const r = room.reveal(msg);
      if (r.ok) changed(room, { phones: 'all' });
      return r;
    });
    trainerOn('runStart', (room, msg) => {
      const r = Participatory.start(room, msg, connectedMembers(room.code));
      if (!r.ok) return { ok: false, reason: REASONS.badScenario, detail: r.detail };
      runs.set(room.code, r.value);
      changed(room, { phones: 'all' });
      armTimer(room);
      return { ok: true };
    });
    trainerOn('runWeek', (room, msg) => {
      const run = runs.get(room.code);
      if (!run) return { ok: false, reason: REASONS.outOfTurn, detail: 'no participatory run is going on' };
      const r = run.closeWeek(msg.week);
      if (r.ok) {
        changed(room, { phones: 'all' });
        armTimer(room);
      }
      return r;
    });
    trainerOn('runTimer', (room, msg) => {
      const run = runs.get(room.code);
      if (!run) return { ok: false, reason: REASONS.outOfTurn, detail: 'no participatory run is going on' };
      run.setTimer(msg.timer);
      changed(room, { phones: 'all' });
      armTimer(room);
      return { ok: true };
    });
    trainerOn('runEnd', (room) => {
      const run = runs.get(room.code);
      if (!run) return { ok: false, reason: REASONS.outOfTurn, detail: 'no participatory run is going on' };
      run.end();
      clearTimeout(timers.get(room.code));
      changed(room, { phones: 'all' });
      return { ok: true };
    });
    trainerOn('runExport', (room) => {
      const run = runs.get(room.code);
      if (!run) return { ok: false, reason: REASONS.outOfTurn, detail: 'no participatory run is going on' };
      return { ok: true, text: run.exported() };
    });
    trainerOn('close', (room) => {
      const code = room.code;
      rooms.delete(code);
      runs.delete(code);
      clearTimeout(timers.get(code));
      dirty.delete(code);
      void store.remove(code);
      io.to(`p:${code}`).emit('closed');
      io.to(`t:${code}`).emit('closed');
      for (const s of phoneSockets(code)) s.disconnect(true);
      note('room-closed', { room: short(code) });
      return { ok: true };
    });

    // socket.io's parser closes a connection that sends something other than its packets (bad JSON, a cut-off frame).
    socket.on('error', (e) => note('refused', { socket: socket.id, reason: REASONS.malformed, detail: `not a socket.io message (${e.message.slice(0, 80)}): connection closed` }));
    socket.on('disconnect', () => {
      const room = roomOf();
      if (room && socket.data.role === 'phone') changed(room, { phones: [], save: false });
    });
  });

  await new Promise<void>((res, rej) => {
    http.once('error', rej);
    http.listen(o.port, o.host, () => res());
  });
  const port = (http.address() as { port: number }).port;
  lan = addresses(o.host, port).filter((u) => !/\/\/(localhost|127\.)/.test(u));
  note('listening', { host: o.host, port });
  return {
    port,
    urls: addresses(o.host, port),
    rooms,
    async close() {
      for (const t of timers.values()) clearTimeout(t);
      if (flushTimer) clearTimeout(flushTimer);
      await new Promise<void>((res) => io.close(() => res()));
      await store.idle();
    },
  };
}

function short(code: string): string {
  return `${code.slice(0, 4)}…`;
}

/** http://ADDRESS:PORT/ for the host: each IPv4 address of the machine's network for 0.0.0.0, localhost last. */
export function addresses(host: string, port: number): string[] {
  if (host !== '0.0.0.0' && host !== '::') return [`http://${host.includes(':') ? `[${host}]` : host}:${port}/`];
  const lan = Object.values(networkInterfaces())
    .flat()
    .filter((i) => i && i.family === 'IPv4' && !i.internal)
    .map((i) => `http://${i!.address}:${port}/`);
  return [...lan, `http://localhost:${port}/`];
}
