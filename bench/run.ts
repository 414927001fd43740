// npm run bench: every benchmark, each printing its own figures.
import { benchEngine } from './engine.ts';
import { benchPool } from './pool.ts';

await benchEngine();
console.log();
await benchPool();
