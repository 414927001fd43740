// Keyboard navigation of members (UX.md §6): the network is one tab stop;
// arrow keys move a visible focus ring to the nearest member that way and
// announce it; Enter opens the member card; Escape closes it. The lab's own
// arrow keys (step a week) do not fire while the network has focus.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, type Browser, type Server } from './harness.ts';
import { canvasPixels, openLab, settle, stepTo, week } from './lab-helpers.ts';

let server: Server;
let b: Browser;

/* eslint-disable @typescript-eslint/no-explicit-any */
const focused = (p: Browser['page']) => p.evaluate(() => (document.querySelector('app-shell') as any).renderRoot.querySelector('network-view').focusedMember as number | null);
const posOf = (p: Browser['page'], id: number) =>
  p.evaluate((i) => {
    const n = (document.querySelector('app-shell') as any).renderRoot.querySelector('network-view').layout.byId.get(i);
    return { x: n.x as number, y: n.y as number };
  }, id);
const announced = (p: Browser['page']) => p.locator('network-view [data-testid="network-announce"]').textContent();

beforeAll(async () => {
  ({ server, b } = await openLab({ width: 1440, height: 900 }));
  await stepTo(b.page, 10);
  await settle(b.page);
});

afterAll(async () => {
  await b?.close();
  await server?.close();
});

describe('keyboard navigation of members', () => {
  it('Tab reaches the network as one stop, and it says how to move', async () => {
    const p = b.page;
    await p.locator('lens-bar button[data-lens="C5"]').focus();
    // The lens buttons come before the canvas; Tab from the last control lands on it.
    await p.locator('lens-bar [data-testid="min-trust"]').focus();
    await p.keyboard.press('Tab');
    const active = await p.evaluate(() => {
      const nv = (document.querySelector('app-shell') as any).renderRoot.querySelector('network-view');
      return nv.shadowRoot.activeElement?.tagName ?? null;
    });
    expect(active).toBe('CANVAS');
    expect(await announced(p)).toMatch(/arrow keys/i);
  });

  it('arrows move the focus ring to the nearest member in that direction, and the week stays', async () => {
    const p = b.page;
    const w = await week(p);
    const plain = await canvasPixels(p);
    await p.keyboard.press('ArrowRight');
    const first = await focused(p);
    expect(first).not.toBeNull();
    expect(await announced(p)).toContain(`#${first}`);
    await settle(p);
    expect(await canvasPixels(p)).not.toBe(plain);
    // Each direction goes that way (or stays when nobody is there).
    for (const [key, axis, sign] of [['ArrowRight', 'x', 1], ['ArrowDown', 'y', 1], ['ArrowLeft', 'x', -1], ['ArrowUp', 'y', -1]] as const) {
      const from = (await focused(p))!;
      const a = await posOf(p, from);
      await p.keyboard.press(key);
      const to = (await focused(p))!;
      if (to !== from) {
        const c = await posOf(p, to);
        expect(sign * (c[axis] - a[axis]), `${key} from #${from} to #${to}`).toBeGreaterThan(0);
        expect(await announced(p)).toContain(`#${to}`);
      }
    }
    // Over several presses, focus does move.
    const seen = new Set<number>();
    for (let i = 0; i < 6; i++) {
      await p.keyboard.press(i % 2 ? 'ArrowLeft' : 'ArrowDown');
      seen.add((await focused(p))!);
    }
    expect(seen.size).toBeGreaterThan(1);
    expect(await week(p)).toBe(w);
    await p.screenshot({ path: `${ROOT}/test-results/lab-keyboard-focus.png` });
  });

  it('Enter opens the focused member card; Escape closes it', async () => {
    const p = b.page;
    const id = await focused(p);
    await p.keyboard.press('Enter');
    await p.locator('member-card').waitFor();
    expect(await p.evaluate(() => (document.querySelector('app-shell') as any).selected)).toBe(id);
    expect(await p.locator('member-card h3').textContent()).toContain(`#${id}`);
    await p.keyboard.press('Escape');
    await p.locator('member-card').waitFor({ state: 'detached' });
    expect(b.errors).toEqual([]);
  });
});
