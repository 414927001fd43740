// What the two cancellable runners share (compare/runner.ts,
// editor/preview-runner.ts): only the latest run counts. Starting one aborts
// the one before, cancel() aborts it, and an aborted or failed run becomes a
// value of the runner's own outcome type. Not @lit/task:
// a Task belongs to one host element and re-runs from that element's
// arguments, while these runners are plain classes that the compare view,
// the editor and Node tests drive alike.
export class LatestOnly {
  private ctrl?: AbortController;

  get running(): boolean {
    return !!this.ctrl;
  }

  /**
   * Run `work` as the latest run, with a signal that aborts when a later run
   * starts or cancel() is called: its result, else `aborted()` once aborted,
   * else `failed(message)` when it threw.
   */
  async run<T>(work: (signal: AbortSignal) => Promise<T>, aborted: () => T, failed: (message: string) => T): Promise<T> {
    const signal = this.start();
    try {
      return await work(signal);
    } catch (e) {
      return signal.aborted ? aborted() : failed(e instanceof Error ? e.message : String(e));
    } finally {
      this.end(signal);
    }
  }

  /** A signal for a new run; the run before it is aborted. */
  private start(): AbortSignal {
    this.ctrl?.abort(new DOMException('superseded', 'AbortError'));
    const ctrl = new AbortController();
    this.ctrl = ctrl;
    return ctrl.signal;
  }

  /** The run with this signal has ended (a later one may be under way). */
  private end(signal: AbortSignal): void {
    if (this.ctrl?.signal === signal) this.ctrl = undefined;
  }

  /** Abort the run under way, if any. */
  cancel(): void {
    this.ctrl?.abort(new DOMException('cancelled', 'AbortError'));
    this.ctrl = undefined;
  }
}
