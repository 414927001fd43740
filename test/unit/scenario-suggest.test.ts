import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../../src/scenario/suggest.ts';

describe('did-you-mean', () => {
  it('edit distance counts insertions, deletions, substitutions and swaps', () => {
    expect(editDistance('homophily', 'homophily')).toBe(0);
    expect(editDistance('homophly', 'homophily')).toBe(1);
    expect(editDistance('hoomphily', 'homophily')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
  it('suggests only close, case-insensitive matches', () => {
    expect(closest('Homophily', ['homophily', 'horizon'])).toBe('homophily');
    expect(closest('crossorg', ['random', 'crossOrg'])).toBe('crossOrg');
    expect(closest('banana', ['homophily', 'horizon'])).toBeUndefined();
    expect(closest('x'.repeat(10_000), ['x'])).toBeUndefined();
  });
});
