// Writes §1's pattern table and gap list into docs/MODEL.md, between its
// markers, from test/patterns/patterns.ts and gaps.ts (npm run docs:model).
// Fast: no simulation. A unit test fails when the committed file differs.
import { readFileSync, writeFileSync } from 'node:fs';
import { withPatternsBlock } from '../test/patterns/model-doc.ts';

const file = new URL('../docs/MODEL.md', import.meta.url);
writeFileSync(file, withPatternsBlock(readFileSync(file, 'utf8')));
console.log('wrote the pattern table and gaps of docs/MODEL.md §1');
