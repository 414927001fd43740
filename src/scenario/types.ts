import type { Condition } from './condition.ts';
import type { FacilitatorParams, ModelParams, SponsorParams } from './params.ts';

// The shape of a scenario once parsed, validated and filled with defaults.
// The model consumes only this; the parser (parse.ts) produces only this.

export const PRESET_IDS = [
  'big-launch',
  'steady-rhythm',
  'matchmaker',
  'weaver',
  'vulnerability',
  'value-first',
  'trust-first',
  'bridging',
  'balanced',
] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export const ACTION_TYPES = [
  'launch',
  'meetup',
  'webinar',
  'followUp',
  'matchmake',
  'weave',
  'modelVulnerability',
  'quickWin',
  'trustFormat',
  'guest',
  'welcome',
] as const;
export type ActionType = (typeof ACTION_TYPES)[number];

/** Event kinds are action types that hold a group session. */
export const EVENT_TYPES = ['launch', 'meetup', 'webinar'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export type Mixing = 'random' | 'crossOrg';
export type MatchBy = 'need' | 'crossOrg' | 'isolates';

/** Parameters each action type accepts (all optional; defaults in actions.ts). */
export interface ActionParams {
  /** launch/meetup/webinar: attendance pull (default 1.0 / 0.6 / 0.4). */
  pull?: number;
  /** launch/meetup/webinar: how contacts are chosen at the session. */
  mixing?: Mixing;
  /** followUp: energy nudge to every member (default 0.05). */
  dE?: number;
  /** matchmake: number of pairs; weave: number of items. */
  k?: number;
  /** matchmake: who is matched with whom. */
  by?: MatchBy;
  /** modelVulnerability: sensitivity of the facilitator's own issue. */
  s?: number;
}

/**
 * One entry of a strategy timeline. Exactly one of `at`, `every` or `when`
 * says when it fires; `from`/`until` bound `every` and `when`.
 */
export interface Action {
  type: ActionType;
  params: ActionParams;
  at?: number;
  every?: number;
  from?: number;
  until?: number;
  /** Adaptive trigger on last week's indicators, e.g. "activeFraction < 0.2". */
  when?: string;
  /** `when` parsed by the validator (condition.ts), the form the model evaluates; never written to a file. */
  condition?: Condition;
}

/** What a participant's member shares this week: its next tricky issue 1:1, in the group, or nothing. */
export const SHARE_CHOICES = ['none', 'oneOnOne', 'group'] as const;
export type ShareChoice = (typeof SHARE_CHOICES)[number];

/**
 * A participant's decision for the member it plays, in one week (a
 * participatory run, docs/MODEL.md §7.12). Each field that is given replaces
 * the model's own draw for that member and week; a field left out is played
 * by the model.
 */
export interface Decision {
  /** The week it acts in (1 … horizon). */
  week: number;
  /** The member's id (ids are never reused; newcomers get the next ones). */
  member: number;
  /** Come to this week's sessions (true) or stay away (false). */
  attend?: boolean;
  /** The member it seeks out for a 1:1 this week; null: nobody. */
  talkTo?: number | null;
  /** Share its next tricky issue 1:1, in the group, or not at all this week. */
  share?: ShareChoice;
}

export interface Organisation {
  id: string;
  share: number;
  /** Expertise centre per topic; drawn U(0,1) when absent. */
  expertiseCentroid?: number[];
}

export interface Scenario {
  schemaVersion: 1;
  name: string;
  description: string;
  sourceNotes: string;
  seed: number;
  replicates: number;
  horizon: number;
  population: {
    size: number;
    organisations: Organisation[];
  };
  initialNetwork: {
    /** Mean pre-existing ties per member to colleagues of the same organisation. */
    colleagueTies: number;
  };
  /** Every §7 constant by its camelCase name, typed from the declaration (params.ts). */
  parameters: ModelParams;
  facilitator: FacilitatorParams;
  sponsor: SponsorParams;
  strategy: {
    preset?: PresetId;
    actions: Action[];
  };
  /** Participants' decisions in a participatory run (absent in ordinary scenarios). */
  decisions?: Decision[];
}

/** A problem found in a scenario, located in its source text when possible. */
export interface ScenarioError {
  file: string;
  line: number;
  column: number;
  /** Dotted key path, e.g. "population.organisations[1].share". */
  path: string;
  message: string;
}

export type ParseResult =
  | { ok: true; scenario: Scenario; warnings: ScenarioError[] }
  | { ok: false; errors: ScenarioError[] };
