// A language switch reloads the page, so that every string is drawn again in
// the other language (i18n.ts). What the participant has open must come back
// exactly (issue 17, item 14): the lab's work as a draft (scenario with its
// interventions, seed, week, unapplied editor text) and what the lab showed
// (the picked scenario, side tab, lens, member). It is handed across the reload
// in sessionStorage (this tab only, gone with it), read once, and only
// shortly after it was written. Compare keeps its own set (src/ui/compare).
// The draft comes back as it was stored: the caller checks it with readDraft
// (persist-controller.ts). This module imports nothing, so that loading it on
// demand splits nothing off the first screen.

const KEY = 'coalesce.lang-handoff';
/** A handoff older than this is not from the reload that wrote it. */
export const HANDOFF_MAX_AGE_MS = 60_000;

export interface LabView {
  picked: string;
  tab: string;
  lens: string;
  selected: number | null;
}

export interface Handoff {
  /** Not yet checked: readDraft() it. */
  draft: unknown;
  view: LabView;
  at: number;
}

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem'>;

function store(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined;
  }
}

/** Write the handoff; false when this browser cannot keep it (the caller falls back to the address). */
export function saveHandoff(draft: unknown, view: LabView, s: Storage | undefined = store(), now = Date.now()): boolean {
  if (!s) return false;
  try {
    s.setItem(KEY, JSON.stringify({ draft, view, at: now } satisfies Handoff));
    return true;
  } catch {
    return false;
  }
}

/** Read and remove the handoff: a fresh one with its view checked, else undefined. */
export function takeHandoff(s: Storage | undefined = store(), now = Date.now()): Handoff | undefined {
  if (!s) return undefined;
  let raw: string | null;
  try {
    raw = s.getItem(KEY);
    s.removeItem(KEY);
  } catch {
    return undefined;
  }
  if (!raw) return undefined;
  let o: unknown;
  try {
    o = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!o || typeof o !== 'object') return undefined;
  const h = o as Record<string, unknown>;
  const at = h.at;
  if (h.draft === undefined || typeof at !== 'number' || !(now - at >= 0 && now - at <= HANDOFF_MAX_AGE_MS)) return undefined;
  const v = (h.view ?? {}) as Record<string, unknown>;
  const str = (x: unknown, d: string) => (typeof x === 'string' && x.length <= 200 ? x : d);
  const view: LabView = {
    picked: str(v.picked, 'file'),
    tab: str(v.tab, 'charts'),
    lens: str(v.lens, 'All'),
    selected: typeof v.selected === 'number' && Number.isInteger(v.selected) && v.selected >= 0 ? v.selected : null,
  };
  return { draft: h.draft, view, at };
}
