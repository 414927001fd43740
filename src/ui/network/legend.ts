// The network's key, always on screen next to the marks it explains (OI).
import { LitElement, css, html, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { msg } from '../i18n.ts';
import { currentTheme, orgLetter, orgVar } from '../theme.ts';
import { ThemeWatch } from '../theme-state.ts';
import { orgLabel } from '../org-names.ts';

@customElement('network-legend')
export class NetworkLegend extends LitElement {
  @property({ attribute: false }) orgIds: string[] = [];
  @property({ type: Boolean }) open = true;
  /** Under the network (the lab on a phone): as wide as the view, its entries in two columns where they fit. */
  @property({ type: Boolean, reflect: true }) wide = false;
  /** Reflects whether the key is unfolded now (the participant's toggle included), so the view can make room for it. */
  @property({ type: Boolean, reflect: true }) expanded = false;
  /** Colours follow the theme by CSS; one line's wording does too. */
  private themeWatch = new ThemeWatch(this);

  static override styles = css`
    :host { display: block; font: 12px/1.35 system-ui, sans-serif; color: var(--ink); }
    details { background: rgba(var(--glass),0.92); border: 1px solid var(--line); border-radius: 6px; padding: 4px 8px; max-width: 230px; }
    summary { cursor: pointer; font-weight: 600; min-height: 24px; line-height: 24px; }
    ul { list-style: none; margin: 2px 0; padding: 0; }
    li { display: flex; align-items: center; gap: 6px; min-height: 18px; }
    svg { flex: none; }
    .orgs { display: flex; flex-wrap: wrap; gap: 2px 10px; margin: 2px 0 4px; }
    .orgs span { display: inline-flex; align-items: center; gap: 4px; }
    :host([wide]) details { max-width: none; }
    :host([wide]) summary { min-height: 32px; line-height: 32px; }
  `;

  override render() {
    // SVG attributes take the theme's custom properties (theme-css.ts) like CSS does.
    const INK = 'var(--mark-ink)', GREY = 'var(--legend-grey)';
    const dot = (fill: string, r = 5, ring = 0, opacity = 1, letter = '') => svg`<svg width="22" height="16" aria-hidden="true">
      ${ring ? svg`<circle cx="11" cy="8" r=${r + 1.5 + ring / 2} fill="none" stroke=${INK} stroke-width=${ring}></circle>` : null}
      <circle cx="11" cy="8" r=${r} fill=${fill} fill-opacity=${opacity} stroke=${INK} stroke-width="1"></circle>
      ${letter ? svg`<text x="11" y="11" font-size="8" text-anchor="middle" font-weight="700" fill=${INK}>${letter}</text>` : null}</svg>`;
    const line = (stroke: string, dash = '', w = 2) => svg`<svg width="22" height="16" aria-hidden="true"><line x1="2" y1="8" x2="20" y2="8" stroke=${stroke} stroke-width=${w} stroke-dasharray=${dash}></line></svg>`;
    const glyph = (g: string, colour = INK) => html`<svg width="22" height="16" aria-hidden="true"><text x="11" y="12" font-size="13" text-anchor="middle" fill=${colour}>${g}</text></svg>`;
    return html`<details ?open=${this.open} @toggle=${(e: Event) => (this.expanded = (e.target as HTMLDetailsElement).open)}>
      <summary>${msg('Key')}</summary>
      <div class="orgs" role="group" aria-label=${msg('Organisations')}>
        ${this.orgIds.map((id, i) => html`<span>${dot(orgVar(i), 5, 0, 1, orgLetter(i))}${orgLabel(id)}</span>`)}
      </div>
      <ul>
        <li>${dot(GREY, 3)}${dot(GREY, 7)} ${msg('size: energy')}</li>
        <li>${dot(GREY, 4, 3)} ${msg('core')} ${dot(GREY, 4, 1.5)} ${msg('active')} ${dot(GREY, 4)} ${msg('peripheral')}</li>
        <li>${dot(GREY, 5, 0, 0.45)} ${msg('not active this week')}</li>
        <li>${line('var(--cross-org-tie)')} ${msg('tie across organisations')}</li>
        <li>${line(orgVar(0))} ${currentTheme() === 'dim' ? msg('tie inside one (width: strength, brighter: trust)') : msg('tie inside one (width: strength, darker: trust)')}</li>
        <li>${line('var(--bad)', '4 3')} ${msg('badly received disclosure (8 weeks)')}</li>
        <li>${glyph('◆')} ${msg('tricky issue shared')} ${glyph('✕', 'var(--bad)')} ${msg('badly received')}</li>
        <li>${glyph('✦', 'var(--gold)')} ${msg('innovation')} ${glyph('✧')} ${msg('private insight')}</li>
        <li><svg width="22" height="16" aria-hidden="true"><rect x="5" y="2" width="12" height="12" rx="3" fill=${INK}></rect><text x="11" y="12" font-size="9" fill="var(--mark-paper)" text-anchor="middle" font-weight="700">F</text></svg> ${msg('facilitator; dotted arc: a match')}</li>
        <li>${dot('var(--mark-paper)', 4)} ${msg('dotted halo: newcomer; hollow: left')}</li>
        <li><svg width="22" height="16" aria-hidden="true"><circle cx="11" cy="8" r="6.5" fill="none" stroke="var(--accent)" stroke-width="2"></circle></svg> ${msg('the member picked; thin rings: their contacts')}</li>
      </ul>
    </details>`;
  }
}
