// The scenario files shipped in scenarios/*.yaml, loaded on demand.
import type { Prebuilt } from '../scenario/prebuilt.ts';

const files = import.meta.glob<string>('/scenarios/*.yaml', { query: '?raw', import: 'default' });
// The same files prepared at build time (src/scenario/prebuilt.ts), for the first load.
const prepared = import.meta.glob<Prebuilt>('/scenarios/*.yaml', { query: '?prebuilt', import: 'default' });

export interface Builtin { id: string; file: string; load: () => Promise<string>; prebuilt: () => Promise<Prebuilt> }

export const BUILTINS: Builtin[] = Object.entries(files)
  .map(([path, load]) => ({ id: path.replace(/^.*\/|\.yaml$/g, ''), file: path.replace(/^\//, ''), load, prebuilt: prepared[path] }))
  .sort((a, b) => a.id.localeCompare(b.id));

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
