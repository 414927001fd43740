// Seeded fuzzing of the scenario reader: any string, any JSON value and
// mutations of valid files give a scenario or located errors, never an
// exception, never a hang, never a polluted prototype.
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatError, parseScenario, validateScenarioObject, type ParseResult } from '../../src/scenario/index.ts';

// A correctness bound against hangs, not a benchmark: generous because the
// machine is shared, yet far below what a quadratic or exponential path takes.
const BOUND_MS = 500;
/** CPU milliseconds of this process: a hang shows, a busy machine does not. */
const cpuMs = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
const PROTO_KEYS = Object.getOwnPropertyNames(Object.prototype).sort().join();

function check(r: ParseResult, ms: number): void {
  expect(ms).toBeLessThan(BOUND_MS);
  expect(Object.getOwnPropertyNames(Object.prototype).sort().join()).toBe(PROTO_KEYS);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  if (r.ok) {
    expect(r.scenario.schemaVersion).toBe(1);
    return;
  }
  expect(r.errors.length).toBeGreaterThan(0);
  for (const e of r.errors) {
    expect(e.line).toBeGreaterThanOrEqual(1);
    expect(e.column).toBeGreaterThanOrEqual(1);
    expect(typeof e.path).toBe('string');
    expect(e.message.length).toBeGreaterThan(0);
    // A caught exception inside the reader would surface as "internal error".
    expect(e.message).not.toMatch(/^internal error/);
    expect(formatError(e)).not.toContain('\n');
  }
}

function parseTimed(text: string, overrides?: string[]): void {
  const t0 = cpuMs();
  const r = parseScenario(text, { file: 'fuzz.yaml', overrides });
  check(r, cpuMs() - t0);
}

// Pieces of YAML syntax, so random strings reach deep into the parser.
const TOKENS = [
  'schemaVersion: 1\n', 'schemaVersion', '1', '2', '-1', '0.5', '1e9', '.nan', '.inf', '-.inf', '0x1F', 'null', '~', 'true',
  ':', ': ', ', ', '- ', '? ', '[', ']', '{', '}', '\n', '  ', '\t', '#', '"', "'", '\\', '|', '>', '&a ', '*a', '&b ', '*b', '!!str ', '!x ',
  '---\n', '...\n', '%YAML 1.2\n', '<<: ', '__proto__', 'constructor', 'prototype', 'population', 'size', 'organisations', 'id', 'share',
  'parameters', 'homophily', 'strategy', 'preset', 'bridging', 'actions', 'type', 'meetup', 'at', 'every', 'when', 'from', 'until',
  'params', 'activeFraction < 0.2', 'horizon', '\uFEFF', '\uFFFD', '\u0000', '\r\n', '\u2028', '😀',
];
const yamlish = fc.string({ unit: fc.constantFrom(...TOKENS), maxLength: 200 });

const root = new URL('../../', import.meta.url);
const valid = readdirSync(new URL('scenarios/', root))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => readFileSync(new URL(`scenarios/${f}`, root), 'utf8'));

type Mutation = { kind: 'delete' | 'insert' | 'duplicate' | 'swap' | 'number'; at: number; len: number; token: string; n: number };
const mutation = fc.record({
  kind: fc.constantFrom('delete', 'insert', 'duplicate', 'swap', 'number') as fc.Arbitrary<Mutation['kind']>,
  at: fc.nat(),
  len: fc.integer({ min: 1, max: 40 }),
  token: fc.constantFrom(...TOKENS),
  n: fc.oneof(fc.integer(), fc.double(), fc.constantFrom(0, -1, 1e300, 2 ** 53, 1e-300)),
});

function mutate(text: string, ms: Mutation[]): string {
  let t = text;
  for (const m of ms) {
    const at = m.at % (t.length + 1);
    const lines = t.split('\n');
    const li = m.at % Math.max(1, lines.length);
    switch (m.kind) {
      case 'delete': t = t.slice(0, at) + t.slice(at + m.len); break;
      case 'insert': t = t.slice(0, at) + m.token + t.slice(at); break;
      case 'duplicate': lines.splice(li, 0, lines[li]); t = lines.join('\n'); break;
      case 'swap': if (li + 1 < lines.length) [lines[li], lines[li + 1]] = [lines[li + 1], lines[li]]; t = lines.join('\n'); break;
      case 'number': t = t.replace(/-?\d+(\.\d+)?/g, (x, _g, off: number) => (off >= at && off < at + 40 ? String(m.n) : x)); break;
    }
  }
  return t;
}

