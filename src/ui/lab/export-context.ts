// Exports that stand alone (issue 17, item 18): a picture pasted into a
// report or a slide must say what it shows without the app around it. The
// network PNG gets a caption band under the picture (scenario, seed, week,
// phase, lens, the week's caption and a compact key); the charts SVG (and the
// PNG made from it) gets a heading with the same facts, each chart's legend
// with the values at the week, and axis labels. Always in Daylight, like the
// pictures themselves (theme-export.ts).
import { CODEBOOK } from '../../model/codebook.ts';
import type { Indicator } from '../../model/indicators.ts';
import type { Snapshot } from '../../model/snapshot.ts';
import { CHARTS } from '../charts/series.ts';
import { msg } from '../i18n.ts';
import { lensLine, lensName, type Lens } from '../network/lens.ts';
import { caption, weekEvents } from '../network/week-events.ts';
import { orgLabel } from '../org-names.ts';
import { ORG_COLOURS, ORG_OVERFLOW } from '../theme.ts';

export interface ExportFacts {
  scenario: string;
  seed: number;
  week: number;
  /** The phase's name in the page's language. */
  phase: string;
}

/** "Steady rhythm · seed 42 · week 14 · coalescing". */
export function factsLine(f: ExportFacts): string {
  return [msg(f.scenario), `${msg('seed')} ${f.seed}`, `${msg('week')} ${f.week}`, f.phase].filter(Boolean).join(' · ');
}

const FONT = "system-ui, -apple-system, 'Segoe UI', sans-serif";
const INK = '#1A1A1A';
const INK_2 = '#4D4D4D';

/** The network picture with a caption band under it: the facts, the lens, the week's caption and a compact key. */
export async function captionedNetworkPNG(picture: Blob, s: Snapshot, lens: Lens, f: ExportFacts): Promise<Blob | null> {
  const img = await createImageBitmap(picture);
  const w = img.width;
  // The band scales with the picture (a 2× canvas gets 2× type), never below a readable size.
  const k = Math.max(1, w / 900);
  const pad = 14 * k;
  const line = 18 * k;
  const c = document.createElement('canvas');
  const measure = c.getContext('2d')!;
  const keyItems = networkKey(s);
  const keyRows = layoutRow(measure, keyItems.map((i) => i.text), w - 2 * pad, 12 * k, 26 * k);
  const band = pad + line * 3 + keyRows.rows * line + pad;
  c.width = w;
  c.height = Math.ceil(img.height + band);
  const ctx = c.getContext('2d', { alpha: false })!;
  ctx.fillStyle = '#FFFFFF';
  ctx.fillRect(0, 0, c.width, c.height);
  ctx.drawImage(img, 0, 0);
  ctx.strokeStyle = '#D0D0D0';
  ctx.lineWidth = k;
  ctx.beginPath();
  ctx.moveTo(0, img.height + 0.5 * k);
  ctx.lineTo(w, img.height + 0.5 * k);
  ctx.stroke();
  let y = img.height + pad + 13 * k;
  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = INK;
  ctx.font = `700 ${15 * k}px ${FONT}`;
  ctx.fillText(factsLine(f), pad, y, w - 2 * pad);
  y += line;
  ctx.font = `400 ${13 * k}px ${FONT}`;
  ctx.fillText(`${msg('Lens')}: ${lensName(lens)} · ${lensLine(lens, 'day')}`, pad, y, w - 2 * pad);
  y += line;
  ctx.fillStyle = INK_2;
  ctx.fillText(caption(weekEvents(s)), pad, y, w - 2 * pad);
  y += line;
  ctx.font = `400 ${12 * k}px ${FONT}`;
  keyRows.at.forEach((pos, i) => {
    const item = keyItems[i];
    const x = pad + pos.x;
    const yy = y + pos.row * line;
    item.draw(ctx, x + 8 * k, yy - 4 * k, k);
    ctx.fillStyle = INK;
    ctx.fillText(item.text, x + 20 * k, yy);
  });
  img.close();
  return new Promise((res) => c.toBlob(res, 'image/png'));
}

interface KeyItem {
  text: string;
  draw: (ctx: CanvasRenderingContext2D, x: number, y: number, k: number) => void;
}

/** The organisations by colour, then what size, lines and marks mean: the Key, short. */
function networkKey(s: Snapshot): KeyItem[] {
  const dot = (fill: string, r = 5, hollow = false) => (ctx: CanvasRenderingContext2D, x: number, y: number, k: number) => {
    ctx.beginPath();
    ctx.arc(x, y, r * k, 0, 2 * Math.PI);
    ctx.fillStyle = hollow ? '#FFFFFF' : fill;
    ctx.fill();
    ctx.strokeStyle = INK;
    ctx.lineWidth = k;
    ctx.stroke();
  };
  const glyph = (g: string, colour: string) => (ctx: CanvasRenderingContext2D, x: number, y: number, k: number) => {
    ctx.fillStyle = colour;
    ctx.font = `700 ${12 * k}px ${FONT}`;
    ctx.textAlign = 'center';
    ctx.fillText(g, x, y + 4 * k);
    ctx.textAlign = 'start';
    ctx.font = `400 ${12 * k}px ${FONT}`;
  };
  const rule = (colour: string) => (ctx: CanvasRenderingContext2D, x: number, y: number, k: number) => {
    ctx.strokeStyle = colour;
    ctx.lineWidth = 2 * k;
    ctx.beginPath();
    ctx.moveTo(x - 7 * k, y);
    ctx.lineTo(x + 7 * k, y);
    ctx.stroke();
  };
  const orgs = s.orgIds.map((id, i) => ({ text: orgLabel(id), draw: dot(ORG_COLOURS[i] ?? ORG_OVERFLOW) }));
  return [
    ...orgs,
    { text: msg('size: energy'), draw: dot('#BBBBBB', 3) },
    { text: msg('not active this week'), draw: dot('#FFFFFF', 4, true) },
    { text: msg('tie across organisations'), draw: rule('#4D4D4D') },
    { text: msg('tricky issue shared'), draw: glyph('◆', INK) },
    { text: msg('innovation'), draw: glyph('✦', '#B8860B') },
    { text: msg('facilitator; dotted arc: a match'), draw: glyph('F', INK) },
  ];
}

