// Named random sub-streams (MODEL.md §4.1). Each process draws from its own
// alea generator seeded `${seed}|${runIndex}|${name}`, so scenarios run with
// the same seed share common random numbers, and adding an action in week 40
// changes no draw of another process before week 40.

import seedrandom from 'seedrandom';
import type { Rng } from './random.ts';

export const STREAM_NAMES = [
  'init', // initial attributes, issues and ties
  'activity', // weekly activity draws
  'order', // turn order of 1:1 conversations
  'partner', // partner choice and acceptance
  'talk', // routine trust, issue touch, disclosure decision and reception
  'insight', // insight generation
  'session', // attendance, mixing, group disclosures and responses
  'forum', // posts and answers
  'facilitator', // facilitator 1:1s, matchmaking, weaving consent
  'newcomer', // arrivals, attributes, first post and return
  'dropout', // leaving
  'issues', // new tricky issues
  'metrics', // sampling for network indicators of very large networks
] as const;
export type StreamName = (typeof STREAM_NAMES)[number];
export type Streams = Record<StreamName, Rng>;

export function createStreams(seed: number, runIndex: number): Streams {
  const out = {} as Streams;
  for (const name of STREAM_NAMES) {
    out[name] = seedrandom.alea(`${seed}|${runIndex}|${name}`); // callable: () => number in [0, 1)
  }
  return out;
}
