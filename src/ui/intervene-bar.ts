// The facilitator's actions, acting at the current week. Each button says
// what it costs against this week's budget H·σ; recorded actions are listed.
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ACTIONS } from '../scenario/actions.ts';
import type { ActionParams, ActionType } from '../scenario/types.ts';
import type { Intervention } from './controllers/sim-controller.ts';
import { msg } from './i18n.ts';

export interface InterveneDetail { type: ActionType; params: ActionParams; label: string }

interface Button { id: string; type: ActionType; params: ActionParams; label: string; help: string }

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

@customElement('intervene-bar')
export class InterveneBar extends LitElement {
  @property({ attribute: false }) interventions: Intervention[] = [];
  @property({ attribute: false }) cost: (type: ActionType) => number = () => 0;
  @property({ type: Number }) budget = 0;
  @property({ type: Number }) week = 0;
  @property({ type: Boolean }) disabled = false;

  static override styles = css`
    :host { display: flex; align-items: center; gap: 6px; padding: 5px 10px; font: 13px system-ui, sans-serif; border-top: 1px solid #d0d4da; background: #fff; flex-wrap: wrap; }
    .lead { font-weight: 650; margin-right: 4px; }
    button { min-height: 34px; padding: 0 10px; font: inherit; border: 1px solid #57606c; background: #fff; border-radius: 17px; cursor: pointer; display: inline-flex; gap: 6px; align-items: center; }
    button:hover { background: #f3f5f7; }
    button:focus-visible { outline: 3px solid #0072B2; outline-offset: 1px; }
    button:disabled { opacity: 0.5; cursor: default; }
    small { color: #555; font-variant-numeric: tabular-nums; }
    .log { margin-left: auto; color: #333; font-size: 12px; max-width: 340px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  `;

  override render() {
    return html`
      <span class="lead">${msg(`Intervene at week ${this.week}:`)}</span>
      ${BUTTONS.map((b) => {
        const cost = this.cost(b.type);
        return html`<button data-action=${b.id} ?disabled=${this.disabled} title="${b.help} ${msg(`Costs ${cost} of ${this.budget.toFixed(1)} units this week.`)}"
          @click=${() => this.dispatchEvent(new CustomEvent<InterveneDetail>('intervene', { detail: { type: b.type, params: b.params, label: b.label }, bubbles: true, composed: true }))}>
          ${b.label} <small>${cost}</small></button>`;
      })}
      <span class="log" data-testid="intervention-log" title=${this.interventions.map((i) => `wk ${i.action.at}: ${i.label}`).join(', ')}>
        ${this.interventions.length
          ? html`● ${this.interventions.length} ${msg('recorded')}: ${this.interventions.slice(-3).map((i) => `wk ${i.action.at} ${i.label}`).join(', ')}`
          : msg(`Budget ${this.budget.toFixed(1)} units/wk; numbers are costs.`)}
      </span>
    `;
  }
}
