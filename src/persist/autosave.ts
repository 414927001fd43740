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
/** Earlier drafts, newest first: work that opening, dropping or linking another scenario replaced. */
export const HISTORY_KEY = 'lab-draft-history';
export const HISTORY_MAX = 5;
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
  /** Another scenario took the place of `previous`, which is now first in the history. */
  onReplaced?: (previous: Draft, next: Draft | undefined) => void;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (t: unknown) => void;
}

export class Autosaver {
  state: SaveState = 'saved';
  /** Why the last write failed (for the status line). */
  error = '';
  /** Earlier work replaced by another scenario, newest first (at most HISTORY_MAX). */
  previous: Draft[] = [];
  private historyDirty = false;
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
    await this.loadHistory();
    if (raw === undefined) return null;
    const d = readDraft(raw);
    if (!d) await this.store.del(DRAFT_KEY).catch(() => undefined);
    else this.last = d;
    return d;
  }

  /** The stored history; malformed entries are left out (and dropped at the next write). */
  private async loadHistory(): Promise<void> {
    const raw = await this.store.get(HISTORY_KEY).catch(() => undefined);
    const list = Array.isArray(raw) ? raw.slice(0, HISTORY_MAX).map(readDraft).filter((d): d is Draft => !!d) : [];
    this.historyDirty = raw !== undefined && (!Array.isArray(raw) || list.length !== raw.length);
    this.previous = list;
  }

  /**
   * The work now in the lab is about to make way for another scenario: keep it
   * in the history (written before the draft that replaces it). Also called by
   * note() itself when the scenario's file changes (a file opened or dropped,
   * a link followed, another preset picked).
   */
  keepPrevious(next?: Draft): void {
    const cur = this.current;
    if (cur) this.keep(cur, next);
  }

  /** The newest draft noted (written or not), if the lab holds work worth keeping. */
  get current(): Draft | undefined {
    return this.next ?? this.last;
  }

  /** Put `cur` at the head of the history (unless it is there already), as work that `next` replaced. */
  keep(cur: Draft, next?: Draft): void {
    if (this.previous.some((p) => sameWork(p, cur))) return;
    this.previous = [cur, ...this.previous].slice(0, HISTORY_MAX);
    this.historyDirty = true;
    this.opts.onReplaced?.(cur, next);
  }

  /** A draft from the history is back in the lab: it leaves the history. */
  forget(d: Draft): void {
    const n = this.previous.length;
    this.previous = this.previous.filter((p) => !sameWork(p, d));
    if (this.previous.length !== n) {
      this.historyDirty = true;
      this.schedule();
    }
  }

  /** Record the current state of the lab; it is written within DEBOUNCE_MS unless nothing changed. */
  note(d: Draft): void {
    const prev = this.next ?? this.last;
    if (sameDraft(prev, d)) return;
    if (prev && prev.file !== d.file) this.keepPrevious(d);
    const edit = !sameWork(prev, d);
    this.next = d;
    if (edit) {
      this.editPending = true;
      if (this.state === 'failed') this.safeByExport = false;
    }
    if (this.state !== 'failed') this.set('pending');
    else this.opts.onState?.(this.state, this.error);
    this.schedule();
  }

  private schedule(): void {
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
    if (!d) return this.writeHistory().catch((e) => this.fail(e));
    this.next = undefined;
    // The history first: the work a new draft replaces is never only in the draft it overwrites.
    const p = this.writeHistory().then(() => this.store.set(DRAFT_KEY, d)).then(
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

  /** Write the history if it changed (a failure leaves it to the next write). */
  private async writeHistory(): Promise<void> {
    if (!this.historyDirty) return;
    this.historyDirty = false;
    try {
      await this.store.set(HISTORY_KEY, this.previous);
    } catch (e) {
      this.historyDirty = true;
      throw e;
    }
  }

  /** The user saved a copy as a file: nothing in this page is at risk any more. */
  exported(): void {
    this.safeByExport = true;
    this.opts.onState?.(this.state, this.error);
  }

  /**
   * The lab holds nothing worth keeping (an untouched built-in): no current
   * draft. The work it replaced goes to the history first.
   */
  async clear(): Promise<void> {
    if (!this.last && !this.next && !this.editPending) return;
    this.keepPrevious();
    while (this.writing) await this.writing;
    await this.writeHistory().catch((e) => this.fail(e));
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
