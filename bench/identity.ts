// Bit-identity of the engine against an earlier commit, for changes that
// must not change any number (a refactor, a speed-up): every preset at 30,
// 60 and 250 members, two seeds each, every indicator in every week.
// `npx tsx bench/identity.ts REF`; exits 1 on any difference.
import { bundle, engineAt } from './ab.ts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ref = process.argv[2];
if (!ref) throw new Error('usage: npx tsx bench/identity.ts REF');
const A = await engineAt(ref);
const B = await bundle(fileURLToPath(new URL('..', import.meta.url)), mkdtempSync(join(tmpdir(), 'coalesce-b-')));
let runs = 0;
let differ = 0;
for (const id of B.PRESET_IDS) {
  if (!A.PRESET_IDS.includes(id)) continue;
  for (const size of [30, 60, 250]) {
    for (const seed of [1, 2]) {
      const s = B.defaultScenario(id);
      s.population.size = size;
      const a = A.runScenario(structuredClone(s), { seed, runIndex: 0 }) as { columns: Record<string, Float64Array> };
      const b = B.runScenario(structuredClone(s), { seed, runIndex: 0 }) as { columns: Record<string, Float64Array> };
      runs++;
      const name = Object.keys(a.columns).find((k) => a.columns[k].some((x, w) => !Object.is(x, b.columns[k]?.[w])));
      if (name) {
        differ++;
        console.log(`differs: ${id}, ${size} members, seed ${seed}: ${name}`);
      }
    }
  }
}
console.log(`${runs} runs against ${ref}: ${differ} differ`);
process.exitCode = differ ? 1 : 0;
