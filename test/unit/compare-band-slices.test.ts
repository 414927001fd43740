// Compare charts compute bands a few weeks per task (band-slices.ts): the
// band must be band()'s, to the bit, whatever the slice size.
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../src/model/run.ts';
import { defaultScenario } from '../../src/scenario/defaults.ts';
import { band } from '../../src/stats/index.ts';
import { bandInSlices } from '../../src/ui/compare/band-slices.ts';

describe('bandInSlices', () => {
  const s = defaultScenario('weaver');
  s.horizon = 33;
  const short = defaultScenario('weaver');
  short.horizon = 20; // one shorter run: the band ends at the shortest
  const runs = [...Array.from({ length: 9 }, (_, i) => runScenario(s, { seed: 5, runIndex: i })), runScenario(short, { seed: 5, runIndex: 9 })];

  it.each([1, 7, 25, 10_000])('%i values per slice: the same band as band() in one go', async (perSlice) => {
    let slices = 0;
    for (const ind of ['meanTrust', 'activeFraction', 'eiIndex'] as const) {
      const got = await bandInSlices(runs, ind, async () => void slices++, perSlice);
      expect(got).toEqual(band(runs, ind));
      expect(got.mean.length).toBe(21);
    }
    // Small slices really are several tasks.
    if (perSlice === 25) expect(slices).toBe(3 * Math.ceil(21 / 2));
  });
});
