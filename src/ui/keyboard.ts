// Lab shortcuts (UX.md §4). Single keys never fire while typing, and can be
// turned off (single-keys.ts; WCAG 2.1.4).
import { singleKeyAllowed } from './single-keys.ts';

export function isTyping(e: KeyboardEvent): boolean {
  for (const el of e.composedPath()) {
    if (!(el instanceof HTMLElement)) continue;
    if (el.isContentEditable || el.classList.contains('cm-editor')) return true;
    const tag = el.tagName;
    if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
    if (tag === 'INPUT') {
      const type = (el as HTMLInputElement).type;
      // Sliders and buttons keep their own arrow keys; text fields are typing.
      return !['button', 'checkbox', 'radio', 'submit'].includes(type);
    }
  }
  return false;
}

export type KeyCommand = 'toggle' | 'back' | 'step' | 'back10' | 'step10' | 'first' | 'last';

export function keyCommand(e: KeyboardEvent): KeyCommand | undefined {
  if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e)) return undefined;
  // Space on a focused button presses that button instead.
  const onButton = e.composedPath().some((el) => el instanceof HTMLButtonElement);
  switch (e.key) {
    case ' ': return onButton ? undefined : 'toggle';
    case 'ArrowLeft': return e.shiftKey ? 'back10' : 'back';
    case 'ArrowRight': return e.shiftKey ? 'step10' : 'step';
    case 'Home': return 'first';
    case 'End': return 'last';
    default: return undefined;
  }
}

/** L switches the network lens (UX.md §4). */
export function isLensKey(e: KeyboardEvent): boolean {
  return (e.key === 'l' || e.key === 'L') && !e.ctrlKey && !e.metaKey && !e.altKey && !isTyping(e) && singleKeyAllowed(e);
}

/** The lab's keys on top of the transport's: undo, scenario 1–4, the text view, the lens. */
export type LabKey = KeyCommand | 'undo' | 'text' | 'lens' | 'pick1' | 'pick2' | 'pick3' | 'pick4';

export function labKey(e: KeyboardEvent): LabKey | undefined {
  // Ctrl+Z (⌘Z on a Mac): undo the last intervention; in a text field the field's own undo wins.
  if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'z' && !isTyping(e)) return 'undo';
  if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e) || !singleKeyAllowed(e)) return undefined;
  if (/^[1-4]$/.test(e.key)) return `pick${e.key}` as LabKey;
  if (e.key === 't' || e.key === 'T') return 'text';
  if (isLensKey(e)) return 'lens';
  return keyCommand(e);
}
