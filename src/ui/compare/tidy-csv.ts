// Tidy CSV of a comparison: one row per scenario, run and week, every
// indicator a column (phase by name). Built in slices so a large export never
// holds the main thread for long.
import { INDICATORS, phaseName, type RunResult } from '../../model/indicators.ts';

export interface TidyScenario {
  label: string;
  name: string;
  runs: readonly RunResult[];
}

const KEYS = INDICATORS.filter((k) => k !== 'week');

export const TIDY_HEADER = ['scenario', 'scenarioName', 'seed', 'runIndex', 'week', ...KEYS].join(',');

function field(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** Rows of one run. */
export function tidyRows(label: string, name: string, r: RunResult): string[] {
  const c = r.columns;
  const n = c.week.length;
  const head = `${field(label)},${field(name)},${r.seed},${r.runIndex},`;
  const out = new Array<string>(n);
  for (let w = 0; w < n; w++) {
    let line = head + w;
    for (const k of KEYS) {
      const v = c[k][w];
      line += ',' + (k === 'phase' ? phaseName(v) : Number.isFinite(v) ? String(v) : '');
    }
    out[w] = line;
  }
  return out;
}

/** The whole CSV; yields to the event loop between runs (`pause`). */
export async function tidyCSV(scenarios: TidyScenario[], pause: () => Promise<void> = () => new Promise((r) => setTimeout(r))): Promise<string> {
  const parts: string[] = [TIDY_HEADER];
  let t = performance.now();
  for (const s of scenarios) {
    for (const r of s.runs) {
      parts.push(...tidyRows(s.label, s.name, r));
      if (performance.now() - t > 20) {
        await pause();
        t = performance.now();
      }
    }
  }
  return parts.join('\n') + '\n';
}
