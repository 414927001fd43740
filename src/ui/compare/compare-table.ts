// The summary table of the compare view, from the shared ComparisonTable
// (src/stats/compare.ts, the same one `coalesce compare` prints): grouped by
// challenge, each row starts with a verdict in plain words ("B higher by 12
// points (clear)", "C about the same as A"), then each scenario's mean
// [95% CI] at the chosen week, ★ best per row. The paired difference from the
// baseline with its interval and d_z are behind the Statistics switch.
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { CHALLENGES, type ComparisonTable } from '../../stats/index.ts';
import { CHARTS } from '../charts/series.ts';
import { msg } from '../i18n.ts';
import { interval } from '../number-format.ts';
import { clampTo, diffDecimals, effectWord, fmtD, fmtDiff, fmtValue, pointsWord, quantityOf, verdict, type Quantity } from './format.ts';
import type { Difference } from '../../stats/index.ts';
import { labelOf, letter, scenarioVar as scenarioColour } from './labels.ts';

export interface TableSettings { week: number; baseline: number; stats: boolean }

@customElement('compare-table')
export class CompareTable extends LitElement {
  @property({ attribute: false }) table?: ComparisonTable;
  @property({ attribute: false }) names: string[] = [];
  @property({ type: Number }) horizon = 78;
  /** Show the paired differences, their intervals and d_z (the Statistics switch). */
  @property({ type: Boolean }) stats = false;

  static override styles = css`
    :host { display: block; font: 13px/1.35 system-ui, sans-serif; color: var(--ink); }
    .controls { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; margin: 4px 0 8px; }
    label { display: inline-flex; gap: 6px; align-items: center; font-weight: 600; }
    select, input { font: inherit; min-height: 32px; border: 1px solid var(--control-line); border-radius: 6px; background: var(--control); padding: 0 6px; }
    input[type='number'] { width: 70px; }
    :is(select, input):focus-visible { outline: 3px solid var(--focus); outline-offset: 1px; }
    .wins { color: var(--ink-2); }
    .scroll { overflow-x: auto; }
    table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
    th, td { padding: 4px 8px; text-align: left; vertical-align: top; border-bottom: 1px solid var(--line-soft); }
    thead th { position: sticky; top: 0; background: var(--panel); border-bottom: 2px solid var(--ink); font-size: 12.5px; }
    thead th i { display: inline-block; width: 14px; height: 4px; vertical-align: middle; margin-right: 4px; }
    tr.group th { background: var(--tint); font-size: 13px; padding-top: 6px; }
    td.ind { font-weight: 600; min-width: 170px; }
    td.ind small { display: block; font-weight: 400; color: var(--ink-4); }
    .m { white-space: nowrap; }
    .ci { color: var(--ink-3); font-size: 12px; }
    .d { display: block; font-size: 12px; white-space: nowrap; }
    .d.nil { color: var(--faint); }
    td.best { background: var(--best-bg); }
    td.best .m::before { content: '★ '; color: var(--best-ink); }
    .base { font-size: 12px; color: var(--ink-4); }
    .note { font-size: 12px; color: var(--ink-2); margin: 6px 0 0; max-width: 110ch; }
    td.verdict { min-width: 190px; }
    td[data-scenario] { min-width: 120px; }
    td.verdict span { display: block; }
    td.verdict .same { color: var(--ink-3); }
    label.switch { font-weight: 400; }
    label.switch input { width: 18px; height: 18px; min-height: 0; }
    /*
     * Presenter mode (UX.md §6): the view is zoomed 1.6 at 1080 px, so 18 px
     * reaches ~29 px and the smallest (15 px) ~24 px. The interval goes under
     * the mean, so four scenarios still fit the width without scrolling sideways.
     */
    :host-context(html[data-presenter='on']) { font-size: 18px; }
    :host-context(html[data-presenter='on']) :is(thead th, tr.group th) { font-size: 18px; }
    :host-context(html[data-presenter='on']) :is(.ci, .d, .base, td.ind small, .note) { font-size: 15px; }
    :host-context(html[data-presenter='on']) .ci { display: block; }
    :host-context(html[data-presenter='on']) td.ind { min-width: 9em; }
    :host-context(html[data-presenter='on']) td.verdict { min-width: 10em; }
    :host-context(html[data-presenter='on']) td[data-scenario] { min-width: 6em; }
    :host-context(html[data-presenter='on']) .note { max-width: none; }
    :host-context(html[data-presenter='on']) label.switch input { width: 24px; height: 24px; }
  `;

  private emit(s: Partial<TableSettings>) {
    this.dispatchEvent(new CustomEvent<Partial<TableSettings>>('table-settings', { detail: s, bubbles: true, composed: true }));
  }

