// The workshop room end to end (issue 19), in Debian's chromium: the real
// `coalesce room` command (it builds the app), a trainer's browser and six
// phones (390 × 844). A lesson with live predictions (the count, then the
// room's distribution at the reveal), then four weeks of a participatory run
// (decisions reach the model; the downloaded file replays the same numbers),
// a phone that drops off the network and comes back to its member, and the
// server killed and restarted with everyone reconnecting by themselves.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Simulation } from '../../src/model/index.ts';
import { parseScenario } from '../../src/scenario/parse.ts';
import { ROOT, freePort, launch, type Browser } from './harness.ts';
import { waitShell } from './lesson-helpers.ts';

/* eslint-disable @typescript-eslint/no-explicit-any */

const PHONES = 6;
let out: string;
let data: string;
let port: number;
let url: string;
let server: ChildProcess | null = null;
let serverLog = '';
let trainer: Browser;
const phones: Browser[] = [];

/** `coalesce room` as a participant's laptop runs it (its own process group, so it can be killed whole). */
async function startRoom(): Promise<void> {
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'coalesce.mjs'), 'room', '--port', String(port), '--host', '127.0.0.1', '--dist', out, '--data', data], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
    env: { ...process.env, NODE_ENV: 'production' },
  });
  server = child;
  child.stdout!.on('data', (d) => (serverLog += d));
  child.stderr!.on('data', (d) => (serverLog += d));
  const t0 = Date.now();
  while (!serverLog.includes('Press Ctrl-C')) {
    if (child.exitCode !== null) throw new Error(`coalesce room exited:\n${serverLog}`);
    if (Date.now() - t0 > 240_000) throw new Error(`coalesce room did not start:\n${serverLog}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function killRoom(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
  const child = server!;
  server = null;
  return new Promise((res) => {
    child.once('exit', () => res());
    try {
      process.kill(-child.pid!, signal);
    } catch {
      child.kill(signal);
    }
  });
}

const phonePage = (i: number): Page => phones[i].page;
/** Open the Room panel (a click on its button toggles it). */
async function openPanel(t: Page): Promise<void> {
  const b = t.locator('[data-testid=room-button]');
  if ((await b.getAttribute('aria-expanded')) !== 'true') await b.click();
}
/** The participant page's state (its element is the page's only custom element). */
const phoneView = (p: Page) => p.evaluate(() => (document.querySelector('participant-app') as any).view);

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'coalesce-room-dist-'));
  rmSync(out, { recursive: true, force: true }); // missing: the command builds it
  data = mkdtempSync(join(tmpdir(), 'coalesce-room-data-'));
  port = await freePort();
  url = `http://127.0.0.1:${port}/`;
  await startRoom();
  trainer = await launch({ width: 1440, height: 900 });
  for (let i = 0; i < PHONES; i++) phones.push(await launch({ width: 390, height: 844, deviceScaleFactor: 2 }));
}, 300_000);

afterAll(async () => {
  for (const b of [trainer, ...phones]) await b?.close();
  if (server) await killRoom('SIGTERM');
  rmSync(out, { recursive: true, force: true });
  rmSync(data, { recursive: true, force: true });
});

let code = '';

