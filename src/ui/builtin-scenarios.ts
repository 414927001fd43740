// The scenario files shipped in scenarios/*.yaml, loaded on demand.

const files = import.meta.glob<string>('/scenarios/*.yaml', { query: '?raw', import: 'default' });

export interface Builtin { id: string; file: string; load: () => Promise<string> }

export const BUILTINS: Builtin[] = Object.entries(files)
  .map(([path, load]) => ({ id: path.replace(/^.*\/|\.yaml$/g, ''), file: path.replace(/^\//, ''), load }))
  .sort((a, b) => a.id.localeCompare(b.id));

/** The scenario the lab opens with. */
export const DEFAULT_ID = 'steady-rhythm';

export async function loadDefault(): Promise<{ text: string; file: string; id: string }> {
  const b = BUILTINS.find((x) => x.id === DEFAULT_ID) ?? BUILTINS[0];
  if (b) return { text: await b.load(), file: b.file, id: b.id };
  // No files at all: an empty scenario is valid and takes every declared default.
  return { text: 'schemaVersion: 1\nname: defaults\n', file: 'defaults.yaml', id: DEFAULT_ID };
}
