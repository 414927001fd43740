// The autosaver's contract (src/persist): throttled writes with the newest
// draft winning, `unsaved` only for edits not yet stored, failures kept
// visible until an export, malformed stored drafts refused and deleted.
import { describe, expect, it } from 'vitest';
import { Autosaver, DRAFT_KEY, type SaveState } from '../../src/persist/autosave.ts';
import { DRAFT_VERSION, readDraft, type Draft } from '../../src/persist/draft.ts';
import { memoryStore, type KeyValueStore } from '../../src/persist/idb.ts';
import { draft } from './persist-helpers.ts';
import { urlBringsScenario } from '../../src/ui/persist/persist-controller.ts';


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
    pending: () => due.length,
  };
}

function failing(): KeyValueStore {
  const no = () => Promise.reject(new Error('QuotaExceededError'));
  return { get: async () => undefined, set: no, del: no };
}

describe('Autosaver', () => {
  it('writes the newest draft once per quiet spell, and is unsaved only until the write commits', async () => {
    const store = memoryStore();
    const t = timers();
    const states: SaveState[] = [];
    const s = new Autosaver(store, { ...t, onState: (x) => states.push(x) });
    expect(s.unsaved).toBe(false);
    s.note(draft({ interventions: [{ week: 3, label: 'Meetup', action: { type: 'meetup', params: {}, at: 4 } }] }));
    s.note(draft({ week: 5, interventions: [{ week: 3, label: 'Meetup', action: { type: 'meetup', params: {}, at: 4 } }] }));
    expect(s.unsaved).toBe(true);
    expect(store.data.size).toBe(0);
    expect(t.pending()).toBe(1); // a throttle: one timer for both notes
    await t.tick();
    expect((store.data.get(DRAFT_KEY) as Draft).week).toBe(5);
    expect(s.unsaved).toBe(false);
    expect(s.state).toBe('saved');
    expect(states).toContain('pending');
  });

  it('a week move is saved but is not an edit to ask about before leaving', async () => {
    const store = memoryStore();
    const t = timers();
    const s = new Autosaver(store, t);
    s.note(draft());
    await t.tick();
    s.note(draft({ week: 9 }));
    expect(s.state).toBe('pending');
    expect(s.unsaved).toBe(false);
    await t.tick();
    expect((store.data.get(DRAFT_KEY) as Draft).week).toBe(9);
  });

  it('an unchanged draft is not written again', async () => {
    let writes = 0;
    const mem = memoryStore();
    const store: KeyValueStore = { ...mem, set: async (k, v) => { writes++; await mem.set(k, v); } };
    const t = timers();
    const s = new Autosaver(store, t);
    s.note(draft({ seed: 1 }));
    await t.tick();
    s.note(draft({ seed: 1, savedAt: 1_800_000_000_000 }));
    await t.tick();
    expect(writes).toBe(1);
  });

  it('when the store fails, edits stay unsaved until exported, and the failure is reported', async () => {
    const t = timers();
    let err = '';
    const s = new Autosaver(failing(), { ...t, onState: (_, e) => (err = e ?? '') });
    s.note(draft({ editorText: 'name: x' }));
    await t.tick();
    expect(s.state).toBe('failed');
    expect(err).toMatch(/Quota/);
    expect(s.unsaved).toBe(true);
    s.exported();
    expect(s.unsaved).toBe(false);
    // A further edit is at risk again; a week move is not.
    s.note(draft({ editorText: 'name: x', week: 4 }));
    expect(s.unsaved).toBe(false);
    s.note(draft({ editorText: 'name: y', week: 4 }));
    expect(s.unsaved).toBe(true);
  });

  it('a store that recovers clears the failure on the next write', async () => {
    let fail = true;
    const mem = memoryStore();
    const store: KeyValueStore = { ...mem, set: (k, v) => (fail ? Promise.reject(new Error('busy')) : mem.set(k, v)) };
    const t = timers();
    const s = new Autosaver(store, t);
    s.note(draft({ seed: 5 }));
    await t.tick();
    expect(s.state).toBe('failed');
    fail = false;
    s.note(draft({ seed: 6 }));
    await t.tick();
    expect(s.state).toBe('saved');
    expect(s.unsaved).toBe(false);
    expect((mem.data.get(DRAFT_KEY) as Draft).seed).toBe(6);
  });

  it('load returns a stored draft and deletes a malformed one; discard forgets it', async () => {
    const store = memoryStore();
    await store.set(DRAFT_KEY, draft({ week: 7 }));
    const s = new Autosaver(store);
    expect((await s.load())?.week).toBe(7);
    await s.discard();
    expect(store.data.has(DRAFT_KEY)).toBe(false);
    await store.set(DRAFT_KEY, { v: 1, text: 42 });
    expect(await new Autosaver(store).load()).toBeNull();
    expect(store.data.has(DRAFT_KEY)).toBe(false);
  });

  it('a flush waits for a write under way, so drafts land in order', async () => {
    const mem = memoryStore();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let first = true;
    const store: KeyValueStore = {
      ...mem,
      set: async (k, v) => {
        if (first) {
          first = false;
          await gate;
        }
        await mem.set(k, v);
      },
    };
    const s = new Autosaver(store, timers());
    s.note(draft({ seed: 1 }));
    const a = s.flush();
    s.note(draft({ seed: 2 }));
    const b = s.flush();
    release();
    await Promise.all([a, b]);
    expect((mem.data.get(DRAFT_KEY) as Draft).seed).toBe(2);
    expect(s.state).toBe('saved');
  });
});

