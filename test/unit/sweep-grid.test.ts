// The sweep's grid and sharding: pure functions, checked exhaustively on small cases.
import { describe, expect, it } from 'vitest';
import { getPath, gridPoints, inShard, parseAxes, parseShard } from '../../src/cli/sweep-grid.ts';

describe('sweep grid', () => {
  it('parses --vary entries and builds the full grid, first axis slowest', () => {
    const axes = parseAxes(['population.size=60, 120', 'strategy.preset=weaver,matchmaker,bridging']);
    expect(axes).toEqual([
      { path: 'population.size', values: ['60', '120'] },
      { path: 'strategy.preset', values: ['weaver', 'matchmaker', 'bridging'] },
    ]);
    expect(gridPoints(axes)).toEqual([
      ['60', 'weaver'],
      ['60', 'matchmaker'],
      ['60', 'bridging'],
      ['120', 'weaver'],
      ['120', 'matchmaker'],
      ['120', 'bridging'],
    ]);
  });

  it('refuses malformed --vary entries with a usage error', () => {
    expect(() => parseAxes(['population.size'])).toThrow(/expected PATH=V1,V2/);
    expect(() => parseAxes(['population.size=60,,90'])).toThrow(/empty value/);
    expect(() => parseAxes(['seed=1', 'seed=2'])).toThrow(/given twice/);
    expect(() => parseAxes(['=1'])).toThrow(/expected PATH=V1,V2/);
  });

  it('parses --shard I/N (1-based) and refuses anything else', () => {
    expect(parseShard(undefined)).toEqual({ index: 1, count: 1 });
    expect(parseShard('3/4')).toEqual({ index: 3, count: 4 });
    for (const bad of ['0/4', '5/4', '1/0', '1', 'a/b', '-1/2', '1.5/3']) {
      expect(() => parseShard(bad), bad).toThrow(/--shard: expected I\/N/);
    }
  });

  it('puts every job in exactly one shard, and shards differ in size by at most one', () => {
    for (const count of [1, 2, 3, 7]) {
      for (const jobs of [0, 1, 5, 20, 21]) {
        const sizes = Array.from({ length: count }, (_, i) => {
          let n = 0;
          for (let k = 0; k < jobs; k++) if (inShard(k, { index: i + 1, count })) n++;
          return n;
        });
        expect(sizes.reduce((a, b) => a + b, 0)).toBe(jobs);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
        for (let k = 0; k < jobs; k++) {
          const owners = sizes.map((_, i) => inShard(k, { index: i + 1, count })).filter(Boolean);
          expect(owners).toHaveLength(1);
        }
      }
    }
  });

  it('reads dotted paths with list indices', () => {
    const v = { population: { size: 60, organisations: [{ share: 0.2 }, { share: 0.8 }] } };
    expect(getPath(v, 'population.size')).toBe(60);
    expect(getPath(v, 'population.organisations[1].share')).toBe(0.8);
    expect(getPath(v, 'population.nothing.deeper')).toBeUndefined();
  });
});
