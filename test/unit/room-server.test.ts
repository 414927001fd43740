// The workshop room's server with real socket.io clients (issue 19): rooms,
// answers and the tally, phones coming back with their token, the trainer's
// secret, the cap per room, the snapshot on disk and a restart.
import { readdirSync, readFileSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import type { Socket } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS, formatCode, normaliseCode } from '../../src/room/protocol.ts';
import type { PhoneView, TrainerView } from '../../src/room/views.ts';
import { ask, client, connected, next, startTestRoom, type TestRoom } from './room-helpers.ts';

let room: TestRoom;
const sockets: Socket[] = [];
const open = async (extra: { origin?: string } = {}) => {
  const s = client(room.url, extra);
  sockets.push(s);
  return connected(s);
};

beforeAll(async () => {
  room = await startTestRoom();
});
afterEach(() => {
  for (const s of sockets.splice(0)) s.disconnect();
});
afterAll(async () => {
  await room.close();
});

async function newRoom() {
  const t = await open();
  const r = await ask<{ code: string; secret: string; view: TrainerView }>(t, 'trainer:create', { lang: 'en' });
  if (!r.ok) throw new Error(r.reason);
  return { t, code: r.code, secret: r.secret };
}

const POLL = { kind: 'quick', question: 'Which strategy would you try next?', options: [{ id: 'a', text: 'Steady rhythm' }, { id: 'b', text: 'Big launch' }, { id: 'c', text: 'Weaver' }] };

describe('room codes', () => {
  it('are 10 characters from 31 (49 bits), typed with or without dashes, any case', async () => {
    const { code } = await newRoom();
    expect(code).toMatch(/^[A-HJKMNP-Z2-9]{10}$/);
    expect(normaliseCode(formatCode(code).toLowerCase())).toBe(code);
    expect(normaliseCode('ABCD-EFGH-I1')).toBeNull();
  });

  it('differ between rooms', async () => {
    const codes = new Set<string>();
    for (let i = 0; i < 20; i++) codes.add((await newRoom()).code);
    expect(codes.size).toBe(20);
  });
});

describe('a round of answers', () => {
  it('reaches the trainer as a live tally, and the phones see the distribution at the reveal', async () => {
    const { t, code } = await newRoom();
    const phones = await Promise.all([0, 1, 2].map(() => open()));
    for (const p of phones) expect((await ask(p, 'join', { code })).ok).toBe(true);
    const poll = await ask<{ round: string }>(t, 'trainer:poll', { ...POLL, seq: 1 });
    expect(poll.ok).toBe(true);
    const round = poll.ok ? poll.round : '';
    const picks = ['a', 'b', 'a'];
    const tally = next<TrainerView>(t, 'trainer-state', (v) => v.round?.answered === 3);
    for (let i = 0; i < 3; i++) expect(await ask(phones[i], 'answer', { round, choice: picks[i], seq: 1 })).toEqual({ ok: true });
    const v = await tally;
    expect(v.round!.counts).toEqual({ a: 2, b: 1, c: 0 });
    expect(v.joined).toBe(3);
    // Before the reveal a phone sees its own answer and no counts.
    const before = next<PhoneView>(phones[1], 'state', (s) => s.round?.open === false);
    expect((await ask(t, 'trainer:reveal', { round, seq: 2 })).ok).toBe(true);
    const after = await before;
    expect(after.round!.mine).toBe('b');
    expect(after.round!.counts).toEqual({ a: 2, b: 1, c: 0 });
    // Closed: no more answers; kept in the history without names.
    const late = await open();
    await ask(late, 'join', { code });
    expect(await ask(late, 'answer', { round, choice: 'c', seq: 1 })).toMatchObject({ ok: false, reason: 'out-of-turn' });
    const hist = await next<TrainerView>(t, 'trainer-state');
    expect(hist.history.at(-1)).toMatchObject({ id: round, counts: { a: 2, b: 1, c: 0 }, answered: 3 });
  });

  it('locks an answer once sent and refuses a replayed message', async () => {
    const { t, code } = await newRoom();
    const p = await open();
    await ask(p, 'join', { code });
    const poll = await ask<{ round: string }>(t, 'trainer:poll', { ...POLL, seq: 1 });
    const round = poll.ok ? poll.round : '';
    expect((await ask(p, 'answer', { round, choice: 'a', seq: 1 })).ok).toBe(true);
    expect(await ask(p, 'answer', { round, choice: 'a', seq: 1 })).toMatchObject({ ok: false, reason: 'replayed' });
    expect(await ask(p, 'answer', { round, choice: 'b', seq: 2 })).toMatchObject({ ok: false, reason: 'out-of-turn' });
    expect(await ask(t, 'trainer:poll', { ...POLL, seq: 1 })).toMatchObject({ ok: false, reason: 'replayed' });
  });
});

