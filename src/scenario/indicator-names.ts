// The names of the weekly indicators and phases: the output contract of
// MODEL.md §4.3, and the words a scenario's `when` conditions use. Declared
// here, below the model, so that the scenario module can check conditions
// without importing the model (src/model/indicators.ts re-exports them).
// Scripts outside this repository depend on these names; add, never rename.

export const PHASES = ['potential', 'coalescing', 'maturing', 'dormant'] as const;
export type Phase = (typeof PHASES)[number];
export const PHASE_CODE = { potential: 0, coalescing: 1, maturing: 2, dormant: 3 } as const;

export const INDICATORS = [
  'week',
  'phase',
  'members',
  'activeFraction',
  'meanEnergy',
  'newcomers',
  'dropouts',
  'meanTrust',
  'groupSafety',
  'sharingNorm',
  'memberValue',
  'sponsorValue',
  'sponsorSupport',
  'artifacts',
  'oneOnOnes',
  'groupContacts',
  'trickyShared1on1',
  'trickySharedGroup',
  'badlyReceived',
  'insights',
  'insightsWoven',
  'weavingRatio',
  'innovations',
  'ties',
  'density',
  'clustering',
  'giantComponentShare',
  'crossOrgTieShare',
  'eiIndex',
  'meanConstraint',
  'core',
  'active',
  'peripheral',
  // Additions beyond §4.3 (allowed by the contract: "more indicators are welcome").
  'sponsorExpectation',
  'attendance',
  // v0.3: tricky issues the facilitator wove into a session (insightsWoven counts insights only).
  'issuesWoven',
] as const;
export type Indicator = (typeof INDICATORS)[number];

/** One week's indicators. `phase` holds its PHASE_CODE; use phaseName(). */
export type IndicatorRow = Record<Indicator, number>;

export function phaseName(code: number): Phase {
  return PHASES[code] ?? 'potential';
}
