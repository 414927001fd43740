// The network: canvas + d3-force layout, zoom and pan, hover tooltip, click
// for the member card, the week's events animated, a pinned legend and the
// week caption. Draws only while something moves (frame-scheduler.ts); the
// layout runs in the layout worker once playing (layout-client.ts).
import { LitElement, html, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import type { Snapshot } from '../../model/snapshot.ts';
import { msg } from '../i18n.ts';
import { drawNetwork, markScale } from './draw.ts';
import { FACILITATOR } from './layout.ts';
import { LayoutClient, WORKER_FROM } from './layout-client.ts';
import { layoutInput } from './layout-input.ts';
import { FrameScheduler } from './frame-scheduler.ts';
import { DrawTarget } from './draw-target.ts';
import { memberLines, neighbourhood } from './member-lines.ts';
import { networkViewStyles } from './network-view-styles.ts';
import { fitTransform, stepTowards } from './view-fit.ts';
import { caption, weekEvents, type WeekEvents } from './week-events.ts';
import { isLens, nextLens, lensName, type Lens } from './lens.ts';
import type { LensChangeDetail, MinTrustDetail } from './lens-bar.ts';
import type { Sprite } from './sprites.ts';
import type { Point } from './member-focus.ts';
import { MemberKeys } from './member-keys.ts';
import { networkPNG, type DrawnFrame } from './network-export.ts';
import { currentTheme } from '../theme.ts';
import { ThemeWatch } from '../theme-state.ts';
import './legend.ts';
import './lens-bar.ts';

export interface MemberSelectDetail { id: number | null }

@customElement('network-view')
export class NetworkView extends LitElement {
  @property({ attribute: false }) snapshot?: Snapshot;
  /** Changes when the run restarts (runId) or its timeline changes (interventions). */
  @property() runKey = '';
  @property({ type: Number }) speed = 1;
  @property({ type: Boolean }) playing = false;
  @property({ type: Number }) selected: number | null = null;
  /** Members played by people in a workshop room's participatory run (issue 19): each gets a dashed ring and its name. */
  @property({ attribute: false }) played: { id: number; label: string }[] = [];
  /** Show the lens switch and the minimum-trust filter (the lab; compare and lessons keep "All"). */
  @property({ type: Boolean, attribute: 'lens-controls' }) lensControls = false;
  /** The lab on a phone: lens, caption, zoom and key above and below the canvas, not over it (network-view-styles.ts). */
  @property({ type: Boolean, reflect: true }) stacked = false;
  @state() lens: Lens = 'All';
  @state() minTrust = 0;
  @state() private announce = '';
  /** Below 600 px the lens bar shrinks (phone). */
  @state() private narrow = false;
  /** Room for the key open beside the network (layout px, so presenter mode's zoom counts): below, it starts folded. */
  @state() private keyRoom = true;
  @state() private tip?: { x: number; y: number; lines: string[] };
  @state() private captionText = '';
  @query('canvas') private canvas!: HTMLCanvasElement;
  private ctx?: CanvasRenderingContext2D;

  layout = new LayoutClient(() => this.onLayout(), () => this.relayout());
  private frames_ = new FrameScheduler(this);
  private keys = new MemberKeys(this);
  /** Dim room or Daylight: the next frame draws in the new theme. */
  private themeWatch = new ThemeWatch(this, () => this.kick());
  /** Member with keyboard focus (arrow keys), ringed while the canvas has focus. */
  get focusedMember(): number | null {
    return this.keys.member;
  }
  private ev?: WeekEvents;
  private lastRun = '';
  private lastTimeline = '';
  private animStart = 0;
  private animDur = 0;
  private size = { w: 800, h: 500, dpr: 1 };
  private transform: ZoomTransform = zoomIdentity;
  private autoFit = true;
  private zoomer?: ZoomBehavior<HTMLCanvasElement, unknown>;
  private hover: number | null = null;
  private ro?: ResizeObserver;
  private reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;

  /** True when nothing moves: the layout has settled and the week's animation ended. */
  get idle(): boolean {
    return !this.frames_.pending && this.layout.outstanding === 0 && !this.layout.updating && !this.target.loading;
  }

  static override styles = networkViewStyles;

  override render() {
    return html`
      <!-- The lens comes first in tab order: meters, lens, then the members (UX.md §6). -->
      ${this.lensControls
        ? html`<lens-bar .lens=${this.lens} .minTrust=${this.minTrust} ?narrow=${this.narrow}
            @lens-change=${(e: CustomEvent<LensChangeDetail>) => this.setLens(e.detail.lens)}
            @min-trust=${(e: CustomEvent<MinTrustDetail>) => { this.minTrust = e.detail.value; }}></lens-bar>`
        : null}
      <canvas tabindex="0" role="img" aria-label=${msg('Network of members; the week caption and the text view describe it in words.')}
        aria-roledescription=${msg('network, arrow keys move between members')}
        @pointermove=${this.onMove} @pointerleave=${this.onLeave} @click=${this.onClick}
        @keydown=${this.keys.onKeyDown} @focus=${this.keys.onFocus} @blur=${this.keys.onBlur}></canvas>
      <network-legend .orgIds=${this.snapshot?.orgIds ?? []} .open=${this.keyRoom && window.innerWidth > 700} ?wide=${this.stacked}></network-legend>
      <div class="sr" role="status" aria-live="polite" data-testid="network-announce">${this.announce}</div>
      <div class="caption" data-testid="week-caption">${this.captionText}</div>
      <div class="zoom">
        <button @click=${() => this.zoomBy(1.4)} aria-label=${msg('Zoom in')} title=${msg('Zoom in')}>+</button>
        <button @click=${() => this.zoomBy(1 / 1.4)} aria-label=${msg('Zoom out')} title=${msg('Zoom out')}>−</button>
        <button @click=${this.fit} aria-label=${msg('Fit the whole network')} title=${msg('Fit')}>⤢</button>
      </div>
      ${this.tip ? html`<div class="tip" style="left:${this.tip.x}px;top:${this.tip.y}px" role="tooltip">${this.tip.lines.map((l, i) => (i ? html`<div>${l}</div>` : html`<b>${l}</b>`))}</div>` : null}
    `;
  }

  override firstUpdated(): void {
    this.ro = new ResizeObserver(() => this.resize());
    this.ro.observe(this);
    this.ro.observe(this.canvas);
    this.ro.observe(this.renderRoot.querySelector('network-legend')!);
    const lensBar = this.renderRoot.querySelector('lens-bar');
    if (lensBar) this.ro.observe(lensBar);
    this.resize();
    this.zoomer = zoom<HTMLCanvasElement, unknown>()
      .scaleExtent([0.1, 8])
      .on('zoom', (e: { transform: ZoomTransform; sourceEvent: unknown }) => {
        this.transform = e.transform;
        if (e.sourceEvent) this.autoFit = false;
        this.kick();
      });
    select(this.canvas).call(this.zoomer).on('dblclick.zoom', null);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.disposed) return;
    // Back on the page: a fresh layout, settled from the current week as a run's first picture.
    this.disposed = false;
    this.layout = new LayoutClient(() => this.onLayout(), () => this.relayout());
    this.relayout();
    if (this.ro) {
      this.ro.observe(this);
      this.resize();
    }
  }

  private disposed = false;
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.ro?.disconnect();
    this.frames_.cancel();
    this.layout.dispose();
    this.disposed = true;
  }

  /** Measured on resize only: reading layout every frame forces a reflow per frame. */
  private legendWidth = 0;
  private lensHeight = 0;

  private resize(): void {
    // The canvas's own box: stacked, the host also holds the lens, caption and key.
    const r = (this.canvas ?? this).getBoundingClientRect();
    this.legendWidth = Math.round(this.renderRoot.querySelector('network-legend')?.getBoundingClientRect().width ?? 0);
    this.lensHeight = Math.round(this.renderRoot.querySelector('lens-bar')?.getBoundingClientRect().height ?? 0);
    const dpr = Math.min(2, window.devicePixelRatio || 1);
    this.size = { w: Math.max(50, r.width), h: Math.max(50, r.height), dpr };
    this.narrow = this.size.w < 600;
    this.keyRoom = this.clientWidth >= 640;
    if (this.canvas) {
      this.canvas.width = Math.round(this.size.w * dpr);
      this.canvas.height = Math.round(this.size.h * dpr);
    }
    this.kick();
  }

  /** Set the lens (a meter click, the L key, the lens buttons). */
  setLens(l: string): void {
    if (!isLens(l) || l === this.lens) return;
    this.lens = l;
    this.announce = msg(`Lens: ${lensName(l)}`);
  }

  cycleLens(): void {
    this.setLens(nextLens(this.lens));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('selected') || changed.has('played') || changed.has('lens') || changed.has('minTrust')) this.kick();
    if (changed.has('playing')) this.placeLayout();
    if (changed.has('snapshot') && this.snapshot) this.takeSnapshot(this.snapshot, changed.get('snapshot') as Snapshot | undefined);
  }

  private takeSnapshot(s: Snapshot, prev: Snapshot | undefined): void {
    const [run, timeline] = this.runKey.split('#');
    const newRun = run !== this.lastRun;
    let forgetAfter: number | null = null;
    if (newRun) {
      forgetAfter = -1;
      this.autoFit = true;
    } else if (timeline !== this.lastTimeline) {
      // A new intervention: the stored future no longer holds.
      forgetAfter = s.week;
    }
    this.lastRun = run;
    this.lastTimeline = timeline;
    const ev = weekEvents(s);
    const next = !!prev && !newRun && s.week === prev.week + 1;
    // A run's first picture settles before it is shown, so nothing flies in (in ~12 ms pieces in the page).
    const mode = !prev || newRun ? 'first' : next ? 'next' : 'jump';
    this.layout.update(layoutInput(s, [...ev.facilitatorTalks, ...ev.woven]), prev && !newRun ? prev.week : -1, forgetAfter, mode);
    // Drawn with the week's positions once the layout answers (onLayout); until then the last picture stays.
    this.pending = { ev, next };
    this.captionText = caption(ev);
  }

  /** The week taken last, shown once its positions arrive. */
  private pending?: { ev: WeekEvents; next: boolean };
  /** The snapshot the picture shows (this.snapshot may be a week ahead while its layout is on its way). */
  private shown?: Snapshot;

  /** Lay out the current week afresh, as a run's first picture (back on the page; the layout worker failed). */
  private relayout(): void {
    this.lastRun = '';
    if (this.snapshot) this.takeSnapshot(this.snapshot, undefined);
  }

  /** A large layout plays in the worker (layout-client.ts). */
  private placeLayout(): void {
    if (this.playing && this.layout.nodes.length >= WORKER_FROM) this.layout.moveToWorker();
  }

  private onLayout(): void {
    this.placeLayout();
    if (this.layout.updating) return;
    const p = this.pending;
    if (p) {
      this.pending = undefined;
      this.ev = p.ev;
      this.shown = this.snapshot;
      this.animStart = performance.now();
      this.animDur = p.next ? (this.speed > 0 ? Math.min(1000, 1000 / this.speed) : 150) : 0;
      if (this.hover !== null) this.updateTip();
      else this.keys.refresh();
    }
    this.kick();
  }

  private lastT = -1;
  private spriteScale = 0;
  private lastSprites = new Map<number, Sprite>();
  /** How frames are drawn: a large network's members in one piece (draw-target.ts). */
  private target = new DrawTarget(() => this.kick(true));
  /** The last picture's inputs, drawn again in Daylight for an export made in Dim room. */
  private drawn?: DrawnFrame;

  /** Request a frame (dirty: the picture changed). */
  private kick(dirty = true): void {
    this.frames_.kick(dirty);
  }

  /** One animation frame: draw if the picture changed, ask for the next force tick; true while more frames are needed. */
  frame(now: number, dirty: boolean): boolean {
    // The next week's positions, if still queued in the page (a ~1 ms update at 300 members), come now rather than a frame late.
    if (this.layout.updating && this.layout.answerNextUpdate()) dirty = true;
    const s = this.shown;
    // Not yet settled: the layout's answer asks for a frame when it comes.
    if (!s || !this.canvas || this.layout.updating) return false;
    // The next force tick: in the worker it is computed while this frame is
    // drawn; in the page, in its own task after it. Its answer asks for the next frame.
    if (this.layout.moving) this.layout.tick();
    const t = this.animDur > 0 ? Math.min(1, (now - this.animStart) / this.animDur) : 1;
    const was = this.transform;
    const fitting = this.autoFit && this.stepFit();
    // The step that snaps onto the fit ends fitting but still moves the view.
    const viewMoved = this.transform.k !== was.k || this.transform.x !== was.x || this.transform.y !== was.y;
    const lastingOnly = this.speed === 0 || this.speed > 2;
    // Under reduced motion or at fast speeds the picture does not depend on t.
    const animates = !this.reducedMotion && !lastingOnly && t !== this.lastT;
    // A picture drawn with a lagging sprite scale (below) is redrawn once the view is still.
    const scaleLags = !fitting && this.spriteScale !== markScale(this.transform.k, this.size.dpr);
    if (dirty || viewMoved || animates || scaleLags) {
      // While the view eases to fit a growing network, member sprites keep
      // their scale until it is 15% off: each 4% step re-rendered every look
      // (a 150 ms frame at 2,000 members). A still view uses the exact step,
      // so a settled picture does not depend on the way it was reached.
      const exact = markScale(this.transform.k, this.size.dpr);
      const scale = fitting && this.spriteScale && Math.abs(Math.log(exact / this.spriteScale)) < 0.14 ? this.spriteScale : exact;
      this.spriteScale = scale;
      const o = {
        width: this.size.w,
        height: this.size.h,
        dpr: this.size.dpr,
        transform: { k: this.transform.k, x: this.transform.x, y: this.transform.y },
        t,
        reducedMotion: this.reducedMotion,
        lastingOnly,
        selected: this.selected,
        played: this.played,
        minTrust: this.minTrust,
        lens: this.lens,
        focused: this.keys.ring,
        markScale: scale,
        // New looks are made a few ms per frame (a week at 2,000 members brings hundreds).
        spriteBudgetMs: 6,
        theme: currentTheme(),
      };
      this.drawn = { s, ev: this.ev, o };
      const ctx = (this.ctx ??= this.canvas.getContext('2d', { alpha: false })!);
      // A large network's members are drawn in one piece (draw-target.ts).
      const layer = this.target.layerFor(s.members.id.length);
      const complete = drawNetwork(ctx, s, this.layout, this.ev, { ...o, focus: this.focusSet(), lastSprites: this.lastSprites, memberLayer: layer });
      this.frames_.drawn();
      // Some member still shows an older look: draw again next frame.
      if (!complete) this.frames_.kick(true);
      this.lastT = t;
    }
    return t < 1 || fitting;
  }

  /** Ease the view towards the whole network; snap when close so still pictures repeat exactly. */
  private stepFit(): boolean {
    const target = fitTransform(this.layout.nodes, { w: this.size.w, h: this.size.h, legendWidth: this.legendWidth, lensHeight: this.lensHeight, orgNames: this.lens === 'C5', stacked: this.stacked });
    if (!target) return false;
    const step = stepTowards(this.transform, target);
    this.transform = step.transform;
    if (this.zoomer) (this.canvas as unknown as { __zoom: ZoomTransform }).__zoom = this.transform;
    return step.moving;
  }

  fit = (): void => {
    this.autoFit = true;
    this.kick();
  };

  private zoomBy(f: number): void {
    if (!this.zoomer) return;
    this.autoFit = false;
    select(this.canvas).call(this.zoomer.scaleBy, f);
  }

  /** The hovered member's neighbourhood, else the selected one's: their ties stay bright, the partners are ringed. */
  private focusSet(): Set<number> | null {
    const id = this.hover ?? this.selected;
    return id === null || !this.shown ? null : neighbourhood(this.shown, id);
  }

  private pick(e: PointerEvent | MouseEvent): number | null {
    const r = this.canvas.getBoundingClientRect();
    const [wx, wy] = this.transform.invert([e.clientX - r.left, e.clientY - r.top]);
    const n = this.layout.find(wx, wy, 16 / this.transform.k);
    return n && n.id !== FACILITATOR ? n.id : null;
  }

  private tipPos = { x: 0, y: 0 };
  private onMove = (e: PointerEvent): void => {
    // A finger does not hover: a tap opens the member's card (onClick), and a tooltip would stay behind with nothing to take it away.
    if (e.pointerType === 'touch') return;
    const id = this.pick(e);
    const r = this.getBoundingClientRect();
    this.tipPos = { x: Math.min(e.clientX - r.left + 14, r.width - 250), y: Math.min(e.clientY - r.top + 14, r.height - 130) };
    if (id !== this.hover) {
      this.hover = id;
      this.kick();
    }
    this.updateTip();
  };

  private onLeave = (): void => {
    this.hover = null;
    this.tip = undefined;
    this.kick();
  };

  private updateTip(): void {
    const s = this.snapshot;
    if (this.hover === null || !s) {
      this.tip = undefined;
      return;
    }
    this.tip = { ...this.tipPos, lines: memberLines(s, this.hover) };
  }

  private onClick = (e: MouseEvent): void => this.select(this.pick(e));

  // What the keyboard's member focus (member-keys.ts) needs from the view.
  memberPoints(): Point[] {
    const s = this.shown;
    if (!s) return [];
    const pts: Point[] = [];
    for (const n of this.layout.nodes) if (n.index >= 0 && s.members.present[n.index]) pts.push({ id: n.id, x: n.x!, y: n.y! });
    return pts;
  }

  viewCentre(): [number, number] {
    return this.transform.invert([this.size.w / 2, this.size.h / 2]);
  }

  hasMember(id: number): boolean {
    return this.layout.byId.has(id);
  }

  say(text: string): void {
    this.announce = text;
  }

  redraw(): void {
    this.kick();
  }

  select(id: number | null): void {
    this.dispatchEvent(new CustomEvent<MemberSelectDetail>('member-select', { detail: { id }, bubbles: true, composed: true }));
  }

  /** The tooltip beside a keyboard-focused member, as hovering would show it; null: focus left (a hover's tooltip stays). */
  tipFor(id: number | null): void {
    if (id === null) {
      if (this.hover === null) this.tip = undefined;
      return;
    }
    const n = this.layout.byId.get(id);
    if (!n || !this.snapshot) return;
    const [x, y] = this.transform.apply([n.x!, n.y!]);
    this.tip = { x: Math.max(0, Math.min(x + 22, this.size.w - 250)), y: Math.max(0, Math.min(y + 22, this.size.h - 130)), lines: memberLines(this.snapshot, n.id) };
  }

  /** The canvas as a PNG (export), in Daylight whatever the page's theme (network-export.ts). */
  toBlob(): Promise<Blob | null> {
    // Imported up front: loaded on demand it split drawNetwork into a chunk of its own, 1.4 kB more on the first screen.
    return networkPNG(this.canvas, this.layout, this.drawn);
  }
}
