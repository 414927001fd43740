// The codebook: an entry for every indicator, docs/INDICATORS.md generated
// from it, and the CSV header comment of `run --format csv --codebook`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CODEBOOK, INDICATOR_KINDS, missingFromCodebook } from '../../src/model/codebook.ts';
import { INDICATORS } from '../../src/model/indicators.ts';
import { renderIndicatorDocs } from '../../src/cli/codebook-docs.ts';
import { FIX, ROOT, cliInProcess } from './cli-helpers.ts';

describe('codebook', () => {
  it('has an entry for every indicator in INDICATORS, and none for a name that is not one', () => {
    expect(missingFromCodebook()).toEqual([]);
    expect(Object.keys(CODEBOOK).filter((n) => !(INDICATORS as readonly string[]).includes(n))).toEqual([]);
  });

  it('gives every entry a unit, a known kind, an ordered range and a sentence', () => {
    const kinds = Object.values(INDICATOR_KINDS) as string[];
    for (const [name, e] of Object.entries(CODEBOOK)) {
      expect(e.unit, name).not.toBe('');
      expect(kinds, name).toContain(e.kind);
      const [lo, hi] = e.range;
      if (hi !== null) expect(hi, name).toBeGreaterThan(lo);
      expect(e.definition, name).toMatch(/^[A-Z'"].{15,}\.$/);
      if (e.kind === INDICATOR_KINDS.share) expect(e.range, name).toEqual([0, 1]);
    }
  });

  it('defines weavingRatio as a share in [0, 1] of the items first shared one-on-one (model v0.3)', () => {
    const e = CODEBOOK.weavingRatio;
    expect([e.kind, e.range]).toEqual([INDICATOR_KINDS.share, [0, 1]]);
    expect(e.definition).toMatch(/^Share \(0–1\) of the items first shared one-on-one .* that later reached the whole group/);
  });

  it('docs/INDICATORS.md is the generated text (npm run docs:indicators)', () => {
    expect(readFileSync(join(ROOT, 'docs/INDICATORS.md'), 'utf8')).toBe(renderIndicatorDocs());
    for (const n of INDICATORS) expect(renderIndicatorDocs()).toContain(`| \`${n}\` |`);
  });

  it('docs/SWEEPS.md links to the codebook, not to a section MODEL.md does not have', () => {
    const sweeps = readFileSync(join(ROOT, 'docs/SWEEPS.md'), 'utf8');
    expect(sweeps).toContain('(INDICATORS.md)');
    expect(sweeps).not.toMatch(/§4\.3/);
  });

  it('run --format csv --codebook puts one comment line per indicator above the header', async () => {
    const r = await cliInProcess('run', `${FIX}/small.yaml`, '--runs', '1', '--weeks', '1', '--format', 'csv', '--codebook');
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    const comments = lines.filter((l) => l.startsWith('#'));
    expect(comments).toHaveLength(1 + INDICATORS.length);
    expect(lines.slice(0, comments.length)).toEqual(comments);
    expect(lines[comments.length]).toMatch(/^runIndex,week,/);
    expect(lines).toHaveLength(comments.length + 1 + 2);
    expect(comments.find((l) => l.startsWith('# groupContacts |'))).toMatch(/weekly flow/);
    const json = await cliInProcess('run', `${FIX}/small.yaml`, '--codebook');
    expect(json.code).toBe(2);
  });
});
