// strategy: a preset and/or a timeline of actions (MODEL.md §7.11).

import { ACTIONS, actionParams } from './actions.ts';
import { INDICATORS } from './indicator-names.ts';
import { parseCondition } from './condition.ts';
import type { Checker } from './errors.ts';
import { fmt } from './errors.ts';
import { LIMITS } from './params.ts';
import { didYouMean } from './suggest.ts';
import { describe, quote, type Tree } from './tree.ts';
import { ACTION_TYPES, PRESET_IDS, type Action, type ActionParams, type ActionType, type PresetId } from './types.ts';
import { TEXT_RULES, fields, num, text } from './validate-fields.ts';

export const STRATEGY_KEYS = ['preset', 'actions'] as const;
export const ACTION_KEYS = ['type', 'params', 'at', 'every', 'from', 'until', 'when'] as const;
const TIMING = ['at', 'every', 'when'] as const;

export function checkPreset(c: Checker, t: Tree, path: string): PresetId | undefined {
  const v = t.kind === 'scalar' ? t.value : undefined;
  if (typeof v === 'string' && (PRESET_IDS as readonly string[]).includes(v)) return v as PresetId;
  const hint = typeof v === 'string' ? didYouMean(v, PRESET_IDS) : '';
  c.error(t.loc, path, `unknown preset: found ${describe(t)}${hint}; presets are ${PRESET_IDS.join(', ')}`);
  return undefined;
}

export function checkActions(c: Checker, t: Tree, path: string, horizon: number): Action[] | undefined {
  if (t.kind !== 'seq') {
    c.error(t.loc, path, `expected a list of actions (- { type: meetup, at: 5 }), found ${describe(t)}`);
    return undefined;
  }
  if (t.items.length > LIMITS.actions) {
    c.error(t.loc, path, `refused: ${fmt(t.items.length)} actions is over the limit of ${fmt(LIMITS.actions)}; use "every" for repeated actions`);
    return undefined;
  }
  const out: Action[] = [];
  let ok = true;
  t.items.forEach((item, i) => {
    const a = checkAction(c, item, `${path}[${i}]`, horizon);
    if (a) out.push(a);
    else ok = false;
  });
  return ok ? out : undefined;
}

