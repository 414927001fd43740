// CSV quoting shared by every writer; browser-safe (the compare view's CSV
// export uses format-compare.ts, which imports this).

export function csvField(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}
