// Helpers for the room's Node-level tests: a real room server on a free port
// with a temporary data folder and a stand-in dist/, and real socket.io
// clients talking to it.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import type { Ack } from '../../src/room/protocol.ts';
import { startRoomServer, type RoomServer } from '../../src/room-server/server.ts';

export interface TestRoom {
  server: RoomServer;
  url: string;
  dataDir: string;
  dist: string;
  logs: string[];
  restart(): Promise<void>;
  close(): Promise<void>;
}

export async function startTestRoom(opts: { dataDir?: string; port?: number } = {}): Promise<TestRoom> {
  const dist = mkdtempSync(join(tmpdir(), 'coalesce-room-dist-'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>lab</title>');
  writeFileSync(join(dist, 'join.html'), '<!doctype html><title>join</title>');
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'assets', 'a.js'), 'export {};');
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'coalesce-room-data-'));
  const logs: string[] = [];
  const t: TestRoom = {
    server: await startRoomServer({ port: opts.port ?? 0, host: '127.0.0.1', dist, dataDir, log: (l) => logs.push(l) }),
    url: '',
    dataDir,
    dist,
    logs,
    async restart() {
      const port = t.server.port;
      await t.server.close();
      t.server = await startRoomServer({ port, host: '127.0.0.1', dist, dataDir, log: (l) => logs.push(l) });
    },
    async close() {
      await t.server.close();
      rmSync(dist, { recursive: true, force: true });
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  t.url = `http://127.0.0.1:${t.server.port}`;
  return t;
}

export function client(url: string, extra: { origin?: string } = {}): Socket {
  return io(url, { transports: ['websocket'], forceNew: true, reconnection: false, ...(extra.origin ? { extraHeaders: { origin: extra.origin } } : {}) });
}

export async function connected(s: Socket): Promise<Socket> {
  if (s.connected) return s;
  await new Promise<void>((res, rej) => {
    s.once('connect', () => res());
    s.once('connect_error', (e) => rej(e));
  });
  return s;
}

export async function ask<T = object>(s: Socket, event: string, msg: unknown): Promise<Ack<T>> {
  return (await s.timeout(5000).emitWithAck(event, msg)) as Ack<T>;
}

/** The next event of this name (within 5 s). */
export function next<T>(s: Socket, event: string, when: (x: T) => boolean = () => true): Promise<T> {
  return new Promise((res, rej) => {
    const timer = setTimeout(() => rej(new Error(`no ${event} within 5 s`)), 5000);
    const on = (x: T) => {
      if (!when(x)) return;
      clearTimeout(timer);
      s.off(event, on);
      res(x);
    };
    s.on(event, on);
  });
}
