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
    // The level (their last 8 weeks) and this week on lines of their own: a core member can miss a week.
    ...(m.present[i] ? [levelWords(m.level[i]), m.active[i] ? msg('took part this week') : msg('did not take part this week')] : [msg(`left in week ${m.left[i]}`)]),
    `${msg('Energy')} ${pct(m.energy[i])}`,
    n ? `${msg('Trust in their ties')} ${pct(sum / n)} (${n} ${n === 1 ? msg('tie') : msg('ties')})` : msg('No ties yet'),
    `${msg('Open tricky issues')} ${m.openIssues[i]}`,
  ];
}

/**
 * A member's level in plain words ("active member"): their part over the last
 * 8 weeks (docs/MODEL.md §7.9), not whether they took part this week, which
 * is said apart (a member can be active and miss a week).
 */
export function levelWords(level: number): string {
  const words: Record<(typeof LEVELS)[number], string> = {
    outsider: msg('outsider (no part yet)'),
    peripheral: msg('peripheral member'),
    active: msg('active member'),
    core: msg('core member'),
  };
  return words[LEVELS[level] ?? 'outsider'];
}
