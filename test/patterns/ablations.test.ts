// Mechanism ablations (MODEL.md §1, v0.3): switch off the mechanism that
// docs/MODEL.md names for a pattern, and the pattern must fail on most of the
// family (at least 7 of 12). A pattern that still held would come from
// something else. Runs in `npm run test:patterns`.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Population } from './family.ts';
import * as M from './measure.ts';
import { PATTERNS } from './patterns.ts';

const FAMILY = JSON.parse(readFileSync(process.env.COALESCE_FAMILY ?? new URL('./family.json', import.meta.url), 'utf8')) as Population[];

describe('each pattern fails on most of the family when its mechanism is switched off', () => {
  for (const p of PATTERNS.filter((x) => x.ablation)) {
    it(`${p.id} fails with its mechanism off: ${p.ablation!.label}`, () => {
      const held: string[] = [];
      for (const pop of FAMILY) {
        const c = p.check(pop, p.ablation!.tweak);
        if (c.pass) held.push(`${pop.id}: ${c.figure}`);
        M.clearRuns();
      }
      expect(held.length, `still holds on ${held.length}:\n${held.join('\n')}`).toBeLessThanOrEqual(5);
    });
  }
});
