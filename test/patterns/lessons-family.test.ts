// Each lesson's revealed answer over the population family: where it does
// not hold on every one of the 12, the debrief's limits say on how many it
// does ("holds on N of 12" / "N van de 12"), so a room is never told more than
// the runs support. Runs in `npm run test:patterns`.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Population } from './family.ts';
import { lessonOn, shippedLessons } from './lessons.ts';

const FAMILY = JSON.parse(readFileSync(process.env.COALESCE_FAMILY ?? new URL('./family.json', import.meta.url), 'utf8')) as Population[];

describe('lessons over the population family', () => {
  for (const lesson of shippedLessons()) {
    it(`${lesson.id}: the debrief says on how many of the 12 populations the answer holds`, () => {
      const results = FAMILY.map((pop) => ({ pop, ...lessonOn(lesson, pop) }));
      const holds = results.filter((r) => r.agrees).length;
      const detail = results.filter((r) => !r.agrees).map((r) => `${r.pop.id} (${r.pop.size} members, ${r.pop.shares.length} orgs): ${r.figure}`).join('\n');
      if (holds < FAMILY.length) {
        expect(lesson.debrief.limits.en, detail).toContain(`holds on ${holds} of ${FAMILY.length}`);
        expect(lesson.debrief.limits.nl, detail).toContain(`${holds} van de ${FAMILY.length}`);
      } else {
        expect(lesson.debrief.limits.en).not.toMatch(/holds on \d+ of \d+/);
      }
    });
  }
});
