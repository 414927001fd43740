// Whether this browser holds a workshop room (its code and the trainer's
// secret, in localStorage): read at start without loading the room's code.
const KEY = 'coalesce.room.trainer';

export function savedRoom(): { code: string; secret: string } | null {
  try {
    const v = JSON.parse(localStorage.getItem(KEY) ?? 'null') as { code?: unknown; secret?: unknown } | null;
    return v && typeof v.code === 'string' && typeof v.secret === 'string' ? { code: v.code, secret: v.secret } : null;
  } catch {
    return null;
  }
}

export function saveRoom(r: { code: string; secret: string }): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(r));
  } catch {
    /* kept for this tab only */
  }
}

export function forgetRoom(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    /* nothing stored */
  }
}
