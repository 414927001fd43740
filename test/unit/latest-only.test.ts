// The runners' shared piece: only the latest run counts.
import { describe, expect, it } from 'vitest';
import { LatestOnly } from '../../src/ui/controllers/latest-only.ts';

const until = (signal: AbortSignal, ms: number) =>
  new Promise<string>((res, rej) => {
    const t = setTimeout(() => res('done'), ms);
    signal.addEventListener('abort', () => (clearTimeout(t), rej(signal.reason)));
  });

describe('LatestOnly', () => {
  it('a new run aborts the one before; cancel aborts the current; a throw is a failure', async () => {
    const l = new LatestOnly();
    const outcome = (ms: number) => l.run((s) => until(s, ms), () => 'aborted', (m) => `failed: ${m}`);
    const first = outcome(50);
    expect(l.running).toBe(true);
    const second = outcome(10);
    expect(await first).toBe('aborted');
    expect(await second).toBe('done');
    expect(l.running).toBe(false);
    const third = outcome(50);
    l.cancel();
    expect(await third).toBe('aborted');
    expect(await l.run(async () => { throw new Error('boom'); }, () => 'aborted', (m) => `failed: ${m}`)).toBe('failed: boom');
  });
});
