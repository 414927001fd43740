// Writers for `coalesce run`: JSON (one object, runs streamed one per line),
// tidy CSV and JSONL (one row per run and week). Numbers are written in full
// (shortest round-trip form), so the same arguments give byte-identical output.

import { INDICATORS, columnsToJSON, phaseName, type RunResult } from '../model/indicators.ts';
import type { Scenario } from '../scenario/types.ts';
import { csvField } from '../shared/csv.ts';
import type { Sink } from './output.ts';
import { PROVENANCE_COLUMNS, type Provenance, type RowProvenance } from './provenance.ts';

export interface RunWriter {
  begin(): void;
  run(result: RunResult): void;
  end(): void;
}

/** CSV column order: runIndex, week, then every other indicator in INDICATORS order. */
export const CSV_COLUMNS = ['runIndex', 'week', ...INDICATORS.filter((n) => n !== 'week')] as const;

/** The run's columns followed by seed, scenario and scenarioHash. */
export const RUN_COLUMNS = [...CSV_COLUMNS, ...PROVENANCE_COLUMNS] as const;

export function jsonWriter(sink: Sink, prov: Provenance, scenario: Scenario, seed: number): RunWriter {
  let first = true;
  return {
    begin: () => sink.write(`{"provenance":${JSON.stringify(prov)},"scenario":${JSON.stringify(scenario)},"seed":${seed},"runs":[`),
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

export function csvWriter(sink: Sink, row: RowProvenance, preamble = ''): RunWriter {
  const rest = CSV_COLUMNS.slice(2) as readonly (typeof INDICATORS)[number][];
  const tail = [String(row.seed), csvField(row.scenario), row.scenarioHash].join(',');
  return {
    begin: () => sink.write(`${preamble}${RUN_COLUMNS.join(',')}\n`),
    run(r) {
      const weeks = r.columns.week.length;
      const lines: string[] = [];
      for (let w = 0; w < weeks; w++) {
        const fields = [String(r.runIndex), csvNumber(r.columns.week[w])];
        for (const name of rest) {
          const v = r.columns[name][w];
          fields.push(name === 'phase' ? phaseName(v) : csvNumber(v));
        }
        fields.push(tail);
        lines.push(fields.join(','));
      }
      sink.write(`${lines.join('\n')}\n`);
    },
    end() {},
  };
}

export function jsonlWriter(sink: Sink, row: RowProvenance): RunWriter {
  const rest = CSV_COLUMNS.slice(2) as readonly (typeof INDICATORS)[number][];
  return {
    begin() {},
    run(r) {
      const lines: string[] = [];
      for (let w = 0; w < r.columns.week.length; w++) {
        const obj: Record<string, number | string | null> = { runIndex: r.runIndex, week: r.columns.week[w] };
        for (const name of rest) {
          const v = r.columns[name][w];
          obj[name] = name === 'phase' ? phaseName(v) : Number.isFinite(v) ? v : null;
        }
        Object.assign(obj, row);
        lines.push(JSON.stringify(obj));
      }
      sink.write(`${lines.join('\n')}\n`);
    },
    end() {},
  };
}
