// The network: canvas + d3-force layout, zoom and pan, hover tooltip, click
// for the member card, the week's events animated, a pinned legend and the
// week caption. Draws only while something moves.
import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { LEVELS, type Snapshot } from '../../model/snapshot.ts';
import { msg } from '../i18n.ts';
import { drawNetwork, markScale, pairKey } from './draw.ts';
import { FACILITATOR, Layout } from './layout.ts';
import { caption, weekEvents, type WeekEvents } from './week-events.ts';
import { isLens, nextLens, lensName, type Lens } from './lens.ts';
import type { LensChangeDetail, MinTrustDetail } from './lens-bar.ts';
import { spriteStats } from './sprites.ts';
import { arrowDirection, nearestInDirection, nearestTo, type Point } from './member-focus.ts';
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
  /** Show the lens switch and the minimum-trust filter (the lab; compare and lessons keep "All"). */
  @property({ type: Boolean, attribute: 'lens-controls' }) lensControls = false;
  @state() lens: Lens = 'All';
  @state() minTrust = 0;
  /** Member with keyboard focus (arrow keys), shown while the canvas has focus. */
  @state() focusedMember: number | null = null;
  @state() private hasFocus = false;
  @state() private announce = '';
  /** Below 600 px the lens bar shrinks (phone). */
  @state() private narrow = false;
  @state() private tip?: { x: number; y: number; lines: string[] };
  @state() private captionText = '';
  @query('canvas') private canvas!: HTMLCanvasElement;
  private ctx?: CanvasRenderingContext2D;

  readonly layout = new Layout();
  private ev?: WeekEvents;
  private badTies = new Map<string, number>();
  private goodTies = new Map<string, number>();
  private lastRun = '';
  private lastTimeline = '';
  private animStart = 0;
  private animDur = 0;
  private raf = 0;
  private size = { w: 800, h: 500, dpr: 1 };
  private transform: ZoomTransform = zoomIdentity;
  private autoFit = true;
  private zoomer?: ZoomBehavior<HTMLCanvasElement, unknown>;
  private hover: number | null = null;
  private ro?: ResizeObserver;
  private reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
  /** Frames painted, for the benchmark. */
  frames = 0;
  /** Longest drawing and force tick since the benchmark last reset them (ms): tells the network's share of long tasks from the charts'. */
  longest = { drawMs: 0, tickMs: 0 };
  /** Member sprites rendered so far (all views on the page), for the benchmark: a re-render of every look is a long frame. */
  get spritesMade(): number {
    return spriteStats.made;
  }

  /** True when nothing moves: the layout has settled and the week's animation ended. */
  get idle(): boolean {
    return this.raf === 0 && !this.tickPending;
  }

  static override styles = css`
    :host { display: block; position: relative; background: #fff; overflow: hidden; }
    canvas { display: block; width: 100%; height: 100%; touch-action: none; cursor: grab; }
    canvas:focus-visible { outline: 3px solid #0072B2; outline-offset: -3px; }
    network-legend { position: absolute; top: 8px; left: 8px; }
    lens-bar { position: absolute; top: 8px; right: 8px; left: 250px; }
    lens-bar[narrow] { left: 96px; }
    .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
    .caption { position: absolute; left: 8px; bottom: 8px; right: 120px; font: 600 13px/1.3 system-ui, sans-serif; color: #1a1a1a; background: rgba(255,255,255,0.85); padding: 3px 6px; border-radius: 4px; pointer-events: none; }
    .zoom { position: absolute; right: 8px; bottom: 8px; display: flex; gap: 4px; }
    .zoom button { min-width: 32px; min-height: 32px; font: 600 15px system-ui; border: 1px solid #9aa3ad; background: #fff; border-radius: 6px; cursor: pointer; }
    .tip { position: absolute; pointer-events: none; background: #1a1a1a; color: #fff; font: 12px/1.4 system-ui, sans-serif; padding: 6px 8px; border-radius: 4px; max-width: 240px; white-space: nowrap; }
    .tip b { font-weight: 700; }
  `;

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
        @keydown=${this.onKeyDown} @focus=${this.onFocus} @blur=${this.onBlur}></canvas>
      <network-legend .orgIds=${this.snapshot?.orgIds ?? []} .open=${window.innerWidth > 700}></network-legend>
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

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.ro?.disconnect();
    cancelAnimationFrame(this.raf);
    this.raf = 0;
    this.tickPending = false;
  }

  /** Measured on resize only: reading layout every frame forces a reflow per frame. */
  private legendWidth = 0;
  private lensHeight = 0;

  private resize(): void {
    const r = this.getBoundingClientRect();
    this.legendWidth = Math.round(this.renderRoot.querySelector('network-legend')?.getBoundingClientRect().width ?? 0);
    this.lensHeight = Math.round(this.renderRoot.querySelector('lens-bar')?.getBoundingClientRect().height ?? 0);
    const dpr = Math.min(2, window.devicePixelRatio || 1);
    this.size = { w: Math.max(50, r.width), h: Math.max(50, r.height), dpr };
    this.narrow = this.size.w < 600;
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
    if (changed.has('selected') || changed.has('lens') || changed.has('minTrust') || changed.has('focusedMember') || changed.has('hasFocus' as keyof NetworkView)) this.kick();
    if (!changed.has('snapshot') || !this.snapshot) return;
    // The previous first picture's settling ends before anything else moves,
    // so the tick sequence (and every stored position) is a straight run's.
    if (this.settleLeft > 0) this.settle(Infinity);
    const s = this.snapshot;
    const prev = changed.get('snapshot') as Snapshot | undefined;
    const [run, timeline] = this.runKey.split('#');
    const newRun = run !== this.lastRun;
    if (prev && !newRun) this.layout.store(prev.week);
    if (newRun) {
      this.layout.forgetWeeks();
      this.badTies.clear();
      this.goodTies.clear();
      this.autoFit = true;
    } else if (timeline !== this.lastTimeline) {
      // A new intervention: the stored future no longer holds.
      this.layout.forgetWeeks(s.week);
      for (const [k, w] of this.badTies) if (w > s.week) this.badTies.delete(k);
      for (const [k, w] of this.goodTies) if (w > s.week) this.goodTies.delete(k);
    }
    this.lastRun = run;
    this.lastTimeline = timeline;
    const ev = weekEvents(s);
    this.ev = ev;
    const m = s.members;
    for (const p of [...ev.tricky1on1, ...ev.trickyGroup]) if (!p.good && p.b >= 0) this.badTies.set(pairKey(m.id[p.a], m.id[p.b]), s.week);
    for (const p of ev.tricky1on1) if (p.good && p.b >= 0) this.goodTies.set(pairKey(m.id[p.a], m.id[p.b]), s.week);
    const next = !!prev && !newRun && s.week === prev.week + 1;
    const visible = (i: number) => m.present[i] === 1 || (m.left[i] >= 0 && s.week - m.left[i] <= 2);
    const partners = [...ev.facilitatorTalks, ...ev.woven];
    if (this.layout.hasWeek(s.week)) this.layout.update(s, visible, partners, 0);
    else this.layout.update(s, visible, partners, next ? 0.12 : prev ? 0.4 : 1);
    if (!prev || newRun) {
      // First picture of a run: settle before showing, so nothing flies in,
      // in short tasks (in one, it was 120-230 ms per Compare panel at 300 members).
      this.settleLeft = 120;
      this.scheduleTick();
    }
    this.animStart = performance.now();
    this.animDur = next ? (this.speed > 0 ? Math.min(1000, 1000 / this.speed) : 150) : 0;
    this.captionText = caption(ev);
    if (this.hover !== null) this.updateTip();
    else if (this.hasFocus && this.focusedMember !== null) this.keyboardTip();
    this.kick();
  }

  // A frame is drawn only when its picture differs from the last one: the
  // layout moved, the view or an option changed, or the week's animation
  // advanced. Other animation frames cost nothing, and `frames` counts
  // pictures actually drawn (the benchmark's honest frame rate).
  private dirty = true;
  private lastT = -1;
  private rafs = 0;
  private spriteScale = 0;

  /** Request frames until the layout has settled and the week's animation ended. */
  private kick(dirty = true): void {
    if (dirty) this.dirty = true;
    if (!this.raf) this.raf = requestAnimationFrame(this.frame);
  }

  // The layout advances in its own task, after the frame is drawn, so a
  // frame's task holds the drawing only (at 2,000 members a force tick and a
  // drawing together made a task over 50 ms); the next frame shows the result.
  private tickPending = false;
  private ticker?: MessageChannel;
  private moving = true;

  private scheduleTick(): void {
    if (this.tickPending) return;
    this.tickPending = true;
    if (!this.ticker) {
      this.ticker = new MessageChannel();
      this.ticker.port1.onmessage = this.tickTask;
    }
    this.ticker.port2.postMessage(0);
  }

  /** Force ticks a run's first picture still owes before it is shown. */
  private settleLeft = 0;

  /** Up to settleLeft ticks, stopping early once settled or past the budget (ms). */
  private settle(budgetMs: number): void {
    const t0 = performance.now();
    while (this.settleLeft > 0) {
      this.settleLeft--;
      if (!this.layout.tick()) this.settleLeft = 0;
      else if (performance.now() - t0 > budgetMs) break;
    }
    this.longest.tickMs = Math.max(this.longest.tickMs, performance.now() - t0);
  }

  private tickTask = (): void => {
    if (!this.tickPending) return;
    this.tickPending = false;
    if (!this.snapshot || !this.isConnected) return;
    if (this.settleLeft > 0) {
      this.settle(12);
      if (this.settleLeft > 0) this.scheduleTick();
      else this.kick();
      return;
    }
    const t0 = performance.now();
    this.moving = this.layout.tick();
    this.longest.tickMs = Math.max(this.longest.tickMs, performance.now() - t0);
    // Store settled positions too, so a paused week is replayed exactly.
    if (!this.moving) this.layout.store(this.snapshot.week);
    this.kick(this.moving);
  };

  private frame = (now: number): void => {
    this.raf = 0;
    // Not yet settled: the settling task asks for a frame when it ends.
    if (!this.snapshot || !this.canvas || this.settleLeft > 0) return;
    this.rafs++;
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
    if (this.dirty || viewMoved || animates || scaleLags) {
      const t0 = performance.now();
      const ctx = (this.ctx ??= this.canvas.getContext('2d', { alpha: false })!);
      // While the view eases to fit a growing network, member sprites keep
      // their scale until it is 15% off: each 4% step re-rendered every look
      // (a 150 ms frame at 2,000 members). A still view uses the exact step,
      // so a settled picture does not depend on the way it was reached.
      const exact = markScale(this.transform.k, this.size.dpr);
      const scale = fitting && this.spriteScale && Math.abs(Math.log(exact / this.spriteScale)) < 0.14 ? this.spriteScale : exact;
      this.spriteScale = scale;
      drawNetwork(ctx, this.snapshot, this.layout, this.ev, {
        width: this.size.w,
        height: this.size.h,
        dpr: this.size.dpr,
        transform: this.transform,
        t,
        reducedMotion: this.reducedMotion,
        lastingOnly,
        focus: this.focusSet(),
        selected: this.selected,
        badTies: this.badTies,
        goodTies: this.goodTies,
        minTrust: this.minTrust,
        lens: this.lens,
        focused: this.hasFocus ? this.focusedMember : null,
        markScale: scale,
      });
      this.frames++;
      this.longest.drawMs = Math.max(this.longest.drawMs, performance.now() - t0);
      this.dirty = false;
      this.lastT = t;
    }
    // Large networks tick on every other animation frame: at 2,000 members a
    // force tick costs about as much as drawing, and the layout need not move
    // more than 30 steps a second.
    const stride = this.layout.nodes.length > 1000 ? 2 : 1;
    if (this.layout.alpha >= this.layout.sim.alphaMin()) {
      if (this.rafs % stride === 0) this.scheduleTick();
      else this.kick(false);
    } else if (this.moving) {
      // Cooled by the last tick: the picture just drawn is the settled one.
      this.moving = false;
      this.layout.store(this.snapshot.week);
    }
    if (t < 1 || fitting) this.kick(false);
  };

  /** Ease the view towards the whole network; snap when close so still pictures repeat exactly. */
  private stepFit(): boolean {
    const target = this.fitTransform();
    if (!target) return false;
    const c = this.transform;
    const d = Math.abs(target.k - c.k) * 500 + Math.abs(target.x - c.x) + Math.abs(target.y - c.y);
    this.transform = d < 0.5 ? target : zoomIdentity.translate(c.x + (target.x - c.x) * 0.2, c.y + (target.y - c.y) * 0.2).scale(c.k + (target.k - c.k) * 0.2);
    if (this.zoomer) (this.canvas as unknown as { __zoom: ZoomTransform }).__zoom = this.transform;
    return d >= 0.5;
  }

  private fitTransform(): ZoomTransform | undefined {
    const nodes = this.layout.nodes;
    if (!nodes.length) return undefined;
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (const n of nodes) {
      x0 = Math.min(x0, n.x!); x1 = Math.max(x1, n.x!);
      y0 = Math.min(y0, n.y!); y1 = Math.max(y1, n.y!);
    }
    const pad = 24;
    const { w, h } = this.size;
    // Keep clear of the pinned legend (left) and the caption (bottom).
    const left = w > 700 ? this.legendWidth + 8 : 0;
    const bottom = 36;
    // ...and of the lens switch and its line (top right) when shown.
    // The C5 lens names each organisation above its area: room for that too.
    const top = Math.max(w > 700 ? 0 : 36, this.lensHeight ? this.lensHeight + 8 + (this.lens === 'C5' ? 24 : 0) : 0);
    // Floor: in a narrow panel (compare view) the legend can be wider than the room left, which made k negative.
    const k = Math.max(0.05, Math.min(2, (w - left - 2 * pad) / Math.max(1, x1 - x0), (h - top - bottom - 2 * pad) / Math.max(1, y1 - y0)));
    return zoomIdentity.translate(left + (w - left) / 2 - (k * (x0 + x1)) / 2, top + (h - top - bottom) / 2 - (k * (y0 + y1)) / 2).scale(k);
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

  private focusSet(): Set<number> | null {
    if (this.hover === null || !this.snapshot) return null;
    const id = this.hover;
    const set = new Set([id, FACILITATOR]);
    const t = this.snapshot.ties;
    for (let j = 0; j < t.a.length; j++) {
      if (t.a[j] === id) set.add(t.b[j]);
      else if (t.b[j] === id) set.add(t.a[j]);
    }
    return set;
  }

  private pick(e: PointerEvent | MouseEvent): number | null {
    const r = this.canvas.getBoundingClientRect();
    const [wx, wy] = this.transform.invert([e.clientX - r.left, e.clientY - r.top]);
    const n = this.layout.sim.find(wx, wy, 16 / this.transform.k);
    return n && n.id !== FACILITATOR ? n.id : null;
  }

  private tipPos = { x: 0, y: 0 };
  private onMove = (e: PointerEvent): void => {
    const id = this.pick(e);
    const r = this.getBoundingClientRect();
    this.tipPos = { x: Math.min(e.clientX - r.left + 14, r.width - 250), y: Math.min(e.clientY - r.top + 14, r.height - 110) };
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

  private onClick = (e: MouseEvent): void => {
    const id = this.pick(e);
    this.dispatchEvent(new CustomEvent<MemberSelectDetail>('member-select', { detail: { id }, bubbles: true, composed: true }));
  };

  // Keyboard: the canvas is one tab stop; arrows move focus between members,
  // Enter opens the member card, Escape closes it. Handled keys stop here, so
  // the lab's own arrow keys (step a week) do not fire as well.
  private onFocus = (): void => {
    this.hasFocus = true;
    if (this.focusedMember !== null && this.layout.byId.has(this.focusedMember)) this.announceMember(this.focusedMember);
    else this.announce = msg('Network: arrow keys move between members, Enter opens the member card.');
  };

  private onBlur = (): void => {
    this.hasFocus = false;
    if (this.hover === null) this.tip = undefined;
  };

  private memberPoints(): Point[] {
    const s = this.snapshot;
    if (!s) return [];
    const pts: Point[] = [];
    for (const n of this.layout.nodes) if (n.index >= 0 && s.members.present[n.index]) pts.push({ id: n.id, x: n.x!, y: n.y! });
    return pts;
  }

  private onKeyDown = (e: KeyboardEvent): void => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const dir = e.shiftKey ? undefined : arrowDirection(e.key);
    if (dir) {
      const pts = this.memberPoints();
      const cur = pts.find((p) => p.id === this.focusedMember) ?? pts.find((p) => p.id === this.selected);
      let next: Point | undefined;
      if (!cur) {
        const [cx, cy] = this.transform.invert([this.size.w / 2, this.size.h / 2]);
        next = nearestTo(cx, cy, pts);
      } else next = nearestInDirection(cur, pts, dir) ?? cur;
      e.preventDefault();
      e.stopPropagation();
      if (!next) return;
      this.focusedMember = next.id;
      this.announceMember(next.id);
      this.keyboardTip();
      return;
    }
    if (e.key === 'Enter' && this.focusedMember !== null) {
      e.preventDefault();
      e.stopPropagation();
      this.dispatchEvent(new CustomEvent<MemberSelectDetail>('member-select', { detail: { id: this.focusedMember }, bubbles: true, composed: true }));
    } else if (e.key === 'Escape' && this.selected !== null) {
      e.preventDefault();
      e.stopPropagation();
      this.dispatchEvent(new CustomEvent<MemberSelectDetail>('member-select', { detail: { id: null }, bubbles: true, composed: true }));
    }
  };

  private announceMember(id: number): void {
    if (!this.snapshot) return;
    this.announce = `${memberLines(this.snapshot, id).join('. ')}.`;
  }

  /** The tooltip beside the keyboard-focused member, as hovering would show it. */
  private keyboardTip(): void {
    const n = this.focusedMember !== null ? this.layout.byId.get(this.focusedMember) : undefined;
    if (!n || !this.snapshot) return;
    const [x, y] = this.transform.apply([n.x!, n.y!]);
    const r = { width: this.size.w, height: this.size.h };
    this.tip = { x: Math.max(0, Math.min(x + 22, r.width - 250)), y: Math.max(0, Math.min(y + 22, r.height - 110)), lines: memberLines(this.snapshot, n.id) };
  }

  /** The canvas as a PNG (export). */
  toBlob(): Promise<Blob | null> {
    return new Promise((res) => this.canvas.toBlob(res, 'image/png'));
  }
}

/** Tooltip lines: organisation, level, energy, trust, open issues. */
export function memberLines(s: Snapshot, id: number): string[] {
  const m = s.members;
  const i = m.id.indexOf(id);
  if (i < 0) return [];
  let sum = 0, n = 0;
  const t = s.ties;
  for (let j = 0; j < t.a.length; j++) {
    if (t.a[j] === id) { sum += t.trustAB[j]; n++; }
    else if (t.b[j] === id) { sum += t.trustBA[j]; n++; }
  }
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  return [
    `${msg('Member')} #${id} · ${s.orgIds[m.org[i]] ?? '?'}`,
    m.present[i] ? `${LEVELS[m.level[i]]}${m.active[i] ? msg(', active this week') : msg(', not active this week')}` : msg(`left in week ${m.left[i]}`),
    `${msg('Energy')} ${pct(m.energy[i])}`,
    n ? `${msg('Trust in their ties')} ${pct(sum / n)} (${n} ${n === 1 ? msg('tie') : msg('ties')})` : msg('No ties yet'),
    `${msg('Open tricky issues')} ${m.openIssues[i]}`,
  ];
}
