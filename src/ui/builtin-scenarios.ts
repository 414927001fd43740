// The scenario files shipped in scenarios/*.yaml, loaded on demand.
import type { BuiltinKind, BuiltinMeta, Prebuilt } from '../scenario/prebuilt.ts';
import { msg } from './i18n.ts';

const files = import.meta.glob<string>('/scenarios/*.yaml', { query: '?raw', import: 'default' });
// The same files prepared at build time (src/scenario/prebuilt.ts), for the first load.
const prepared = import.meta.glob<Prebuilt>('/scenarios/*.yaml', { query: '?prebuilt', import: 'default' });
// Each file's name and kind, read at build time: a few bytes each, so the pickers show names, not file ids.
const metas = import.meta.glob<BuiltinMeta>('/scenarios/*.yaml', { query: '?meta', import: 'default', eager: true });

export interface Builtin {
  id: string;
  file: string;
  /** The scenario's name ("Steady rhythm"), in English: show it with msg(). */
  name: string;
  kind: BuiltinKind;
  load: () => Promise<string>;
  prebuilt: () => Promise<Prebuilt>;
}

export const BUILTINS: Builtin[] = Object.entries(files)
  .map(([path, load]) => {
    const id = path.replace(/^.*\/|\.yaml$/g, '');
    const meta = metas[path] ?? { name: id, kind: 'story' as const };
    return { id, file: path.replace(/^\//, ''), name: meta.name, kind: meta.kind, load, prebuilt: prepared[path] };
  })
  .sort((a, b) => a.id.localeCompare(b.id));

/** The pickers' groups, in order, with their headings. */
export const BUILTIN_GROUPS: { kind: BuiltinKind; label: string }[] = [
  { kind: 'strategy', label: 'Facilitation strategies' },
  { kind: 'story', label: 'Stories' },
  { kind: 'reference', label: 'Every parameter at its default' },
];

/** What a picker shows for a built-in scenario: its name, translated where the catalogue has it. */
export function builtinLabel(b: Builtin): string {
  return b.kind === 'reference' ? msg('Reference') : msg(b.name);
}

/** The scenario the lab opens with. */
export const DEFAULT_ID = 'steady-rhythm';

export async function loadDefault(): Promise<{ text: string; file: string; id: string; prebuilt?: Prebuilt }> {
  const b = BUILTINS.find((x) => x.id === DEFAULT_ID) ?? BUILTINS[0];
  if (b) {
    const [text, prebuilt] = await Promise.all([b.load(), b.prebuilt()]);
    return { text, file: b.file, id: b.id, prebuilt };
  }
  // No files at all: an empty scenario is valid and takes every declared default.
  return { text: 'schemaVersion: 1\nname: defaults\n', file: 'defaults.yaml', id: DEFAULT_ID };
}
