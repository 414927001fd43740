// A participatory run in the room (issue 19, part B) with real clients: each
// phone gets a member, its decisions reach the model, a phone that does not
// decide is played by the model, the exported file replays the same numbers,
// and a restarted server resumes the run where it was.
import { readFileSync } from 'node:fs';
import type { Socket } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Simulation } from '../../src/model/index.ts';
import { parseScenario } from '../../src/scenario/parse.ts';
import type { PhoneView, TrainerView } from '../../src/room/views.ts';
import { ask, client, connected, next, startTestRoom, type TestRoom } from './room-helpers.ts';

let room: TestRoom;
const sockets: Socket[] = [];
const open = async () => {
  const s = client(room.url);
  sockets.push(s);
  return connected(s);
};
const SCENARIO = readFileSync(new URL('../../scenarios/steady-rhythm.yaml', import.meta.url), 'utf8');

beforeAll(async () => {
  room = await startTestRoom();
});
afterEach(() => {
  for (const s of sockets.splice(0)) s.disconnect();
});
afterAll(async () => {
  await room.close();
});

async function setUp(phones: number) {
  const t = await open();
  const c = await ask<{ code: string; secret: string }>(t, 'trainer:create', { lang: 'en' });
  if (!c.ok) throw new Error(c.reason);
  const ps: { s: Socket; token: string; view: PhoneView | null }[] = [];
  for (let i = 0; i < phones; i++) {
    const s = await open();
    const j = await ask<{ token: string }>(s, 'join', { code: c.code });
    const entry = { s, token: j.ok ? j.token : '', view: null as PhoneView | null };
    s.on('state', (v: PhoneView) => (entry.view = v));
    ps.push(entry);
  }
  let tview: TrainerView | null = null;
  t.on('trainer-state', (v: TrainerView) => (tview = v));
  return { t, code: c.code, secret: c.secret, ps, trainer: () => tview! };
}

const settle = () => new Promise((r) => setTimeout(r, 120));

