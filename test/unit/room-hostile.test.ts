// Hostile messages against the real room server (issue 19): bad JSON, wrong
// types, huge payloads, a wrong room code, a participant acting as the
// trainer, a flood of votes, a nickname with markup, an unknown message, a
// foreign origin. Each is refused with a reason and logged; the server keeps
// serving the room throughout (checked after every test).
import WebSocket from 'ws';
import type { Socket } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PhoneView, TrainerView } from '../../src/room/views.ts';
import { ask, client, connected, next, startTestRoom, type TestRoom } from './room-helpers.ts';

let room: TestRoom;
let trainer: Socket;
let code = '';
let round = '';
let tseq = 0;
const sockets: Socket[] = [];
const open = async (extra: { origin?: string } = {}) => {
  const s = client(room.url, extra);
  sockets.push(s);
  return connected(s);
};
const phone = async () => {
  const p = await open();
  const j = await ask<{ token: string; view: PhoneView }>(p, 'join', { code });
  if (!j.ok) throw new Error(j.reason);
  return p;
};

beforeAll(async () => {
  room = await startTestRoom();
  trainer = client(room.url);
  await connected(trainer);
  const r = await ask<{ code: string }>(trainer, 'trainer:create', { lang: 'nl' });
  code = r.ok ? r.code : '';
  const p = await ask<{ round: string }>(trainer, 'trainer:poll', { kind: 'quick', question: { en: 'Which?', nl: 'Welke?' }, options: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }], seq: ++tseq });
  round = p.ok ? p.round : '';
});

afterEach(async () => {
  for (const s of sockets.splice(0)) s.disconnect();
  // The server still serves the room: a new phone joins and the trainer still hears.
  const p = await phone();
  expect(p.connected).toBe(true);
  expect(trainer.connected).toBe(true);
  p.disconnect();
});

afterAll(async () => {
  trainer.disconnect();
  await room.close();
});

const refusals = () => room.logs.filter((l) => l.includes('"event":"refused"'));