describe('scenario reader fuzz', () => {
  it('arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (s) => parseTimed(s)), { seed: 1, numRuns: 300 });
  });

  it('YAML-shaped strings', () => {
    fc.assert(fc.property(yamlish, (s) => parseTimed(s)), { seed: 2, numRuns: 1000 });
  });

  it('arbitrary JSON values, as text and as objects', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (v) => {
        parseTimed(JSON.stringify(v) ?? 'null');
        const t0 = cpuMs();
        check(validateScenarioObject(v), cpuMs() - t0);
        const withVersion = v !== null && typeof v === 'object' && !Array.isArray(v) ? { ...v, schemaVersion: 1 } : v;
        const t1 = cpuMs();
        check(validateScenarioObject(withVersion), cpuMs() - t1);
      }),
      { seed: 3, numRuns: 500 },
    );
  });

  it('JSON objects with scenario keys', () => {
    const keys = fc.constantFrom('schemaVersion', 'name', 'horizon', 'population', 'size', 'organisations', 'id', 'share', 'parameters', 'homophily', 'strategy', 'preset', 'actions', 'type', 'at', '__proto__', 'constructor');
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, fc.jsonValue({ maxDepth: 1 }), fc.dictionary(keys, tie('node'), { maxKeys: 4 }), fc.array(tie('node'), { maxLength: 3 })),
    })).node;
    fc.assert(fc.property(fc.dictionary(keys, value, { maxKeys: 6 }), (o) => {
      const t0 = cpuMs();
      check(validateScenarioObject({ schemaVersion: 1, ...o }), cpuMs() - t0);
      parseTimed(JSON.stringify({ schemaVersion: 1, ...o }));
    }), { seed: 4, numRuns: 500 });
  });

  it('mutations of the valid scenario files', () => {
    fc.assert(
      fc.property(fc.constantFrom(...valid), fc.array(mutation, { minLength: 1, maxLength: 6 }), (text, ms) => parseTimed(mutate(text, ms))),
      { seed: 5, numRuns: 600 },
    );
  });

  it('random overrides on a valid file', () => {
    const path = fc.array(fc.constantFrom('population', 'size', 'parameters', 'homophily', 'strategy', 'preset', 'actions[0]', '[0]', '__proto__', 'organisations[1]', 'x'), { minLength: 1, maxLength: 4 }).map((p) => p.join('.'));
    const override = fc.tuple(path, yamlish).map(([p, v]) => `${p}=${v}`);
    fc.assert(fc.property(fc.array(fc.oneof(override, fc.string({ maxLength: 30 })), { maxLength: 4 }), (os) => parseTimed(valid[0], os)), { seed: 6, numRuns: 400 });
  });
});

// Inputs that once crashed or stalled the reader, kept as named regressions.
describe('scenario reader regressions', () => {
  it('10,000 nested "[" at any stack depth (yaml composer died with a fatal V8 OOM in a RegExp near the stack limit)', () => {
    const text = 'schemaVersion: 1\noutputs: ' + '['.repeat(10_000) + ']'.repeat(10_000);
    const nest = (d: number): ParseResult => (d === 0 ? parseScenario(text) : nest(d - 1));
    for (const depth of [0, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233]) {
      const r = nest(depth);
      expect(!r.ok && r.errors[0].message).toContain('nested more than 64 levels');
    }
  });

  // These guard against quadratic blow-ups, not speed: each compares the CPU
  // time of a big input with one ten times smaller (linear ≈ 10×, quadratic
  // ≈ 100×), so a slow or busy machine does not change the verdict.
  it('20,000 keys in one mapping (yaml uniqueKeys check is quadratic: 5 s)', () => {
    const keys = (n: number) => 'schemaVersion: 1\n' + Array.from({ length: n }, (_, i) => `k${i}: 1`).join('\n');
    expect(parseScenario(keys(20_000)).ok).toBe(false);
    expect(growth(keys(2_000), keys(20_000))).toBeLessThan(40);
  });

  it('40 aliases of a 2,000-item list (yaml Alias.resolve rescans the document per alias)', () => {
    const aliases = (items: number) =>
      'schemaVersion: 1\noutputs:\n  a: &a [' + Array(items).fill('1').join(',') + ']\n  b: [' + Array(40).fill('*a').join(',') + ']\n';
    expect(parseScenario(aliases(2000)).ok).toBe(true);
    expect(growth(aliases(200), aliases(2000))).toBeLessThan(40);
  });
});

/** CPU time of parsing `big` over that of `small`, each the best of three (after a warm-up). */
function growth(small: string, big: string): number {
  const cpu = (text: string) => {
    let best = Infinity;
    for (let k = 0; k < 3; k++) {
      const c0 = process.cpuUsage();
      parseScenario(text);
      const c = process.cpuUsage(c0);
      best = Math.min(best, c.user + c.system);
    }
    return Math.max(best, 1);
  };
  cpu(small);
  return cpu(big) / cpu(small);
}
