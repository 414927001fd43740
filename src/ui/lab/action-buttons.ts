// The lab's facilitator actions as its buttons name them: one per action
// type, and a meetup across organisations of its own. The intervene bar draws
// them; a recorded or deferred action is named by the button that makes it
// (restore, budget news).
import { ACTIONS } from '../../scenario/actions.ts';
import type { ActionParams, ActionType } from '../../scenario/types.ts';
import { msg } from '../i18n.ts';

export interface Button { id: string; type: ActionType; params: ActionParams; label: string; help: string }

export const BUTTONS: Button[] = [
  { id: 'meetup', type: 'meetup', params: {}, label: msg(ACTIONS.meetup.label), help: msg(ACTIONS.meetup.help) },
  { id: 'matchmake', type: 'matchmake', params: {}, label: msg(ACTIONS.matchmake.label), help: msg(ACTIONS.matchmake.help) },
  { id: 'weave', type: 'weave', params: {}, label: msg(ACTIONS.weave.label), help: msg(ACTIONS.weave.help) },
  { id: 'modelVulnerability', type: 'modelVulnerability', params: {}, label: msg(ACTIONS.modelVulnerability.label), help: msg(ACTIONS.modelVulnerability.help) },
  { id: 'quickWin', type: 'quickWin', params: {}, label: msg(ACTIONS.quickWin.label), help: msg(ACTIONS.quickWin.help) },
  { id: 'followUp', type: 'followUp', params: {}, label: msg(ACTIONS.followUp.label), help: msg(ACTIONS.followUp.help) },
  {
    id: 'crossOrg', type: 'meetup', params: { mixing: 'crossOrg' }, label: msg('Cross-org meetup'),
    help: msg('A meetup where contacts are made across organisations (mixing: crossOrg).'),
  },
];

/** A recorded action's button label in the page's language (a draft or a handoff may come from the other language); `fallback` for actions no button makes. */
export function actionLabel(a: { type: ActionType; params: ActionParams }, fallback: string): string {
  const mixing = (a.params as Record<string, unknown>).mixing;
  const b = BUTTONS.find((x) => x.type === a.type && (x.params as Record<string, unknown>).mixing === mixing) ?? BUTTONS.find((x) => x.type === a.type && !('mixing' in x.params));
  return b?.label ?? fallback;
}
