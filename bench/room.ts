// The workshop room under a full room (issue 19): 300 participants, each a
// socket.io client from this process, join one room, vote in one round (their
// votes spread over 5 s, as a room answers), then decide for 10 weeks of a
// participatory run where every one of them plays a member. The server runs
// in its own process (bench/room-server.ts) with its snapshots on disk.
// Prints: the time for all 300 to join; vote → trainer's tally latency,
// median and p95 (target < 250 ms); per week, the time until every decision
// is in the trainer's view and the time to run the week and reach all 300
// phones; the server's CPU time and peak memory (target < 200 MB).
// Part of `npm run bench`; alone: `npx tsx bench/room.ts` (BENCH_ROOM_N=300).
import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { io, type Socket } from 'socket.io-client';
import { parseScenario } from '../src/scenario/parse.ts';
import { stringifyScenario } from '../src/scenario/serialize.ts';
import type { Ack } from '../src/room/protocol.ts';
import type { PhoneView, TrainerView } from '../src/room/views.ts';

const N = Number(process.env.BENCH_ROOM_N ?? 300);
const WEEKS = 10;

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}
const ms = (x: number) => `${x.toFixed(0)} ms`;
const connect = (url: string) => io(url, { transports: ['websocket'], forceNew: true, reconnection: false });
const ask = async <T>(s: Socket, e: string, m: unknown) => (await s.timeout(30_000).emitWithAck(e, m)) as Ack<T>;

