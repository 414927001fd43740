// The scenario files shipped in scenarios/*.yaml, loaded on demand.
import { defaultScenario } from '../scenario/defaults.ts';
import { stringifyScenario } from '../scenario/serialize.ts';

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
  // No files yet: the declared defaults with the steady-rhythm preset.
  return { text: stringifyScenario(defaultScenario('steady-rhythm')), file: 'steady-rhythm.yaml', id: DEFAULT_ID };
}
