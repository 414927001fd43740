// Exports (charts as SVG and PNG) are always in Daylight: they go into
// reports and slides on white pages, where a Dim room chart would print as a
// black block. A chart built in Dim room is turned into the Daylight one by
// swapping each chart colour back (its shapes are the same); the network is
// drawn again instead (network/network-export.ts). Loaded with the exports,
// not with the first screen.
import { PALETTES, PHASE_FILL, currentTheme, type PhaseKey, type ThemeName } from './theme.ts';

const DAY = PALETTES.day, DIM = PALETTES.dim;

const CHART_KEYS = ['phaseLabel', 'chipHatch', 'onScenario', 'chartInk', 'chartGhost', 'zeroRule', 'session', 'chartGround', 'chartText', 'chartRule', 'gold', 'bad'] as const;

/** Dim room chart colour (lower case) → its Daylight colour. */
export function daylightColours(): Map<string, string> {
  const m = new Map<string, string>();
  const put = (dim: string, day: string) => {
    const was = m.get(dim.toLowerCase());
    // One Dim room colour standing for two Daylight ones could not be swapped back.
    if (was && was.toLowerCase() !== day.toLowerCase()) throw new Error(`Dim room chart colour ${dim} stands for both ${was} and ${day}`);
    m.set(dim.toLowerCase(), day);
  };
  for (const k of CHART_KEYS) put(DIM[k], DAY[k]);
  for (const k of Object.keys(PHASE_FILL) as PhaseKey[]) put(DIM.phaseFill[k], DAY.phaseFill[k]);
  put(DIM.hatch.ground, DAY.hatch.ground);
  put(DIM.hatch.line, DAY.hatch.line);
  DIM.scenarios.forEach((c, i) => put(c, DAY.scenarios[i]));
  for (const [day, dim] of Object.entries(DIM.series)) put(dim, day);
  return m;
}

/** An exported chart SVG, in Daylight whatever the theme it was drawn in (`from`). */
export function daylightSVG(svg: string, from: ThemeName = currentTheme()): string {
  if (from === 'day') return svg;
  const m = daylightColours();
  // Only colour values of fill, stroke and color (attributes and inline styles): a scenario named "#123" stays.
  return svg.replace(/\b(fill|stroke|color)(="|:\s*)(#[0-9a-fA-F]{3,8})\b/g, (_: string, k: string, sep: string, c: string) => `${k}${sep}${m.get(c.toLowerCase()) ?? c}`);
}
