// The compare view's shared table, computed off the main thread: with a
// thousand runs per scenario compareScenarios takes longer than a frame may.
// It receives the runs thinned to the table's week (thin-runs.ts) and runs the
// very function `coalesce compare` runs.
import { compareScenarios } from '../../stats/index.ts';
import { thinRuns, type ThinBlock } from './thin-runs.ts';

export interface TableRequest { id: number; blocks: ThinBlock[]; week: number; baseline: number }

self.onmessage = (e: MessageEvent<TableRequest>) => {
  const { id, blocks, week, baseline } = e.data;
  try {
    const table = compareScenarios(blocks.map((b) => thinRuns(b, week)), week, baseline);
    self.postMessage({ id, table });
  } catch (err) {
    self.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
};
