// The model's acceptance tests on the default population (60 members, five
// equal organisations), 30 seeds each: every pattern of MODEL.md §1 with the
// thresholds given there or stricter, as checked by the table in
// patterns.ts. The family of populations and the ablations run in
// `npm run test:patterns` (family.test.ts, ablations.test.ts).

import { describe, expect, it } from 'vitest';
import { DEFAULT_POPULATION } from './family.ts';
import { KNOWN_GAPS } from './gaps.ts';
import { PATTERNS } from './patterns.ts';

describe('patterns on the default population', () => {
  for (const p of PATTERNS) {
    if (KNOWN_GAPS[p.id]?.default) {
      // A pattern that is not reached here is recorded in gaps.ts with the
      // figures, and asserted to fail: when a model change makes it hold,
      // this test fails and the gap must be removed.
      it.fails(`${p.id} (known gap, test/patterns/gaps.ts) ${p.statement}`, () => {
        const c = p.check(DEFAULT_POPULATION);
        expect(c.pass, c.figure).toBe(true);
      });
      continue;
    }
    it(`${p.id} ${p.statement}`, () => {
      const c = p.check(DEFAULT_POPULATION);
      expect(c.pass, c.figure).toBe(true);
    });
  }
});
