// Sliders under a finger (issue 17, item 9): on a phone a tap on a range
// input's track jumps the thumb to the tap, and one tap took the members from
// 60 to 583 and restarted the run. Under touch the value here follows the
// finger's travel from where it went down, in the slider's steps, and is
// committed when the finger lifts; a tap without travel changes nothing. The
// browser's own moves during the touch (its jump, the mouse events it makes
// up after a tap) are undone as they come. Mouse and keyboard keep the native
// slider.

/** The value after the finger travelled dx px along a slider `width` px wide: in steps, within [min, max]. */
export function relativeValue(from: number, dx: number, width: number, min: number, max: number, step: number): number {
  const raw = from + (dx / Math.max(1, width)) * (max - min);
  const stepped = min + Math.round((raw - min) / step) * step;
  // Rounded to the step's decimals, so 0.1 steps do not give 0.30000000000000004.
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  return Math.min(max, Math.max(min, +stepped.toFixed(Math.min(10, decimals + 1))));
}

/** How long after the finger lifts the browser may still send the mouse events it makes up for a tap. */
const AFTER_TAP_MS = 800;

interface Drag { pointer: number; x: number; from: number; value: number; input: HTMLInputElement }

export class TouchSlider {
  private drag?: Drag;
  /** The last touch's input and value, held until the made-up mouse events have passed. */
  private settled?: { input: HTMLInputElement; value: number; until: number };

  constructor(
    /** The finger lifted after moving the value: commit it (restarts the run). */
    private commit: (input: HTMLInputElement, value: number) => void,
    /** The value while the finger moves (the sentence shows it live); undefined when the touch ends. */
    private preview: (input: HTMLInputElement, value: number | undefined) => void = () => {},
  ) {}

  /** True while a touch owns this input: its native input and change events are not the participant's choice. */
  owns(input: HTMLInputElement): boolean {
    if (this.drag?.input === input) return true;
    return !!this.settled && this.settled.input === input && performance.now() < this.settled.until;
  }

  down = (e: PointerEvent): void => {
    if (e.pointerType !== 'touch') return;
    const input = e.currentTarget as HTMLInputElement;
    const from = +input.value;
    this.drag = { pointer: e.pointerId, x: e.clientX, from, value: from, input };
    this.settled = undefined;
  };

  move = (e: PointerEvent): void => {
    const d = this.drag;
    if (!d || e.pointerId !== d.pointer) return;
    const i = d.input;
    const v = relativeValue(d.from, e.clientX - d.x, i.getBoundingClientRect().width, +i.min, +i.max, +i.step || 1);
    if (v !== d.value) {
      d.value = v;
      this.preview(i, v);
    }
    i.value = String(d.value);
  };

  up = (e: PointerEvent): void => {
    const d = this.drag;
    if (!d || e.pointerId !== d.pointer) return;
    this.drag = undefined;
    d.input.value = String(d.value);
    this.settled = { input: d.input, value: d.value, until: performance.now() + AFTER_TAP_MS };
    this.preview(d.input, undefined);
    if (d.value !== d.from) this.commit(d.input, d.value);
  };

  /** The page began to scroll under the finger: nothing changes. */
  cancel = (e: PointerEvent): void => {
    const d = this.drag;
    if (!d || e.pointerId !== d.pointer) return;
    this.drag = undefined;
    d.input.value = String(d.from);
    this.settled = { input: d.input, value: d.from, until: performance.now() + AFTER_TAP_MS };
    this.preview(d.input, undefined);
  };

  /** The browser moved the thumb itself (a jump to the tap): put it back where the finger says. */
  input = (e: Event): void => {
    const input = e.currentTarget as HTMLInputElement;
    if (!this.owns(input)) return;
    input.value = String(this.drag?.input === input ? this.drag.value : this.settled!.value);
  };
}
