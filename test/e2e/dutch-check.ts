// What counts as Dutch on a screen (issue 17, items 15–16): a text is Dutch
// when it is a value of the Dutch catalogue or of a lesson file's `nl`, or an
// instance of a catalogue value with placeholders ({0}…) whose filled-in
// parts are Dutch in turn, or a non-word (numbers, units, symbols) or a name
// (of a person, organisation or source). Anything else is English left in.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseLesson } from '../../src/lessons/validate.ts';
import { NL } from '../../src/ui/i18n-nl.ts';
import { NL_PARAMS } from '../../src/ui/i18n-nl-params.ts';
import { NL_VIEWS } from '../../src/ui/i18n-nl-views.ts';
import { ROOT } from './harness.ts';

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Every Dutch text the app can show, from the catalogues and the lesson files. */
function dutchValues(): string[] {
  const out = new Set<string>();
  for (const v of Object.values({ ...NL, ...NL_VIEWS, ...NL_PARAMS })) {
    // "one|more" plural entries: either form.
    for (const part of v.includes('|') && !v.includes(' ') ? v.split('|') : [v]) out.add(norm(part));
  }
  for (const f of readdirSync(join(ROOT, 'lessons')).filter((x) => x.endsWith('.yaml'))) {
    const r = parseLesson(readFileSync(join(ROOT, 'lessons', f), 'utf8'));
    if (!r.ok) throw new Error(`${f} does not parse`);
    const walk = (v: unknown) => {
      if (!v || typeof v !== 'object') return;
      const o = v as { en?: unknown; nl?: unknown };
      if (typeof o.nl === 'string') out.add(norm(o.nl));
      else Object.values(v).forEach(walk);
    };
    walk(r.lesson);
  }
  return [...out];
}

