// Five meters, one per challenge: a question, one big number, the weekly
// change as arrow + word (no red/green), and a sparkline. A click opens the
// challenge's chart.
import { LitElement, css, html, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Columns, Indicator } from '../../model/indicators.ts';
import { msg } from '../i18n.ts';
import { fixed } from '../number-format.ts';

interface MeterDef {
  id: string;
  question: string;
  key: Indicator;
  big: (c: Columns, w: number) => string;
  sub: (c: Columns, w: number) => string;
}

const pct = (x: number) => `${Math.round((x || 0) * 100)}%`;
// Value units: whole from 10 on, else one decimal (5.7, not 5.70), with the language's decimal sign (5,7 in Dutch).
const num = (x: number) => (Math.abs(x) >= 10 || Number.isInteger(x) ? x.toFixed(0) : fixed(x, 1));

const METERS: MeterDef[] = [
  {
    id: 'C1', question: msg('C1 · Do they trust each other?'), key: 'meanTrust',
    // with no ties yet there is no trust to average: a dash, not a misleading 0%
    big: (c, w) => (c.ties[w] > 0 ? pct(c.meanTrust[w]) : '–'),
    sub: (c, w) => msg(`sponsor value ${num(c.sponsorValue[w])} vs expects ${num(c.sponsorExpectation?.[w] ?? 0)}`),
  },
  {
    id: 'C2', question: msg('C2 · Is the energy holding?'), key: 'activeFraction',
    big: (c, w) => pct(c.activeFraction[w]),
    sub: (c, w) => msg(`active this week · ${c.members[w]} members`),
  },
  {
    id: 'C3', question: msg('C3 · Are tricky issues shared?'), key: 'trickyShared1on1',
    big: (c, w) => String(c.trickyShared1on1[w] + c.trickySharedGroup[w]),
    sub: () => '',
  },
  {
    id: 'C4', question: msg('C4 · One-to-one or the group?'), key: 'oneOnOnes',
    big: (c, w) => `${c.oneOnOnes[w]} : ${c.groupContacts[w]}`,
    sub: (c, w) => msg(`1:1 : group this week · woven ${pct(c.weavingRatio[w])}`),
  },
  {
    id: 'C5', question: msg('C5 · Do organisations mix?'), key: 'crossOrgTieShare',
    big: (c, w) => (c.ties[w] > 0 ? pct(c.crossOrgTieShare[w]) : '–'),
    sub: (c, w) => (c.innovations[w] === 1 ? msg(`ties across orgs · 1 innovation`) : msg(`ties across orgs · ${c.innovations[w]} innovations`)),
  },
];

@customElement('lab-meters')
export class LabMeters extends LitElement {
  @property({ attribute: false }) columns?: Columns;
  @property({ type: Number }) week = 0;
  @property({ type: Number }) horizon = 78;
  @property() active = '';

  static override styles = css`
    :host { display: grid; grid-template-columns: repeat(5, minmax(150px, 1fr)); gap: 6px; padding: 6px 8px; font: 12px/1.25 system-ui, sans-serif; color: var(--ink); overflow-x: auto; }
    button { all: unset; box-sizing: border-box; display: grid; grid-template-columns: 1fr 70px; grid-template-rows: auto auto auto; gap: 0 6px; padding: 5px 8px; border: 1px solid var(--line); border-radius: 8px; background: var(--control); cursor: pointer; min-height: 101px; }
    button:hover { border-color: var(--strong-line); }
    button:focus-visible { outline: 3px solid var(--focus); }
    button[aria-pressed='true'] { border: 2px solid var(--accent); background: var(--selected); }
    .q { grid-column: 1 / 3; font-weight: 600; font-size: 12px; }
    .big { font-size: 24px; font-weight: 700; font-variant-numeric: tabular-nums; }
    .chg { font-size: 11px; color: var(--ink-3); align-self: center; }
    .sub { grid-column: 1 / 3; font-size: 11px; color: var(--ink-3); white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
    svg { grid-row: 2; grid-column: 2; align-self: center; }
    .bar { display: flex; height: 8px; border-radius: 2px; overflow: hidden; margin-top: 3px; background: var(--tint); }
    @media (max-width: 700px) { :host { grid-template-columns: repeat(5, 160px); } }
  `;

  override render() {
    const c = this.columns;
    const n = c?.week.length ?? 0;
    const w = Math.min(this.week, n - 1);
    return html`${METERS.map((m) => {
      if (!c || w < 0) return html`<button disabled><span class="q">${m.question}</span></button>`;
      const now = c[m.key][w];
      const before = w > 0 ? c[m.key][w - 1] : now;
      const d = now - before;
      const eps = Math.max(1e-3, Math.abs(before) * 0.02);
      const change = d > eps ? `↑ ${msg('rising')}` : d < -eps ? `↓ ${msg('falling')}` : `→ ${msg('steady')}`;
      return html`<button aria-pressed=${this.active === m.id} data-meter=${m.id}
          @click=${() => this.dispatchEvent(new CustomEvent('meter-select', { detail: { id: m.id }, bubbles: true, composed: true }))}>
        <span class="q">${m.question}</span>
        <span class="big">${m.big(c, w)} <span class="chg">${change}</span></span>
        ${this.spark(c[m.key], w)}
        <span class="sub">${m.id === 'C3' ? this.stack(c, w) : m.sub(c, w)}</span>
      </button>`;
    })}`;
  }

  private stack(c: Columns, w: number) {
    const a = c.trickyShared1on1[w], g = c.trickySharedGroup[w], b = c.badlyReceived[w];
    const total = Math.max(1, a + g);
    return html`${msg(`1:1 ${a} · group ${g} · ✕ ${b}`)}
      <div class="bar" aria-hidden="true"><span style="width:${(100 * a) / total}%;background:var(--series-blue)"></span><span style="width:${(100 * g) / total}%;background:var(--series-verm)"></span></div>
      <div class="bar" aria-hidden="true" style="height:3px"><span style="width:${(100 * b) / total}%;background:var(--bad)"></span></div>`;
  }

  private spark(col: Float64Array, w: number) {
    const W = 70, H = 26;
    let lo = Infinity, hi = -Infinity;
    for (let i = 0; i <= w; i++) { lo = Math.min(lo, col[i]); hi = Math.max(hi, col[i]); }
    if (!(hi > lo)) { hi = lo + 1; }
    const x = (i: number) => (W * i) / Math.max(1, this.horizon);
    const y = (v: number) => H - 2 - ((H - 4) * (v - lo)) / (hi - lo);
    let d = '';
    for (let i = 0; i <= w; i++) d += `${i ? 'L' : 'M'}${x(i).toFixed(1)},${y(col[i]).toFixed(1)}`;
    return svg`<svg width=${W} height=${H} aria-hidden="true"><rect width=${W} height=${H} fill="var(--tint)"></rect><path d=${d} fill="none" stroke="var(--mark-ink)" stroke-width="1.5"></path></svg>`;
  }
}