describe('a participatory run', () => {
  it('seats each phone on its own member, takes their decisions into the model and replays exactly from the export', async () => {
    const { t, ps, trainer } = await setUp(4);
    expect(await ask(t, 'trainer:runStart', { scenario: SCENARIO, name: 'Steady rhythm', seed: 7, timer: 0, seq: 1 })).toEqual({ ok: true });
    await settle();
    const seats = ps.map((p) => p.view!.run!.seat!.id);
    expect(new Set(seats).size).toBe(4);
    // Spread over the organisations: four phones, four organisations.
    expect(new Set(ps.map((p) => p.view!.run!.seat!.org)).size).toBe(4);
    let seq = 1;
    for (let week = 0; week < 4; week++) {
      seq++;
      // Phones 0–2 decide; phone 3 never does and is played by the model.
      for (let i = 0; i < 3; i++) {
        const me = ps[i].view!.run!.me!;
        const talkTo = me.canTalkTo[0] ?? null;
        const r = await ask(ps[i].s, 'decide', { week, attend: i !== 1, talkTo, share: talkTo !== null && i === 0 ? 'oneOnOne' : 'none', seq });
        expect(r, `phone ${i} week ${week}`).toEqual({ ok: true });
      }
      await settle();
      expect(trainer().run!.played.filter((p) => p.decided).length).toBe(3);
      expect(await ask(t, 'trainer:runWeek', { week, seq: week + 2 })).toEqual({ ok: true });
      await settle();
    }
    const v = trainer().run!;
    expect(v.week).toBe(4);
    expect(ps[3].view!.run!.playedByModel).toEqual([0, 1, 2, 3]);
    expect(ps[0].view!.run!.playedByModel).toEqual([]);
    // The export carries the 12 decisions and replays the same numbers.
    const exp = await ask<{ text: string }>(t, 'trainer:runExport', { seq: 6 });
    const parsed = parseScenario(exp.ok ? exp.text : '');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.scenario.decisions?.length).toBe(12);
    expect(parsed.scenario.decisions!.filter((d) => d.member === seats[1]).every((d) => d.attend === false)).toBe(true);
    const replay = new Simulation(parsed.scenario);
    replay.tick(4);
    const again = new Simulation(parsed.scenario);
    again.tick(4);
    expect(replay.columns().meanTrust).toEqual(again.columns().meanTrust);
    // The decisions reach the model: without them the run differs.
    const without = new Simulation({ ...parsed.scenario, decisions: [] });
    without.tick(4);
    const a = replay.snapshot(), b = without.snapshot();
    expect(Array.from(a.members.energy)).not.toEqual(Array.from(b.members.energy));
    // The phone's view is the model's: energy as the replay has it.
    expect(ps[0].view!.run!.me!.energy).toBeCloseTo(a.members.energy[seats[0]], 5);
  });

  it('refuses decisions out of turn, twice in a week, or for nobody to talk to', async () => {
    const { t, ps } = await setUp(1);
    await ask(t, 'trainer:runStart', { scenario: SCENARIO, name: 'x', seed: 1, timer: 0, seq: 1 });
    await settle();
    const me = ps[0].view!.run!.me!;
    expect(await ask(ps[0].s, 'decide', { week: 3, attend: true, talkTo: null, share: 'none', seq: 1 })).toMatchObject({ ok: false, reason: 'out-of-turn' });
    expect(await ask(ps[0].s, 'decide', { week: 0, attend: true, talkTo: null, share: 'oneOnOne', seq: 2 })).toMatchObject({ ok: false, reason: 'malformed' });
    const stranger = [...Array(60).keys()].find((i) => !me.canTalkTo.includes(i) && i !== ps[0].view!.run!.seat!.id)!;
    expect(await ask(ps[0].s, 'decide', { week: 0, attend: true, talkTo: stranger, share: 'none', seq: 3 })).toMatchObject({ ok: false, reason: 'malformed' });
    expect(await ask(ps[0].s, 'decide', { week: 0, attend: true, talkTo: null, share: 'none', seq: 4 })).toEqual({ ok: true });
    expect(await ask(ps[0].s, 'decide', { week: 0, attend: false, talkTo: null, share: 'none', seq: 5 })).toMatchObject({ ok: false, reason: 'out-of-turn' });
    expect(await ask(ps[0].s, 'trainer:runWeek', { week: 0, seq: 6 })).toMatchObject({ ok: false, reason: 'not-the-trainer' });
    expect(await ask(t, 'trainer:runWeek', { week: 0, seq: 2 })).toEqual({ ok: true });
    // A second press for the same week (a double click) runs nothing.
    expect(await ask(t, 'trainer:runWeek', { week: 0, seq: 3 })).toMatchObject({ ok: false, reason: 'out-of-turn' });
  });

  it('with a decision timer the week runs by itself, and the model plays whoever did not decide', async () => {
    const { t, ps, trainer } = await setUp(2);
    await ask(t, 'trainer:runStart', { scenario: SCENARIO, name: 'x', seed: 3, timer: 0, seq: 1 });
    await settle();
    await ask(ps[0].s, 'decide', { week: 0, attend: true, talkTo: null, share: 'none', seq: 1 });
    // The smallest timer of the protocol is one second.
    expect(await ask(t, 'trainer:runTimer', { timer: 1, seq: 2 })).toEqual({ ok: true });
    await next<TrainerView>(t, 'trainer-state', (v) => v.run?.week === 1);
    expect(trainer().run!.week).toBe(1);
    await settle();
    expect(ps[1].view!.run!.playedByModel).toEqual([0]);
    expect(ps[0].view!.run!.playedByModel).toEqual([]);
  });

  it('survives a restart: the run, its week, its decisions and each phone\'s member', async () => {
    const { t, code, secret, ps } = await setUp(2);
    await ask(t, 'trainer:runStart', { scenario: SCENARIO, name: 'x', seed: 11, timer: 0, seq: 1 });
    await settle();
    await ask(ps[0].s, 'decide', { week: 0, attend: false, talkTo: null, share: 'none', seq: 1 });
    await ask(t, 'trainer:runWeek', { week: 0, seq: 2 });
    await ask(ps[1].s, 'decide', { week: 1, attend: true, talkTo: null, share: 'none', seq: 1 });
    await settle();
    const seat = ps[0].view!.run!.seat!.id;
    const energy = ps[0].view!.run!.me!.energy;
    const tokens = ps.map((p) => p.token);
    for (const s of sockets.splice(0)) s.disconnect();
    await room.restart();
    const tab = await open();
    const r = await ask<{ view: TrainerView }>(tab, 'trainer:resume', { code, secret });
    expect(r.ok && r.view.run).toMatchObject({ week: 1, decisions: 2 });
    expect(r.ok && r.view.run!.played.find((p) => p.id === ps[1].view!.run!.seat!.id)?.decided).toBe(true);
    const phone = await open();
    const back = await ask<{ view: PhoneView }>(phone, 'join', { code, token: tokens[0] });
    expect(back.ok && back.view.run?.seat?.id).toBe(seat);
    expect(back.ok && back.view.run?.me?.energy).toBeCloseTo(energy, 10);
  });

  it('gives a phone that joins during the run a member of its own, and no phone learns who plays the others', async () => {
    const { t, code, ps } = await setUp(2);
    await ask(t, 'trainer:runStart', { scenario: SCENARIO, name: 'x', seed: 5, timer: 0, seq: 1 });
    await settle();
    const late = await open();
    const j = await ask<{ view: PhoneView }>(late, 'join', { code, nickname: 'Latecomer' });
    expect(j.ok).toBe(true);
    const seat = j.ok ? j.view.run?.seat?.id : undefined;
    expect(seat).toBeTypeOf('number');
    expect(ps.map((p) => p.view!.run!.seat!.id)).not.toContain(seat);
    await settle();
    for (const p of ps) expect(JSON.stringify(p.view)).not.toContain('Latecomer');
  });
});
