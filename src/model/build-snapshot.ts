// Copy the model state of the current week into the column shape of
// snapshot.ts (fresh typed arrays, safe to transfer to another thread).

import type { IndicatorRow } from './indicators.ts';
import { ISSUE_STATE } from './members.ts';
import type { Snapshot } from './snapshot.ts';
import type { World } from './world.ts';

export function buildSnapshot(w: World, row: IndicatorRow): Snapshot {
  const m = w.members;
  const n = m.count;
  const members: Snapshot['members'] = {
    id: new Int32Array(n),
    org: m.org.slice(0, n),
    present: m.present.slice(0, n),
    active: m.active.slice(0, n),
    level: m.level.slice(0, n),
    energy: Float32Array.from(m.E.subarray(0, n)),
    value: Float32Array.from(m.V.subarray(0, n)),
    propensity: Float32Array.from(m.pi.subarray(0, n)),
    facilitatorTrust: Float32Array.from(m.Tf.subarray(0, n)),
    openIssues: new Uint8Array(n),
    sharedIssues: new Uint8Array(n),
    joined: m.joined.slice(0, n),
    left: m.left.slice(0, n),
  };
  for (let i = 0; i < n; i++) {
    members.id[i] = i;
    let open = 0;
    let shared = 0;
    for (const is of m.issues[i]) {
      if (is.state !== ISSUE_STATE.resolved) open++;
      if (is.state >= ISSUE_STATE.dyad) shared++;
    }
    members.openIssues[i] = Math.min(255, open);
    members.sharedIssues[i] = Math.min(255, shared);
  }
  const t = w.ties;
  const k = t.alivePairs;
  const ties: Snapshot['ties'] = {
    a: new Int32Array(k),
    b: new Int32Array(k),
    strength: new Float32Array(k),
    trustAB: new Float32Array(k),
    trustBA: new Float32Array(k),
    crossOrg: new Uint8Array(k),
    last: new Int32Array(k),
    badWeek: new Int32Array(k),
    goodWeek: new Int32Array(k),
  };
  for (let x = 0, y = 0; x < t.count; x++) {
    if (!t.alive[x]) continue;
    ties.a[y] = t.a[x];
    ties.b[y] = t.b[x];
    ties.strength[y] = t.w[x];
    ties.trustAB[y] = t.Tab[x];
    ties.trustBA[y] = t.Tba[x];
    ties.crossOrg[y] = t.cross[x];
    ties.last[y] = t.last[x];
    ties.badWeek[y] = t.badWeek[x];
    ties.goodWeek[y] = t.goodWeek[x];
    y++;
  }
  const e = w.events;
  return {
    week: w.week,
    orgIds: w.orgIds.slice(),
    members,
    ties,
    events: { kind: e.kind.slice(0, e.n), a: e.a.slice(0, e.n), b: e.b.slice(0, e.n), value: e.value.slice(0, e.n) },
    row,
  };
}
