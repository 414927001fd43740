// "What Apply changes", in words: each changed value with its parameter label
// (Dutch on a Dutch page) and its path, and each action added or removed,
// summarised as it would be said ("+ Meetup in week 9").
import { html, nothing, type TemplateResult } from 'lit';
import { ACTIONS } from '../../scenario/actions.ts';
import type { Action } from '../../scenario/types.ts';
import { msg } from '../i18n.ts';
import { formatValue, nonDefaultParams, type ScenarioChange } from './scenario-diff.ts';

export function describeAction(a: Action): string {
  const when: string[] = [];
  if (a.at !== undefined) when.push(msg(`in week ${a.at}`));
  if (a.every !== undefined) when.push(a.every === 1 ? msg('every week') : msg(`every ${a.every} weeks`));
  if (a.when !== undefined) when.push(msg(`when ${a.when}`));
  if (a.from !== undefined) when.push(msg(`from week ${a.from}`));
  if (a.until !== undefined) when.push(msg(`until week ${a.until}`));
  const params = nonDefaultParams(a).map(([k, v]) => `${k} ${formatValue(v)}`);
  return `${msg(ACTIONS[a.type]?.label ?? a.type)} ${when.join(' ')}${params.length ? ` (${params.join(', ')})` : ''}`;
}

/** The list, or "No changes" (the text resolves to the running scenario); `seedNote` when the text's seed will not be used. */
export function diffList(changes: ScenarioChange[], seedNote: string | null): TemplateResult {
  return html`<details open class="diff" data-testid="editor-diff">
    <summary>${msg('What Apply changes')}${changes.length ? html` <span class="count">(${changes.length})</span>` : nothing}</summary>
    ${changes.length
      ? html`<ul>${changes.map((c) =>
          c.kind === 'action'
            ? html`<li><span class=${c.sign === '+' ? 'add' : 'del'}>${c.sign}</span> ${describeAction(c.action)}</li>`
            : html`<li title=${c.path}>${c.label ? html`${msg(c.label)} <code>${c.path}</code>` : html`<code>${c.path}</code>`}
                <span class="from">${c.from}</span> → <b>${c.to}</b></li>`,
        )}</ul>`
      : html`<p class="none">${msg('No changes from the running scenario.')}</p>`}
    ${seedNote ? html`<p class="note">${seedNote}</p>` : nothing}
  </details>`;
}
