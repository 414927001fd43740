// No merge conflict markers in the sources. A marker inside a template
// literal (a Lit html`…` template) type-checks and only shows on screen, as
// one merge in this repository's history showed.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

it('no tracked text file holds a merge conflict marker', () => {
  const files = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' })
    .split('\n')
    .filter((f) => /\.(ts|mts|js|mjs|json|ya?ml|md|html|css)$/.test(f));
  expect(files.length).toBeGreaterThan(100);
  const marked = files.filter((f) => /^(<{7} |={7}$|>{7} )/m.test(readFileSync(join(ROOT, f), 'utf8')));
  expect(marked).toEqual([]);
});
