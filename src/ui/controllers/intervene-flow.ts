// What happens when the facilitator presses an action, ↶ or Ctrl+Z (UX.md §4):
// at the end of the computed run the action is recorded at once; after
// scrubbing back it would replace the weeks computed beyond it, so the
// participant is asked first ("Replace weeks 15–40?"), in the intervene bar,
// never in a modal. Undo removes the most recent action. What was done is
// said in the lab's status line (aria-live).
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg } from '../i18n.ts';
import type { InterveneDetail, ReplaceAnswer, ReplaceQuestion } from '../lab/intervene-bar.ts';
import type { SimController } from './sim-controller.ts';

export type PendingQuestion = ReplaceQuestion & { week: number; timeline: number; runId: number };

export class InterveneFlow implements ReactiveController {
  /** An action waiting for "Replace weeks …?"; dropped when the run moves on. */
  question?: PendingQuestion;

  constructor(
    private host: ReactiveControllerHost,
    private sim: SimController,
    /** Put the focus back on an action's button after the question closes. */
    private focusAction: (label: string) => void = () => {},
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    // A question about a week the lab has left (play, step, scrub, another file) no longer applies.
    const q = this.question;
    const s = this.sim;
    if (q && (q.week !== s.week || q.timeline !== s.timeline || q.runId !== s.runId)) this.question = undefined;
  }

  intervene(d: InterveneDetail): void {
    const s = this.sim;
    const end = s.futureEnd();
    if (end === undefined) {
      void s.intervene(d.type, d.params, d.label);
      return;
    }
    s.pause();
    this.question = { detail: d, from: s.week + 1, to: end, week: s.week, timeline: s.timeline, runId: s.runId };
    s.message = msg(`${d.label} at week ${s.week + 1} would replace weeks ${s.week + 1}–${end} of this run: replace them, or cancel.`);
    this.host.requestUpdate();
  }

  answer(a: ReplaceAnswer): void {
    const q = this.question;
    this.question = undefined;
    if (!q) return;
    if (a.replace) void this.sim.intervene(q.detail.type, q.detail.params, q.detail.label, { keepOld: a.keepOld });
    else this.sim.message = msg(`Cancelled: ${q.detail.label} was not recorded; weeks ${q.from}–${q.to} are unchanged.`);
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.focusAction(q.detail.label));
  }

  /** ↶ and Ctrl+Z: the most recent intervention, removed and replayed away. */
  async undo(): Promise<void> {
    this.question = undefined;
    const s = this.sim;
    if (!s.interventions.length) {
      s.message = msg('Nothing to undo: no intervention is recorded.');
      this.host.requestUpdate();
      return;
    }
    await s.undo();
  }
}
