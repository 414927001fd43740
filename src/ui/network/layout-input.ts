// What the layout needs of a week, in plain typed arrays: the visible
// members (present, or left within the last two weeks, shown as ghosts),
// their ties and the facilitator's partners. Built on the main thread in
// O(members + ties) and posted to the layout worker (a copy of a few kB
// instead of the whole snapshot).
import type { Snapshot } from '../../model/snapshot.ts';
import type { LayoutInput } from './layout.ts';

export function layoutInput(s: Snapshot, partnerIndices: number[]): LayoutInput {
  const m = s.members;
  const n = m.id.length;
  const visible = (i: number) => m.present[i] === 1 || (m.left[i] >= 0 && s.week - m.left[i] <= 2);
  let count = 0;
  for (let i = 0; i < n; i++) if (visible(i)) count++;
  const ids = new Int32Array(count), index = new Int32Array(count), org = new Int32Array(count);
  for (let i = 0, q = 0; i < n; i++) {
    if (!visible(i)) continue;
    ids[q] = m.id[i];
    index[q] = i;
    org[q] = m.org[i];
    q++;
  }
  const t = s.ties;
  return {
    week: s.week,
    orgCount: s.orgIds.length,
    ids,
    index,
    org,
    la: Int32Array.from(t.a),
    lb: Int32Array.from(t.b),
    ls: Float64Array.from(t.strength),
    partners: Int32Array.from(partnerIndices, (i) => m.id[i]),
  };
}
