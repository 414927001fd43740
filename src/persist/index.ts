// Nothing lost (issue 7): continuous autosave of the lab to IndexedDB, restore
// with a choice to discard, a prompt before leaving unsaved edits.
export { Autosaver, DRAFT_KEY, DEBOUNCE_MS, type SaveState } from './autosave.ts';
export { readDraft, sameDraft, sameWork, DRAFT_VERSION, type Draft, type DraftIntervention } from './draft.ts';
export { indexedDbStore, memoryStore, type KeyValueStore } from './idb.ts';
export { PersistController, type BannerMode } from './persist-controller.ts';