function checkAction(c: Checker, t: Tree, path: string, horizon: number): Action | undefined {
  const got = fields(c, t, path, ACTION_KEYS);
  if (!got) return undefined;
  const typeE = got.get('type');
  if (!typeE) {
    c.error(t.loc, `${path}.type`, `missing: each action needs a type, one of ${ACTION_TYPES.join(', ')}`);
    return undefined;
  }
  const tv = typeE.value.kind === 'scalar' ? typeE.value.value : undefined;
  if (typeof tv !== 'string' || !(ACTION_TYPES as readonly string[]).includes(tv)) {
    const hint = typeof tv === 'string' ? didYouMean(tv, ACTION_TYPES) : '';
    c.error(typeE.value.loc, `${path}.type`, `unknown action type: found ${describe(typeE.value)}${hint}; types are ${ACTION_TYPES.join(', ')}`);
    return undefined;
  }
  const type = tv as ActionType;
  let ok = true;
  const paramsE = got.get('params');
  const given = paramsE ? checkActionParams(c, paramsE.value, `${path}.params`, type) : {};
  if (!given) ok = false;

  const timing = TIMING.filter((k) => got.has(k));
  if (timing.length !== 1) {
    const msg = timing.length === 0
      ? 'missing timing: give exactly one of "at: WEEK", "every: WEEKS" (with optional from/until) or "when: CONDITION"'
      : `has ${timing.join(' and ')}; give exactly one of at, every or when`;
    c.error(t.loc, path, msg);
    return undefined;
  }
  const week = (key: string) => {
    const e = got.get(key);
    const v = e?.value.kind === 'scalar' ? e.value.value : undefined;
    if (e && typeof v === 'number' && Number.isInteger(v) && v > horizon) {
      c.error(e.value.loc, `${path}.${key}`, `week ${fmt(v)} is past the horizon (${horizon} weeks); expected a week from 1 to ${horizon}`);
      return undefined;
    }
    return e ? num(c, e.value, `${path}.${key}`, { min: 1, max: horizon, integer: true, unit: `(a week within the horizon of ${horizon})` }) : undefined;
  };
  const action: Action = { type, params: {} };
  if (got.has('at')) {
    for (const k of ['from', 'until'] as const) {
      const e = got.get(k);
      if (e) {
        c.error(e.keyLoc, `${path}.${k}`, `"${k}" goes with "every" or "when", not with "at"`);
        ok = false;
      }
    }
    const at = week('at');
    if (at === undefined) ok = false;
    else action.at = at;
  } else {
    if (got.has('every')) {
      const e = got.get('every')!;
      const every = num(c, e.value, `${path}.every`, { min: 1, max: horizon, integer: true, unit: 'weeks' });
      if (every === undefined) ok = false;
      else action.every = every;
    } else {
      const e = got.get('when')!;
      const w = text(c, e.value, `${path}.when`, TEXT_RULES.when);
      const cond = w === undefined ? undefined : parseCondition(w);
      if (cond && !cond.ok) c.error(e.value.loc, `${path}.when`, cond.message + indicatorHint(w!));
      if (!cond || !cond.ok) ok = false;
      else {
        action.when = w;
        action.condition = cond.condition;
      }
    }
    const from = got.has('from') ? week('from') : undefined;
    const until = got.has('until') ? week('until') : undefined;
    if ((got.has('from') && from === undefined) || (got.has('until') && until === undefined)) ok = false;
    if (from !== undefined && until !== undefined && from > until) {
      c.error(got.get('from')!.value.loc, `${path}.from`, `from (week ${from}) is after until (week ${until})`);
      ok = false;
    }
    if (from !== undefined) action.from = from;
    if (until !== undefined) action.until = until;
  }
  if (!ok || !given) return undefined;
  action.params = actionParams(type, given) as ActionParams;
  return action;
}

function checkActionParams(c: Checker, t: Tree, path: string, type: ActionType): Record<string, number | string> | undefined {
  const specs = ACTIONS[type].params;
  const names = Object.keys(specs);
  if (t.kind === 'scalar' && t.value === null) return {};
  if (t.kind === 'map' && names.length === 0 && t.entries.length > 0) {
    c.error(t.entries[0].keyLoc, `${path}.${t.entries[0].key}`, `unknown parameter: ${type} takes no parameters`);
    return undefined;
  }
  const got = fields(c, t, path, names);
  if (!got) return undefined;
  const out: Record<string, number | string> = {};
  let ok = true;
  for (const [name, e] of got) {
    const spec = specs[name];
    const p = `${path}.${name}`;
    if (spec.choices) {
      const v = e.value.kind === 'scalar' ? e.value.value : undefined;
      if (typeof v === 'string' && spec.choices.includes(v)) out[name] = v;
      else {
        const hint = typeof v === 'string' ? didYouMean(v, spec.choices) : '';
        c.error(e.value.loc, p, `expected one of ${spec.choices.join(', ')}, found ${describe(e.value)}${hint}`);
        ok = false;
      }
    } else {
      const v = num(c, e.value, p, { min: spec.min ?? -Infinity, max: spec.max ?? Infinity, integer: spec.integer });
      if (v === undefined) ok = false;
      else out[name] = v;
    }
  }
  return ok ? out : undefined;
}


/** A did-you-mean for the indicator name at the start of a condition. */
function indicatorHint(when: string): string {
  const name = /^\s*([A-Za-z][A-Za-z0-9]*)/.exec(when)?.[1];
  if (!name || (INDICATORS as readonly string[]).includes(name)) return '';
  return didYouMean(name, INDICATORS.filter((i) => i !== 'phase'));
}
