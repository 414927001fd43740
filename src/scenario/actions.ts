// One declaration per facilitation action (MODEL.md §7.11): its parameters
// with defaults and ranges, its budget cost and its help text. The validator,
// the model, the UI's intervention buttons and the docs all read this table.

import type { FacilitatorParams } from './params.ts';
import type { Action, ActionType } from './types.ts';

export interface ActionParamSpec {
  /** Absent when the default comes from a scenario parameter (see help). */
  default?: number | string;
  /** For numbers. */
  min?: number;
  max?: number;
  integer?: boolean;
  /** For strings. */
  choices?: readonly string[];
  help: string;
}

export interface ActionSpec {
  type: ActionType;
  label: string;
  help: string;
  /** Path in params.ts of the budget cost (facilitator.*); per item for weave. */
  costParam: `facilitator.${keyof FacilitatorParams & string}`;
  params: Record<string, ActionParamSpec>;
}

const mixing: ActionParamSpec = {
  default: 'random',
  choices: ['random', 'crossOrg'],
  help: 'How contacts are chosen at the session; crossOrg sets homophily to −1.',
};
const pull = (param: string): ActionParamSpec => ({
  min: 0,
  max: 1,
  help: `Attendance pull: each member attends with pull·(0.5+0.5E); defaults to parameters.${param}.`,
});

export const ACTIONS: Record<ActionType, ActionSpec> = {
  launch: {
    type: 'launch',
    label: 'Launch',
    help: 'The big opening event: everyone is invited; +energy to attendees. Moves the phase to coalescing.',
    costParam: 'facilitator.eventCost',
    params: { pull: pull('launchPull'), mixing },
  },
  meetup: {
    type: 'meetup',
    label: 'Meetup',
    help: 'A group session: attendees meet new people and may raise tricky issues.',
    costParam: 'facilitator.eventCost',
    params: { pull: pull('meetupPull'), mixing },
  },
  webinar: {
    type: 'webinar',
    label: 'Webinar',
    help: 'A lighter group session with lower attendance and a smaller energy boost.',
    costParam: 'facilitator.eventCost',
    params: { pull: pull('webinarPull'), mixing },
  },
  followUp: {
    type: 'followUp',
    label: 'Follow-up',
    help: 'A nudge to every member (a newsletter, a message): a little energy.',
    costParam: 'facilitator.smallActionCost',
    params: { dE: { default: 0.05, min: 0, max: 1, help: 'Energy added to every member.' } },
  },
  matchmake: {
    type: 'matchmake',
    label: 'Matchmake',
    help: 'The facilitator introduces pairs of members who then hold a 1:1.',
    costParam: 'facilitator.smallActionCost',
    params: {
      k: { default: 3, min: 0, max: 100, integer: true, help: 'Number of pairs.' },
      by: {
        default: 'need',
        choices: ['need', 'crossOrg', 'isolates'],
        help: 'need: expertise meets need; crossOrg: across organisations; isolates: members without ties.',
      },
    },
  },
  weave: {
    type: 'weave',
    label: 'Weave',
    help: 'With consent, the facilitator brings insights and issues from 1:1s into the next group session.',
    costParam: 'facilitator.weaveCost',
    params: { k: { default: 2, min: 0, max: 20, integer: true, help: 'Items to weave.' } },
  },
  modelVulnerability: {
    type: 'modelVulnerability',
    label: 'Model vulnerability',
    help: 'At the next session the facilitator shares a tricky issue of its own, showing it is safe.',
    costParam: 'facilitator.smallActionCost',
    params: { s: { default: 0.6, min: 0, max: 1, help: 'Sensitivity of the issue the facilitator shares.' } },
  },
  quickWin: {
    type: 'quickWin',
    label: 'Quick win',
    help: 'A useful artifact for members and sponsor: +1 artifact and value to active members.',
    costParam: 'facilitator.quickWinCost',
    params: {},
  },
  trustFormat: {
    type: 'trustFormat',
    label: 'Trust format',
    help: 'This week\'s sessions focus on getting to know each other: double trust gain, half value per contact.',
    costParam: 'facilitator.smallActionCost',
    params: {},
  },
  guest: {
    type: 'guest',
    label: 'Guest',
    help: 'An outside guest brings novel expertise to this week\'s session: +0.1 energy to attendees.',
    costParam: 'facilitator.smallActionCost',
    params: {},
  },
  welcome: {
    type: 'welcome',
    label: 'Welcome',
    help: 'The facilitator makes sure newcomers\' first posts get a reply.',
    costParam: 'facilitator.welcomeCost',
    params: {},
  },
};

/** An action's params with defaults filled in (params without a default stay absent). */
export function actionParams(type: ActionType, given: Record<string, unknown>): Record<string, number | string> {
  const out: Record<string, number | string> = {};
  for (const [k, spec] of Object.entries(ACTIONS[type].params)) {
    const v = given[k] ?? spec.default;
    if (v !== undefined) out[k] = v as number | string;
  }
  return out;
}

/** The key of a facilitator value from its declared path ("facilitator.eventCost" → "eventCost"). */
function facilitatorKey<K extends string>(path: `facilitator.${K}`): K {
  return path.slice('facilitator.'.length) as K;
}

/** What an action costs the facilitator's weekly budget (MODEL.md §7.11): its cost value, × k items for weave. */
export function actionCost(facilitator: FacilitatorParams, a: Action): number {
  const unit = facilitator[facilitatorKey(ACTIONS[a.type].costParam)];
  return a.type === 'weave' ? unit * (a.params.k ?? (ACTIONS.weave.params.k.default as number)) : unit;
}
