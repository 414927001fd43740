// CSV quoting shared by every writer (the CLI's and the browser's Compare
// export, through compare-csv.ts); browser-safe.

export function csvField(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}
