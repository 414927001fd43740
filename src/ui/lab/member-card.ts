// Details of one member, staying open during play: who they are, their
// energy and value, their ties (strongest first) and issues.
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Snapshot } from '../../model/snapshot.ts';
import { levelWords } from '../network/member-lines.ts';
import { msg } from '../i18n.ts';
import { fixed } from '../number-format.ts';
import { orgVar } from '../theme.ts';
import { orgLabel } from '../org-names.ts';

@customElement('member-card')
export class MemberCard extends LitElement {
  @property({ attribute: false }) snapshot?: Snapshot;
  @property({ type: Number }) memberId = -1;

  static override styles = css`
    :host { display: block; font: 13px/1.4 system-ui, sans-serif; color: var(--ink); border: 1px solid var(--line); border-radius: 8px; padding: 8px 10px; background: var(--panel); }
    header { display: flex; align-items: center; gap: 8px; }
    h3 { margin: 0; font-size: 15px; flex: 1; }
    .sw { width: 14px; height: 14px; border-radius: 50%; border: 1px solid var(--ink); }
    button { min-width: 28px; min-height: 28px; border: 1px solid var(--control-line); border-radius: 6px; background: var(--control); cursor: pointer; }
    dl { display: grid; grid-template-columns: auto 1fr; gap: 1px 10px; margin: 6px 0; }
    dt { color: var(--ink-4); }
    dd { margin: 0; font-variant-numeric: tabular-nums; }
    table { border-collapse: collapse; width: 100%; font-size: 12px; }
    th, td { text-align: left; padding: 1px 4px; border-bottom: 1px solid var(--line-soft); }
  `;

  override render() {
    const s = this.snapshot;
    if (!s) return null;
    const m = s.members;
    const i = m.id.indexOf(this.memberId);
    if (i < 0) return html`<p>${msg('This member is not in the current week.')}</p>`;
    const pct = (x: number) => `${Math.round(x * 100)}%`;
    const ties: { other: number; w: number; out: number; inn: number; cross: boolean }[] = [];
    const t = s.ties;
    for (let j = 0; j < t.a.length; j++) {
      if (t.a[j] === this.memberId) ties.push({ other: t.b[j], w: t.strength[j], out: t.trustAB[j], inn: t.trustBA[j], cross: !!t.crossOrg[j] });
      else if (t.b[j] === this.memberId) ties.push({ other: t.a[j], w: t.strength[j], out: t.trustBA[j], inn: t.trustAB[j], cross: !!t.crossOrg[j] });
    }
    ties.sort((a, b) => b.w - a.w);
    return html`
      <header>
        <span class="sw" style="background:${orgVar(m.org[i])}"></span>
        <h3>${msg('Member')} #${this.memberId} · ${orgLabel(s.orgIds[m.org[i]])}</h3>
        <button aria-label=${msg('Close the member card')} @click=${() => this.dispatchEvent(new CustomEvent('member-select', { detail: { id: null }, bubbles: true, composed: true }))}>✕</button>
      </header>
      <dl>
        ${m.present[i]
          ? html`<dt>${msg('Level')}</dt><dd data-testid="member-level">${levelWords(m.level[i])}</dd>
              <dt>${msg('This week')}</dt><dd data-testid="member-week">${m.active[i] ? msg('took part') : msg('did not take part')}</dd>`
          : html`<dt>${msg('Status')}</dt><dd>${msg(`left in week ${m.left[i]}`)}</dd>`}
        <dt>${msg('Joined')}</dt><dd>${msg('week')} ${m.joined[i]}</dd>
        <dt>${msg('Energy')}</dt><dd>${pct(m.energy[i])}</dd>
        <dt>${msg('Perceived value')}</dt><dd>${fixed(m.value[i], 2)}</dd>
        <dt>${msg('Propensity to trust')}</dt><dd>${pct(m.propensity[i])}</dd>
        <dt>${msg('Trust in facilitator')}</dt><dd>${pct(m.facilitatorTrust[i])}</dd>
        <dt>${msg('Tricky issues')}</dt><dd>${m.openIssues[i]} ${msg('open')}, ${m.sharedIssues[i]} ${msg('shared with someone')}</dd>
      </dl>
      <table>
        <caption style="text-align:left;font-weight:600">${ties.length} ${ties.length === 1 ? msg('tie') : msg('ties')}</caption>
        <thead><tr><th>${msg('with')}</th><th>${msg('strength')}</th><th>${msg('trusts them')}</th><th>${msg('trusted by')}</th></tr></thead>
        <tbody>${ties.slice(0, 8).map((x) => html`<tr><td>#${x.other}${x.cross ? ' ↔' : ''}</td><td>${fixed(x.w, 2)}</td><td>${pct(x.out)}</td><td>${pct(x.inn)}</td></tr>`)}</tbody>
      </table>
    `;
  }
}
