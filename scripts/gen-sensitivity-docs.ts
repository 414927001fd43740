// Writes docs/SENSITIVITY.md: the Morris ranking of every declared parameter
// for the reference scenario's five challenge indicators, by running
// `coalesce sensitivity` (about two minutes on two cores). Rerun after a
// model change: npm run docs:sensitivity.
import { writeFileSync } from 'node:fs';
import { main } from '../src/cli/main.ts';
import { memoryIO } from '../src/cli/io.ts';
import { renderSensitivityDocs } from '../src/cli/sensitivity-docs.ts';

const args = ['sensitivity', 'scenarios/reference.yaml', '--trajectories', '10', '--levels', '4', '--runs', '2', '--format', 'json'];
const io = memoryIO();
const code = await main(args, io);
if (code !== 0) {
  console.error(io.stderr());
  process.exit(code);
}
writeFileSync(new URL('../docs/SENSITIVITY.md', import.meta.url), renderSensitivityDocs(JSON.parse(io.stdout()), `coalesce ${args.join(' ')}`));
console.log('wrote docs/SENSITIVITY.md');
