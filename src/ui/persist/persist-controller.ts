// Wires the autosave to the lab: after every render of the host it notes the
// running scenario, seed, week, interventions and the editor's unapplied text;
// at start it restores the last draft (or, when the URL brings its own
// scenario, offers it); while a change is not safely stored it asks before the
// page is left. The banner (restore-banner.ts) shows the choice to discard.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SimController } from '../controllers/sim-controller.ts';
import { getLang, msg } from '../i18n.ts';
import { Autosaver, type SaveState } from '../../persist/autosave.ts';
import { DRAFT_VERSION, readDraft, type Draft } from '../../persist/draft.ts';
import { indexedDbStore, type KeyValueStore } from '../../persist/idb.ts';
import { actionLabel } from '../lab/action-buttons.ts';
import type { LabView } from './lang-handoff.ts';

export type BannerMode =
  /** Nothing to say. */
  | 'none'
  /** Work was restored; offer to discard it. */
  | 'restored'
  /** The page opened something else (a link); offer the stored work. */
  | 'offer'
  /** Another scenario replaced the lab's work (a file, a drop, a link, a preset); offer it back. */
  | 'replaced';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

export interface EditorLike extends HTMLElement {
  value: string;
  text: string;
  updateComplete: Promise<boolean>;
  edit(text: string): void;
}

/** The host's scenario editor, opened and ready to take text (null if it cannot open). */
export type OpenEditor = () => Promise<EditorLike | null>;

export class PersistController implements ReactiveController {
  readonly saver: Autosaver;
  banner: BannerMode = 'none';
  /** The draft the banner is about. */
  draft: Draft | null = null;
  saveState: SaveState = 'saved';
  saveError = '';
  /** Autosave writes only once the start-up choice is made, so that it never overwrites the work it is about to offer. */
  private armed = false;
  private editorText?: string;
  private guarding = false;
  /** Each built-in scenario as first loaded from its file (text, seed): running it untouched is not work to keep. */
  private pristine = new Map<string, { text: string; seed: number }>();
  private restoring = false;
  /** Set while the lab, back to an untouched built-in, clears its draft (clear() hands the old one to the history synchronously). */
  private untouching = false;
  private reopening = false;
  /** The next replacement of this scenario is the user's own choice (Keep what is open now): no banner for it. */
  private quiet?: { text: string; file: string };

  constructor(private host: Host, private sim: SimController, private openEditor: OpenEditor, store: KeyValueStore = indexedDbStore()) {
    host.addController(this);
    this.saver = new Autosaver(store, {
      onState: (s, err) => {
        this.saveState = s;
        this.saveError = err ?? '';
        this.guard();
        host.requestUpdate();
      },
      onReplaced: (previous, next) => this.replaced(previous, next),
    });
  }

  /** Earlier work replaced by another scenario, newest first. */
  get previous(): Draft[] {
    return this.saver.previous;
  }

  private replaced(previous: Draft, next: Draft | undefined): void {
    const q = this.quiet;
    this.quiet = undefined;
    if (!this.armed || this.restoring || this.untouching || (q && next && q.text === next.text && q.file === next.file)) return;
    this.banner = 'replaced';
    this.draft = previous;
    this.host.requestUpdate();
  }

  hostConnected(): void {
    this.host.addEventListener('input', this.onInput);
    this.host.addEventListener('choose-draft', this.onChoose as EventListener);
    document.addEventListener('visibilitychange', this.onHide);
    window.addEventListener('pagehide', this.onHide);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('input', this.onInput);
    this.host.removeEventListener('choose-draft', this.onChoose as EventListener);
    document.removeEventListener('visibilitychange', this.onHide);
    window.removeEventListener('pagehide', this.onHide);
    this.setGuard(false);
  }

  hostUpdated(): void {
    // The banner lists the history itself; set here so that the shell's template needs no change for it.
    const banner = this.host.renderRoot.querySelector('restore-banner') as (HTMLElement & { previous: Draft[] }) | null;
    if (banner && banner.previous !== this.saver.previous) banner.previous = this.saver.previous;
    const s = this.sim;
    if (!s.ready || !s.scenarioText) return;
    const builtin = s.file.startsWith('scenarios/');
    if (builtin && !this.restoring && !this.pristine.has(s.file) && s.interventions.length === 0 && !s.ghost) {
      this.pristine.set(s.file, { text: s.scenarioText, seed: s.seed });
    }
    // While a restored draft's editor text is being put back, the lab looks untouched: note nothing yet.
    if (!this.armed || this.reopening) return;
    const d = this.current();
    const base = this.pristine.get(s.file);
    // A built-in scenario, untouched (the week alone is not work): nothing to restore next time.
    if (builtin && base && base.text === d.text && base.seed === d.seed && d.interventions.length === 0 && d.editorText === undefined) {
      // Back to the untouched built-in (the last intervention undone, say): the work goes to the history, but no other scenario replaced it, so no banner says so.
      this.untouching = true;
      void this.saver.clear();
      this.untouching = false;
    } else {
      this.saver.note(d);
    }
  }

