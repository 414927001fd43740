// A member in words (the tooltip, the keyboard announcement) and the members a hover keeps bright.
import { LEVELS, type Snapshot } from '../../model/snapshot.ts';
import { msg } from '../i18n.ts';
import { FACILITATOR } from './layout.ts';
import { orgLabel } from '../org-names.ts';

/** The member, their tie partners and the facilitator. */
export function neighbourhood(s: Snapshot, id: number): Set<number> {
  const set = new Set([id, FACILITATOR]);
  const t = s.ties;
  for (let j = 0; j < t.a.length; j++) {
    if (t.a[j] === id) set.add(t.b[j]);
    else if (t.b[j] === id) set.add(t.a[j]);
  }
  return set;
}

/** Tooltip lines: organisation, level, energy, trust, open issues. */
export function memberLines(s: Snapshot, id: number): string[] {
  const m = s.members;
  const i = m.id.indexOf(id);
  if (i < 0) return [];
  let sum = 0, n = 0;
  const t = s.ties;
  for (let j = 0; j < t.a.length; j++) {
    if (t.a[j] === id) { sum += t.trustAB[j]; n++; }
    else if (t.b[j] === id) { sum += t.trustBA[j]; n++; }
  }
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  return [
    `${msg('Member')} #${id} · ${orgLabel(s.orgIds[m.org[i]] ?? '?')}`,
    m.present[i] ? `${msg(LEVELS[m.level[i]])}${m.active[i] ? msg(', active this week') : msg(', not active this week')}` : msg(`left in week ${m.left[i]}`),
    `${msg('Energy')} ${pct(m.energy[i])}`,
    n ? `${msg('Trust in their ties')} ${pct(sum / n)} (${n} ${n === 1 ? msg('tie') : msg('ties')})` : msg('No ties yet'),
    `${msg('Open tricky issues')} ${m.openIssues[i]}`,
  ];
}
