// A run's output: one value per indicator per week, as columns, and the
// run's summary. The names (INDICATORS, PHASES) are declared with the
// scenario's types, in src/scenario/indicator-names.ts, and re-exported here.

import { INDICATORS, phaseName, type Indicator } from '../scenario/indicator-names.ts';

export { INDICATORS, PHASES, PHASE_CODE, phaseName, type Indicator, type IndicatorRow, type Phase } from '../scenario/indicator-names.ts';

/** A run's indicators as columns, index = week (0..horizon). */
export type Columns = Record<Indicator, Float64Array>;

export interface RunSummary {
  coalescingWeek: number | null;
  maturingWeek: number | null;
  firstTricky1on1Week: number | null;
  firstTrickyGroupWeek: number | null;
  /** Final value of every indicator (phase as its name). */
  final: Record<Indicator, number | string>;
}

export interface RunResult {
  seed: number;
  runIndex: number;
  columns: Columns;
  summary: RunSummary;
  /** Per week, the maturing conditions that held (bit k: MATURING_CONDITIONS[k]; 0 in week 0). */
  conditions?: Uint8Array;
}


/** Columns as plain JSON arrays, with phase names instead of codes. */
export function columnsToJSON(columns: Columns): Record<Indicator, (number | string)[]> {
  const out = {} as Record<Indicator, (number | string)[]>;
  for (const name of INDICATORS) {
    const col = columns[name];
    out[name] = name === 'phase' ? Array.from(col, phaseName) : Array.from(col);
  }
  return out;
}
