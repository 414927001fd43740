// A complete scenario with every value at its declared default (params.ts).

import { PARAMS, defaultsUnder } from './params.ts';
import type { PresetId, Scenario } from './types.ts';

const DEFAULT_ORGS = ['org-a', 'org-b', 'org-c', 'org-d', 'org-e'];

export function defaultScenario(preset: PresetId = 'steady-rhythm'): Scenario {
  const top = (path: string) => PARAMS.find((s) => s.path === path)!.default;
  return {
    schemaVersion: 1,
    name: preset,
    description: '',
    sourceNotes: '',
    seed: top('seed'),
    replicates: top('replicates'),
    horizon: top('horizon'),
    population: {
      size: top('population.size'),
      organisations: DEFAULT_ORGS.map((id) => ({ id, share: 1 / DEFAULT_ORGS.length })),
    },
    initialNetwork: { colleagueTies: top('initialNetwork.colleagueTies') },
    parameters: defaultsUnder('parameters'),
    facilitator: defaultsUnder('facilitator'),
    sponsor: defaultsUnder('sponsor'),
    strategy: { preset, actions: [] },
  };
}
