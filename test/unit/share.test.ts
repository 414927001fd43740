// Share links: round trip, and every way a link is refused with a message.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { decodeShare, encodeShare, MAX_ENCODED, shareParam, shareUrl, type ExpandPreset, type PresetChanges, type SharePayload, type ShortPayload } from '../../src/share/link.ts';

const text = readFileSync(join(import.meta.dirname, '../../scenarios/steady-rhythm.yaml'), 'utf8');
const payload: SharePayload = { v: 1, scenarios: [{ name: 'Steady rhythm', text }, { name: 'x', text: 'schemaVersion: 1\nstrategy: { preset: big-launch }\n' }], index: 1, seed: 7, week: 14 };
const raw = (o: unknown) => LZString.compressToEncodedURIComponent(JSON.stringify(o));

describe('share links', () => {
  it('round-trip the scenarios, seed, week and index through a URL (version 1 links keep working)', async () => {
    const url = shareUrl('http://h/app/?lang=nl&x=1#lessons', payload);
    expect(url.startsWith('http://h/app/?x=1#lab?s=')).toBe(true);
    const r = await decodeShare(shareParam(new URL(url).hash)!);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.payload).toEqual(payload);
    expect(r.value.parsed[0].name).toBe('Steady rhythm');
    // A scenario file with its comments stays well below the link limit.
    expect(encodeShare(payload).length).toBeLessThan(MAX_ENCODED / 4);
  });

  it('refuses a link that is too large before unpacking it', async () => {
    const r = await decodeShare('A'.repeat(MAX_ENCODED + 1));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/too large \(12,001 characters; at most 12,000\)/);
  });

  it('refuses damaged links', async () => {
    for (const s of ['', '!!!!', encodeShare(payload).slice(0, 40), raw('not an object').slice(0, 5)]) {
      const r = await decodeShare(s);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/share link/);
    }
  });

  it('refuses wrong shapes with a message naming what is wrong', async () => {
    const cases: [unknown, RegExp][] = [
      [{ ...payload, v: 3 }, /version 3/],
      [{ ...payload, scenarios: [] }, /1 to 4 scenarios/],
      [{ ...payload, seed: -1 }, /seed/],
      [{ ...payload, week: 1.5 }, /week/],
      [{ ...payload, index: 2 }, /does not hold/],
      [[1, 2], /holds no run/],
    ];
    for (const [o, re] of cases) {
      const r = await decodeShare(raw(o));
      expect(r.ok, JSON.stringify(o).slice(0, 60)).toBe(false);
      if (!r.ok) expect(r.message).toMatch(re);
    }
  });

  it('validates every scenario like a file, with located errors', async () => {
    const bad = { ...payload, scenarios: [{ name: 'mine', text: 'schemaVersion: 1\npopulation:\n  size: 50000\n' }] , index: 0 };
    const r = await decodeShare(raw(bad));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toMatch(/not valid/);
    expect(r.errors[0]).toMatchObject({ file: 'share link (mine)', line: 3, path: 'population.size' });
  });

  it('refuses a week beyond the scenario horizon', async () => {
    const r = await decodeShare(raw({ ...payload, week: 400 }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/week 400, but its scenario ends at week 78/);
  });

  it('version 2: a built-in and its changes is opened through the app\'s expander, then validated like a file', async () => {
    const short: ShortPayload = { v: 2, s: [{ b: 'steady-rhythm', p: { 'population.size': 80 }, a: [{ type: 'meetup', params: { mixing: 'random' }, at: 16 }] }, { n: 'mine', t: text }], i: 0, r: 9, w: 15 };
    const seen: PresetChanges[] = [];
    const expand: ExpandPreset = async (e) => {
      seen.push(e);
      return { ok: true, name: 'Steady rhythm', text: `${text}\npopulation:\n  size: ${e.p!['population.size']}\n` };
    };
    const enc = encodeShare(short);
    // A built-in with a couple of changes fits a projector's QR code many times over.
    expect(shareUrl('https://example.org/coalesce/', { ...short, s: [short.s[0]] }).length).toBeLessThan(300);
    const r = await decodeShare(enc, expand);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(seen).toEqual([short.s[0]]);
    expect(r.value.payload).toMatchObject({ index: 0, seed: 9, week: 15 });
    expect(r.value.parsed[0].population.size).toBe(80);
    expect(r.value.payload.scenarios[1]).toEqual({ name: 'mine', text });
    // Without the app's expander such a link cannot be opened, and says so.
    const none = await decodeShare(enc);
    expect(none.ok).toBe(false);
    if (!none.ok) expect(none.message).toMatch(/built-in/);
  });

  it('version 2: hostile entries are refused before the expander sees them, with a message', async () => {
    const ok: ShortPayload = { v: 2, s: [{ b: 'steady-rhythm' }], i: 0, r: 1, w: 0 };
    let called = 0;
    const expand: ExpandPreset = async () => {
      called++;
      return { ok: true, name: 'x', text };
    };
    const cases: [unknown, RegExp][] = [
      [{ ...ok, s: [{ b: '../../etc/passwd' }] }, /names no built-in/],
      [{ ...ok, s: [{ b: 'steady-rhythm', p: { '__proto__.polluted': 1 } }] }, /not a parameter/],
      [{ ...ok, s: [{ b: 'steady-rhythm', p: { seed: 3 } }] }, /not a parameter/],
      [{ ...ok, s: [{ b: 'steady-rhythm', p: { 'population.size': '80' } }] }, /not a number/],
      [{ ...ok, s: [{ b: 'steady-rhythm', p: [1, 2] }] }, /parameters that are not/],
      [{ ...ok, s: [{ b: 'steady-rhythm', a: 'meetup' }] }, /adds actions that are not actions/],
      [{ ...ok, s: [{ b: 'steady-rhythm', d: [{ type: 7 }] }] }, /removes actions that are not actions/],
      [{ ...ok, s: [{ b: 'steady-rhythm', a: Array(201).fill({ type: 'meetup', params: {}, at: 2 }) }] }, /adds actions/],
      [{ ...ok, s: [{ b: 'steady-rhythm', n: 'x'.repeat(81) }] }, /name/],
      [{ ...ok, s: [7] }, /not a scenario/],
      [{ ...ok, s: [] }, /1 to 4 scenarios/],
      [{ ...ok, r: 2 ** 32 }, /seed/],
      [{ ...ok, w: -1 }, /week/],
      [{ ...ok, i: 1 }, /does not hold/],
    ];
    for (const [o, re] of cases) {
      const r = await decodeShare(raw(o), expand);
      expect(r.ok, JSON.stringify(o).slice(0, 80)).toBe(false);
      if (!r.ok) expect(r.message).toMatch(re);
    }
    expect(called).toBe(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('version 2: what the expander writes is validated like a file, and its refusal is passed on', async () => {
    const ok: ShortPayload = { v: 2, s: [{ b: 'steady-rhythm', p: { 'population.size': 99999 } }], i: 0, r: 1, w: 0 };
    const bad = await decodeShare(encodeShare(ok), async () => ({ ok: true, name: 'Steady rhythm', text: 'schemaVersion: 1\npopulation:\n  size: 99999\n' }));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors[0]).toMatchObject({ file: 'share link (Steady rhythm)', path: 'population.size' });
    const no = await decodeShare(encodeShare({ ...ok, s: [{ b: 'no-such-thing' }] }), async (e) => ({ ok: false, message: `The share link names a built-in scenario this Coalesce does not have (${e.b}).` }));
    expect(no.ok).toBe(false);
    if (!no.ok) expect(no.message).toMatch(/does not have \(no-such-thing\)/);
  });
});
