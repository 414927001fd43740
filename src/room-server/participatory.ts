// The participatory run (part B): filled in with the model's decisions API.
import type { Decision } from '../room/protocol.ts';

export interface RunData {
  name: string;
  scenario: string;
  seed: number;
  week: number;
  timer: number;
  deadline: number | null;
  /** Room member id → the model member it plays. */
  seats: Record<number, number>;
  decisions: (Decision & { member: number })[];
  ended: boolean;
}
