// The hostile corpus: each file in test/fixtures/hostile/ with the error it
// must produce (expected.json), plus generated inputs too big to commit.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatError, INPUT_LIMITS, parseScenario } from '../../src/scenario/index.ts';

const dir = new URL('../fixtures/hostile/', import.meta.url);
interface Expected {
  ok: boolean;
  name?: string;
  warning?: string;
  line?: number;
  column?: number;
  path?: string;
  message?: string;
}
const expected: Record<string, Expected> = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8'));
const files = readdirSync(dir).filter((f) => f !== 'expected.json').sort();
// Read as an editor or the CLI would: bytes decoded as UTF-8, bad bytes become U+FFFD.
const read = (f: string) => new TextDecoder('utf-8').decode(readFileSync(new URL(f, dir)));

describe('hostile scenario corpus', () => {
  it('has at least 25 files, each with an expectation', () => {
    expect(files.length).toBeGreaterThanOrEqual(25);
    expect(Object.keys(expected).sort()).toEqual(files);
  });

  for (const f of files) {
    it(f, () => {
      const exp = expected[f];
      const t0 = performance.now();
      const r = parseScenario(read(f), { file: f });
      expect(performance.now() - t0).toBeLessThan(2000);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(r.ok).toBe(exp.ok);
      if (r.ok) {
        if (exp.name !== undefined) expect(r.scenario.name).toBe(exp.name);
        if (exp.warning) expect(r.warnings.map(formatError).join('\n')).toContain(exp.warning);
        return;
      }
      const match = r.errors.find((e) => e.message.includes(exp.message!));
      expect(match, `no error containing ${JSON.stringify(exp.message)} in:\n${r.errors.map(formatError).join('\n')}`).toBeDefined();
      expect(match!.file).toBe(f);
      expect(match!.line).toBe(exp.line);
      if (exp.column !== undefined) expect(match!.column).toBe(exp.column);
      if (exp.path !== undefined) expect(match!.path).toBe(exp.path);
      // One line per problem, never a stack trace.
      for (const e of r.errors) expect(formatError(e)).not.toMatch(/\n|    at /);
    });
  }

  it('the script tag in a name stays the exact text', () => {
    const r = parseScenario(read('script-name.yaml'));
    expect(r.ok && r.scenario.description).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('generated hostile inputs', () => {
  const timed = (text: string) => {
    const t0 = performance.now();
    const r = parseScenario(text, { file: 'big.yaml' });
    return { r, ms: performance.now() - t0 };
  };

  it('refuses a 10 MB file at once', () => {
    const { r, ms } = timed('schemaVersion: 1\n# ' + 'x'.repeat(10 * 1024 * 1024));
    expect(ms).toBeLessThan(100);
    expect(!r.ok && r.errors[0].message).toMatch(/^refused: the text has 10,485,7\d\d characters; scenario files are limited to 262,144/);
  });

  it('reads a file just under the size limit in bounded time', () => {
    // 12 characters a line: "kNNNNNNN: 1\n"
    const keys = Array.from({ length: Math.floor((INPUT_LIMITS.maxChars - 20) / 12) }, (_, i) => `k${i}`.padEnd(8, 'x') + ': 1').join('\n');
    expect(keys.length).toBeLessThan(INPUT_LIMITS.maxChars);
    const { r, ms } = timed('schemaVersion: 1\n' + keys);
    expect(ms).toBeLessThan(5000);
    expect(r.ok).toBe(false);
    // 50 listed problems and one line counting the rest.
    if (!r.ok) {
      expect(r.errors).toHaveLength(INPUT_LIMITS.maxErrors + 1);
      expect(r.errors.at(-1)!.message).toMatch(/^\.\.\. and \d+ more problems not listed$/);
    }
  });

  it('refuses 100,000 nested brackets without recursing into them', () => {
    const { r, ms } = timed('['.repeat(100_000) + ']'.repeat(100_000));
    expect(ms).toBeLessThan(200);
    expect(!r.ok && r.errors[0].message).toContain('nested more than 64 levels');
  });

  it('survives arbitrary bytes decoded as UTF-8', () => {
    const bytes = new Uint8Array(4096);
    let x = 12345;
    for (let i = 0; i < bytes.length; i++) bytes[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
    const { r } = timed(new TextDecoder().decode(bytes));
    expect(r.ok).toBe(false);
  });
});
