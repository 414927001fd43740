// `coalesce room`'s command line (issue 19): its usage errors exit 2 with one
// line, before anything is built or served. Serving itself is tested end to
// end (test/e2e/room.e2e.ts) and through the server (room-*.test.ts).
import { describe, expect, it } from 'vitest';
import { cliInProcess } from './cli-helpers.ts';

describe('coalesce room', () => {
  it('is listed with the other commands', async () => {
    const r = await cliInProcess('--help');
    expect(r.stdout).toMatch(/^ {2}room +serve a workshop room/m);
    expect(r.stdout).toMatch(/^ {2}run +run replications/m);
  });

  for (const [args, message] of [
    [['--port', 'eighty'], "--port must be a whole number from 0 to 65535, found 'eighty'"],
    [['--port', '70000'], "--port must be a whole number from 0 to 65535, found '70000'"],
    [['--origin', 'evil.example'], "--origin must look like https://name[:port], found 'evil.example'"],
    [['extra'], "unexpected argument 'extra'"],
    [['--prot', '80'], 'unknown option --prot'],
  ] as const) {
    it(`refuses ${args.join(' ')} with exit 2`, async () => {
      const r = await cliInProcess('room', ...args);
      expect(r.code).toBe(2);
      expect(r.stderr.split('\n')[0]).toContain(`coalesce room: ${message}`);
      expect(r.stdout).toBe('');
    });
  }
});
