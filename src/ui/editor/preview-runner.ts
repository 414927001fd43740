// The editor's 26-week preview: the edited and the running scenario, same
// seed, run index 0, in the replication pool's workers (src/pool), never on
// the main thread (2,000 members take ~0.5 s). Only the latest request
// counts: a new one aborts the one before. Results are kept by scenario and
// seed, so the running scenario runs once, and edits that resolve to the same
// scenario (a comment, a default written out) cost nothing.
import type { Indicator } from '../../model/indicators.ts';
import { ReplicationPool, type ReplicationJob } from '../../pool/index.ts';
import { LatestOnly } from '../controllers/latest-only.ts';
import type { Scenario } from '../../scenario/types.ts';
import { PREVIEW_WEEKS } from './preview-weeks.ts';

/** Indicators that tell the challenges apart (MODEL.md §4.3): C2 energy, C1 trust, C3 tricky issues, C4/C5 bridging. */
export const PREVIEW_INDICATORS = ['activeFraction', 'meanTrust', 'trickySharedGroup', 'crossOrgTieShare'] as const satisfies readonly Indicator[];
export type PreviewIndicator = (typeof PREVIEW_INDICATORS)[number];
export type PreviewSeries = Record<PreviewIndicator, Float64Array>;

export { PREVIEW_WEEKS };

export type PreviewOutcome =
  | { kind: 'done'; edited: PreviewSeries; running: PreviewSeries; weeks: number; ms: number }
  | { kind: 'stale' }
  | { kind: 'failed'; message: string };

/** The scenario cut to the preview's horizon (weeks 0..26 do not depend on a later horizon). */
export function previewScenario(s: Scenario): Scenario {
  return { ...s, horizon: Math.min(PREVIEW_WEEKS, s.horizon) };
}

const KEEP = 8;
/**
 * A run that has not answered after this long is taken for hung (its worker is
 * replaced, the run tried once more). Far above a real preview: 26 weeks of
 * 10,000 members take a few seconds. The same figure as the lab's
 * REPLICATION_DEADLINE_MS, not imported: faults/pool-faults.ts brings the fault
 * words, which the bundler then moved out of the first screen's chunks with
 * comlink (first screen +0.2 kB gzip more than without).
 */
const PREVIEW_DEADLINE_MS = 60_000;

export class PreviewRunner {
  /** Two workers: the edited and the running scenario side by side when neither is cached. Started on first use. */
  private pool: ReplicationPool;
  private latest = new LatestOnly();
  private cache = new Map<string, PreviewSeries>();
  /** Runs computed so far (tests: the cache saves them). */
  computed = 0;

  constructor(workers = 2) {
    this.pool = new ReplicationPool(workers);
  }

  /** The runs not cached yet: job i is targets[tag] (the running scenario is left out when it resolves to the edited one). */
  jobsFor(targets: Scenario[], keys: string[], seed: number): ReplicationJob[] {
    const jobs: ReplicationJob[] = [];
    keys.forEach((k, i) => {
      if (!this.cache.has(k) && !jobs.some((j) => keys[j.tag!] === k)) jobs.push({ scenario: targets[i], seed, runIndex: 0, tag: i });
    });
    return jobs;
  }

  run(edited: Scenario, running: Scenario, seed: number): Promise<PreviewOutcome> {
    const stale = (): PreviewOutcome => ({ kind: 'stale' });
    return this.latest.run((signal) => this.compute(edited, running, seed, signal), stale, (message) => ({ kind: 'failed', message }));
  }

  private async compute(edited: Scenario, running: Scenario, seed: number, signal: AbortSignal): Promise<PreviewOutcome> {
    const t0 = performance.now();
    const targets = [previewScenario(edited), previewScenario(running)];
    const keys = targets.map((s) => `${seed}|${JSON.stringify(s)}`);
    const jobs = this.jobsFor(targets, keys, seed);
    if (jobs.length) {
      const { results, failures } = await this.pool.run(jobs, { signal, timeoutMs: PREVIEW_DEADLINE_MS, keepResults: true });
      if (signal.aborted) return { kind: 'stale' };
      this.computed += jobs.length - failures.length;
      if (failures.length) return { kind: 'failed', message: failures[0].message };
      results.forEach((r, i) => {
        if (r) this.remember(keys[jobs[i].tag!], Object.fromEntries(PREVIEW_INDICATORS.map((n) => [n, r.columns[n]])) as PreviewSeries);
      });
    }
    const [e, r] = keys.map((k) => this.cache.get(k));
    if (!e || !r) return { kind: 'failed', message: 'no result' };
    return { kind: 'done', edited: e, running: r, weeks: targets[0].horizon, ms: performance.now() - t0 };
  }

  /** Drop any preview in flight (its promise resolves as stale). */
  cancel(): void {
    this.latest.cancel();
  }

  close(): void {
    this.cancel();
    this.pool.close();
  }

  private remember(key: string, s: PreviewSeries): void {
    this.cache.delete(key);
    this.cache.set(key, s);
    // Map keeps insertion order: the oldest goes first.
    while (this.cache.size > KEEP) this.cache.delete(this.cache.keys().next().value!);
  }
}
