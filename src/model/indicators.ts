// The output contract of MODEL.md §4.3: indicator names, one value per week.
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

export function phaseName(code: number): Phase {
  return PHASES[code] ?? 'potential';
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
