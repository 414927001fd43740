// The nine facilitation strategies of MODEL.md §7.11 as action timelines.
// Week 1 is the launch; meetups start in week 5 and repeat every 4 weeks.
// A scenario's own `strategy.actions` are added to its preset's timeline.

import type { Action, PresetId } from './types.ts';

export interface Preset {
  id: PresetId;
  /** One line, shown by `coalesce presets` and in the UI. */
  description: string;
  /** The challenge(s) it addresses. */
  addresses: string;
  actions: Action[];
  /** The facilitator's weekly check-in 1:1s (§7.11); off only for big-launch, where nobody follows up. */
  facilitatorOneOnOnes: boolean;
}

const launch: Action = { type: 'launch', params: {}, at: 1 };
const rhythm: Action = { type: 'meetup', params: {}, every: 4, from: 5 };
const matchNeed: Action = { type: 'matchmake', params: { k: 3, by: 'need' }, every: 1, from: 2 };
/** Quick wins every 2 weeks from week 2 (even weeks): value-first's, and balanced's between its meetups. */
const quickWins: Action = { type: 'quickWin', params: {}, every: 2, from: 2 };
/** Trust-building meetups in odd weeks 3–11, then a meetup every 4 weeks: trust-first's, and balanced's. */
const trustMeetups: Action[] = [
  { type: 'meetup', params: {}, every: 2, from: 3, until: 11 },
  { type: 'trustFormat', params: {}, every: 2, from: 3, until: 11 },
  { type: 'meetup', params: {}, every: 4, from: 15 },
];

export const PRESETS: Record<PresetId, Preset> = {
  'big-launch': {
    id: 'big-launch',
    description: 'A big launch in week 1 and nothing after it.',
    addresses: 'C2 baseline: energy after the launch',
    actions: [launch],
    facilitatorOneOnOnes: false,
  },
  'steady-rhythm': {
    id: 'steady-rhythm',
    description: 'Launch, a meetup every 4 weeks and a weekly follow-up nudge.',
    addresses: 'C2: a rhythm keeps the energy up (Wenger et al. 2002)',
    actions: [launch, rhythm, { type: 'followUp', params: { dE: 0.05 }, every: 1, from: 2 }],
    facilitatorOneOnOnes: true,
  },
  matchmaker: {
    id: 'matchmaker',
    description: 'Launch, a meetup every 4 weeks, and 3 matches by need every week.',
    addresses: 'C4: private spaces, 1:1 conversations',
    actions: [launch, rhythm, matchNeed],
    facilitatorOneOnOnes: true,
  },
  weaver: {
    id: 'weaver',
    description: 'Matchmaker, plus weaving 2 private items into each meetup.',
    addresses: 'C4: public and private spaces together',
    actions: [launch, rhythm, matchNeed, { type: 'weave', params: { k: 2 }, every: 4, from: 4 }],
    facilitatorOneOnOnes: true,
  },
  vulnerability: {
    id: 'vulnerability',
    description: 'Steady rhythm, and the facilitator shares a tricky issue of its own at meetups 2 and 3.',
    addresses: 'C3: psychological safety (Edmondson 1999)',
    actions: [
      launch,
      rhythm,
      { type: 'followUp', params: { dE: 0.05 }, every: 1, from: 2 },
      { type: 'modelVulnerability', params: { s: 0.6 }, at: 9 },
      { type: 'modelVulnerability', params: { s: 0.6 }, at: 13 },
    ],
    facilitatorOneOnOnes: true,
  },
  'value-first': {
    id: 'value-first',
    description: 'Launch, then a quick win for members and sponsor every 2 weeks.',
    addresses: 'C1: focus on value',
    actions: [launch, quickWins],
    facilitatorOneOnOnes: true,
  },
  'trust-first': {
    id: 'trust-first',
    description: 'Launch, trust-building meetups every 2 weeks until week 11, then a meetup every 4 weeks.',
    addresses: 'C1: familiarity and trust first',
    actions: [launch, ...trustMeetups],
    facilitatorOneOnOnes: true,
  },
  bridging: {
    id: 'bridging',
    description: 'Steady rhythm whose meetups mix organisations, plus 3 cross-organisation matches a week.',
    addresses: 'C5: ties across organisations (de Jong 2010)',
    actions: [
      { type: 'launch', params: { mixing: 'crossOrg' }, at: 1 },
      { type: 'meetup', params: { mixing: 'crossOrg' }, every: 4, from: 5 },
      { type: 'followUp', params: { dE: 0.05 }, every: 1, from: 2 },
      { type: 'matchmake', params: { k: 3, by: 'crossOrg' }, every: 1, from: 2 },
    ],
    facilitatorOneOnOnes: true,
  },
  balanced: {
    id: 'balanced',
    description: "Trust-first's meetups and value-first's quick wins together, in alternate weeks within the same budget.",
    addresses: 'C1: trust and value as a balance, not a choice',
    actions: [launch, ...trustMeetups, quickWins],
    facilitatorOneOnOnes: true,
  },
};
