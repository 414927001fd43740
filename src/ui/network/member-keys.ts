// Keyboard navigation of the network's members (UX.md §6), a Lit reactive
// controller of the network view. The canvas is one tab stop; arrows move a
// focus ring to the member that lies most nearly that way (member-focus.ts),
// Enter opens the member card, Escape closes it. Handled keys stop here, so
// the lab's own arrow keys (step a week) do not fire as well.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg } from '../i18n.ts';
import { arrowDirection, nearestInDirection, nearestTo, type Point } from './member-focus.ts';
import { memberLines } from './member-lines.ts';
import type { Snapshot } from '../../model/snapshot.ts';

export interface MemberKeysHost extends ReactiveControllerHost {
  readonly selected: number | null;
  /** The week the text describes (tooltip, announcement). */
  readonly snapshot?: Snapshot;
  /** Members on the picture with their layout positions. */
  memberPoints(): Point[];
  /** The view's centre in layout units: the first arrow goes to the member nearest to it. */
  viewCentre(): [number, number];
  /** Whether a member is in the layout now. */
  hasMember(id: number): boolean;
  /** Say something to screen readers (the view's live region). */
  say(text: string): void;
  /** Show a member's tooltip beside it, as hovering would; null: the focus left (the hover's tooltip may stay). */
  tipFor(id: number | null): void;
  /** Ask the app to open (id) or close (null) the member card. */
  select(id: number | null): void;
  /** The focus ring moved, appeared or went: draw again. */
  redraw(): void;
}

export class MemberKeys implements ReactiveController {
  /** Member with keyboard focus (kept when the focus leaves, so it comes back there). */
  member: number | null = null;
  private hasFocus = false;

  constructor(private host: MemberKeysHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The member to draw the focus ring around: only while the canvas has focus. */
  get ring(): number | null {
    return this.hasFocus ? this.member : null;
  }

  /** A new week is on the picture: the tooltip follows the focused member. */
  refresh(): void {
    if (this.ring !== null) this.host.tipFor(this.ring);
  }

  onFocus = (): void => {
    this.hasFocus = true;
    if (this.member !== null && this.host.hasMember(this.member)) this.announce(this.member);
    else this.host.say(msg('Network: arrow keys move between members, Enter opens the member card.'));
    this.changed();
  };

  onBlur = (): void => {
    this.hasFocus = false;
    this.host.tipFor(null);
    this.changed();
  };

  onKeyDown = (e: KeyboardEvent): void => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const dir = e.shiftKey ? undefined : arrowDirection(e.key);
    if (dir) {
      const pts = this.host.memberPoints();
      const cur = pts.find((p) => p.id === this.member) ?? pts.find((p) => p.id === this.host.selected);
      let next: Point | undefined;
      if (!cur) {
        const [cx, cy] = this.host.viewCentre();
        next = nearestTo(cx, cy, pts);
      } else next = nearestInDirection(cur, pts, dir) ?? cur;
      e.preventDefault();
      e.stopPropagation();
      if (!next) return;
      this.member = next.id;
      this.announce(next.id);
      this.host.tipFor(next.id);
      this.changed();
      return;
    }
    if (e.key === 'Enter' && this.member !== null) {
      e.preventDefault();
      e.stopPropagation();
      this.host.select(this.member);
    } else if (e.key === 'Escape' && this.host.selected !== null) {
      e.preventDefault();
      e.stopPropagation();
      this.host.select(null);
    }
  };

  private announce(id: number): void {
    const s = this.host.snapshot;
    if (s) this.host.say(`${memberLines(s, id).join('. ')}.`);
  }

  private changed(): void {
    this.host.requestUpdate();
    this.host.redraw();
  }
}
