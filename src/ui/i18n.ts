// Runtime localisation, a lightweight equivalent of @lit/localize's runtime
// mode: msg(english) returns the text in the current language. Catalogues are
// keyed by the English text, so call sites stay readable and need no ids.
// Interpolated strings (msg(`Loaded ${x}`)) are matched against catalogue
// keys with {0},{1}… placeholders, so existing call sites need no change.
//
// Why not @lit/localize itself: its runtime mode needs the lit-localize CLI
// and XLIFF round trips to produce locale modules, and msg(str`…`) at every
// interpolated call site; this file does the same job with no build step, and
// a trainer can read and correct the Dutch as a plain object (i18n-nl.ts).
// The Dutch catalogue is loaded only when Dutch is the language (loadLang(),
// before the app's first render; the compare and lessons views' part with
// those views), so English pages do not download it.

export const LANGS = ['en', 'nl'] as const;
export type Lang = (typeof LANGS)[number];
const KEY = 'coalesce.lang';

function isLang(x: unknown): x is Lang {
  return typeof x === 'string' && (LANGS as readonly string[]).includes(x);
}

/** ?lang= in the URL, else the remembered choice, else the browser's language. */
export function initialLang(): Lang {
  try {
    const q = new URLSearchParams(location.search).get('lang');
    if (isLang(q)) return q;
    const s = localStorage.getItem(KEY);
    if (isLang(s)) return s;
  } catch {
    /* no storage (private mode, Node): fall through */
  }
  const nav = typeof navigator !== 'undefined' ? navigator.languages ?? [navigator.language] : [];
  return nav.some((l) => /^nl\b/i.test(l)) ? 'nl' : 'en';
}

let lang: Lang = typeof location !== 'undefined' ? initialLang() : 'en';
if (typeof document !== 'undefined') document.documentElement.lang = lang;

export function getLang(): Lang {
  return lang;
}

/** Remember the choice. The app reloads with its state in the URL (see app-shell), so every string is redrawn. */
export function rememberLang(l: Lang): void {
  lang = l;
  try {
    localStorage.setItem(KEY, l);
  } catch {
    /* not remembered; still switched for this page */
  }
  document.documentElement.lang = l;
}

/** For tests and tools: switch without storage. */
export function setLangForTest(l: Lang): void {
  lang = l;
}

type Catalogue = Record<string, string>;
const CATALOGUES: Record<Lang, Catalogue> = { en: {}, nl: {} };
const loaded = new Set<string>();
let version = 0;

/** Grows each time a catalogue arrives: a view that keeps translated text must redraw it when this changes. */
export function catalogueVersion(): number {
  return version;
}

/**
 * Load the current language's catalogue: 'lab' before the app's first
 * render, 'views' before the compare or lessons view or the lab's
 * Parameters tab renders (the lab also loads it once it is idle). English
 * needs none.
 */
export async function loadLang(part: 'lab' | 'views' | 'room' = 'lab'): Promise<void> {
  if (lang !== 'nl' || loaded.has(part)) return;
  // 'views' also brings the Parameters tab's units and help texts (i18n-nl-params.ts); 'room' the workshop room's panel (issue 19).
  const entries =
    part === 'lab'
      ? (await import('./i18n-nl.ts')).NL
      : part === 'room'
        ? (await import('./i18n-nl-room.ts')).NL_ROOM
        : await Promise.all([import('./i18n-nl-views.ts'), import('./i18n-nl-params.ts')]).then(([v, p]) => ({ ...v.NL_VIEWS, ...p.NL_PARAMS }));
  CATALOGUES.nl = { ...CATALOGUES.nl, ...entries };
  loaded.add(part);
  version++;
  patterns.delete('nl');
  cache.clear();
}

interface Pattern { re: RegExp; out: string; literal: number }
const patterns = new Map<Lang, Pattern[]>();
function patternsOf(l: Lang): Pattern[] {
  let list = patterns.get(l);
  if (!list) {
    list = [];
    for (const [k, v] of Object.entries(CATALOGUES[l])) {
      if (!/\{\d\}/.test(k)) continue;
      const src = k.split(/(\{\d\})/).map((part) => (/^\{\d\}$/.test(part) ? '([\\s\\S]*?)' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('');
      // Keys number their placeholders in order of appearance; a translation may reorder them.
      list.push({ re: new RegExp(`^${src}$`), out: v, literal: k.replace(/\{\d\}/g, '').length });
    }
    // The most specific key first: 'Means at week {0} with 95% intervals' must
    // win over '{0} at week {1}', which also matches it.
    list.sort((a, b) => b.literal - a.literal);
    patterns.set(l, list);
  }
  return list;
}

const cache = new Map<string, string>();

/**
 * The text in the current language (English when no translation is known).
 * `context` tells apart one English word with two meanings: msg('Run',
 * 'button') looks up 'Run [button]' (Dutch 'Berekenen'), while msg('Run') is
 * the lesson step ('Bekijken'). English shows the text either way.
 */
export function msg(text: string, context?: string): string {
  if (context && lang !== 'en') {
    const hit = CATALOGUES[lang][`${text} [${context}]`];
    if (hit !== undefined) return hit;
  }
  return translate(text, lang);
}

export function translate(text: string, l: Lang): string {
  if (l === 'en') return text;
  const cat = CATALOGUES[l];
  const hit = cat[text];
  if (hit !== undefined) return hit;
  const key = `${l}\u0001${text}`;
  const c = cache.get(key);
  if (c !== undefined) return c;
  let out = text;
  for (const p of patternsOf(l)) {
    const m = p.re.exec(text);
    if (m) {
      out = p.out.replace(/\{(\d)\}/g, (_, i: string) => m[+i + 1] ?? '');
      break;
    }
  }
  if (cache.size > 5000) cache.clear();
  cache.set(key, out);
  return out;
}

/** Pick the language's text from a bilingual value {en, nl} (lesson files). */
export function pick(t: { en: string; nl: string } | string): string {
  return typeof t === 'string' ? t : t[lang] ?? t.en;
}
