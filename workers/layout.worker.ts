// Layout worker: the network views' d3-force layouts run here, so the main
// thread only draws (at 2,000 members a force tick cost about as much as a
// drawing). Started on first play (src/ui/network/layout-client.ts); the page
// hands over each layout's exact state, so pictures do not depend on where
// the layout ran. Positions go back transferred, not copied. The page asks
// for a tick as a frame begins, so the tick is computed while it draws; a
// worker ticking at its own pace took a whole core at 2,000 members, which a
// two-core machine could not spare.
import { LayoutEngine, type LayoutRequest } from '../src/ui/network/layout-engine.ts';
import { importState } from '../src/ui/network/layout-state.ts';

const engine = new LayoutEngine(importState);
self.onmessage = (e: MessageEvent<LayoutRequest>) => {
  const r = e.data;
  const reply = engine.handle(r);
  if (!reply) return;
  // Taking over a layout answers no request of the page's.
  (self as unknown as Worker).postMessage(r.kind === 'import' ? { ...reply, auto: true } : reply, [reply.xy.buffer]);
};
