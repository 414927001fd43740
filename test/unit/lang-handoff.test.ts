// The language switch's handoff across the reload (src/ui/persist/lang-handoff.ts):
// read once, only fresh, only well-formed; whatever else the tab holds under
// its key is refused, never trusted (the draft itself by readDraft, as any stored draft).
import { describe, expect, it } from 'vitest';
import { DRAFT_VERSION, readDraft, type Draft } from '../../src/persist/draft.ts';
import { HANDOFF_MAX_AGE_MS, saveHandoff, takeHandoff } from '../../src/ui/persist/lang-handoff.ts';

function memory() {
  const m = new Map<string, string>();
  return {
    m,
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
  };
}

const draft: Draft = {
  v: DRAFT_VERSION,
  text: 'schemaVersion: 1\nname: x\n',
  file: 'scenarios/big-launch.yaml',
  scenarioName: 'Big launch',
  seed: 42,
  week: 15,
  interventions: [{ week: 15, label: 'Meetup', action: { type: 'meetup', params: { mixing: 'random' }, at: 16 } }],
  savedAt: 1_000,
};
const view = { picked: 'big-launch', tab: 'params', lens: 'C3', selected: 7 };

describe('language handoff', () => {
  it('gives back what was saved, once', () => {
    const s = memory();
    expect(saveHandoff(draft, view, s, 5_000)).toBe(true);
    expect(takeHandoff(s, 6_000)).toEqual({ draft, view, at: 5_000 });
    expect(takeHandoff(s, 6_000)).toBeUndefined();
  });

  it('refuses a stale handoff, one from the future, a malformed one; a damaged draft comes back for readDraft to refuse', () => {
    const s = memory();
    saveHandoff(draft, view, s, 5_000);
    expect(takeHandoff(s, 5_000 + HANDOFF_MAX_AGE_MS + 1)).toBeUndefined();
    saveHandoff(draft, view, s, 5_000);
    expect(takeHandoff(s, 4_000)).toBeUndefined();
    for (const raw of ['{', 'null', '[]', '{"view":{},"at":5000}', JSON.stringify({ draft, view, at: '5000' })]) {
      s.setItem('coalesce.lang-handoff', raw);
      expect(takeHandoff(s, 5_500), raw).toBeUndefined();
      expect(s.m.size).toBe(0);
    }
    // The draft is the caller's to check (PersistController.takeHandoff reads it with readDraft, as every stored draft).
    for (const bad of [{ ...draft, week: -1 }, { ...draft, interventions: [{ week: 1, label: 'x', action: { type: 'rm -rf', params: {} } }] }]) {
      saveHandoff(bad, view, s, 5_000);
      const h = takeHandoff(s, 5_100);
      expect(h).toBeDefined();
      expect(readDraft(h!.draft)).toBeNull();
    }
    saveHandoff(draft, view, s, 5_000);
    expect(readDraft(takeHandoff(s, 5_100)!.draft)).toEqual(draft);
  });

  it('keeps a good draft but drops view fields of the wrong kind', () => {
    const s = memory();
    s.setItem('coalesce.lang-handoff', JSON.stringify({ draft, view: { picked: 3, tab: 'x'.repeat(500), lens: 'C2', selected: -4 }, at: 5_000 }));
    expect(takeHandoff(s, 5_100)?.view).toEqual({ picked: 'file', tab: 'charts', lens: 'C2', selected: null });
  });

  it('says so when the tab cannot keep it (storage full or absent)', () => {
    const full = { ...memory(), setItem: () => { throw new Error('QuotaExceededError'); } };
    expect(saveHandoff(draft, view, full)).toBe(false);
    expect(saveHandoff(draft, view, undefined)).toBe(false);
  });
});
