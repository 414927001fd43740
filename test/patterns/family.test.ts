// Robustness (MODEL.md §1, v0.3): a pattern holds when it holds on the default
// population and on at least 11 of the 12 populations of the family
// (family.json, written by `npm run family`). Runs in `npm run test:patterns`.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POPULATION, type Population } from './family.ts';
import { KNOWN_GAPS } from './gaps.ts';
import * as M from './measure.ts';
import { PATTERNS } from './patterns.ts';

const FAMILY = JSON.parse(readFileSync(process.env.COALESCE_FAMILY ?? new URL('./family.json', import.meta.url), 'utf8')) as Population[];

describe('the population family', () => {
  it('has 12 populations of 30–300 members in 2–8 organisations, with the corners 0.9/0.1 and 8 equal shares', () => {
    expect(FAMILY).toHaveLength(12);
    for (const p of FAMILY) {
      expect(p.size).toBeGreaterThanOrEqual(30);
      expect(p.size).toBeLessThanOrEqual(300);
      expect(p.shares.length).toBeGreaterThanOrEqual(2);
      expect(p.shares.length).toBeLessThanOrEqual(8);
      expect(p.shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    }
    expect(FAMILY.some((p) => p.shares.length === 2 && Math.max(...p.shares) === 0.9)).toBe(true);
    expect(FAMILY.some((p) => p.shares.length === 8 && p.shares.every((s) => s === 0.125))).toBe(true);
  });
});

describe('patterns hold on the default population and on ≥ 11 of the 12', () => {
  for (const p of PATTERNS) {
    const run = () => {
      const failed: string[] = [];
      for (const pop of FAMILY) {
        const c = p.check(pop);
        if (!c.pass) failed.push(`${pop.id}: ${c.figure}`);
        M.clearRuns();
      }
      const onDefault = p.check(DEFAULT_POPULATION);
      M.clearRuns();
      expect(onDefault.pass, `default: ${onDefault.figure}`).toBe(true);
      expect(failed.length, failed.join('\n')).toBeLessThanOrEqual(1);
    };
    if (KNOWN_GAPS[p.id]) it.fails(`${p.id} (known gap, test/patterns/gaps.ts) ${p.statement}`, run);
    else it(`${p.id} ${p.statement}`, run);
  }
});