  override render() {
    const t = this.table;
    if (!t) return html`<p>${msg('The table appears as soon as every scenario has at least one run.')}</p>`;
    const wins = this.names.map(() => 0);
    for (const g of t.groups) for (const r of g.rows) for (const s of r.best) wins[s]++;
    const rowsWithBest = t.groups.reduce((n, g) => n + g.rows.filter((r) => r.better !== null).length, 0);
    const n = t.runs.every((r) => r === t.runs[0]) ? String(t.runs[0]) : t.runs.join('/');
    const lower = CHALLENGES.flatMap((c) => c.rows.filter((r) => r.better === 'lower').map((r) => labelOf(r.indicator).label.toLowerCase()));
    const none = CHALLENGES.flatMap((c) => c.rows.filter((r) => r.better === null).map((r) => labelOf(r.indicator).label.toLowerCase()));
    return html`
      <div class="controls">
        <label>${msg('At week')} <input type="number" min="0" max=${this.horizon} .value=${String(t.week)} data-testid="table-week"
          @change=${(e: Event) => this.emit({ week: Math.max(0, Math.min(this.horizon, Math.round(+(e.target as HTMLInputElement).value))) })} /></label>
        <label>${msg('Differences from')} <select data-testid="baseline" @change=${(e: Event) => this.emit({ baseline: +(e.target as HTMLSelectElement).value })}>
          ${this.names.map((nm, s) => html`<option value=${s} ?selected=${s === t.baseline}>${letter(s)} · ${nm}</option>`)}</select></label>
        <span class="wins" data-testid="wins">${msg('★ best in')} ${wins.map((w, s) => html`<b style="color:${scenarioColour(s)}">${letter(s)}</b> ${w}${s < wins.length - 1 ? ' · ' : ''}`)}
          ${msg(`of ${rowsWithBest} rows`)}${wins.some((w) => w === rowsWithBest) ? nothing : msg(' — no strategy wins everything')}</span>
        <label class="switch"><input type="checkbox" data-testid="stats-toggle" .checked=${this.stats} @change=${(e: Event) => this.emit({ stats: (e.target as HTMLInputElement).checked })} /> ${msg('Statistics (Δ, d)')}</label>
      </div>
      <div class="scroll" tabindex="0" role="region" aria-label=${msg('Comparison table (scrolls sideways)')}>
      <table data-testid="compare-table" data-week=${t.week} data-baseline=${t.baseline}>
        <thead><tr><th scope="col">${msg(`Week ${t.week} · ${n} runs each`)}</th>
          <th scope="col">${msg('In short')}<div class="base">${msg(`against ${letter(t.baseline)}`)}</div></th>
          ${this.names.map((nm, s) => html`<th scope="col"><i style="background:${scenarioColour(s)}"></i>${letter(s)} · ${nm}
            ${s === t.baseline ? html`<div class="base">${msg('baseline')}</div>` : html`<div class="base">${this.stats ? html`${msg('mean [95% CI] · Δ vs')} ${letter(t.baseline)}` : msg('mean [95% CI]')}</div>`}</th>`)}
        </tr></thead>
        <tbody>
          ${t.groups.map((g) => html`
            <tr class="group"><th colspan=${this.names.length + 2} scope="rowgroup">${CHARTS.find((c) => c.id === g.id)?.title ?? `${g.id} · ${g.title}`}</th></tr>
            ${g.rows.map((r) => {
              const l = labelOf(r.indicator);
              const q = quantityOf(r.indicator, r.cells.flatMap((c) => [c.stats.mean, c.stats.lo, c.stats.hi]));
              const words = r.cells.map((_, s) => ({ s, w: verdict(r, s, t.baseline, q) })).filter((x) => x.w);
              return html`<tr data-indicator=${r.indicator}>
                <td class="ind">${l.label}<small>${[l.note, r.better === 'lower' ? msg('lower is better') : r.better === null ? msg('a balance, no best') : ''].filter(Boolean).join(' · ')}</small></td>
                <td class="verdict" data-testid="row-verdict">${words.map((x) => html`<span class=${r.differs.includes(x.s) ? '' : 'same'}>${x.w}</span>`)}</td>
                ${r.cells.map((c, s) => {
                  const diff = c.diff;
                  const nil = diff ? !r.differs.includes(s) : false;
                  return html`<td class=${r.best.includes(s) ? 'best' : ''} data-scenario=${s}>
                    <span class="m">${fmtValue(q, c.stats.mean)}</span>
                    <span class="ci">${interval(fmtValue(q, clampTo(q, c.stats.lo)), fmtValue(q, clampTo(q, c.stats.hi)))}</span>
                    ${diff && this.stats
                      ? html`<span class="d ${nil ? 'nil' : ''}" data-testid="stats-line" title=${nil ? msg('Not distinguishable from the baseline with these runs') : ''}>${statsLine(q, diff)}</span>`
                      : nothing}
                  </td>`;
                })}
              </tr>`;
            })}`)}
        </tbody>
      </table></div>
      <p class="note">${this.stats
        ? msg(`Mean over runs with its 95% t-interval. Δ: paired difference from the baseline over the same seeds and run indices (common random numbers), with its 95% interval; grey when the difference is not clear. d: effect size d_z (mean difference ÷ sd of the differences). ★ best mean in the row: higher is better, except lower for ${lower.join(', ')}; no best for ${none.join(', ')}.`)
        : msg(`Each cell: the mean over the runs, and in brackets where the true mean lies (95%). “Clear”: the difference holds over runs paired by seed (95%, corrected for the number of rows); otherwise “about the same”. Shares in percent, their differences in percentage points. ★ best mean in the row: higher is better, except lower for ${lower.join(', ')}; no best for ${none.join(', ')}.`)}</p>
    `;
  }
}

/** "Δ +12 [+9, +15] points · d +1.20 large": one decimal count for the mean and its bounds, the unit once. */
function statsLine(q: Quantity, diff: Difference): string {
  const d = diffDecimals(q, diff.mean);
  const unit = q.pct ? ` ${pointsWord(fmtDiff(q, diff.hi, d, false))}` : '';
  return `Δ ${fmtDiff(q, diff.mean, d, false)} ${interval(fmtDiff(q, diff.lo, d, false), fmtDiff(q, diff.hi, d, false))}${unit} · d ${fmtD(diff.dz)} ${effectWord(diff.dz)}`;
}
