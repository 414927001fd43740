// The two themes' colours (UX.md §6): text ≥4.5:1 (≥7:1 for the text a
// presenter shows, in Dim room), marks ≥3:1 on the Dim room ground, phase
// bands ordered, exports swapped back to Daylight, the first paint in step.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PALETTES, PHASE_FILL, palette, type PhaseKey } from '../../src/ui/theme.ts';
import { daylightColours, daylightSVG } from '../../src/ui/theme-export.ts';
import { CHROME, themeCSS, themeTokens } from '../../src/ui/theme-css.ts';
import { THEME_KEY } from '../../src/ui/theme-state.ts';

/** WCAG 2 relative luminance and contrast ratio of #rgb / #rrggbb colours. */
function luminance(hex: string): number {
  let h = hex.replace('#', '');
  if (h.length === 3) h = [...h].map((c) => c + c).join('');
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

const day = themeTokens('day');
const dim = themeTokens('dim');
const SURFACES = ['bg', 'panel', 'control', 'tint', 'selected'];
const MAIN_TEXT = ['ink', 'ink-2', 'ink-3', 'ink-4'];

describe('Dim room text contrast', () => {
  it('main text is ≥7:1 on every surface (presenter figure), coloured text ≥4.5:1', () => {
    for (const t of MAIN_TEXT) for (const s of [...SURFACES, 'note-bg', 'warn-bg', 'ask-bg', 'best-bg']) expect(contrast(dim[t], dim[s]), `${t} on ${s}`).toBeGreaterThanOrEqual(7);
    for (const t of ['faint', 'slate', 'accent', 'warn-ink', 'ok-ink', 'best-ink', 'drop-ink', 'warn']) for (const s of SURFACES) expect(contrast(dim[t], dim[s]), `${t} on ${s}`).toBeGreaterThanOrEqual(4.5);
    expect(contrast(dim['best-ink'], dim['best-bg'])).toBeGreaterThanOrEqual(4.5);
    expect(contrast(dim['warn-ink'], dim['warn-bg'])).toBeGreaterThanOrEqual(4.5);
  });

  it('text on inverted and coloured grounds: buttons, lens, tooltip, scenario letters', () => {
    expect(contrast(dim['on-ink'], dim.ink)).toBeGreaterThanOrEqual(7);
    expect(contrast(dim['on-accent'], dim.accent)).toBeGreaterThanOrEqual(7);
    expect(contrast(dim['tip-ink'], dim['tip-bg'])).toBeGreaterThanOrEqual(7);
    for (const c of PALETTES.dim.scenarios) expect(contrast(PALETTES.dim.onScenario, c), c).toBeGreaterThanOrEqual(4.5);
    for (const c of PALETTES.day.scenarios) expect(contrast(PALETTES.day.onScenario, c), c).toBeGreaterThanOrEqual(4.5);
  });

  it('Daylight keeps its colours: main text ≥4.5:1 on page and panels, the tokens are the values the styles had', () => {
    for (const t of MAIN_TEXT) for (const s of ['bg', 'panel', 'control']) expect(contrast(day[t], day[s]), `${t} on ${s}`).toBeGreaterThanOrEqual(4.5);
    expect([day.bg, day.panel, day.ink, day.line, day['control-line'], day.focus]).toEqual(['#f7f8fa', '#fff', '#1a1a1a', '#d0d4da', '#9aa3ad', '#0072B2']);
    expect(PALETTES.day.phaseFill).toBe(PHASE_FILL);
  });

  it('controls keep their outline (≥3:1, WCAG 1.4.11) and focus rings show on every surface', () => {
    for (const s of ['bg', 'panel', 'control']) {
      expect(contrast(dim['control-line'], dim[s]), s).toBeGreaterThanOrEqual(3);
      expect(contrast(dim.focus, dim[s]), s).toBeGreaterThanOrEqual(3);
    }
    expect(contrast(dim['control-line-soft'], dim.control)).toBeGreaterThanOrEqual(3);
  });
});

describe('Dim room marks', () => {
  const P = palette('dim');
  it('every mark colour is ≥3:1 on the network ground and on the chart panel', () => {
    const marks = [...P.orgs, P.orgOverflow, ...P.scenarios, P.ink, P.crossOrgTie, P.bad, P.gold, P.ghost, P.select, P.session, P.chartInk, P.chartGhost, ...Object.values(P.series), '#D55E00', '#009E73'];
    for (const c of marks) {
      expect(contrast(c, P.canvas), `${c} on the network`).toBeGreaterThanOrEqual(3);
      expect(contrast(c, P.chartGround), `${c} on a chart`).toBeGreaterThanOrEqual(3);
    }
  });

  it('organisations stay seven different colours (their colour-blind distances: org-palette-cvd.test.ts)', () => {
    expect(new Set(P.orgs).size).toBe(P.orgs.length);
  });

  it('phase bands step away from the ground as the community grows, in both themes, and their names stay readable', () => {
    const order: PhaseKey[] = ['potential', 'coalescing', 'maturing'];
    const dayL = order.map((k) => luminance(PALETTES.day.phaseFill[k]));
    const dimL = order.map((k) => luminance(PALETTES.dim.phaseFill[k]));
    expect(dayL[0]).toBeGreaterThan(dayL[1]);
    expect(dayL[1]).toBeGreaterThan(dayL[2]);
    expect(dimL[0]).toBeLessThan(dimL[1]);
    expect(dimL[1]).toBeLessThan(dimL[2]);
    for (const k of order) expect(contrast(P.phaseLabel, P.phaseFill[k]), k).toBeGreaterThanOrEqual(7);
    for (const k of order) expect(contrast(dim.ink, P.phaseFill[k]), `chip text on ${k}`).toBeGreaterThanOrEqual(7);
    // The hatch's lines show on its ground.
    expect(contrast(P.hatch.line, P.hatch.ground)).toBeGreaterThanOrEqual(3);
  });
});

describe('exports in Daylight', () => {
  it('each Dim room chart colour stands for one Daylight colour', () => {
    const m = daylightColours();
    expect(m.get(PALETTES.dim.chartInk.toLowerCase())).toBe(PALETTES.day.chartInk);
    expect(m.get(PALETTES.dim.phaseFill.maturing.toLowerCase())).toBe(PHASE_FILL.maturing);
    expect(m.get(PALETTES.dim.series['#0072B2'].toLowerCase())).toBe('#0072B2');
  });

  it('swaps fill, stroke and color values back, leaves text and Daylight SVGs alone', () => {
    const D = PALETTES.dim;
    const svg = `<svg style="color: ${D.chartInk}"><rect fill="${D.phaseFill.coalescing}"/><path stroke="${D.scenarios[0]}"/><text fill="${D.phaseLabel}">Run #123 ${D.chartInk}</text></svg>`;
    const out = daylightSVG(svg, 'dim');
    expect(out).toBe(`<svg style="color: #1a1a1a"><rect fill="${PHASE_FILL.coalescing}"/><path stroke="#1170AA"/><text fill="#4d4d4d">Run #123 ${D.chartInk}</text></svg>`);
    expect(daylightSVG(svg, 'day')).toBe(svg);
  });
});

describe('the theme on the page', () => {
  it('the stylesheet sets every token in both themes, Dim room under data-theme', () => {
    const css = themeCSS();
    for (const k of Object.keys(CHROME)) expect(css.match(new RegExp(`--${k}: `, 'g'))?.length, k).toBe(2);
    expect(css).toContain(":root[data-theme='dim'] { color-scheme: dark;");
  });

  it('the first paint (index.html, public/theme-boot.js) agrees with the app: the same ground, the same storage key', () => {
    const html = readFileSync('index.html', 'utf8');
    const boot = readFileSync('public/theme-boot.js', 'utf8');
    expect(html).toContain('<script src="/theme-boot.js"></script>');
    expect(html).toMatch(new RegExp(`html\\[data-theme='dim'\\][^{]*\\{ background: var\\(--bg, ${dim.bg}\\)`));
    expect(boot).toContain(`'${THEME_KEY}'`);
    expect(boot).toContain('prefers-color-scheme: dark');
  });
});
