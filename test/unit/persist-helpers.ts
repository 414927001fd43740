// A stored draft for the persist tests, with any fields overridden.
import { DRAFT_VERSION, type Draft } from '../../src/persist/draft.ts';

export function draft(over: Partial<Draft> = {}): Draft {
  return {
    v: DRAFT_VERSION,
    text: 'schemaVersion: 1\nname: t\n',
    file: 'scenarios/t.yaml',
    scenarioName: 't',
    seed: 42,
    week: 0,
    interventions: [],
    savedAt: 1_700_000_000_000,
    ...over,
  };
}