describe('a phone that comes back', () => {
  it('with its token gets the same member and answers; without one it is somebody new', async () => {
    const { t, code } = await newRoom();
    const p = await open();
    const j = await ask<{ token: string; view: PhoneView }>(p, 'join', { code, nickname: 'Ana' });
    expect(j.ok).toBe(true);
    const token = j.ok ? j.token : '';
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const poll = await ask<{ round: string }>(t, 'trainer:poll', { ...POLL, seq: 1 });
    const round = poll.ok ? poll.round : '';
    await ask(p, 'answer', { round, choice: 'c', seq: 1 });
    p.disconnect();
    const again = await open();
    const back = await ask<{ token?: string; view: PhoneView }>(again, 'join', { code, token });
    expect(back.ok && back.token).toBe(undefined);
    expect(back.ok && back.view.round?.mine).toBe('c');
    expect(back.ok && back.view.nickname).toBe('Ana');
    expect(back.ok && back.view.seq).toBe(1);
    const other = await open();
    const fresh = await ask<{ token: string; view: PhoneView }>(other, 'join', { code });
    expect(fresh.ok && fresh.view.round?.mine).toBe(null);
    expect(fresh.ok && fresh.token).not.toBe(token);
  });
});

describe('the trainer', () => {
  it('is whoever holds the secret: a reloaded tab resumes, a wrong secret or code does not', async () => {
    const { code, secret } = await newRoom();
    const tab = await open();
    const r = await ask<{ view: TrainerView }>(tab, 'trainer:resume', { code, secret });
    expect(r.ok && r.view.code).toBe(code);
    const wrong = await open();
    expect(await ask(wrong, 'trainer:resume', { code, secret: 'x'.repeat(43) })).toMatchObject({ ok: false, reason: 'not-the-trainer' });
    const { code: other } = await newRoom();
    expect(await ask(wrong, 'trainer:resume', { code: other, secret })).toMatchObject({ ok: false, reason: 'not-the-trainer' });
  });

  it('closes the room: phones are told, and nothing of it stays on disk', async () => {
    const { t, code } = await newRoom();
    const p = await open();
    await ask(p, 'join', { code });
    await new Promise((r) => setTimeout(r, 100));
    expect(readdirSync(room.dataDir)).toContain(`${code}.json`);
    const closed = next(p, 'closed');
    expect((await ask(t, 'trainer:close', { seq: 1 })).ok).toBe(true);
    await closed;
    await new Promise((r) => setTimeout(r, 100));
    expect(readdirSync(room.dataDir)).not.toContain(`${code}.json`);
    const q = await open();
    expect(await ask(q, 'join', { code })).toMatchObject({ ok: false, reason: 'no-such-room' });
  });
});

describe('the cap', () => {
  it(`takes ${LIMITS.participants} participants and refuses the next`, async () => {
    const { t, code } = await newRoom();
    const phones = await Promise.all(Array.from({ length: LIMITS.participants }, () => open()));
    const full = next<TrainerView>(t, 'trainer-state', (x) => x.joined === LIMITS.participants);
    const joins = await Promise.all(phones.map((p) => ask(p, 'join', { code })));
    expect(joins.every((j) => j.ok)).toBe(true);
    const extra = await open();
    expect(await ask(extra, 'join', { code })).toMatchObject({ ok: false, reason: 'room-full' });
    const v = await full;
    expect(v.connected).toBe(LIMITS.participants);
  });
});

describe('a restart', () => {
  it('resumes every room from its snapshot: the trainer, the phones, their answers and the open question', async () => {
    const { t, code, secret } = await newRoom();
    const p = await open();
    const j = await ask<{ token: string }>(p, 'join', { code });
    const token = j.ok ? j.token : '';
    const poll = await ask<{ round: string }>(t, 'trainer:poll', { ...POLL, seq: 1 });
    const round = poll.ok ? poll.round : '';
    await ask(p, 'answer', { round, choice: 'b', seq: 1 });
    await new Promise((r) => setTimeout(r, 100));
    // Only hashes on disk: the snapshot lets nobody in.
    const text = readFileSync(join(room.dataDir, `${code}.json`), 'utf8');
    expect(text).not.toContain(secret);
    expect(text).not.toContain(token);
    for (const s of sockets.splice(0)) s.disconnect();
    await room.restart();
    const tab = await open();
    const r = await ask<{ view: TrainerView }>(tab, 'trainer:resume', { code, secret });
    expect(r.ok && r.view.round).toMatchObject({ id: round, open: true, counts: { a: 0, b: 1, c: 0 } });
    const phone = await open();
    const back = await ask<{ view: PhoneView }>(phone, 'join', { code, token });
    expect(back.ok && back.view.round?.mine).toBe('b');
    // The trainer goes on numbering from where it was.
    expect(await ask(tab, 'trainer:reveal', { round, seq: 1 })).toMatchObject({ ok: false, reason: 'replayed' });
    expect((await ask(tab, 'trainer:reveal', { round, seq: 2 })).ok).toBe(true);
  });

  it('deletes a room nobody used for 14 days, and keeps the others', async () => {
    const { code: old } = await newRoom();
    const { code: recent } = await newRoom();
    await new Promise((r) => setTimeout(r, 100));
    const longAgo = new Date(Date.now() - 15 * 86_400_000);
    utimesSync(join(room.dataDir, `${old}.json`), longAgo, longAgo);
    for (const s of sockets.splice(0)) s.disconnect();
    await room.restart();
    expect(readdirSync(room.dataDir)).not.toContain(`${old}.json`);
    expect(readdirSync(room.dataDir)).toContain(`${recent}.json`);
    const p = await open();
    expect(await ask(p, 'join', { code: old })).toMatchObject({ ok: false, reason: 'no-such-room' });
    expect((await ask(p, 'join', { code: recent })).ok).toBe(true);
  });
});
