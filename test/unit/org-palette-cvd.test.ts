// Organisation colours that read for colour-blind eyes (issue 17, item 19).
// Each pair of organisation colours is simulated as seen with protanopia,
// deuteranopia and tritanopia (Machado, Oliveira & Fernandes 2009, severity
// 1, through culori's filterDeficiency*), and their CIEDE2000 difference must
// stay above a threshold, in Daylight and in Dim room.
//
// The thresholds: ΔE2000 ≈ 2.3 is a just-noticeable difference for large
// patches; for small marks the difference needed grows several-fold (Szafir
// 2017, "Modeling Color Difference for Visualization Design"), and members are
// dots of 3–11 px read at a glance across a room. So the first five (the
// default scenario's organisations) must be ≥ 15 apart and all seven ≥ 10;
// from the eighth on, organisations are grey with a letter.
import { differenceCiede2000, filterDeficiencyDeuter, filterDeficiencyProt, filterDeficiencyTrit, parse, type Color } from 'culori';
import { describe, expect, it } from 'vitest';
import { PALETTES } from '../../src/ui/theme.ts';

const dE = differenceCiede2000();
const VISION: Record<string, (c: Color) => Color> = {
  typical: (c) => c,
  protanopia: filterDeficiencyProt(1),
  deuteranopia: filterDeficiencyDeuter(1),
  tritanopia: filterDeficiencyTrit(1),
};

/** The closest pair of `colours` under each vision, with its ΔE2000. */
function closest(colours: readonly string[]): Record<string, { dE: number; pair: string }> {
  const out: Record<string, { dE: number; pair: string }> = {};
  for (const [name, see] of Object.entries(VISION)) {
    let best = { dE: Infinity, pair: '' };
    for (let i = 0; i < colours.length; i++)
      for (let j = i + 1; j < colours.length; j++) {
        const d = dE(see(parse(colours[i])!), see(parse(colours[j])!));
        if (d < best.dE) best = { dE: d, pair: `${colours[i]}/${colours[j]}` };
      }
    out[name] = best;
  }
  return out;
}

const atLeast = (r: Record<string, { dE: number; pair: string }>, min: number) =>
  Object.entries(r).filter(([, v]) => v.dE < min).map(([k, v]) => `${k}: ${v.pair} ΔE ${v.dE.toFixed(1)}`);

describe('organisation colours under colour-vision deficiencies', () => {
  it('the check can fail: Okabe–Ito with amber (the old palette) has orange and amber merging for tritans', () => {
    const old = ['#E69F00', '#56B4E9', '#009E73', '#CC79A7', '#0072B2', '#D55E00', '#F5C710'];
    expect(atLeast(closest(old), 10)).toContain('tritanopia: #E69F00/#F5C710 ΔE 7.9');
    // The simulation changes colours: a red and a green that differ a lot for typical eyes come close for deuteranopes.
    const rg = closest(['#D81B1B', '#4CAF50']);
    expect(rg.typical.dE).toBeGreaterThan(40);
    expect(rg.deuteranopia.dE).toBeLessThan(rg.typical.dE / 2);
  });

  for (const theme of ['day', 'dim'] as const) {
    it(`${theme}: the first five are ≥ 15 apart and all seven ≥ 10, for every vision`, () => {
      const orgs = PALETTES[theme].orgs;
      expect(orgs).toHaveLength(7);
      expect(atLeast(closest(orgs.slice(0, 5)), 15)).toEqual([]);
      expect(atLeast(closest(orgs), 10)).toEqual([]);
    });
  }
});
