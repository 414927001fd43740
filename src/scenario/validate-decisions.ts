// decisions: what participants chose for the members they play in a
// participatory run (docs/MODEL.md §7.12). Only the shape is checked here;
// whether a member is present, or knows whom it wants to talk to, is the
// model's business in the week the decision acts.

import type { Checker } from './errors.ts';
import { fmt } from './errors.ts';
import { LIMITS } from './params.ts';
import { describe, type Tree } from './tree.ts';
import { SHARE_CHOICES, type Decision, type ShareChoice } from './types.ts';
import { fields, num } from './validate-fields.ts';

export const DECISION_KEYS = ['week', 'member', 'attend', 'talkTo', 'share'] as const;

export function checkDecisions(c: Checker, t: Tree, path: string, horizon: number): Decision[] | undefined {
  if (t.kind !== 'seq') {
    c.error(t.loc, path, `expected a list of decisions (- { week: 3, member: 12, attend: true }), found ${describe(t)}`);
    return undefined;
  }
  if (t.items.length > LIMITS.decisions) {
    c.error(t.loc, path, `refused: ${fmt(t.items.length)} decisions is over the limit of ${fmt(LIMITS.decisions)}`);
    return undefined;
  }
  const out: Decision[] = [];
  let ok = true;
  const seen = new Map<string, number>();
  t.items.forEach((item, k) => {
    const d = checkDecision(c, item, `${path}[${k}]`, horizon);
    if (!d) {
      ok = false;
      return;
    }
    const key = `${d.week}|${d.member}`;
    const first = seen.get(key);
    if (first !== undefined) {
      c.error(item.loc, `${path}[${k}]`, `member ${d.member} already has a decision for week ${d.week} (item ${first + 1}); give one decision per member and week`);
      ok = false;
      return;
    }
    seen.set(key, k);
    out.push(d);
  });
  return ok ? out : undefined;
}

function checkDecision(c: Checker, t: Tree, path: string, horizon: number): Decision | undefined {
  const got = fields(c, t, path, DECISION_KEYS);
  if (!got) return undefined;
  let ok = true;
  const need = (key: 'week' | 'member'): number | undefined => {
    const e = got.get(key);
    if (!e) {
      c.error(t.loc, `${path}.${key}`, `missing: each decision needs a ${key}`);
      return undefined;
    }
    return key === 'week'
      ? num(c, e.value, `${path}.week`, { min: 1, max: horizon, integer: true, unit: `(a week within the horizon of ${horizon})` })
      : num(c, e.value, `${path}.member`, { min: 0, max: LIMITS.memberIds, integer: true, unit: '(a member id)' });
  };
  const week = need('week');
  const member = need('member');
  if (week === undefined || member === undefined) ok = false;
  const d: Decision = { week: week ?? 1, member: member ?? 0 };

  const attendE = got.get('attend');
  if (attendE) {
    const v = attendE.value.kind === 'scalar' ? attendE.value.value : undefined;
    if (typeof v !== 'boolean') {
      c.error(attendE.value.loc, `${path}.attend`, `expected true or false, found ${describe(attendE.value)}`);
      ok = false;
    } else d.attend = v;
  }
  const talkE = got.get('talkTo');
  if (talkE) {
    if (talkE.value.kind === 'scalar' && talkE.value.value === null) d.talkTo = null;
    else {
      const j = num(c, talkE.value, `${path}.talkTo`, { min: 0, max: LIMITS.memberIds, integer: true, unit: '(a member id, or null for nobody)' });
      if (j === undefined) ok = false;
      else if (j === member) {
        c.error(talkE.value.loc, `${path}.talkTo`, `member ${member} cannot talk to itself; give another member's id or null`);
        ok = false;
      } else d.talkTo = j;
    }
  }
  const shareE = got.get('share');
  if (shareE) {
    const v = shareE.value.kind === 'scalar' ? shareE.value.value : undefined;
    if (typeof v !== 'string' || !(SHARE_CHOICES as readonly string[]).includes(v)) {
      c.error(shareE.value.loc, `${path}.share`, `expected one of ${SHARE_CHOICES.join(', ')}, found ${describe(shareE.value)}`);
      ok = false;
    } else d.share = v as ShareChoice;
  }
  return ok ? d : undefined;
}
