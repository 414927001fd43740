// docs/MODEL.md §1's pattern table and gap list are generated from the
// pattern table and gaps.ts (npm run docs:model), so they cannot go stale.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KNOWN_GAPS } from '../patterns/gaps.ts';
import { renderPatternsBlock, withPatternsBlock } from '../patterns/model-doc.ts';
import { PATTERNS } from '../patterns/patterns.ts';

const model = readFileSync(new URL('../../docs/MODEL.md', import.meta.url), 'utf8');

describe('docs/MODEL.md §1', () => {
  it('holds the generated pattern table and gaps (npm run docs:model)', () => {
    expect(model).toBe(withPatternsBlock(model));
  });
  it('names every pattern and every gap, each once', () => {
    const block = renderPatternsBlock();
    for (const p of PATTERNS) expect(block.split(`| ${p.id} |`).length - 1).toBe(1);
    for (const id of Object.keys(KNOWN_GAPS)) expect(block).toContain(`- **${id}**`);
  });
  it('refuses a MODEL.md without the markers, saying where they go', () => {
    expect(() => withPatternsBlock('# Model\n')).toThrow(/markers .* missing/);
  });
});
