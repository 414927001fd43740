import { PRESETS } from '../scenario/presets.ts';
import { PRESET_IDS } from '../scenario/types.ts';
import { parseCommandArgs } from './args.ts';
import { UsageError } from './errors.ts';
import type { Command } from './command.ts';

export const command: Command = {
  name: 'presets',
  usage: 'coalesce presets',
  help: `List the built-in facilitation strategies: one line per preset, its id
then a one-line description. Use an id as strategy.preset in a scenario file.`,
  async run(argv, io) {
    const args = parseCommandArgs('presets', argv, {});
    if (args.positionals.length > 0) throw new UsageError(`unexpected argument '${args.positionals[0]}'`, 'presets');
    const width = Math.max(...PRESET_IDS.map((id) => id.length));
    for (const id of PRESET_IDS) io.out(`${id.padEnd(width)}  ${PRESETS[id].description}\n`);
    return 0;
  },
};
