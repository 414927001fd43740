// Compare in plain words (issue 17, items 21–22): every row starts with a
// verdict in words ("B higher by 12 points (clear)", "C about the same as
// A"); Δ and d_z only behind the Statistics switch; shares in percent and
// their differences in points; decimals that fit the quantity; no bound of a
// count below 0 nor of a share outside 0–100%; and a reload keeps the third
// and fourth scenario, the switch and the table's settings.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitState } from './compare-helpers.ts';
import { launch, startServer, type Browser, type Server } from './harness.ts';

/* eslint-disable @typescript-eslint/no-explicit-any */
let server: Server;
let b: Browser;

beforeAll(async () => {
  server = await startServer('dev');
  b = await launch({ width: 1440, height: 900 });
});

afterAll(async () => {
  await b?.close();
  await server?.close();
});

interface Row { ind: string; verdict: string; cells: string[] }
async function rows(): Promise<Row[]> {
  return b.page.locator('[data-testid="compare-table"] tr[data-indicator]').evaluateAll((trs) =>
    trs.map((tr) => ({
      ind: tr.getAttribute('data-indicator')!,
      verdict: (tr.querySelector('[data-testid="row-verdict"]')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      cells: [...tr.querySelectorAll('td[data-scenario]')].map((td) => (td.textContent ?? '').replace(/\s+/g, ' ').trim()),
    })),
  );
}

const slots = () => b.page.evaluate(() => (document.querySelector('app-shell') as any).shadowRoot.querySelector('compare-view').active.map((a: any) => a.src.id) as string[]);

describe('Compare in plain words', () => {
  it('four scenarios: a verdict per row, percent and points, fitting decimals, no impossible bounds', async () => {
    const p = b.page;
    await p.goto(`${server.url}?lang=en#compare`);
    await waitState(p, 'done');
    for (const [i, id] of [[2, 'value-first'], [3, 'weaver']] as const) {
      await p.locator('[data-testid="add-scenario"]').click();
      await p.locator(`[data-testid="slot-${i}"]`).selectOption(id);
    }
    await p.waitForFunction(() => {
      const v = (document.querySelector('app-shell') as any).shadowRoot.querySelector('compare-view');
      return v.state === 'done' && v.active.length === 4 && v.table?.runs.every((r: number) => r === 30);
    }, null, { timeout: 240_000 });
    await p.waitForTimeout(500);
    const rs = await rows();
    expect(rs.length).toBe(21);
    for (const r of rs) {
      // B, C and D each get a verdict against A, in words.
      const parts = r.verdict.match(/[BCD] (higher by [^()]+ \(clear\)|lower by [^()]+ \(clear\)|about the same as A)/g) ?? [];
      expect(parts.length, `${r.ind}: ${r.verdict}`).toBe(3);
      for (const c of r.cells) {
        expect(c, r.ind).not.toMatch(/Δ|d_z|\bd [−+]/);
        // mean [lo, hi]: no more than two decimals, and no negative bound except the E-I index.
        const nums = [...c.matchAll(/[−+]?\d+(?:\.\d+)?/g)].map((m) => m[0]);
        for (const n of nums) expect((n.split('.')[1] ?? '').length, `${r.ind}: ${c}`).toBeLessThanOrEqual(2);
        if (r.ind !== 'eiIndex') expect(c, r.ind).not.toMatch(/−/);
        if (c.includes('%')) for (const n of nums) expect(Math.abs(Number(n.replace('−', '-')))).toBeLessThanOrEqual(100);
      }
    }
    // Shares: percent in cells, points in the verdict.
    const trust = rs.find((r) => r.ind === 'meanTrust')!;
    expect(trust.cells[0]).toMatch(/^\d+(\.\d)?% \[\d+(\.\d)?%, \d+(\.\d)?%\]$/);
    const clear = rs.flatMap((r) => (r.cells[0].includes('%') ? r.verdict.match(/by [\d.]+ points? \(clear\)/g) ?? [] : []));
    expect(clear.length).toBeGreaterThan(0);

    // The Statistics switch shows Δ in points and d_z, and its own note.
    await p.locator('[data-testid="stats-toggle"]').check();
    const trustStats = (await rows()).find((r) => r.ind === 'meanTrust')!;
    expect(trustStats.cells[1]).toMatch(/Δ [−+]?[\d.]+ \[[−+]?[\d.]+, [−+]?[\d.]+\] points? · d [−+]?\d+\.\d\d (negligible|small|medium|large)/);
    await p.screenshot({ path: 'test-results/screenshots/compare-words-stats-en.png', fullPage: false });
  }, 300_000);

  it('a reload keeps the four scenarios, the Statistics switch and the table week', async () => {
    const p = b.page;
    await p.locator('[data-testid="table-week"]').fill('40');
    await p.locator('[data-testid="table-week"]').press('Enter');
    await p.waitForFunction(() => (document.querySelector('app-shell') as any).shadowRoot.querySelector('compare-view').table?.week === 40);
    await p.reload();
    await waitState(p, 'done', 240_000);
    expect(await slots()).toEqual(['steady-rhythm', 'big-launch', 'value-first', 'weaver']);
    expect(await p.locator('[data-testid="stats-toggle"]').isChecked()).toBe(true);
    expect(await p.locator('[data-testid="compare-table"]').getAttribute('data-week')).toBe('40');
    // A stored state that is not ours is ignored, not fatal.
    await p.evaluate(() => localStorage.setItem('coalesce.compare', '{"slots": 5}'));
    await p.reload();
    await waitState(p, 'done', 240_000);
    expect(await slots()).toEqual(['steady-rhythm', 'big-launch']);
    expect(b.errors).toEqual([]);
  }, 600_000);
});
