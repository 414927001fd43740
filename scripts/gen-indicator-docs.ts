// Writes docs/INDICATORS.md from src/model/codebook.ts. A unit test fails when
// the committed file differs from this output.
import { writeFileSync } from 'node:fs';
import { renderIndicatorDocs } from '../src/cli/codebook-docs.ts';

writeFileSync(new URL('../docs/INDICATORS.md', import.meta.url), renderIndicatorDocs());
console.log('wrote docs/INDICATORS.md');
