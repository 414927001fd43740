// The shared table of the compare view: the runs every scenario has (paired),
// thinned to the chosen week on the main thread (a few reads per run), the
// statistics in table.worker.ts. Where no worker can start, the same function
// runs here. Either way the table equals `coalesce compare`'s.
import type { RunResult } from '../../model/indicators.ts';
import type { ComparisonTable } from '../../stats/index.ts';
import { commonRuns, pairedTable } from './store.ts';
import { blockBuffers, thinBlock } from './thin-runs.ts';

export class TableClient {
  private worker?: Worker;
  private broken = false;
  private next = 1;
  private waiting = new Map<number, { resolve: (t: ComparisonTable) => void; reject: (e: Error) => void }>();

  /** The table over the runs every scenario has, at `week` against `baseline`. */
  compute(results: RunResult[][], week: number, baseline: number): Promise<ComparisonTable> {
    const w = this.start();
    if (!w) return Promise.resolve(pairedTable(results, week, baseline));
    const blocks = commonRuns(results).map((rs) => thinBlock(rs, week));
    const id = this.next++;
    return new Promise<ComparisonTable>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      w.postMessage({ id, blocks, week, baseline }, blocks.flatMap(blockBuffers));
    }).catch(() => pairedTable(results, week, baseline));
  }

  close(): void {
    this.worker?.terminate();
    this.worker = undefined;
    for (const p of this.waiting.values()) p.reject(new Error('closed'));
    this.waiting.clear();
  }

  private start(): Worker | undefined {
    if (this.worker || this.broken || typeof Worker === 'undefined') return this.worker;
    try {
      const w = new Worker(new URL('./table.worker.ts', import.meta.url), { type: 'module' });
      w.onmessage = (e: MessageEvent<{ id: number; table?: ComparisonTable; error?: string }>) => {
        const p = this.waiting.get(e.data.id);
        this.waiting.delete(e.data.id);
        if (e.data.table) p?.resolve(e.data.table);
        else p?.reject(new Error(e.data.error ?? 'no table'));
      };
      // A worker that cannot load or dies: every table from now on is computed here.
      w.onerror = (e) => {
        e.preventDefault();
        this.broken = true;
        this.close();
      };
      this.worker = w;
    } catch {
      this.broken = true;
    }
    return this.worker;
  }
}
