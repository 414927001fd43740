// population.organisations: ids, shares that add up to 1, expertise centres.

import type { Checker } from './errors.ts';
import { fmt } from './errors.ts';
import { ORG_ID_PATTERN } from './limits.ts';
import { LIMITS } from './params.ts';
import { describe, quote, type Tree } from './tree.ts';
import type { Organisation } from './types.ts';
import { fields, num } from './validate-fields.ts';

export const SHARE_TOLERANCE = 1e-6;
const ORG_KEYS = ['id', 'share', 'expertiseCentroid'] as const;

export function checkOrganisations(c: Checker, t: Tree, path: string): Organisation[] | undefined {
  if (t.kind !== 'seq') {
    c.error(t.loc, path, `expected a list of organisations ({ id, share }), found ${describe(t)}`);
    return undefined;
  }
  if (t.items.length === 0 || t.items.length > LIMITS.organisations) {
    const what = t.items.length === 0 ? 'an empty list' : `${t.items.length} organisations`;
    c.error(t.loc, path, `expected 1 to ${LIMITS.organisations} organisations, found ${what}`);
    return undefined;
  }
  const orgs: Organisation[] = [];
  const ids = new Set<string>();
  let ok = true;
  let sum = 0;
  t.items.forEach((item, i) => {
    const p = `${path}[${i}]`;
    const got = fields(c, item, p, ORG_KEYS);
    if (!got) return void (ok = false);
    const idE = got.get('id');
    const shareE = got.get('share');
    if (!idE) c.error(item.loc, `${p}.id`, 'missing: each organisation needs an id, e.g. { id: hospital, share: 0.4 }');
    if (!shareE) c.error(item.loc, `${p}.share`, 'missing: each organisation needs a share of the members, e.g. { id: hospital, share: 0.4 }');
    const id = idE ? orgId(c, idE.value, `${p}.id`) : undefined;
    if (id !== undefined && ids.has(id)) {
      c.error(idE!.value.loc, `${p}.id`, `duplicate organisation id ${quote(id)}: ids must be unique`);
    }
    if (id !== undefined) ids.add(id);
    const share = shareE ? num(c, shareE.value, `${p}.share`, { min: 0, max: 1, unit: '(share of the members)' }) : undefined;
    if (share !== undefined && share === 0) c.error(shareE!.value.loc, `${p}.share`, 'expected a share above 0; leave the organisation out instead');
    const cE = got.get('expertiseCentroid');
    const centroid = cE ? checkCentroid(c, cE.value, `${p}.expertiseCentroid`) : undefined;
    if (id === undefined || share === undefined || share === 0 || (cE && !centroid)) return void (ok = false);
    sum += share;
    orgs.push(centroid ? { id, share, expertiseCentroid: centroid } : { id, share });
  });
  if (!ok) return undefined;
  if (Math.abs(sum - 1) > SHARE_TOLERANCE) {
    c.error(t.loc, path, `the shares add up to ${fmt(Number(sum.toPrecision(12)))}; they must add up to 1 (within ${SHARE_TOLERANCE})`);
    return undefined;
  }
  return orgs;
}

function orgId(c: Checker, t: Tree, path: string): string | undefined {
  const v = t.kind === 'scalar' ? t.value : undefined;
  if (typeof v !== 'string' || !ORG_ID_PATTERN.test(v)) {
    c.error(t.loc, path, `expected an id of 1 to 40 letters, digits, spaces, "_", "." or "-" starting with a letter or digit, found ${describe(t)}`);
    return undefined;
  }
  return v;
}

function checkCentroid(c: Checker, t: Tree, path: string): number[] | undefined {
  if (t.kind !== 'seq' || t.items.length !== LIMITS.topics) {
    const found = t.kind === 'seq' ? `a list of ${t.items.length}` : describe(t);
    c.error(t.loc, path, `expected a list of ${LIMITS.topics} numbers from 0 to 1 (one per topic), found ${found}`);
    return undefined;
  }
  const out: number[] = [];
  t.items.forEach((x, i) => {
    const v = num(c, x, `${path}[${i}]`, { min: 0, max: 1 });
    if (v !== undefined) out.push(v);
  });
  return out.length === LIMITS.topics ? out : undefined;
}
