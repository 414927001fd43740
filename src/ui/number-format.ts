// Numbers as a reader sees them: the Dutch write a decimal comma (4,5), the
// English a point (4.5). Use this for text people read (labels, aria-labels,
// titles, status lines, captions); files, links, URL params, data-*
// attributes and input values keep the point (String, toFixed).
import { getLang } from './i18n.ts';

/** `v` with `digits` decimals (without: as String(v)), in the language's decimal style: "4.5", in Dutch "4,5". */
export function fixed(v: number, digits?: number): string {
  const s = digits === undefined ? String(v) : v.toFixed(digits);
  return getLang() === 'nl' ? s.replace('.', ',') : s;
}

/** A chart axis's tick labels in Dutch (0,5); in English undefined, so the axis keeps its own format (0.5). */
export function axisTicks(): ((d: number) => string) | undefined {
  return getLang() === 'nl' ? (d) => fixed(d) : undefined;
}

/** An interval "[lo, hi]"; in Dutch "[lo; hi]", as the comma is the decimal sign there ("[0,3; 0,5]"). */
export function interval(lo: string, hi: string): string {
  return `[${lo}${getLang() === 'nl' ? ';' : ','} ${hi}]`;
}
