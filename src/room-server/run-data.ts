// A participatory run as it is saved with its room: the scenario's text,
// seed, the decisions and the week reached. The run itself is rebuilt from
// these (participatory-run.ts).
import type { Decision as ModelDecision } from '../scenario/types.ts';

export interface RunData {
  name: string;
  /** The scenario's text as the trainer sent it (the lab's, with its interventions). */
  scenario: string;
  seed: number;
  /** Weeks run so far. */
  week: number;
  timer: number;
  deadline: number | null;
  /** Room member id → the model member it plays. */
  seats: Record<string, number>;
  /** Every decision sent, in the model's terms (the week it acts in is week + 1). */
  decisions: ModelDecision[];
  /** Room member id → weeks (0-based, as `week`) the model played its member. */
  playedByModel: Record<string, number[]>;
  ended: boolean;
}

