// Continuous autosave: a change is written at most DEBOUNCE_MS later (a
// throttle, so that playback, which changes the week every frame, still gets
// saved), one write at a time, the newest draft winning. `unsaved` is true
// from an edit (anything but the week) until its write has committed, and
// stays true while the store fails (no IndexedDB, private mode, quota) until
// the user exports: that is what "leaving with unsaved changes asks first"
// asks about.
import type { KeyValueStore } from './idb.ts';
import { readDraft, sameDraft, sameWork, type Draft } from './draft.ts';

export const DRAFT_KEY = 'lab-draft';
export const DEBOUNCE_MS = 400;

export type SaveState =
  /** Everything is in the store (or nothing was changed). */
  | 'saved'
  /** A change waits for its write. */
  | 'pending'
  /** The store refused; changes since the last export live only in this page. */
  | 'failed';

export interface AutosaverOptions {
  debounceMs?: number;
  /** Called whenever `state` or `unsaved` may have changed. */
  onState?: (state: SaveState, error?: string) => void;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (t: unknown) => void;
}

export class Autosaver {
  state: SaveState = 'saved';
  /** Why the last write failed (for the status line). */
  error = '';
  /** Last draft known to be in the store. */
  private last?: Draft;
  /** Newest draft not yet written. */
  private next?: Draft;
  private timer: unknown;
  private writing?: Promise<void>;
  /** An edit (not only a week move) is not in the store yet. */
  private editPending = false;
  /** Since the store failed, every edit has been exported to a file. */
  private safeByExport = true;
  private readonly debounceMs: number;
  private readonly setTimer: (fn: () => void, ms: number) => unknown;
  private readonly clearTimer: (t: unknown) => void;

  constructor(private store: KeyValueStore, private opts: AutosaverOptions = {}) {
    this.debounceMs = opts.debounceMs ?? DEBOUNCE_MS;
    this.setTimer = opts.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
    this.clearTimer = opts.clearTimer ?? ((t) => clearTimeout(t as ReturnType<typeof setTimeout>));
  }

  /** Edits not safely stored: ask before the page is left. */
  get unsaved(): boolean {
    return this.state === 'failed' ? !this.safeByExport : this.editPending;
  }

  /** The stored draft, if there is a well-formed one; a malformed one is deleted. */
  async load(): Promise<Draft | null> {
    let raw: unknown;
    try {
      raw = await this.store.get(DRAFT_KEY);
    } catch (e) {
      this.fail(e);
      return null;
    }
    if (raw === undefined) return null;
    const d = readDraft(raw);
    if (!d) await this.store.del(DRAFT_KEY).catch(() => undefined);
    else this.last = d;
    return d;
  }

  /** Record the current state of the lab; it is written within DEBOUNCE_MS unless nothing changed. */
  note(d: Draft): void {
    const prev = this.next ?? this.last;
    if (sameDraft(prev, d)) return;
    const edit = !sameWork(prev, d);
    this.next = d;
    if (edit) {
      this.editPending = true;
      if (this.state === 'failed') this.safeByExport = false;
    }
    if (this.state !== 'failed') this.set('pending');
    else this.opts.onState?.(this.state, this.error);
    this.timer ??= this.setTimer(() => {
      this.timer = undefined;
      void this.flush();
    }, this.debounceMs);
  }

  /** Write the newest draft now (also when the page is hidden or left). */
  async flush(): Promise<void> {
    if (this.timer !== undefined) this.clearTimer(this.timer);
    this.timer = undefined;
    while (this.writing) await this.writing;
    const d = this.next;
    if (!d) return;
    this.next = undefined;
    const p = this.store.set(DRAFT_KEY, d).then(
      () => {
        this.last = d;
        if (!this.next) {
          this.editPending = false;
          this.set('saved');
        }
      },
      (e) => {
        // Keep it: the next change or flush tries again.
        this.next ??= d;
        if (this.editPending) this.safeByExport = false;
        this.fail(e);
      },
    );
    this.writing = p;
    try {
      await p;
    } finally {
      if (this.writing === p) this.writing = undefined;
    }
  }

  /** The user saved a copy as a file: nothing in this page is at risk any more. */
  exported(): void {
    this.safeByExport = true;
    this.opts.onState?.(this.state, this.error);
  }

  /** The lab holds nothing worth keeping (an untouched built-in): forget any stored draft, quietly. */
  async clear(): Promise<void> {
    if (!this.last && !this.next && !this.editPending) return;
    await this.discard();
  }

  /** Forget the stored draft (the user chose to discard it). */
  async discard(): Promise<void> {
    if (this.timer !== undefined) this.clearTimer(this.timer);
    this.timer = undefined;
    while (this.writing) await this.writing;
    this.next = undefined;
    this.last = undefined;
    this.editPending = false;
    try {
      await this.store.del(DRAFT_KEY);
      this.set('saved');
    } catch (e) {
      this.fail(e);
    }
  }

  private fail(e: unknown): void {
    this.error = e instanceof Error ? e.message : String(e);
    this.set('failed');
  }

  private set(s: SaveState): void {
    this.state = s;
    if (s !== 'failed') this.error = '';
    this.opts.onState?.(s, this.error);
  }
}