describe('the workshop room', () => {
  it('builds the app when dist/ is missing, and prints the address to open', () => {
    expect(serverLog).toContain('has no build of the app');
    expect(serverLog).toContain(`Open on this laptop:  http://127.0.0.1:${port}/`);
  });

  it('keeps the lab as it was without a room: none of the room code on its first screen', async () => {
    const fetched: string[] = [];
    trainer.page.on('response', (r) => {
      const u = new URL(r.url());
      if (u.pathname.endsWith('.js')) fetched.push(u.pathname);
    });
    await trainer.page.goto(url);
    await waitShell(trainer.page);
    await trainer.page.waitForTimeout(500);
    const code = fetched.map((f) => readFileSync(join(out, f), 'utf8')).join('\n');
    // Neither the socket.io client nor the panel's code (its chunks are only named in dynamic imports).
    expect(code.includes('engine.io'), 'socket.io client on the first screen').toBe(false);
    expect(code.includes('Participants scan the code'), 'Room panel on the first screen').toBe(false);
    expect(fetched.length).toBeGreaterThan(3);
  });

  it('starts a room from the Room panel, with its QR code, short address and code; six phones join', async () => {
    const t = trainer.page;
    await openPanel(t);
    await t.locator('[data-testid=room-start]').click();
    await t.locator('[data-testid=room-qr]').waitFor();
    code = (await t.locator('room-panel [data-testid=room-code]').textContent())!.trim();
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{2}$/);
    expect(await t.locator('[data-testid=room-url]').textContent()).toContain(`/r/${code.replace(/-/g, '')}`);
    for (let i = 0; i < PHONES; i++) {
      const p = phonePage(i);
      await p.goto(`${url}r/${code.replace(/-/g, '')}`);
      if (i === 0) await p.locator('[data-testid=nick]').fill('<img src=x onerror=alert(1)>');
      await p.locator('[data-testid=join-button]').click();
      await p.locator('[data-testid=waiting]').waitFor();
    }
    await expect.poll(() => t.locator('[data-testid=room-count]').textContent()).toContain(`${PHONES} joined, ${PHONES} connected`);
    // The nickname is text: shown as typed (24 characters), no element made of it.
    expect(await t.locator('[data-testid=room-nicknames]').textContent()).toContain('<img src=x onerror=alert');
    expect(await t.locator('room-panel img:not([data-testid=room-qr])').count()).toBe(0);
    // The whole page with the panel open (the lab itself has none: a11y.e2e.ts).
    const axe = await new AxeBuilder({ page: t as any }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id), 'Room panel').toEqual([]);
    await t.locator('room-button .close').click();
  });

  it('puts the phone page under 100 kB gzip, made for a phone, with no serious axe violations', async () => {
    const p = phonePage(1);
    const files = await p.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((x) => /\.(js|css)$/.test(x)));
    const gz = files.reduce((a, f) => a + gzipSync(readFileSync(join(out, f)), { level: 9 }).length, 0);
    console.log(`participant page: ${(gz / 1024).toFixed(1)} kB gzip in ${files.length} files`);
    expect(gz).toBeLessThan(100 * 1024);
    const r = await new AxeBuilder({ page: p as any }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });

  it('asks a lesson\'s question on every phone, counts the answers live, and sets the room beside the runs at the reveal', async () => {
    const t = trainer.page;
    await t.evaluate(() => (location.hash = '#lessons/c2-energy/predict'));
    await t.locator('[data-testid=room-ask]').click();
    const picks = ['big-launch', 'steady-rhythm', 'steady-rhythm', 'value-first', 'steady-rhythm', 'same'];
    for (let i = 0; i < PHONES; i++) {
      const p = phonePage(i);
      await p.locator('[data-testid=question]').waitFor();
      expect(await p.locator('h1#q').textContent()).toContain('active');
      await p.locator(`[data-option=${picks[i]}]`).click();
      await p.locator('[data-testid=send]').click();
      await p.locator('[data-testid=answered]').waitFor();
      await expect.poll(() => t.locator('[data-testid=room-answered]').textContent()).toContain(`${i + 1} of ${PHONES} have answered`);
    }
    // The trainer locks the lesson's own prediction and goes to the reveal.
    await t.locator('[data-choice="steady-rhythm"]').check();
    await t.locator('[data-testid="lock"]').click();
    await t.locator('button[data-step="reveal"]').click();
    await t.waitForSelector('[data-testid="verdict"]', { timeout: 120_000 });
    const rows = await t.locator('[data-testid=room-reveal] li').evaluateAll((lis) => lis.map((li) => [li.getAttribute('data-option'), Number(li.getAttribute('data-count')), li.className]));
    expect(rows).toEqual([['big-launch', 1, ''], ['steady-rhythm', 3, 'supported'], ['value-first', 1, ''], ['same', 1, '']]);
    // The phones show the distribution, each with its own answer marked.
    const p2 = phonePage(2);
    await p2.locator('[data-testid=result]').waitFor();
    expect(await p2.locator('li.mine').textContent()).toContain('steady');
    expect(await p2.locator('li[data-count="3"]').count()).toBe(1);
    // The lesson's results download with the room's answers: counts, no names.
    const [dl] = await Promise.all([t.waitForEvent('download'), t.locator('[data-testid=lesson-csv]').click()]);
    const csv = readFileSync((await dl.path())!, 'utf8');
    expect(csv).toMatch(/^lesson,part,scenario,indicator/);
    expect(csv).toContain('c2-energy,room,B,,,,,,steady-rhythm,');
    expect(csv).toMatch(/c2-energy,model,A,activeFraction,26,/);
    expect(csv).not.toContain('onerror');
  });

  let seats: number[] = [];

  it('plays four weeks of a participatory run: each phone a member, their decisions in the model, the file replaying the same numbers', async () => {
    const t = trainer.page;
    await t.evaluate(() => (location.hash = '#lab'));
    await waitShell(t);
    await openPanel(t);
    await t.locator('[data-testid=run-start]').click();
    for (let i = 0; i < PHONES; i++) await phonePage(i).locator('[data-testid=seat]').waitFor();
    seats = await Promise.all(phones.map(async (b) => (await phoneView(b.page)).run.seat.id as number));
    expect(new Set(seats).size).toBe(PHONES);
    await t.locator('[data-testid=run-show]').click();
    for (let week = 0; week < 4; week++) {
      // Phones 0–4 decide through their screens; phone 5 never does, and the model plays its member.
      for (let i = 0; i < PHONES - 1; i++) {
        const p = phonePage(i);
        await p.locator('[data-testid=decide]').click();
        if (week === 0 && i === 0) {
          const axe = await new AxeBuilder({ page: p as any }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
          expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id), 'a decision screen').toEqual([]);
        }
        await p.locator(i % 2 ? '[data-choice=attend-no]' : '[data-choice=attend-yes]').click();
        await p.locator('[data-testid=next]').click();
        await p.locator('[data-choice^=talk-]').first().click();
        await p.locator('[data-testid=next]').click();
        await p.locator('[data-choice=share-none]').click();
        await p.locator('[data-testid=next]').click();
        await p.locator('[data-testid=send-decision]').click();
        await p.locator('[data-testid=decided]').waitFor();
      }
      await expect.poll(() => t.locator('[data-testid=run-status]').textContent()).toContain(`Week ${week + 1} of 78: ${PHONES - 1} of ${PHONES} decided`);
      await t.locator('[data-testid=run-week]').click();
      await expect.poll(() => t.locator('[data-testid=run-status]').textContent()).toContain(`Week ${week + 2} of 78`);
    }
    await expect.poll(async () => (await phoneView(phonePage(PHONES - 1))).run.playedByModel).toEqual([0, 1, 2, 3]);
    expect(await phonePage(PHONES - 1).locator('[data-testid=played-by-model]').textContent()).toContain('the model played your member');
    // The lab shows the run at week 4 with the played members named on the network.
    await expect.poll(() => t.evaluate(() => (document.querySelector('app-shell') as any).sim.week)).toBe(4);
    const lab = await t.evaluate(() => {
      const s = (document.querySelector('app-shell') as any);
      return { played: s.shadowRoot.querySelector('network-view').played.map((x: any) => x.id), trust: Array.from(s.sim.columns.meanTrust as ArrayLike<number>) };
    });
    expect(lab.played.sort()).toEqual([...seats].sort());
    // The downloaded run carries the 20 decisions and replays the server's numbers.
    const [dl] = await Promise.all([t.waitForEvent('download'), t.locator('[data-testid=run-download]').click()]);
    const parsed = parseScenario(readFileSync((await dl.path())!, 'utf8'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.scenario.decisions).toHaveLength(20);
    expect(parsed.scenario.decisions!.filter((d) => d.member === seats[1]).map((d) => d.attend)).toEqual([false, false, false, false]);
    expect(parsed.scenario.decisions!.some((d) => d.member === seats[PHONES - 1])).toBe(false);
    const sim = new Simulation(parsed.scenario);
    sim.tick(4);
    expect(Array.from(sim.columns().meanTrust)).toEqual(lab.trust);
    for (let i = 0; i < PHONES; i++) {
      await expect.poll(async () => (await phoneView(phonePage(i))).run.week).toBe(4);
      const v = await phoneView(phonePage(i));
      expect(v.run.me.energy).toBeCloseTo(sim.memberView(seats[i]).energy, 10);
    }
    // The decisions reached the model: without them the same seed runs differently.
    const without = new Simulation({ ...parsed.scenario, decisions: [] });
    without.tick(4);
    expect(Array.from(without.snapshot().members.energy)).not.toEqual(Array.from(sim.snapshot().members.energy));
    await t.locator('room-button .close').click();
  });

  it('brings a phone that went offline back to its member by itself', async () => {
    const b = phones[3];
    await b.context.setOffline(true);
    await b.page.evaluate(() => (document.querySelector('participant-app') as any).client.socket.io.engine.close());
    await b.page.locator('[data-testid=conn]').filter({ hasText: 'Reconnecting' }).waitFor();
    await b.page.waitForTimeout(1500);
    await b.context.setOffline(false);
    await expect.poll(async () => (await phoneView(b.page))?.run?.seat?.id, { timeout: 20_000 }).toBe(seats[3]);
    await expect.poll(() => b.page.locator('[data-testid=conn]').textContent(), { timeout: 20_000 }).toBe('');
    // A reload (a locked phone whose tab was discarded) also comes back, with its token.
    await b.page.reload();
    await b.page.locator('[data-testid=seat]').waitFor();
    expect((await phoneView(b.page)).run.seat.id).toBe(seats[3]);
  });

  it('resumes after the server is killed: trainer and phones reconnect by themselves, the run goes on', async () => {
    const t = trainer.page;
    await killRoom('SIGKILL');
    await phonePage(0).locator('[data-testid=conn]').filter({ hasText: 'Reconnecting' }).waitFor({ timeout: 30_000 });
    await startRoom();
    for (let i = 0; i < PHONES; i++) {
      await expect.poll(async () => (await phoneView(phonePage(i)))?.run?.seat?.id, { timeout: 30_000 }).toBe(seats[i]);
      await expect.poll(() => phonePage(i).locator('[data-testid=conn]').textContent(), { timeout: 30_000 }).toBe('');
    }
    await openPanel(t);
    await expect.poll(() => t.locator('[data-testid=run-status]').textContent(), { timeout: 30_000 }).toContain('Week 5 of 78');
    expect((await t.locator('room-panel [data-testid=room-code]').textContent())!.trim()).toBe(code);
    // The trainer's reloaded tab takes the room back too.
    await t.reload();
    await waitShell(t);
    await openPanel(t);
    await expect.poll(() => t.locator('[data-testid=run-status]').textContent(), { timeout: 30_000 }).toContain('Week 5 of 78');
    await t.locator('[data-testid=run-week]').click();
    await expect.poll(() => t.locator('[data-testid=run-status]').textContent()).toContain('Week 6 of 78');
    expect(trainer.errors.filter((e) => !/WebSocket|ERR_CONNECTION_REFUSED|socket\.io/.test(e))).toEqual([]);
  });
});
