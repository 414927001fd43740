// Nothing lost when another scenario replaces the lab's work (issue 7): the
// replaced draft goes to a small history (written before the draft that
// replaces it), survives a new page, leaves it when restored, and a stored
// history is untrusted input like the draft itself.
import { describe, expect, it } from 'vitest';
import { Autosaver, DRAFT_KEY, HISTORY_KEY, HISTORY_MAX } from '../../src/persist/autosave.ts';
import { DRAFT_VERSION, type Draft } from '../../src/persist/draft.ts';
import { memoryStore, type KeyValueStore } from '../../src/persist/idb.ts';
import { draft } from './persist-helpers.ts';


const edited = (n: number) => draft({ text: `schemaVersion: 1\nname: t\n# edit ${n}\n` });
const opened = (name: string) => draft({ text: `schemaVersion: 1\nname: ${name}\n`, file: `${name}.yaml`, scenarioName: name });

/** Manual timers: tick() runs what is due. */
function timers() {
  const due: (() => void)[] = [];
  return {
    setTimer: (fn: () => void) => (due.push(fn), due.length),
    clearTimer: () => void due.splice(0),
    tick: async () => {
      for (const f of due.splice(0)) f();
      await new Promise((r) => setTimeout(r, 0));
    },
  };
}

describe('draft history', () => {
  it('a different file replacing the work keeps the work, written before the new draft', async () => {
    const store = memoryStore();
    const order: string[] = [];
    const spy: KeyValueStore = { ...store, set: (k, v) => (order.push(k), store.set(k, v)) };
    const t = timers();
    const replaced: [string, string | undefined][] = [];
    const s = new Autosaver(spy, { ...t, onReplaced: (p, n) => replaced.push([p.file, n?.file]) });
    s.note(edited(1));
    await t.tick();
    s.note(edited(2)); // an edit of the same file: no history
    await t.tick();
    expect(s.previous).toEqual([]);
    order.length = 0;
    s.note(opened('other'));
    expect(replaced).toEqual([['scenarios/t.yaml', 'other.yaml']]);
    await t.tick();
    expect(order).toEqual([HISTORY_KEY, DRAFT_KEY]);
    expect((store.data.get(DRAFT_KEY) as Draft).file).toBe('other.yaml');
    const hist = store.data.get(HISTORY_KEY) as Draft[];
    expect(hist.map((d) => d.text)).toEqual([edited(2).text]);

    // A new page reads it back.
    const s2 = new Autosaver(store, timers());
    expect((await s2.load())!.file).toBe('other.yaml');
    expect(s2.previous.map((d) => d.text)).toEqual([edited(2).text]);
  });

  it('an edit not written yet is kept too (the replace came within the debounce)', async () => {
    const store = memoryStore();
    const t = timers();
    const s = new Autosaver(store, t);
    s.note(edited(1));
    s.note(edited(2));
    s.note(opened('other'));
    await t.tick();
    expect((store.data.get(HISTORY_KEY) as Draft[]).map((d) => d.text)).toEqual([edited(2).text]);
  });

  it('an untouched built-in replacing the work (clear) keeps the work, and the draft is gone', async () => {
    const store = memoryStore();
    const t = timers();
    const s = new Autosaver(store, t);
    s.note(edited(1));
    await t.tick();
    await s.clear();
    expect(store.data.has(DRAFT_KEY)).toBe(false);
    expect((store.data.get(HISTORY_KEY) as Draft[]).map((d) => d.text)).toEqual([edited(1).text]);
  });

  it('keeps the newest few, once each; a restored draft leaves the history', async () => {
    const store = memoryStore();
    const t = timers();
    const s = new Autosaver(store, t);
    for (let i = 0; i < HISTORY_MAX + 3; i++) {
      s.note(opened(`f${i}`));
      await t.tick();
    }
    expect(s.previous.map((d) => d.file)).toEqual(Array.from({ length: HISTORY_MAX }, (_, k) => `f${HISTORY_MAX + 1 - k}.yaml`));
    // Back to f5, then away again: f5 is listed once, f7 (replaced by the restore) first.
    const f5 = s.previous.find((d) => d.file === 'f5.yaml')!;
    s.keepPrevious();
    s.forget(f5);
    s.note(f5);
    await t.tick();
    expect(s.previous.filter((d) => d.file === 'f5.yaml')).toHaveLength(0);
    expect(s.previous[0].file).toBe('f7.yaml');
    expect(s.previous.filter((d) => d.file === 'f7.yaml')).toHaveLength(1);
    expect((store.data.get(HISTORY_KEY) as Draft[]).map((d) => d.file)).toEqual(s.previous.map((d) => d.file));
  });

  it('a malformed stored history is refused entry by entry, never trusted', async () => {
    const store = memoryStore();
    store.data.set(HISTORY_KEY, [opened('ok'), { v: DRAFT_VERSION, text: 5 }, { ...opened('bad'), seed: -1 }, null]);
    const s = new Autosaver(store, timers());
    await s.load();
    expect(s.previous.map((d) => d.file)).toEqual(['ok.yaml']);
    store.data.set(HISTORY_KEY, { not: 'a list' });
    const s2 = new Autosaver(store, timers());
    await s2.load();
    expect(s2.previous).toEqual([]);
  });
});
