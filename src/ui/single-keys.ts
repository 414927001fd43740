// One-character shortcuts (letters, digits, '?': L, T, 1–4, P, F, ?) can be
// turned off, as WCAG 2.1.4 (Character Key Shortcuts) asks: speech-input users
// would fire them by talking, and some people press keys by accident. Space,
// the arrows, Home, End, Page Up/Down and Escape are not character keys and
// stay. The choice is kept in this browser; the shortcut sheet switches it.
const STORE = 'coalesce.singleKeys';
const EVENT = 'single-keys-change';

function read(): boolean {
  try {
    return localStorage.getItem(STORE) !== 'off';
  } catch {
    return true;
  }
}

let on: boolean | undefined;

export function singleKeysOn(): boolean {
  return (on ??= read());
}

export function setSingleKeys(value: boolean): void {
  on = value;
  try {
    localStorage.setItem(STORE, value ? 'on' : 'off');
  } catch {
    /* kept for this page only */
  }
  window.dispatchEvent(new CustomEvent(EVENT, { detail: value }));
}

/** A key that types a character (a letter, digit or symbol), not Space or a named key. */
export function isCharacterKey(e: KeyboardEvent): boolean {
  return e.key.length === 1 && e.key !== ' ';
}

/** False for a character key while single-key shortcuts are off. */
export function singleKeyAllowed(e: KeyboardEvent): boolean {
  return !isCharacterKey(e) || singleKeysOn();
}
