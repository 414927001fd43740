// The network in words (UX.md §6 "Text alternative"): the week's caption and
// events, counts by level and organisation, a sortable member table and the
// strongest ties. For screen readers, and for anyone who prefers numbers.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { LEVELS, type Snapshot } from '../../model/snapshot.ts';
import { msg } from '../i18n.ts';
import { fixed } from '../number-format.ts';
import { caption, weekEvents } from '../network/week-events.ts';
import { orgLabel } from '../org-names.ts';

type SortKey = 'id' | 'org' | 'level' | 'energy' | 'ties';

@customElement('network-text')
export class NetworkText extends LitElement {
  @property({ attribute: false }) snapshot?: Snapshot;
  @state() private sort: SortKey = 'energy';
  @state() private desc = true;

  static override styles = css`
    :host { display: block; font: 13px/1.4 system-ui, sans-serif; color: var(--ink); }
    h3 { font-size: 14px; margin: 10px 0 4px; }
    p { margin: 4px 0; }
    table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
    th, td { text-align: left; padding: 3px 6px; border-bottom: 1px solid var(--line-soft); }
    th button { font: inherit; font-weight: 700; border: 0; background: none; padding: 2px 0; cursor: pointer; min-height: 24px; color: var(--ink); }
    th button:focus-visible { outline: 3px solid var(--focus); outline-offset: 1px; }
    .scroll { max-height: 320px; overflow: auto; }
    .scroll:focus-visible { outline: 3px solid var(--focus); }
  `;

  override render() {
    const s = this.snapshot;
    if (!s) return html`<p>${msg('No run yet.')}</p>`;
    const m = s.members;
    const present: number[] = [];
    for (let i = 0; i < m.id.length; i++) if (m.present[i]) present.push(i);
    const tiesOf = new Map<number, number>();
    const t = s.ties;
    let cross = 0;
    let trust = 0;
    for (let k = 0; k < t.a.length; k++) {
      tiesOf.set(t.a[k], (tiesOf.get(t.a[k]) ?? 0) + 1);
      tiesOf.set(t.b[k], (tiesOf.get(t.b[k]) ?? 0) + 1);
      cross += t.crossOrg[k];
      trust += (t.trustAB[k] + t.trustBA[k]) / 2;
    }
    const byLevel = LEVELS.map((l, li) => `${msg(l)} ${present.filter((i) => m.level[i] === li).length}`).join(' · ');
    const active = present.filter((i) => m.active[i]).length;
    const orgName = (i: number) => orgLabel(s.orgIds[m.org[i]] ?? '?');
    const key = (i: number): number | string => {
      switch (this.sort) {
        case 'id': return m.id[i];
        case 'org': return orgName(i);
        case 'level': return m.level[i];
        case 'energy': return m.energy[i];
        case 'ties': return tiesOf.get(m.id[i]) ?? 0;
      }
    };
    const rows = [...present].sort((x, y) => {
      const a = key(x), b = key(y);
      const c = a < b ? -1 : a > b ? 1 : m.id[x] - m.id[y];
      return this.desc ? -c : c;
    });
    const strongest = Array.from(t.a, (_, k) => k).sort((x, y) => t.strength[y] - t.strength[x]).slice(0, 15);
    const head = (k: SortKey, label: string) => html`<th aria-sort=${this.sort === k ? (this.desc ? 'descending' : 'ascending') : 'none'}>
      <button @click=${() => { this.desc = this.sort === k ? !this.desc : k !== 'id' && k !== 'org'; this.sort = k; }}>${label}${this.sort === k ? (this.desc ? ' ↓' : ' ↑') : ''}</button></th>`;
    return html`
      <p data-testid="text-caption"><strong>${caption(weekEvents(s))}</strong></p>
      <p>${msg(`${present.length} members, ${active} active this week.`)} ${byLevel}.</p>
      <p>${msg(`${t.a.length} ties, ${cross} across organisations; mean trust on a tie ${t.a.length ? `${Math.round((100 * trust) / t.a.length)}%` : '–'}.`)}</p>
      <h3 id="mt">${msg('Members')}</h3>
      <div class="scroll" tabindex="0" role="region" aria-labelledby="mt">
        <table data-testid="member-table">
          <thead><tr>${head('id', msg('Member'))}${head('org', msg('Organisation'))}${head('level', msg('Level'))}${head('energy', msg('Energy'))}${head('ties', msg('ties'))}<th>${msg('active this week')}</th></tr></thead>
          <tbody>${rows.map((i) => html`<tr><td>#${m.id[i]}</td><td>${orgName(i)}</td><td>${msg(LEVELS[m.level[i]])}</td><td>${Math.round(m.energy[i] * 100)}%</td><td>${tiesOf.get(m.id[i]) ?? 0}</td><td>${m.active[i] ? '✓' : '–'}</td></tr>`)}</tbody>
        </table>
      </div>
      <h3 id="tt">${msg('Strongest ties')}</h3>
      ${strongest.length
        ? html`<div class="scroll" tabindex="0" role="region" aria-labelledby="tt"><table data-testid="tie-table">
            <thead><tr><th>${msg('Pair')}</th><th>${msg('strength')}</th><th>${msg('trust')}</th><th>${msg('across organisations')}</th></tr></thead>
            <tbody>${strongest.map((k) => html`<tr><td>#${t.a[k]} – #${t.b[k]}</td><td>${fixed(t.strength[k], 2)}</td><td>${Math.round(50 * (t.trustAB[k] + t.trustBA[k]))}%</td><td>${t.crossOrg[k] ? '✓' : '–'}</td></tr>`)}</tbody>
          </table></div>`
        : html`<p>${msg('No ties yet')}</p>`}
      ${nothing}
    `;
  }
}
