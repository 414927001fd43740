// Carrying a layout from the page to the layout worker: the worker started
// on first need, the layout's state (layout-state.ts) and its unanswered
// requests handed over. Loaded only when a layout moves.
import type { LayoutEngine, LayoutReply, LayoutRequest } from './layout-engine.ts';
import { exportState } from './layout-state.ts';

/**
 * Hand a view's layout from the page's engine to the worker (started here on
 * first need; null if it cannot start): its state, then its requests not yet
 * answered, in order. `answered`: the view's last request answered in the page.
 */
export function handOver(worker: Worker | undefined, engine: LayoutEngine, view: number, answered: number, queue: LayoutRequest[], deliver: (r: LayoutReply) => void, failed: (why: string) => void): Worker | null {
  let w = worker;
  if (!w) {
    try {
      w = new Worker(new URL('../../../workers/layout.worker.ts', import.meta.url), { type: 'module', name: 'layout' });
    } catch (e) {
      console.warn(`layout worker not started, layouts stay in the page: ${e instanceof Error ? e.message : String(e)}`);
      return null;
    }
    w.onmessage = (e: MessageEvent<LayoutReply>) => deliver(e.data);
    // A worker that fails (a script blocked by a CSP, a crash) gives its layouts back to the page.
    w.onerror = (e) => {
      e.preventDefault();
      failed(e.message || 'the layout worker failed');
    };
  }
  const s = engine.exportView(view, exportState);
  if (s) w.postMessage({ view, seq: answered, kind: 'import', state: s.state, moving: s.moving, owed: s.owed } satisfies LayoutRequest);
  engine.handle({ view, seq: 0, kind: 'dispose' });
  for (const r of queue) if (r.view === view) w.postMessage(r);
  return w;
}
