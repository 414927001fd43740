// Writes docs/SCENARIOS.md and scenarios/reference.yaml from the declarations
// in src/scenario/. Tests fail when the committed files differ from this output.
import { writeFileSync } from 'node:fs';
import { renderScenarioDocs } from '../src/scenario/docs.ts';
import { renderReferenceYaml } from '../src/scenario/reference.ts';

const root = new URL('..', import.meta.url);
writeFileSync(new URL('docs/SCENARIOS.md', root), renderScenarioDocs());
writeFileSync(new URL('scenarios/reference.yaml', root), renderReferenceYaml());
console.log('wrote docs/SCENARIOS.md and scenarios/reference.yaml');
