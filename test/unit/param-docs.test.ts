// The words for each parameter (src/scenario/param-docs.ts) and the
// declaration (src/scenario/params.ts) are two tables by path: neither may
// name a path the other lacks, and every parameter has its help and sentence.
import { describe, expect, it } from 'vitest';
import { PARAM_DOCS } from '../../src/scenario/param-docs.ts';
import { PARAMS } from '../../src/scenario/params.ts';

describe('parameter docs', () => {
  it('cover exactly the declared parameters, each with a help line and a sentence', () => {
    expect(Object.keys(PARAM_DOCS).sort()).toEqual(PARAMS.map((s) => s.path).sort());
    for (const s of PARAMS) {
      const d = PARAM_DOCS[s.path];
      expect(d.help.trim().length, s.path).toBeGreaterThan(10);
      expect(d.sentence.trim().length, s.path).toBeGreaterThan(10);
    }
  });
});