  /** The lab as a draft, now. */
  current(): Draft {
    const s = this.sim;
    const editor = this.editor();
    const ed = editor && editor.value !== s.scenarioText ? editor.value : editor ? undefined : this.editorText;
    return {
      v: DRAFT_VERSION,
      text: s.scenarioText,
      file: s.file,
      scenarioName: s.scenarioName,
      seed: s.seed,
      week: s.week,
      interventions: s.interventions.map((i) => ({ week: i.week, action: i.action, label: i.label })),
      ...(ed !== undefined && ed !== s.scenarioText ? { editorText: ed } : {}),
      savedAt: Date.now(),
    };
  }

  /**
   * At start-up, after the default scenario is running. `auto`: restore the
   * stored work straight away (a reload, a crash); otherwise only offer it.
   * Returns true when the lab now runs the restored draft.
   */
  async start(auto: boolean, handoff?: Draft): Promise<boolean> {
    const d = await this.saver.load();
    // Back from a language switch: the work open a moment ago, quietly (lang-handoff.ts).
    if (handoff) return this.restore(handoff, { quiet: true });
    if (!d) {
      this.armed = true;
      return false;
    }
    this.draft = d;
    if (!auto) {
      this.banner = 'offer';
      this.host.requestUpdate();
      return false;
    }
    return this.restore(d);
  }

  /** Load the draft into the lab; on failure (it no longer validates) say so and keep the current run. */
  async restore(d: Draft, opts: { quiet?: boolean } = {}): Promise<boolean> {
    const s = this.sim;
    const keep = s.interventions;
    const keepEditor = this.editorText;
    this.restoring = true;
    // The draft's unapplied editor text is part of the work from the start: until the
    // editor reopens, an untouched built-in underneath must not look like "nothing to keep".
    this.editorText = d.editorText;
    // The work open now makes way: into the history, as when a file replaces it.
    if (this.armed) this.saver.keepPrevious();
    // Labels in this page's language: the draft may have been saved in the other one.
    s.interventions = d.interventions.map((i) => ({ ...i, label: actionLabel(i.action, i.label) }));
    const ok = await s.load(d.text, d.file, {
      seed: d.seed,
      keepInterventions: true,
      note: opts.quiet
        ? msg('Language switched; nothing else changed.')
        : msg(`Your work from ${timeOf(d.savedAt)} is back: ${msg(d.scenarioName)}, seed ${d.seed}, week ${d.week}.`),
    }).finally(() => (this.restoring = false));
    if (!ok) {
      s.interventions = keep;
      this.editorText = keepEditor;
      this.banner = 'none';
      this.draft = null;
      this.armed = true;
      await this.saver.discard();
      s.message = msg('Your saved work could not be restored (it is no longer a valid scenario); the default scenario is running.');
      this.host.requestUpdate();
      return false;
    }
    // Whatever the built-in's pristine text is, the restored one is work: never take it as the baseline.
    if (!this.pristine.has(d.file)) this.pristine.set(d.file, { text: '', seed: -1 });
    this.saver.forget(d);
    await s.seek(d.week);
    // A language switch changes the words and nothing else: no banner over the lab.
    this.banner = opts.quiet ? 'none' : 'restored';
    this.armed = true;
    if (d.editorText !== undefined) await this.reopenEditor(d.editorText);
    this.host.requestUpdate();
    return true;
  }

  /**
   * Before the page reloads in the other language: the work as it is now goes
   * across the reload (lang-handoff.ts) and into the store, so that nothing
   * pending asks "leave the page?". False when the handoff could not be kept.
   */
  async handOff(view: LabView): Promise<boolean> {
    // Loaded on demand (lang-handoff.ts imports nothing, so nothing is split off the first screen).
    const { saveHandoff } = await import('./lang-handoff.ts');
    const ok = this.sim.ready && !!this.sim.scenarioText && saveHandoff(this.current(), view);
    await this.saver.flush();
    return ok;
  }

  /** Back from a language switch: the work handed across the reload, checked like any draft (undefined when there is none). */
  async takeHandoff(): Promise<{ draft: Draft; view: LabView } | undefined> {
    // Only a tab that stored something can hold one: the first screen of a fresh tab loads nothing for it.
    if (!tabStorageUsed()) return undefined;
    const { takeHandoff } = await import('./lang-handoff.ts');
    const h = takeHandoff();
    const draft = h && readDraft(h.draft);
    return h && draft ? { draft, view: h.view } : undefined;
  }