describe('readDraft (a stored draft is untrusted input)', () => {
  const ok = draft({ interventions: [{ week: 2, label: 'Cross-org meetup', action: { type: 'meetup', params: { mixing: 'crossOrg', pull: 0.6 }, at: 3 } }] });

  it('accepts a well-formed draft unchanged', () => {
    expect(readDraft(structuredClone(ok))).toEqual(ok);
  });

  it.each([
    ['not an object', 'hello'],
    ['another version', { ...ok, v: 2 }],
    ['empty text', { ...ok, text: '  ' }],
    ['text over the input limit', { ...ok, text: 'x'.repeat(300 * 1024) }],
    ['negative seed', { ...ok, seed: -1 }],
    ['fractional week', { ...ok, week: 1.5 }],
    ['NaN savedAt', { ...ok, savedAt: NaN }],
    ['interventions not a list', { ...ok, interventions: {} }],
    ['unknown action type', { ...ok, interventions: [{ week: 1, label: 'x', action: { type: 'rm -rf', params: {} } }] }],
    ['infinite parameter', { ...ok, interventions: [{ week: 1, label: 'x', action: { type: 'meetup', params: { pull: Infinity } } }] }],
    ['object parameter', { ...ok, interventions: [{ week: 1, label: 'x', action: { type: 'meetup', params: { pull: { valueOf: 1 } } } }] }],
    ['a label too long', { ...ok, interventions: [{ week: 1, label: 'x'.repeat(500), action: { type: 'meetup', params: {} } }] }],
    ['negative at', { ...ok, interventions: [{ week: 1, label: 'x', action: { type: 'meetup', params: {}, at: -4 } }] }],
  ])('refuses %s', (_, x) => {
    expect(readDraft(x)).toBeNull();
  });

  it('refuses prototype keys in action parameters, and never pollutes', () => {
    const evil = JSON.parse('{"week":1,"label":"x","action":{"type":"meetup","params":{"__proto__":{"polluted":true}}}}');
    expect(readDraft({ ...ok, interventions: [evil] })).toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('drops fields it does not know', () => {
    const d = readDraft({ ...ok, extra: '<script>' }) as unknown as Record<string, unknown>;
    expect(d.extra).toBeUndefined();
  });
});

describe('urlBringsScenario', () => {
  it.each([
    [{ hash: '', search: '' }, false],
    [{ hash: '#lab', search: '' }, false],
    [{ hash: '#compare', search: '?lang=nl' }, false],
    [{ hash: '#lessons', search: '' }, false],
    [{ hash: '#lab?s=N4Ig', search: '' }, true],
    [{ hash: '#compare?x=1&s=N4Ig', search: '' }, true],
    [{ hash: '#lessons/c1/2', search: '' }, true],
    [{ hash: '', search: '?scenario=abc' }, true],
  ])('%o -> %s', (loc, want) => {
    expect(urlBringsScenario(loc)).toBe(want);
  });
});
