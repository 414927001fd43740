// The network view's handle on its layout in the page (src/ui/network/layout-client.ts):
// a frame that finds the next week's update still queued answers it at once
// (answerNextUpdate) instead of skipping its picture, and the positions are
// the ones the queued answer would have given.
import { describe, expect, it } from 'vitest';
import { LayoutClient } from '../../src/ui/network/layout-client.ts';
import type { LayoutInput } from '../../src/ui/network/layout.ts';

function input(week: number, n = 30 + 2 * week): LayoutInput {
  const ids = Int32Array.from({ length: n }, (_, i) => i);
  const la: number[] = [], lb: number[] = [], ls: number[] = [];
  for (let i = 0; i < n; i++) for (const j of [i + 1, i + 3]) if (j < n) { la.push(i); lb.push(j); ls.push(((i * 5 + j) % 10) / 10); }
  return { week, orgCount: 3, ids, index: ids.slice(), org: ids.map((i) => i % 3), la: Int32Array.from(la), lb: Int32Array.from(lb), ls: Float64Array.from(ls), partners: Int32Array.from([2]) };
}

/** Resolves when the client has no request left unanswered. */
async function settled(c: LayoutClient): Promise<void> {
  for (let i = 0; i < 10_000 && (c.outstanding > 0 || c.updating); i++) await new Promise((r) => setTimeout(r, 0));
  expect(c.updating).toBe(false);
}

const xy = (c: LayoutClient) => c.nodes.flatMap((n) => [n.id, n.x, n.y]);

describe('layout client in the page', () => {
  it("answers a queued 'next' update at once, with the positions the queue would have given", async () => {
    const waited = new LayoutClient(() => {});
    const now = new LayoutClient(() => {});
    for (const c of [waited, now]) {
      c.update(input(0), -1, -1, 'first');
      await settled(c);
    }
    expect(xy(now)).toEqual(xy(waited));
    for (let w = 1; w <= 4; w++) {
      waited.update(input(w), w - 1, null, 'next');
      now.update(input(w), w - 1, null, 'next');
      expect(now.updating).toBe(true);
      const before = now.nodes.length;
      expect(now.answerNextUpdate()).toBe(true);
      // Answered in this task: the week's nodes are there, nothing is owed.
      expect(now.updating).toBe(false);
      expect(now.nodes.length).toBe(input(w).ids.length + 1);
      expect(now.nodes.length).toBeGreaterThan(before);
      await settled(waited);
      await settled(now);
      expect(xy(now)).toEqual(xy(waited));
      // Nothing left to answer now.
      expect(now.answerNextUpdate()).toBe(false);
    }
    waited.dispose();
    now.dispose();
  });

  it("leaves a run's first picture to settle in pieces, and other views' requests in the queue", async () => {
    const a = new LayoutClient(() => {});
    let bAnswers = 0;
    const b = new LayoutClient(() => bAnswers++);
    a.update(input(0), -1, -1, 'first');
    expect(a.answerNextUpdate()).toBe(false);
    await settled(a);
    b.update(input(0), -1, -1, 'first');
    a.update(input(1), 0, null, 'next');
    expect(a.answerNextUpdate()).toBe(true);
    // b's first picture was not touched by a's early answer.
    expect(bAnswers).toBe(0);
    expect(b.updating).toBe(true);
    await settled(b);
    expect(bAnswers).toBeGreaterThan(0);
    a.dispose();
    b.dispose();
  });
});