/** A tiny seeded generator: the bench's choices are the same every run. */
function lcg(seed: number) {
  let x = seed >>> 0;
  return () => ((x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

export async function benchRoom(): Promise<void> {
  console.log(`== workshop room: ${N} participants (socket.io clients in this process), one server process`);
  const child = fork(new URL('./room-server.ts', import.meta.url), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const port = await new Promise<number>((res) => child.once('message', (m: any) => res(m.port)));
  const url = `http://127.0.0.1:${port}`;
  const usage = () => new Promise<{ cpuMs: number; maxRssKb: number }>((res) => { child.once('message', (m: any) => res(m)); child.send('usage'); });
  const rand = lcg(19);
  const idle = await usage();
  const t0 = performance.now();

  const trainer = connect(url);
  const created = await ask<{ code: string }>(trainer, 'trainer:create', { lang: 'en' });
  if (!created.ok) throw new Error(created.reason);
  const code = created.code;
  let tview: TrainerView | null = null;
  const onTrainer: ((v: TrainerView) => void)[] = [];
  trainer.on('trainer-state', (v: TrainerView) => {
    tview = v;
    for (const f of onTrainer) f(v);
  });
  let tseq = 0;

  // Join.
  const joinStart = performance.now();
  const phones: { s: Socket; view: PhoneView | null; seq: number }[] = await Promise.all(
    Array.from({ length: N }, async () => {
      const s = connect(url);
      const p = { s, view: null as PhoneView | null, seq: 0 };
      s.on('state', (v: PhoneView) => (p.view = v));
      const r = await ask<{ view: PhoneView }>(s, 'join', { code });
      if (!r.ok) throw new Error(`join refused: ${r.reason}`);
      p.view = r.view;
      return p;
    }),
  );
  const joinMs = performance.now() - joinStart;
  console.log(`join: all ${N} in ${ms(joinMs)}`);

  // One round of votes, spread over 5 s.
  const poll = await ask<{ round: string }>(trainer, 'trainer:poll', { kind: 'quick', question: 'Which strategy would you try next?', options: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: id })), seq: ++tseq });
  if (!poll.ok) throw new Error(poll.reason);
  const sent: number[] = [];
  const seen: { answered: number; at: number }[] = [];
  onTrainer.push((v) => v.round && seen.push({ answered: v.round.answered, at: performance.now() }));
  const allIn = new Promise<void>((res) => onTrainer.push((v) => v.round?.answered === N && res()));
  await Promise.all(phones.map(async (p) => {
    await new Promise((r) => setTimeout(r, rand() * 5000));
    const at = performance.now();
    const r = await ask(p.s, 'answer', { round: poll.round, choice: ['a', 'b', 'c', 'd'][Math.floor(rand() * 4)], seq: ++p.seq });
    if (!r.ok) throw new Error(`vote refused: ${r.reason}`);
    sent.push(at);
  }));
  await allIn;
  // The k-th vote accepted is in the first tally that counts k votes (acks arrive in the order the server accepted them).
  const latency = sent.map((at, k) => seen.find((x) => x.answered >= k + 1)!.at - at);
  console.log(`vote → trainer's tally: median ${ms(quantile(latency, 0.5))}, p95 ${ms(quantile(latency, 0.95))}, max ${ms(Math.max(...latency))} (target < 250 ms)`);

  // A participatory run with a member for everyone: the reference scenario with room for all.
  const base = readFileSync(new URL('../scenarios/steady-rhythm.yaml', import.meta.url), 'utf8');
  const parsed = parseScenario(base, { overrides: [`population.size=${Math.max(60, N + 40)}`] });
  if (!parsed.ok) throw new Error('scenario');
  const text = stringifyScenario(parsed.scenario);
  const started = await ask(trainer, 'trainer:runStart', { scenario: text, name: 'bench', seed: 42, timer: 0, seq: ++tseq });
  if (!started.ok) throw new Error(`run refused: ${started.reason} ${started.detail}`);
  const decideMs: number[] = [];
  const weekMs: number[] = [];
  for (let week = 0; week < WEEKS; week++) {
    await waitFor(() => phones.every((p) => p.view?.run?.week === week && p.view.run.me !== null));
    const d0 = performance.now();
    const decided = new Promise<void>((res) => onTrainer.push((v) => v.run?.week === week && v.run.played.every((x) => x.decided) && res()));
    await Promise.all(phones.map(async (p) => {
      const me = p.view!.run!.me!;
      const talkTo = me.canTalkTo.length && rand() < 0.7 ? me.canTalkTo[Math.floor(rand() * me.canTalkTo.length)] : null;
      const attend = rand() < 0.6;
      const r = await ask(p.s, 'decide', { week, attend, talkTo, share: talkTo !== null && rand() < 0.2 ? 'oneOnOne' : 'none', seq: ++p.seq });
      if (!r.ok) throw new Error(`decision refused: ${r.reason} ${r.detail}`);
    }));
    await decided;
    decideMs.push(performance.now() - d0);
    const w0 = performance.now();
    const r = await ask(trainer, 'trainer:runWeek', { week, seq: ++tseq });
    if (!r.ok) throw new Error(`week refused: ${r.reason}`);
    await waitFor(() => phones.every((p) => p.view?.run?.week === week + 1));
    weekMs.push(performance.now() - w0);
  }
  console.log(`decisions: all ${N} in the trainer's view ${ms(quantile(decideMs, 0.5))} median after they are sent (${WEEKS} weeks, max ${ms(Math.max(...decideMs))})`);
  console.log(`run a week and reach all ${N} phones: median ${ms(quantile(weekMs, 0.5))}, p95 ${ms(quantile(weekMs, 0.95))}`);
  const u = await usage();
  const wall = performance.now() - t0;
  console.log(`server: ${(u.cpuMs / 1000).toFixed(1)} s CPU over ${(wall / 1000).toFixed(1)} s (${((100 * u.cpuMs) / wall).toFixed(0)}% of one core), peak memory ${(u.maxRssKb / 1024).toFixed(0)} MB (target < 200 MB; ${(idle.maxRssKb / 1024).toFixed(0)} MB of it before anyone joined: Node, socket.io and tsx's loader); ${(tview as TrainerView | null)?.run?.decisions ?? 0} decisions in the run`);
  for (const p of phones) p.s.disconnect();
  trainer.disconnect();
  child.send('stop');
  await new Promise((r) => child.once('exit', r));
}

async function waitFor(ok: () => boolean, timeout = 60_000): Promise<void> {
  const t0 = performance.now();
  while (!ok()) {
    if (performance.now() - t0 > timeout) throw new Error('bench: timed out waiting');
    await new Promise((r) => setTimeout(r, 5));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchRoom();