  /** Banner: drop the stored work and start again from the default. */
  async discard(startFresh: () => Promise<void>): Promise<void> {
    this.armed = false;
    this.banner = 'none';
    this.draft = null;
    this.editorText = undefined;
    await this.saver.discard();
    await startFresh();
    this.armed = true;
    this.host.requestUpdate();
  }

  /**
   * A file, a link or a preset is about to replace the work in the lab. Call
   * the returned function once it runs: the replaced work goes to the history
   * even when the new scenario has the same file name (the saver itself
   * catches only a change of file), and nothing goes there if the load failed
   * or the same work came back.
   */
  replacing(): () => void {
    const before = this.armed ? this.saver.current : undefined;
    return () => {
      const s = this.sim;
      if (before && this.armed && !(before.text === s.scenarioText && before.file === s.file)) this.saver.keep(before, this.current());
    };
  }

  /** Banner: keep what runs now (the link's scenario); the stored work goes to the history. */
  keepCurrent(): void {
    const c = this.current();
    this.quiet = { text: c.text, file: c.file };
    this.banner = 'none';
    this.draft = null;
    this.armed = true;
    this.host.requestUpdate();
  }

  /** Banner dismissed after a restore: keep the restored work. */
  dismiss(): void {
    this.banner = 'none';
    this.host.requestUpdate();
  }

  /** A copy was downloaded: nothing is at risk even if the browser store fails. */
  exported(): void {
    this.saver.exported();
  }

  /** The banner's list of earlier work: the chosen draft becomes the one a following 'restore' loads. */
  private onChoose = (e: CustomEvent<{ index: number }>) => {
    const d = this.saver.previous[e.detail.index];
    if (d) this.draft = d;
  };

  private editor(): EditorLike | null {
    return this.host.renderRoot.querySelector('scenario-editor') as EditorLike | null;
  }

  private onInput = (e: Event) => {
    // Typing in the scenario editor (CodeMirror's contenteditable sends composed input events).
    if (!e.composedPath().some((n) => (n as Element).localName === 'scenario-editor')) return;
    const ed = this.editor();
    if (!ed) return;
    this.editorText = ed.value;
    this.hostUpdated();
  };

  private async reopenEditor(text: string): Promise<void> {
    this.reopening = true;
    try {
      await this.putBackEditor(text);
    } finally {
      this.reopening = false;
    }
    this.hostUpdated();
  }

  private async putBackEditor(text: string): Promise<void> {
    const ed = await this.openEditor();
    if (!ed) return;
    ed.edit(text);
    this.editorText = text;
  }

  private onHide = () => {
    if (document.visibilityState === 'hidden' || !document.visibilityState) void this.saver.flush();
  };

  /** A beforeunload listener only while something is at risk (it also keeps the page out of the back-forward cache). */
  private guard(): void {
    this.setGuard(this.saver.unsaved);
  }

  private setGuard(on: boolean): void {
    if (on === this.guarding) return;
    this.guarding = on;
    if (on) window.addEventListener('beforeunload', this.onBeforeUnload);
    else window.removeEventListener('beforeunload', this.onBeforeUnload);
  }

  private onBeforeUnload = (e: BeforeUnloadEvent) => {
    if (!this.saver.unsaved) return;
    void this.saver.flush();
    e.preventDefault();
    // Older browsers need returnValue set to show the prompt.
    e.returnValue = '';
  };
}

function tabStorageUsed(): boolean {
  try {
    return sessionStorage.length > 0;
  } catch {
    return false;
  }
}

/** "1 intervention", "3 interventions". */
export function interventionCount(n: number): string {
  return n === 1 ? msg('1 intervention') : msg(`${n} interventions`);
}

/** A saved draft's time: the browser's own format in English, 24-hour in Dutch ("21:27", never "09:27 PM"). */
export function timeOf(ms: number): string {
  // In the page's language: 24-hour in Dutch (18:21), not the browser's 06:21 PM.
  return new Intl.DateTimeFormat(getLang(), { hour: '2-digit', minute: '2-digit' }).format(ms);
}

/**
 * The address brings a scenario of its own (a share link `#lab?s=…`, a lesson
 * `#lessons/…`): then the stored work is offered, not restored over it. Plain
 * reloads and the view switches (#lab, #compare, ?lang=) restore.
 */
export function urlBringsScenario(loc: { hash: string; search: string } = location): boolean {
  const q = new URLSearchParams(loc.search);
  if (['s', 'scenario', 'share'].some((k) => q.has(k))) return true;
  const h = loc.hash.replace(/^#/, '');
  if (h.startsWith('lessons/')) return true;
  const query = h.includes('?') ? h.slice(h.indexOf('?') + 1) : '';
  return new URLSearchParams(query).has('s');
}