const VALUES = dutchValues();
const EXACT = new Set(VALUES);
// Plural placeholders {v|one|more} name the unit that comes with the value: both forms are Dutch.
for (const v of VALUES) for (const m of v.matchAll(/\{\w+\|([^}|]+)\|([^}|]+)\}/g)) EXACT.add(m[1]).add(m[2]);
const LOWER = new Set([...EXACT].map((v) => v.toLowerCase()));
/** Catalogue values with placeholders, as patterns; a value that is only placeholders says nothing and is left out. */
const PATTERNS = VALUES.filter((v) => /\{[^}]+\}/.test(v) && /\p{L}{2}/u.test(v.replace(/\{[^}]+\}/g, ''))).map((v) => {
  const src = v
    .split(/(\{[^}]+\})/)
    .map((p) => (/^\{[^}]+\}$/.test(p) ? '(.+?)' : p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${src}$`, 'u');
});

/**
 * Names and words that read the same in Dutch: people and sources cited, the
 * organisations of the built-in stories, the app's name, and abbreviations.
 * Kept short on purpose: each entry is a word a Dutch reader expects.
 */
export const ALLOWED_WORDS = new Set(
  [
    'Coalesce', 'Hulsebosch', 'Wenger', 'McDermott', 'Snyder', 'Jong', 'de', 'Jong', 'et', 'al', 'Altman', 'Taylor', 'Slovic', 'Granovetter', 'Burt',
    'Okabe', 'Ito', 'YAML', 'CSV', 'PNG', 'SVG', 'QR', 'URL', 'E-I', 'EN', 'NL', 'C1', 'C2', 'C3', 'C4', 'C5', 'pp', 'wk', 'wk/s', 'max', 'd', 'Δ', 'n', 'p',
    'IT', 'seed', 'run', 'runs', 'week', 'OK', 'English', 'Nederlands', 'Ctrl', 'Ctrl+Z', 'Z', 'Shift', 'Home', 'End', 'Enter', 'Esc', 'Tab',
  ].map((w) => w.toLowerCase()),
);

/** A non-word: no letters beyond units, symbols and abbreviations a Dutch reader uses too. */
function nonWord(t: string): boolean {
  const words = t.match(/[\p{L}][\p{L}\-/]*/gu) ?? [];
  return words.every((w) => ALLOWED_WORDS.has(w.toLowerCase()) || /^[A-Z]$/.test(w) || /^(wk|w|u|s|ms|kB|MB|×)$/.test(w));
}

/** Is this text (one text node, or one attribute) Dutch? */
export function isDutch(text: string, depth = 0): boolean {
  const t = norm(text);
  // A label lowercased inside a sentence ("behalve lager voor afhakers") is as Dutch as the label.
  if (!t || EXACT.has(t) || LOWER.has(t.toLowerCase()) || nonWord(t)) return true;
  if (depth > 5) return false;
  // Sentences the app glues from Dutch pieces with punctuation only: "(A)", "A: B", "A (B), C", "A, B".
  const inner = /^\((.+)\)$/u.exec(t);
  if (inner && isDutch(inner[1], depth + 1)) return true;
  const colon = t.indexOf(': ');
  if (colon > 0 && isDutch(t.slice(0, colon), depth + 1) && isDutch(t.slice(colon + 2), depth + 1)) return true;
  const aside = /^(.+?) \((.+?)\),? (.+)$/u.exec(t);
  if (aside && aside.slice(1).every((part) => isDutch(part, depth + 1))) return true;
  const comma = t.lastIndexOf(', ');
  if (comma > 0 && isDutch(t.slice(0, comma), depth + 1) && isDutch(t.slice(comma + 2), depth + 1)) return true;
  for (const re of PATTERNS) {
    const m = re.exec(t);
    if (m && m.slice(1).every((part) => isDutch(part, depth + 1))) return true;
  }
  // A count and its noun ("60 leden", "41% vertrouwen"): the words without the numbers.
  const words = norm(t.replace(/(?<=^|\s)[-+−#]?\d[\d.,]*\s*%?(?=\s|$)/gu, ' '));
  if (words !== t && words && (EXACT.has(words) || nonWord(words))) return true;
  // A list glued by separators ("Vast ritme · seed 1 · week 3"): each piece Dutch.
  // Sentences, each Dutch.
  const sentences = t.split(/(?<=[.!?])\s+/u);
  if (sentences.length > 1 && sentences.every((p) => isDutch(p, depth + 1) || isDutch(p.replace(/\.$/, ''), depth + 1))) return true;
  // Strong separators first ("deze week · een balans, geen beste"), then weak ones and numbers between phrases ("wk 4 Snel succes").
  for (const sep of [/\s*(?:[·;|◀▶↑↓→←]|—|–|\s-\s)\s*/u, /\s*(?:[·;|,()[\]◀▶↑↓→←]|:(?=\s)|—|–|\s-\s|(?:^|\s)[-+−#]?\d[\d.,]*%?(?=\s|$))\s*/u]) {
    const pieces = t.split(sep).filter(Boolean);
    if ((pieces.length > 1 || pieces[0] !== t) && pieces.every((p) => isDutch(p, depth + 1))) return true;
  }
  return false;
}

/**
 * A number written with a decimal point ("4.5", "−0.33"): a Dutch reader
 * writes a decimal comma (4,5). Section references ("§7.3", "§7.4–7.5") and
 * dotted codes with more parts ("0.2.0") are not decimals and are left out;
 * Dutch times have a colon (18:21), so "18.21" would count.
 */
const DECIMAL_POINT = /(?<![\d.,])\d+\.\d+(?![\d.])/u;
const SECTION = /§\s?\d+(?:\.\d+)*(?:[–-]\d+(?:\.\d+)*)?/gu;

export function hasDecimalPoint(text: string): boolean {
  return DECIMAL_POINT.test(text.replace(SECTION, ''));
}

/** The texts with a number written with a decimal point, each once. */
export function decimalPoints(texts: (string | Shown)[]): string[] {
  return [...new Set(texts.map((x) => norm(typeof x === 'string' ? x : x.text)).filter(hasDecimalPoint))];
}

/** A text as the page shows it: the text node or attribute, and the text of the block it sits in. */
export interface Shown {
  text: string;
  block?: string;
}

/**
 * The texts that are not Dutch, each once. A text node that is one piece of a
 * sentence built around a value ("De gemeenschap begint met <b>60 leden</b>")
 * passes when the whole block it sits in is Dutch.
 */
export function notDutch(texts: (string | Shown)[]): string[] {
  const bad = new Set<string>();
  for (const x of texts) {
    const s = typeof x === 'string' ? { text: x } : x;
    if (!isDutch(s.text) && !(s.block && isDutch(s.block))) bad.add(norm(s.text));
  }
  return [...bad];
}

/**
 * What a reader sees inside `root` (deep through shadow roots): every visible
 * text node with the text of its block, and aria-label, title, alt and
 * placeholder. Code (the scenario editor's YAML) is left out: it is the file,
 * not the interface.
 */
export const SHOWN_IN_PAGE = (sel: string): Shown[] => {
  const out: Shown[] = [];
  const skip = (el: Element) => ['style', 'script', 'template'].includes(el.tagName.toLowerCase()) || el.classList.contains('cm-content') || el.classList.contains('cm-gutters');
  const visible = (el: Element) => {
    const s = getComputedStyle(el);
    return (s.display !== 'none' && s.visibility !== 'hidden' && (el as HTMLElement).offsetParent !== null) || s.position === 'fixed';
  };
  const blockOf = (el: Element): string => {
    let b: Element | null = el;
    const whole = /^(LABEL|P|LI|TD|TH|BUTTON|A|H\d|SUMMARY|LEGEND|CAPTION|FIGCAPTION|DT|DD)$/;
    while (b && !whole.test(b.tagName) && getComputedStyle(b).display.startsWith('inline') && b.parentElement) b = b.parentElement;
    return (b?.textContent ?? '').replace(/\s+/g, ' ').trim();
  };
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) {
      const t = n.textContent?.trim();
      const p = n.parentElement;
      if (t && p && !skip(p) && (visible(p) || p instanceof SVGElement)) out.push({ text: t, block: blockOf(p) });
      return;
    }
    if (n instanceof Element) {
      if (skip(n) || (n.tagName === 'OPTION' && !(n as HTMLOptionElement).selected)) return;
      if (!visible(n) && !(n instanceof SVGElement)) return;
      for (const a of ['aria-label', 'title', 'alt', 'placeholder']) {
        const v = n.getAttribute(a);
        if (v) out.push({ text: v });
      }
      if (n.shadowRoot) walk(n.shadowRoot);
    }
    for (const c of Array.from(n.childNodes)) walk(c);
  };
  const root = document.querySelector(sel);
  if (root) walk(root);
  return out;
};
