// What the two cancellable runners share (compare/runner.ts,
// editor/preview-runner.ts): only the latest run counts. Starting one aborts
// the one before, cancel() aborts it, and its end forgets it. Not @lit/task:
// a Task belongs to one host element and re-runs from that element's
// arguments, while these runners are plain classes that the compare view,
// the editor and Node tests drive alike.
export class LatestOnly {
  private ctrl?: AbortController;

  get running(): boolean {
    return !!this.ctrl;
  }

  /** A signal for a new run; the run before it is aborted. */
  start(): AbortSignal {
    this.ctrl?.abort(new DOMException('superseded', 'AbortError'));
    const ctrl = new AbortController();
    this.ctrl = ctrl;
    return ctrl.signal;
  }

  /** The run with this signal has ended (a later one may be under way). */
  end(signal: AbortSignal): void {
    if (this.ctrl?.signal === signal) this.ctrl = undefined;
  }

  /** Abort the run under way, if any. */
  cancel(): void {
    this.ctrl?.abort(new DOMException('cancelled', 'AbortError'));
    this.ctrl = undefined;
  }
}
