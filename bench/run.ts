// npm run bench: every benchmark, each printing its own figures.
import { benchAB } from './ab.ts';
import { benchEngine } from './engine.ts';
import { benchPool } from './pool.ts';
import { benchRecord } from './record.ts';
import { benchRoom } from './room.ts';
import { benchStartup } from './startup.ts';

benchStartup();
console.log();

await benchEngine();
console.log();
await benchAB();
console.log();
benchRecord();
console.log();
await benchPool();
console.log();
await benchRoom();
