// Write the population family of the pattern tests (test/patterns/family.ts):
// `npm run family -- --seed 7 [--out path]`. The committed family.json is seed 1.
import { writeFileSync } from 'node:fs';
import { generateFamily } from '../test/patterns/family.ts';

const arg = (name: string, d: string) => {
  const k = process.argv.indexOf(name);
  return k >= 0 ? process.argv[k + 1] : d;
};
const seed = Number(arg('--seed', '1'));
if (!Number.isInteger(seed)) throw new Error(`--seed takes a whole number (got ${arg('--seed', '')})`);
const out = arg('--out', new URL('../test/patterns/family.json', import.meta.url).pathname);
writeFileSync(out, JSON.stringify(generateFamily(seed), null, 1) + '\n');
console.log(`wrote ${out} (family seed ${seed})`);
