// Number formatting for the compare table: the same decimals for every cell
// of a row (four significant digits for the row's magnitude, as the CLI),
// percentages for shares.
export function decimalsFor(values: number[]): number {
  const m = Math.max(0, ...values.filter(Number.isFinite).map(Math.abs));
  if (m === 0) return 3;
  return Math.min(4, Math.max(0, 3 - Math.floor(Math.log10(m))));
}

export function fmt(x: number, d: number, signed = false, pct = false): string {
  if (!Number.isFinite(x)) return 'n/a';
  const v = pct ? x * 100 : x;
  // Shares: one decimal fewer than the fraction would need (11.9%, not 11.99%).
  const dd = pct ? Math.max(0, d - 3) : d;
  const s = v.toFixed(dd);
  // −0.00 reads as a difference where there is none.
  const clean = Number(s) === 0 ? (0).toFixed(dd) : s;
  return (signed && Number(clean) > 0 ? '+' : '') + clean.replace('-', '−') + (pct ? '%' : '');
}

/** Conventional words for |d_z| (Cohen): a help for readers, not a verdict. */
export function effectWord(dz: number): string {
  const a = Math.abs(dz);
  if (!Number.isFinite(a)) return '';
  if (a < 0.2) return 'negligible';
  if (a < 0.5) return 'small';
  if (a < 0.8) return 'medium';
  return 'large';
}
