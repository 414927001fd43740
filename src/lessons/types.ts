// A lesson (UX.md §5): frame → predict → run → reveal → debrief → try it.
// Lessons are data files in lessons/ (YAML or JSON), so a trainer can add one;
// src/lessons/validate.ts checks them with located errors.
import type { Indicator } from '../model/indicators.ts';

/** Text a user reads, in both languages. */
export interface Bilingual { en: string; nl: string }

export interface LessonScenario {
  /** A, B, C, D: colour, dash and letter of the scenario (UX.md §2). */
  key: string;
  /** A file in scenarios/ (its id, without .yaml) … */
  file?: string;
  /** … or the scenario text itself. */
  inline?: string;
  label: Bilingual;
}

export interface LessonChoice {
  id: string;
  text: Bilingual;
  /** The scenario this choice bets on; absent for "no real difference". */
  scenario?: string;
  /** Why someone might pick it (the misconception it stands for, or the idea behind it). */
  why: Bilingual;
}

/** Derived per-run indicators besides the model's own columns. */
export const DERIVED = ['reachedMaturing'] as const;
export type LessonIndicator = Indicator | (typeof DERIVED)[number];

export interface Lesson {
  id: string;
  /** Position in the list. */
  order: number;
  /** C1–C5, or "phases" for the tour. */
  topic: string;
  audience: 'everyone' | 'trainers';
  title: Bilingual;
  /** Who said it: author, year, where. */
  source: Bilingual;
  frame: Bilingual;
  question: Bilingual;
  /**
   * The smallest difference that counts, in the first indicator's units (a
   * share: 0.05 is 5 percentage points). Differences whose paired interval
   * lies wholly inside ±margin are "about the same" (analyse.ts).
   */
  margin: number;
  choices: LessonChoice[];
  /** The choice the lesson expects; the reveal checks it against the runs and says so when they disagree. */
  expected: string;
  run: {
    scenarios: LessonScenario[];
    seed: number;
    runs: number;
    week: number;
    /** First one is the focus of the question; the others are shown beside it. */
    indicators: LessonIndicator[];
    /** Is a higher value of the focus indicator the answer, or a lower one? */
    better: 'higher' | 'lower';
    /** The other side of a trade-off: an indicator (one of `indicators`, not the first) shown beside the answer in the reveal and the debrief. */
    tradeOff?: LessonIndicator;
    /** Pause the live networks here and ask. */
    pauseAt?: number;
    pausePrompt?: Bilingual;
    /** Weeks worth stopping at on a tour, with a line each. */
    stops?: { week: number; text: Bilingual }[];
  };
  /** May quote the run with placeholders such as {B}, {B.sponsorValue}, {diff} (text.ts). */
  reveal: Bilingual;
  debrief: { mechanism: Bilingual; limits: Bilingual; notice?: Bilingual };
  tryIt: { scenario: string; suggestion: Bilingual };
}

export interface LessonError {
  file: string;
  line: number;
  column: number;
  path: string;
  message: string;
}

export type LessonResult = { ok: true; lesson: Lesson } | { ok: false; errors: LessonError[] };
