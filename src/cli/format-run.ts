// Writers for `coalesce run`: JSON (one object, runs streamed one per line)
// and tidy CSV. Numbers are written in full (shortest round-trip form), so
// the same arguments always give byte-identical output.

import { INDICATORS, columnsToJSON, phaseName, type RunResult } from '../model/indicators.ts';
import type { Scenario } from '../scenario/types.ts';
import type { Sink } from './output.ts';

export interface RunWriter {
  begin(): void;
  run(result: RunResult): void;
  end(): void;
}

/** CSV column order: runIndex, week, then every other indicator in INDICATORS order. */
export const CSV_COLUMNS = ['runIndex', 'week', ...INDICATORS.filter((n) => n !== 'week')] as const;

export function jsonWriter(sink: Sink, scenario: Scenario, seed: number): RunWriter {
  let first = true;
  return {
    begin: () => sink.write(`{"scenario":${JSON.stringify(scenario)},"seed":${seed},"runs":[`),
    run(r) {
      const run = { runIndex: r.runIndex, series: columnsToJSON(r.columns), summary: r.summary };
      sink.write(`${first ? '\n' : ',\n'}${JSON.stringify(run)}`);
      first = false;
    },
    end: () => sink.write('\n]}\n'),
  };
}

/** Non-finite numbers become empty fields (read as missing by R, pandas and d3). */
function csvNumber(x: number): string {
  return Number.isFinite(x) ? String(x) : '';
}

export function csvWriter(sink: Sink): RunWriter {
  const rest = CSV_COLUMNS.slice(2) as readonly (typeof INDICATORS)[number][];
  return {
    begin: () => sink.write(`${CSV_COLUMNS.join(',')}\n`),
    run(r) {
      const weeks = r.columns.week.length;
      const lines: string[] = [];
      for (let w = 0; w < weeks; w++) {
        const fields = [String(r.runIndex), csvNumber(r.columns.week[w])];
        for (const name of rest) {
          const v = r.columns[name][w];
          fields.push(name === 'phase' ? phaseName(v) : csvNumber(v));
        }
        lines.push(fields.join(','));
      }
      sink.write(`${lines.join('\n')}\n`);
    },
    end() {},
  };
}
