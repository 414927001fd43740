// The participatory run's controls in the Room panel (part B): filled in with the model's decisions.
import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';

@customElement('run-panel')
export class RunPanel extends LitElement {
  @property({ attribute: false }) labScenario?: () => Promise<{ text: string; name: string; seed: number } | undefined>;
  override render() {
    return html``;
  }
}
