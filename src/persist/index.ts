// Nothing lost (issue 7): continuous autosave of the lab to IndexedDB. The
// lab's side (restore banner, the controller that notes the lab's work) is in
// src/ui/persist.
export { Autosaver, DRAFT_KEY, DEBOUNCE_MS, type SaveState } from './autosave.ts';
export { readDraft, sameDraft, sameWork, DRAFT_VERSION, type Draft, type DraftIntervention } from './draft.ts';
export { indexedDbStore, memoryStore, type KeyValueStore } from './idb.ts';
