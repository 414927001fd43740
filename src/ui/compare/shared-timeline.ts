// The compare view's one timeline: every network panel shows the same week.
// Play, pause, step, scrub and speed, from the transport bar or the keyboard
// (the lab's keys: space, arrows, Home, End). A ReactiveController: the view
// reads week, playing and speed and renders; panels are asked to go to a week
// together.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { keyCommand } from '../keyboard.ts';
import type { TransportAction } from '../lab/lab-transport.ts';

export interface TimelineHost extends ReactiveControllerHost {
  /** The panels to move (each goes to a week and resolves when it shows it). */
  panels(): { goto(week: number): Promise<unknown> }[];
  /** Last week of the shortest scenario. */
  horizon(): number;
  /** Whether keys are for this view now (it is on screen). */
  visible(): boolean;
}

export class SharedTimeline implements ReactiveController {
  week = 0;
  playing = false;
  /** Weeks per second; 0 as fast as frames allow. */
  speed = 1;
  private token = 0;

  constructor(private host: TimelineHost) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('keydown', this.onKey);
  }

  hostDisconnected(): void {
    window.removeEventListener('keydown', this.onKey);
    this.pause();
  }

  async goto(week: number): Promise<void> {
    this.week = Math.max(0, Math.min(this.host.horizon(), week));
    this.host.requestUpdate();
    await Promise.all(this.host.panels().map((p) => p.goto(this.week)));
  }

  play(): void {
    if (this.playing) return;
    if (this.week >= this.host.horizon()) void this.goto(0);
    this.playing = true;
    this.host.requestUpdate();
    void this.loop(++this.token);
  }

  pause(): void {
    this.playing = false;
    this.token++;
    this.host.requestUpdate();
  }

  private async loop(token: number): Promise<void> {
    while (token === this.token && this.week < this.host.horizon()) {
      const t0 = performance.now();
      await this.goto(this.week + 1);
      if (token !== this.token) return;
      const wait = this.speed > 0 ? 1000 / this.speed - (performance.now() - t0) : 0;
      await new Promise<void>((r) => (wait > 4 ? setTimeout(r, wait) : requestAnimationFrame(() => r())));
    }
    if (token === this.token) this.pause();
  }

  onTransport = (e: CustomEvent<TransportAction>): void => {
    e.stopPropagation();
    const a = e.detail;
    switch (a.type) {
      case 'toggle': this.playing ? this.pause() : this.play(); break;
      case 'reset': this.pause(); void this.goto(0); break;
      case 'step': this.pause(); void this.goto(this.week + 1); break;
      case 'back': this.pause(); void this.goto(this.week - 1); break;
      case 'seek': this.pause(); void this.goto(a.week); break;
      case 'speed': this.speed = a.speed; this.host.requestUpdate(); break;
    }
  };

  private onKey = (e: KeyboardEvent): void => {
    if (!this.host.visible()) return;
    const cmd = keyCommand(e);
    if (!cmd) return;
    e.preventDefault();
    const w = this.week;
    switch (cmd) {
      case 'toggle': this.playing ? this.pause() : this.play(); break;
      case 'step': this.pause(); void this.goto(w + 1); break;
      case 'back': this.pause(); void this.goto(w - 1); break;
      case 'step10': this.pause(); void this.goto(w + 10); break;
      case 'back10': this.pause(); void this.goto(w - 10); break;
      case 'first': this.pause(); void this.goto(0); break;
      case 'last': this.pause(); void this.goto(this.host.horizon()); break;
    }
  };
}
