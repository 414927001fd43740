// `coalesce room`: the workshop room's server on the trainer's laptop
// (issue 19). It builds the app when dist/ is missing or stale, serves it
// with the realtime endpoint, prints the addresses to open and runs until
// Ctrl-C. The server itself is in src/room-server, loaded only here.
import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { parseCommandArgs, stringOption } from './args.ts';
import type { Command } from './command.ts';
import { EXIT, UsageError } from './errors.ts';
import { packageRoot } from './provenance.ts';

export const command: Command = {
  name: 'room',
  usage: 'coalesce room [--port 8080] [--host 0.0.0.0] [--data DIR] [--origin URL]...',
  help: `Serve a workshop room from this machine: the app for the trainer, and a
page where participants join from their phones (scan the QR code in the app's
Room panel, or open the short address and type the room code). No internet is
needed: laptop and phones on the same Wi-Fi is enough.

Options:
  --port N        port to listen on (default 8080)
  --host ADDR     address to listen on (default 0.0.0.0: every network of this machine)
  --data DIR      where rooms are saved between restarts (default ~/.coalesce/rooms)
  --dist DIR      the built app to serve (default dist/ of this package; built when missing or stale)
  --origin URL    also accept browsers from this origin (a reverse proxy's https://name); repeatable

Open the first address on the laptop, press Room, and start a room.
Ctrl-C stops the server; its rooms are saved and come back on the next start.
See docs/ROOM.md for running it behind HTTPS and for its capacity.

Examples:
  coalesce room
  coalesce room --port 9000 --host 192.168.1.20`,
  async run(argv, io) {
    const args = parseCommandArgs('room', argv, {
      port: { type: 'string' },
      host: { type: 'string' },
      data: { type: 'string' },
      dist: { type: 'string' },
      origin: { type: 'string', multiple: true },
    });
    if (args.positionals.length > 0) throw new UsageError(`unexpected argument '${args.positionals[0]}'`, 'room');
    const portText = stringOption(args, 'port') ?? '8080';
    const port = Number(portText);
    if (!/^\d+$/.test(portText) || port < 0 || port > 65535) throw new UsageError(`--port must be a whole number from 0 to 65535, found '${portText}'`, 'room');
    const host = stringOption(args, 'host') ?? '0.0.0.0';
    const origins = (args.values.origin as string[] | undefined) ?? [];
    for (const o of origins) if (!/^https?:\/\/[^/\s]+$/.test(o)) throw new UsageError(`--origin must look like https://name[:port], found '${o}'`, 'room');
    const root = packageRoot();
    const abs = (p: string) => (isAbsolute(p) ? p : resolve(p));
    const dist = abs(stringOption(args, 'dist') ?? join(root, 'dist'));
    const dataDir = abs(stringOption(args, 'data') ?? join(homedir(), '.coalesce', 'rooms'));

    const { staleReason, buildApp } = await import('../room-server/app-build.ts');
    const why = staleReason(root, dist);
    if (why) {
      io.err(`${why}.\n`);
      buildApp(root, dist, io.err);
    }
    const { startRoomServer } = await import('../room-server/server.ts');
    let server;
    try {
      server = await startRoomServer({ port, host, dist, dataDir, origins, log: (l) => io.err(`${l}\n`) });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE') throw new UsageError(`port ${port} is in use; pick another with --port`, 'room');
      if (code === 'EADDRNOTAVAIL') throw new UsageError(`${host} is not an address of this machine`, 'room');
      throw e;
    }
    io.out(`Coalesce workshop room is running.\n\nOpen on this laptop:  ${server.urls[server.urls.length - 1]}\n`);
    const lan = server.urls.slice(0, -1);
    if (lan.length) io.out(`Participants' phones (same Wi-Fi):\n${lan.map((u) => `  ${u}`).join('\n')}\n`);
    io.out(`Rooms are saved in ${dataDir}.\nPress Ctrl-C to stop.\n`);
    await new Promise<void>((res) => {
      if (io.signal?.aborted) return res();
      io.signal?.addEventListener('abort', () => res(), { once: true });
      process.once('SIGTERM', () => res());
    });
    await server.close();
    io.err('Room server stopped; its rooms are saved.\n');
    return EXIT.ok;
  },
};
