// The room server for bench/room.ts, in its own process so its CPU time and
// peak memory are its own. Started with an IPC channel: it sends
// { port } once listening and { cpuMs, maxRssKb } when asked for 'usage'.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRoomServer } from '../src/room-server/server.ts';

const dist = mkdtempSync(join(tmpdir(), 'coalesce-bench-dist-'));
writeFileSync(join(dist, 'index.html'), '<!doctype html>');
writeFileSync(join(dist, 'join.html'), '<!doctype html>');
mkdirSync(join(dist, 'assets'));
const dataDir = mkdtempSync(join(tmpdir(), 'coalesce-bench-rooms-'));
const server = await startRoomServer({ port: 0, host: '127.0.0.1', dist, dataDir, log: () => {} });
const cpu0 = process.cpuUsage();
process.send!({ port: server.port });
process.on('message', async (m) => {
  if (m === 'usage') {
    const c = process.cpuUsage(cpu0);
    process.send!({ cpuMs: (c.user + c.system) / 1000, maxRssKb: process.resourceUsage().maxRSS });
  }
  if (m === 'stop') {
    await server.close();
    rmSync(dist, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
    process.exit(0);
  }
});