/** Place labels left to right, wrapping at `width`: where each goes, and how many rows. */
function layoutRow(ctx: CanvasRenderingContext2D, texts: string[], width: number, size: number, gap: number): { at: { x: number; row: number }[]; rows: number } {
  ctx.font = `400 ${size}px ${FONT}`;
  const at: { x: number; row: number }[] = [];
  let x = 0;
  let row = 0;
  for (const t of texts) {
    const w = 20 * (size / 12) + ctx.measureText(t).width;
    if (x > 0 && x + w > width) {
      x = 0;
      row++;
    }
    at.push({ x, row });
    x += w + gap;
  }
  return { at, rows: row + 1 };
}

/**
 * The lab's charts as one SVG that stands alone: a heading (scenario, seed,
 * week, phase), and per chart its title, a legend with each line's colour,
 * name and value at the week, the plot, and axis labels (week; the units).
 */
export function standaloneChartsSVG(root: ParentNode, width: number, f: ExportFacts, daylight: (svg: string) => string = (s) => s): string {
  const sections = [...root.querySelectorAll('section.row')] as HTMLElement[];
  const parts: string[] = [];
  const x0 = 0;
  let y = 26;
  parts.push(text(8, y, factsLine(f), 15, 700));
  y += 14;
  for (const sec of sections) {
    const svg = sec.querySelector('.slot svg') as SVGSVGElement | null;
    if (!svg) continue;
    y += 18;
    parts.push(text(8, y, sec.querySelector('h3')?.textContent?.trim() ?? '', 13, 650));
    // The legend: the readout's items after the week (colour, name, value).
    const items = [...sec.querySelectorAll('.readout span')].slice(1).map((sp) => ({
      colour: hex((sp.querySelector('i') as HTMLElement | null)?.style.backgroundColor ?? '') ?? INK,
      name: [...sp.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim(),
      value: sp.querySelector('b')?.textContent?.trim() ?? '',
    }));
    y += 16;
    let x = 8;
    for (const it of items) {
      const label = `${it.name} ${it.value}`.trim();
      const w = 22 + label.length * 6.2;
      if (x > 8 && x + w > width) {
        x = 8;
        y += 15;
      }
      parts.push(daylight(`<rect x="${x}" y="${y - 5}" width="12" height="3" fill="${esc(it.colour)}"/>`));
      parts.push(text(x + 16, y, label, 11, 400));
      x += w + 10;
    }
    // The y axis: what its numbers count, from the codebook.
    const units = unitsOf(sec.getAttribute('data-chart'));
    if (units) {
      y += 15;
      parts.push(`<text x="8" y="${y}" font-family="${FONT}" font-size="10.5" fill="${INK_2}">${esc(`${msg('y axis')}: ${units}`)}</text>`);
    }
    const h = +(svg.getAttribute('height') ?? 84);
    const clone = svg.cloneNode(true) as SVGSVGElement;
    clone.setAttribute('x', String(x0));
    clone.setAttribute('y', String(y + 6));
    // The plot and the legend's swatches were drawn in the page's theme; the words around them are in Daylight ink already.
    parts.push(daylight(new XMLSerializer().serializeToString(clone)));
    y += 6 + h + 12;
    parts.push(`<text x="${x0 + (+(svg.getAttribute('width') ?? width) / 2)}" y="${y}" text-anchor="middle" font-family="${FONT}" font-size="10" fill="${INK_2}">${esc(msg('week'))}</text>`);
    y += 4;
  }
  y += 10;
  const w = Math.max(width, ...sections.map((s) => x0 + +(s.querySelector('.slot svg')?.getAttribute('width') ?? 0)));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${y}" viewBox="0 0 ${w} ${y}"><rect width="100%" height="100%" fill="#fff"/>${parts.join('')}</svg>`;
}

/** A chart's y units, from the codebook ("trust (0–1) · value units"), in the page's language. */
function unitsOf(id: string | null): string {
  const chart = CHARTS.find((c) => c.id === id);
  if (!chart) return '';
  const units = [...new Set(chart.series.map((s) => CODEBOOK[s.key as Indicator]?.unit).filter(Boolean))];
  return units.map((u) => msg(u)).join(' · ');
}

function text(x: number, y: number, s: string, size: number, weight: number): string {
  return `<text x="${x}" y="${y}" font-family="${FONT}" font-size="${size}" font-weight="${weight}" fill="${INK}">${esc(s)}</text>`;
}

/** "rgb(0, 114, 178)" as "#0072b2", the form theme-export.ts swaps back to Daylight. */
function hex(css: string): string | undefined {
  if (/^#[0-9a-f]{3,8}$/i.test(css)) return css;
  const m = /^rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(css);
  return m ? `#${m.slice(1, 4).map((v) => (+v).toString(16).padStart(2, '0')).join('').toUpperCase()}` : undefined;
}

function esc(s: string): string {
  return s.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);
}
