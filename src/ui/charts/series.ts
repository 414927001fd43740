// Which indicators each challenge chart draws (MODEL.md §4.2, UX.md §3),
// with question-style titles. Data only: the chart element reads this.
import type { Indicator } from '../../model/indicators.ts';
import { msg } from '../i18n.ts';
import { fixed } from '../number-format.ts';

export interface Series {
  key: Indicator;
  label: string;
  colour: string;
  dash?: string;
  /** Shown as a percentage. */
  pct?: boolean;
  /** A mean over ties: with no tie yet there is nothing to average, so the read-out shows a dash, as the meters do. */
  overTies?: boolean;
}

export interface ChallengeChart {
  /** The challenge (C1–C5); a second panel has an id of its own (C1-value). */
  id: 'C1' | 'C2' | 'C3' | 'C4' | 'C5' | 'C1-value' | 'C4-group' | 'C5-ei';
  title: string;
  /** The y axis in percent (every series a share or a 0–1 level). */
  pct?: boolean;
  /**
   * A panel under this one, on the same weeks, for a quantity on another
   * scale: one axis never holds trust (0–100%) and sponsor value (0–20).
   */
  below?: ChallengeChart;
  /** Panel height in px (84 when absent). */
  height?: number;
  series: Series[];
  /** Fixed y domain, else from the data. */
  y?: [number, number];
  /** Extra values in the read-out only. */
  extra?: Series[];
  /** Draw a ✦ where this cumulative count rose. */
  stars?: Indicator;
}

// Okabe–Ito blue / vermillion / bluish green for lines, never red vs green alone.
const BLUE = '#0072B2', VERM = '#D55E00', GREEN = '#009E73', GREY = '#57606C';

export const CHARTS: ChallengeChart[] = [
  {
    id: 'C1',
    title: msg('C1 · Trust first, or value first?'),
    pct: true,
    series: [{ key: 'meanTrust', label: msg('mean trust'), colour: BLUE, pct: true, overTies: true }],
    y: [0, 1],
    extra: [{ key: 'memberValue', label: msg('member value'), colour: GREY }],
    below: {
      id: 'C1-value',
      title: msg('Value the sponsor sees, and what it expects (value units)'),
      series: [
        { key: 'sponsorValue', label: msg('sponsor value'), colour: VERM },
        { key: 'sponsorExpectation', label: msg('sponsor expects'), colour: GREY, dash: '4 3' },
      ],
      height: 70,
    },
  },
  {
    id: 'C2',
    title: msg('C2 · Does the energy last after the launch?'),
    pct: true,
    series: [
      { key: 'activeFraction', label: msg('active'), colour: BLUE, pct: true },
      { key: 'meanEnergy', label: msg('mean energy'), colour: VERM, pct: true },
    ],
    y: [0, 1],
    extra: [{ key: 'members', label: msg('members'), colour: GREY }],
  },
  {
    id: 'C3',
    title: msg('C3 · Are tricky issues shared, 1:1 or in the group?'),
    series: [
      { key: 'trickyShared1on1', label: msg('shared 1:1'), colour: BLUE },
      { key: 'trickySharedGroup', label: msg('shared in group'), colour: VERM },
      { key: 'badlyReceived', label: msg('badly received'), colour: GREY, dash: '2 2' },
    ],
  },
  {
    id: 'C4',
    title: msg('C4 · One-to-one or the whole group?'),
    series: [{ key: 'oneOnOnes', label: msg('1:1 talks / wk'), colour: BLUE }],
    extra: [{ key: 'weavingRatio', label: msg('woven into group'), colour: GREY, pct: true }],
    // Contacts in a session run about ten times the week's 1:1 talks: on one axis the talks lay flat on the floor.
    below: {
      id: 'C4-group',
      title: msg('Contacts between members in group sessions, per week'),
      series: [{ key: 'groupContacts', label: msg('group contacts / wk'), colour: VERM }],
      height: 64,
    },
  },
  {
    id: 'C5',
    title: msg('C5 · Do organisations mix and innovate?'),
    pct: true,
    series: [{ key: 'crossOrgTieShare', label: msg('cross-org ties'), colour: BLUE, pct: true, overTies: true }],
    y: [0, 1],
    extra: [{ key: 'innovations', label: msg('innovations'), colour: GREY }],
    stars: 'innovations',
    below: {
      id: 'C5-ei',
      title: msg('E-I index: −1 all ties inside organisations, +1 all across'),
      series: [{ key: 'eiIndex', label: msg('E-I index'), colour: GREEN, dash: '4 2' }],
      y: [-1, 1],
      height: 64,
    },
  },
];

export function formatValue(v: number | undefined, s: Series): string {
  if (v === undefined || Number.isNaN(v)) return '–';
  if (s.pct) return `${Math.round(v * 100)}%`;
  if (Number.isInteger(v)) return String(v);
  // As the meters: whole from 10 on, one decimal from 1 (5.7), two below (0.10).
  const a = Math.abs(v);
  return fixed(v, a >= 10 ? 0 : a >= 1 ? 1 : 2);
}

/** Every panel, in the order drawn: each challenge's chart, then the panel below it, if any. */
export const PANELS: ChallengeChart[] = CHARTS.flatMap((c) => (c.below ? [c, c.below] : [c]));
