// The room's words in Dutch (issue 19): every text the participant page
// passes to t() has Dutch in its own catalogue, and every text the Room
// panels pass to msg() has Dutch in the catalogues loaded with them. Read
// from the sources, so a new string without its Dutch makes this fail.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PARTICIPANT_NL } from '../../src/participant/words.ts';
import { NL } from '../../src/ui/i18n-nl.ts';
import { NL_ROOM } from '../../src/ui/i18n-nl-room.ts';

const ROOT = join(import.meta.dirname, '../..');

/** Literal first arguments of `fn(…)` in a folder's sources, template placeholders as {0}, {1}…. */
function texts(dir: string, fn: string): string[] {
  const out = new Set<string>();
  for (const f of readdirSync(join(ROOT, dir)).filter((x) => x.endsWith('.ts'))) {
    const src = readFileSync(join(ROOT, dir, f), 'utf8');
    const re = new RegExp(`\\b${fn}\\(\\s*(?:'((?:[^'\\\\]|\\\\.)*)'|"((?:[^"\\\\]|\\\\.)*)"|\`((?:[^\`\\\\]|\\\\.)*)\`)`, 'g');
    for (const m of src.matchAll(re)) {
      let k = -1;
      const t = (m[1] ?? m[2] ?? m[3]).replace(/\$\{[^}]*\}/g, () => `{${++k}}`).replace(/\\'/g, "'");
      out.add(t);
    }
  }
  return [...out];
}

describe('the room in Dutch', () => {
  it('has Dutch for every text of the participant page', () => {
    const keys = texts('src/participant', 't');
    expect(keys.length).toBeGreaterThan(50);
    expect(keys.filter((k) => PARTICIPANT_NL[k] === undefined)).toEqual([]);
  });

  it('has Dutch for every text of the Room panels', () => {
    const cat = { ...NL, ...NL_ROOM };
    const keys = texts('src/ui/room', 'msg');
    expect(keys.length).toBeGreaterThan(40);
    // Strategy names come from the lab's catalogue; QUICK_QUESTION.en is in the room's.
    expect(keys.filter((k) => !k.startsWith('{') && cat[k] === undefined)).toEqual([]);
  });
});
