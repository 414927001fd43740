// What the lab says when the model says no (issue 17, item 17): actions that
// did not fit this week's budget ("Over this week's budget (6.0 units): Quick
// win moves to week 17.") and a sponsor's cut of its support, which shrinks
// the budget from next week. Read from the week's snapshot (the model's
// 'deferred' events) and from the sponsorSupport column.
import type { Columns } from '../../model/indicators.ts';
import { EVENT_CODE, type Snapshot } from '../../model/snapshot.ts';
import { ACTIONS } from '../../scenario/actions.ts';
import { ACTION_TYPES } from '../../scenario/types.ts';
import type { Action } from '../../scenario/types.ts';
import { msg } from '../i18n.ts';
import { actionLabel } from './action-buttons.ts';
import { fixed } from '../number-format.ts';

/** Weeks (≤ `upTo`) at whose end the sponsor cut its support, with the budget before and after. */
export function budgetCuts(columns: Columns | undefined, budget: number, upTo: number): { week: number; from: number; to: number }[] {
  const s = columns?.sponsorSupport;
  const out: { week: number; from: number; to: number }[] = [];
  if (!s) return out;
  for (let w = 1; w <= Math.min(upTo, s.length - 1); w++) if (s[w] < s[w - 1] - 1e-9) out.push({ week: w, from: budget * s[w - 1], to: budget * s[w] });
  return out;
}

/** The chart mark's words for a cut. */
export function cutLabel(c: { week: number; from: number; to: number }): string {
  return msg(`Sponsor cut: budget ${fixed(c.from, 1)} → ${fixed(c.to, 1)} units a week from week ${c.week + 1}`);
}

/**
 * This week's news about the budget, or '' when there is none. `actions`:
 * the scenario's strategy.actions, to name a deferred one as its button does
 * ("Cross-org meetup", not "Meetup").
 */
export function budgetNews(s: Snapshot, columns: Columns | undefined, budget: number, actions: readonly Action[] = []): string {
  const w = s.week;
  const parts: string[] = [];
  const names: string[] = [];
  const ev = s.events;
  for (let k = 0; k < ev.kind.length; k++) {
    if (ev.kind[k] !== EVENT_CODE.deferred) continue;
    const type = ACTION_TYPES[ev.b[k]];
    const own = actions[ev.a[k]];
    const generic = type ? msg(ACTIONS[type].label) : '?';
    names.push(own && own.type === type ? actionLabel(own, generic) : generic);
  }
  if (names.length) {
    const sigma = columns?.sponsorSupport?.[w - 1] ?? 1;
    const list = listOf(names);
    const units = fixed(budget * sigma, 1);
    parts.push(names.length === 1 ? msg(`Over this week's budget (${units} units): ${list} moves to week ${w + 1}.`) : msg(`Over this week's budget (${units} units): ${list} move to week ${w + 1}.`));
  }
  const cut = budgetCuts(columns, budget, w).find((c) => c.week === w);
  if (cut) parts.push(msg(`The sponsor cut its support: the budget falls from ${fixed(cut.from, 1)} to ${fixed(cut.to, 1)} units a week from week ${w + 1}.`));
  return parts.join(' ');
}

/** "Quick win", "2 × Quick win and Meetup": repeated names counted. */
function listOf(names: string[]): string {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  const items = [...counts].map(([n, c]) => (c > 1 ? `${c} × ${n}` : n));
  return items.length === 1 ? items[0] : msg(`${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);
}
