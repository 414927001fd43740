// The preview's sparklines: one small SVG per indicator, the edited scenario
// (blue, solid) over the running one (grey, dashed, like the lab's grey line),
// on one scale per sparkline, with both values at the last week in words.
// Drawn in a 120×36 box stretched to the width available.
// Plain SVG, no Plot: the editor stays light.
import { html, svg, nothing, type TemplateResult } from 'lit';
import { msg } from '../i18n.ts';
import { fixed } from '../number-format.ts';
import type { PreviewIndicator, PreviewSeries } from './preview-runner.ts';

const W = 120;
const H = 36;
// The theme's accent and faint grey (theme-css.ts): Okabe–Ito blue and a grey in Daylight.
export const EDITED_COLOUR = 'var(--accent)';
export const RUNNING_COLOUR = 'var(--faint)';

/** Challenge and short name as the lab's charts say it (charts/series.ts); pct: shown as a percentage. */
const SPARKS: { key: PreviewIndicator; label: () => string; pct: boolean }[] = [
  { key: 'meanTrust', label: () => `C1 · ${msg('mean trust')}`, pct: true },
  { key: 'activeFraction', label: () => `C2 · ${msg('active')}`, pct: true },
  { key: 'trickySharedGroup', label: () => `C3 · ${msg('shared in group')}`, pct: false },
  { key: 'crossOrgTieShare', label: () => `C5 · ${msg('cross-org ties')}`, pct: true },
];

function points(col: Float64Array, weeks: number, lo: number, hi: number): string {
  const n = Math.min(col.length - 1, weeks);
  const x = (i: number) => (n > 0 ? (i / n) * (W - 2) + 1 : W / 2);
  const y = (v: number) => H - 2 - ((v - lo) / (hi - lo || 1)) * (H - 4);
  const out: string[] = [];
  for (let i = 0; i <= n; i++) if (Number.isFinite(col[i])) out.push(`${x(i).toFixed(1)},${y(col[i]).toFixed(1)}`);
  return out.join(' ');
}

const show = (v: number, pct: boolean) => (!Number.isFinite(v) ? '—' : pct ? `${Math.round(v * 100)}%` : fixed(Math.round(v * 10) / 10));

export function sparklines(edited: PreviewSeries, running: PreviewSeries, weeks: number, stale: boolean): TemplateResult {
  return html`<div class="sparks ${stale ? 'stale' : ''}" data-testid="editor-preview">
    ${SPARKS.map(({ key, label, pct }) => {
      const e = edited[key];
      const r = running[key];
      const all = [...e.subarray(0, weeks + 1), ...r.subarray(0, weeks + 1)].filter(Number.isFinite);
      const lo = Math.min(0, ...all);
      const hi = Math.max(pct ? 0.05 : 1, ...all);
      const last = (c: Float64Array) => c[Math.min(c.length - 1, weeks)];
      return html`<figure data-indicator=${key}>
        <figcaption>${label()}</figcaption>
        <svg height=${H} viewBox="0 0 ${W} ${H}" preserveAspectRatio="none" role="img"
          aria-label=${msg(`${label()}, week ${weeks}: edited ${show(last(e), pct)}, running ${show(last(r), pct)}`)}>
          ${svg`<line x1="0" x2=${W} y1=${H - 1.5} y2=${H - 1.5} stroke="var(--line)" vector-effect="non-scaling-stroke" />
            <polyline data-line="running" points=${points(r, weeks, lo, hi)} fill="none" stroke=${RUNNING_COLOUR} stroke-width="1.5" stroke-dasharray="3 2" vector-effect="non-scaling-stroke" />
            <polyline data-line="edited" points=${points(e, weeks, lo, hi)} fill="none" stroke=${EDITED_COLOUR} stroke-width="2" vector-effect="non-scaling-stroke" />`}
        </svg>
        <div class="vals"><b>${show(last(e), pct)}</b> ${msg('vs')} <span>${show(last(r), pct)}</span></div>
      </figure>`;
    })}
  </div>`;
}

export function legend(weeks: number, seed: number, note: TemplateResult | typeof nothing = nothing): TemplateResult {
  return html`<div class="legend">
    <span>${msg(`Preview: weeks 0–${weeks}, seed ${seed}`)}</span>
    <span><svg width="18" height="6" aria-hidden="true">${svg`<line x1="0" x2="18" y1="3" y2="3" stroke=${EDITED_COLOUR} stroke-width="2" />`}</svg> ${msg('edited')}</span>
    <span><svg width="18" height="6" aria-hidden="true">${svg`<line x1="0" x2="18" y1="3" y2="3" stroke=${RUNNING_COLOUR} stroke-width="1.5" stroke-dasharray="3 2" />`}</svg> ${msg('running')}</span>
    <span class="at">${msg(`numbers: week ${weeks}`)}</span>
    ${note}
  </div>`;
}
