// Writes docs/SCENARIOS.md, docs/scenario.schema.json and scenarios/reference.yaml from the declarations
// in src/scenario/. Tests fail when the committed files differ from this output.
import { writeFileSync } from 'node:fs';
import { renderScenarioDocs } from '../src/scenario/docs.ts';
import { renderScenarioJsonSchema } from '../src/scenario/json-schema.ts';
import { renderReferenceYaml } from '../src/scenario/reference.ts';

const root = new URL('..', import.meta.url);
writeFileSync(new URL('docs/SCENARIOS.md', root), renderScenarioDocs());
writeFileSync(new URL('docs/scenario.schema.json', root), renderScenarioJsonSchema());
writeFileSync(new URL('scenarios/reference.yaml', root), renderReferenceYaml());
console.log('wrote docs/SCENARIOS.md, docs/scenario.schema.json and scenarios/reference.yaml');
