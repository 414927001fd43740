// A layout's exact state (input, positions and velocities, alpha, stored
// weeks) in typed arrays, and back into a Layout: what carries a layout from
// the page to the layout worker. Its own file: the worker imports it, and the
// page's side (layout-transfer.ts) starts the worker.
import type { Layout, LayoutInput, LayoutState, Positions } from './layout.ts';

/** Everything needed to carry on elsewhere. */
export function exportState(L: Layout, input: LayoutInput): LayoutState {
  const n = L.nodes.length;
  const xy = new Float64Array(4 * n);
  const ids = new Int32Array(n);
  L.nodes.forEach((d, q) => {
    ids[q] = d.id;
    xy.set([d.x ?? 0, d.y ?? 0, d.vx ?? 0, d.vy ?? 0], 4 * q);
  });
  const stored: LayoutState['stored'] = [];
  for (const [week, p] of L.stored) {
    const sid = new Int32Array(p.size);
    const sxy = new Float64Array(2 * p.size);
    let q = 0;
    for (const [id, [x, y]] of p) {
      sid[q] = id;
      sxy[2 * q] = x;
      sxy[2 * q + 1] = y;
      q++;
    }
    stored.push({ week, ids: sid, xy: sxy });
  }
  return { input, ids, xy, alpha: L.sim.alpha(), stored };
}

/** Continue exactly where exportState left off. */
export function importState(L: Layout, st: LayoutState): void {
  L.stored.clear();
  for (const w of st.stored) {
    const p: Positions = new Map();
    for (let q = 0; q < w.ids.length; q++) p.set(w.ids[q], [w.xy[2 * q], w.xy[2 * q + 1]]);
    L.stored.set(w.week, p);
  }
  L.byId = new Map();
  for (let q = 0; q < st.ids.length; q++) {
    const id = st.ids[q];
    L.byId.set(id, { id, index: -1, org: 0, x: st.xy[4 * q], y: st.xy[4 * q + 1], vx: st.xy[4 * q + 2], vy: st.xy[4 * q + 3] });
  }
  L.update(st.input, null);
  L.sim.alpha(st.alpha);
}
