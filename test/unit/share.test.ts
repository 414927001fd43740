// Share links: round trip, and every way a link is refused with a message.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { decodeShare, encodeShare, MAX_ENCODED, shareParam, shareUrl, type SharePayload } from '../../src/share/link.ts';

const text = readFileSync(join(import.meta.dirname, '../../scenarios/steady-rhythm.yaml'), 'utf8');
const payload: SharePayload = { v: 1, scenarios: [{ name: 'Steady rhythm', text }, { name: 'x', text: 'schemaVersion: 1\nstrategy: { preset: big-launch }\n' }], index: 1, seed: 7, week: 14 };
const raw = (o: unknown) => LZString.compressToEncodedURIComponent(JSON.stringify(o));

describe('share links', () => {
  it('round-trip the scenarios, seed, week and index through a URL', () => {
    const url = shareUrl('http://h/app/?lang=nl&x=1#lessons', payload);
    expect(url.startsWith('http://h/app/?x=1#lab?s=')).toBe(true);
    const r = decodeShare(shareParam(new URL(url).hash)!);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.payload).toEqual(payload);
    expect(r.value.parsed[0].name).toBe('Steady rhythm');
    // A scenario file with its comments stays well below the link limit.
    expect(encodeShare(payload).length).toBeLessThan(MAX_ENCODED / 4);
  });

  it('refuses a link that is too large before unpacking it', () => {
    const r = decodeShare('A'.repeat(MAX_ENCODED + 1));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/too large \(12,001 characters; at most 12,000\)/);
  });

  it('refuses damaged links', () => {
    for (const s of ['', '!!!!', encodeShare(payload).slice(0, 40), raw('not an object').slice(0, 5)]) {
      const r = decodeShare(s);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/share link/);
    }
  });

  it('refuses wrong shapes with a message naming what is wrong', () => {
    const cases: [unknown, RegExp][] = [
      [{ ...payload, v: 2 }, /version 2/],
      [{ ...payload, scenarios: [] }, /1 to 4 scenarios/],
      [{ ...payload, seed: -1 }, /seed/],
      [{ ...payload, week: 1.5 }, /week/],
      [{ ...payload, index: 2 }, /does not hold/],
      [[1, 2], /holds no run/],
    ];
    for (const [o, re] of cases) {
      const r = decodeShare(raw(o));
      expect(r.ok, JSON.stringify(o).slice(0, 60)).toBe(false);
      if (!r.ok) expect(r.message).toMatch(re);
    }
  });

  it('validates every scenario like a file, with located errors', () => {
    const bad = { ...payload, scenarios: [{ name: 'mine', text: 'schemaVersion: 1\npopulation:\n  size: 50000\n' }] , index: 0 };
    const r = decodeShare(raw(bad));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toMatch(/not valid/);
    expect(r.errors[0]).toMatchObject({ file: 'share link (mine)', line: 3, path: 'population.size' });
  });

  it('refuses a week beyond the scenario horizon', () => {
    const r = decodeShare(raw({ ...payload, week: 400 }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/week 400, but its scenario ends at week 78/);
  });
});