describe('hostile messages', () => {
  it('bad JSON on the raw socket: the connection is dropped by the parser, the server goes on', async () => {
    const ws = new WebSocket(`${room.url.replace('http', 'ws')}/socket.io/?EIO=4&transport=websocket`);
    const got: string[] = [];
    const closed = new Promise((r) => ws.once('close', r));
    ws.on('message', (m) => got.push(String(m)));
    await new Promise((r) => ws.once('open', r));
    ws.send('40');
    await expect.poll(() => got.some((m) => m.startsWith('40{'))).toBe(true); // socket.io's connect
    const t0 = Date.now();
    ws.send('42["join",{"code":"AAAA'); // cut off mid-JSON
    await closed;
    expect(Date.now() - t0).toBeLessThan(2000); // closed for the message, not by a ping timeout
    await expect.poll(() => room.logs.some((l) => l.includes('not a socket.io message'))).toBe(true);
  });

  it('wrong types are refused as malformed, naming the field', async () => {
    const p = await phone();
    expect(await ask(p, 'answer', { round, choice: 42, seq: 1 })).toMatchObject({ ok: false, reason: 'malformed', detail: expect.stringContaining('choice') });
    expect(await ask(p, 'answer', 'a string')).toMatchObject({ ok: false, reason: 'malformed' });
    expect(await ask(p, 'answer', { round, choice: 'a', seq: -1 })).toMatchObject({ ok: false, reason: 'malformed', detail: expect.stringContaining('seq') });
    expect(await ask(p, 'answer', { round, choice: 'a', seq: 1, extra: true })).toMatchObject({ ok: false, reason: 'malformed' });
    expect(await ask(p, 'answer', { round, choice: 'zz', seq: 1 })).toMatchObject({ ok: false, reason: 'malformed', detail: 'no such option' });
    expect(await ask(p, 'decide', { week: 'one', attend: 'yes', talkTo: null, share: 'all', seq: 2 })).toMatchObject({ ok: false, reason: 'malformed' });
    const bad = await new Promise<unknown>((res) => {
      p.once('refused', res);
      p.emit('answer', { round, choice: 'a', seq: 1 }, 'two messages');
    });
    expect(bad).toMatchObject({ reason: 'malformed', event: 'answer' });
    expect(refusals().length).toBeGreaterThan(0);
  });

  it('a huge payload: a participant message over 2 kB is refused; over 256 kB the connection is closed', async () => {
    const p = await phone();
    expect(await ask(p, 'answer', { round, choice: 'a'.repeat(5000), seq: 1 })).toMatchObject({ ok: false, reason: 'too-large' });
    const gone = new Promise((r) => p.once('disconnect', r));
    p.emit('answer', { round, choice: 'x'.repeat(2_000_000), seq: 2 });
    await gone;
    expect(p.connected).toBe(false);
  });

  it('a wrong room code finds nothing, and says so', async () => {
    const p = await open();
    expect(await ask(p, 'join', { code: 'ZZZZ-ZZZZ-ZZ' })).toMatchObject({ ok: false, reason: 'no-such-room' });
    expect(await ask(p, 'join', { code: '<script>' })).toMatchObject({ ok: false, reason: 'malformed' });
    expect(await ask(p, 'answer', { round, choice: 'a', seq: 1 })).toMatchObject({ ok: false, reason: 'not-joined' });
  });

  it('a participant acting as the trainer is refused every trainer message', async () => {
    const p = await phone();
    for (const [e, m] of [
      ['trainer:poll', { kind: 'quick', question: 'Hijack?', options: [{ id: 'x', text: 'x' }, { id: 'y', text: 'y' }], seq: 99 }],
      ['trainer:reveal', { round, seq: 99 }],
      ['trainer:runWeek', { week: 0, seq: 99 }],
      ['trainer:close', { seq: 99 }],
      ['trainer:create', { lang: 'en' }],
    ] as const) {
      expect(await ask(p, e, m), e).toMatchObject({ ok: false, reason: 'not-the-trainer' });
    }
    // Guessing the secret gets the same refusal as a wrong code.
    expect(await ask(p, 'trainer:resume', { code, secret: 'A'.repeat(43) })).toMatchObject({ ok: false, reason: 'not-the-trainer' });
    const v = await ask<{ view: PhoneView }>(p, 'join', { code });
    expect(v.ok && v.view.round?.id).toBe(round);
  });

  it('a flood of votes counts once; the rest is rate-limited and logged as a count', async () => {
    const p = await phone();
    const tally = next<TrainerView>(trainer, 'trainer-state', (x) => x.round!.answered > 0);
    const answers = await Promise.all(Array.from({ length: 100 }, (_, i) => ask(p, 'answer', { round, choice: i % 2 ? 'a' : 'b', seq: i + 1 })));
    const ok = answers.filter((a) => a.ok).length;
    const limited = answers.filter((a) => !a.ok && a.reason === 'rate-limited').length;
    expect(ok).toBe(1);
    expect(limited).toBeGreaterThan(80);
    const v = await tally;
    expect(v.round!.answered).toBe(1);
    const counts = v.round!.counts;
    expect(counts.a + counts.b).toBe(v.round!.answered);
    await expect.poll(() => room.logs.some((l) => l.includes('"refused-more"')), { timeout: 3000 }).toBe(true);
  });

  it('a connection that keeps being refused is dropped', async () => {
    const p = await phone();
    const gone = new Promise((r) => p.once('disconnect', r));
    for (let i = 0; i < 300; i++) p.emit('nonsense', {});
    await gone;
    expect(room.logs.some((l) => l.includes('"dropped"'))).toBe(true);
  });

  it('a nickname with markup stays text: control characters removed, 24 characters at most', async () => {
    const p = await open();
    const nick = '<img src=x onerror=alert(1)>\u0000\u202e';
    const j = await ask<{ view: PhoneView }>(p, 'join', { code, nickname: nick });
    expect(j.ok && j.view.nickname).toBe('<img src=x onerror=alert'); // 24 characters, as typed: rendered as text by the pages
    const v = await next<TrainerView>(trainer, 'trainer-state', (x) => x.nicknames.length > 0);
    expect(v.nicknames).toContain('<img src=x onerror=alert');
  });

  it('an unknown message and a message without an acknowledgement are answered with a `refused` event', async () => {
    const p = await phone();
    const r = new Promise<unknown>((res) => p.once('refused', res));
    p.emit('become-admin', { please: true });
    expect(await r).toMatchObject({ event: 'become-admin', reason: 'unknown-message' });
    expect(await ask(p, 'become-admin', { please: true })).toMatchObject({ ok: false, reason: 'unknown-message' });
  });

  it('a browser from another origin cannot connect; the page\'s own origin can', async () => {
    const evil = client(room.url, { origin: 'http://evil.example' });
    sockets.push(evil);
    await expect(connected(evil)).rejects.toThrow();
    const own = await open({ origin: room.url });
    expect(own.connected).toBe(true);
    expect(room.logs.some((l) => l.includes('refused-origin'))).toBe(true);
  });
});
