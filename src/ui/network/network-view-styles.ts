// The network view's shadow styles: canvas, pinned legend and lens bar, caption, zoom buttons, tooltip;
// stacked (the lab on a phone): the same pieces above and below the canvas, none over it.
import { css } from 'lit';

// On the styles (kept out of css``, whose comments would ship with the first screen):
// - network-legend: Never down over the week caption: a tall key scrolls instead.
// - :host([stacked]): Stacked: the lens above the canvas; below it one row with the caption, the folded key and zoom. The key unfolds downward onto a row of its own, in full: nothing covers a member, nothing is cut off.
export const networkViewStyles = css`
    :host { display: block; position: relative; background: var(--canvas); overflow: hidden; }
    canvas { display: block; width: 100%; height: 100%; touch-action: none; cursor: grab; }
    canvas:focus-visible { outline: 3px solid var(--focus); outline-offset: -3px; }
    network-legend { position: absolute; top: 8px; left: 8px; max-height: calc(100% - 52px); overflow: auto; }
    lens-bar { position: absolute; top: 8px; right: 8px; left: 250px; }
    lens-bar[narrow] { left: 96px; }
    .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
    .caption { position: absolute; left: 8px; bottom: 8px; right: 120px; font: 600 13px/1.3 system-ui, sans-serif; color: var(--ink); background: rgba(var(--glass),0.85); padding: 3px 6px; border-radius: 4px; pointer-events: none; }
    .zoom { position: absolute; right: 8px; bottom: 8px; display: flex; gap: 4px; }
    .zoom button { min-width: 32px; min-height: 32px; font: 600 15px system-ui; border: 1px solid var(--control-line); background: var(--control); border-radius: 6px; cursor: pointer; }
    .tip { position: absolute; pointer-events: none; background: var(--tip-bg); color: var(--tip-ink); box-shadow: 0 0 0 1px var(--tip-line); font: 12px/1.4 system-ui, sans-serif; padding: 6px 8px; border-radius: 4px; max-width: 240px; white-space: nowrap; }
    .tip b { font-weight: 700; }
    :host([stacked]) { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 6px; padding-bottom: 4px; overflow: visible; }
    :host([stacked]) :is(lens-bar, .caption, .zoom, network-legend) { position: static; }
    :host([stacked]) lens-bar { flex: 1 1 100%; padding: 6px 8px 0; box-sizing: border-box; }
    :host([stacked]) canvas { order: 1; flex: 1 1 100%; height: var(--network-canvas-height, 300px); }
    :host([stacked]) .caption { order: 2; flex: 1 1 0; min-width: 0; margin-left: 8px; padding: 0; background: none; }
    :host([stacked]) network-legend { order: 3; max-height: none; }
    :host([stacked]) network-legend[expanded] { order: 5; flex: 1 1 100%; padding: 0 8px; box-sizing: border-box; }
    :host([stacked]) .zoom { order: 4; margin-right: 8px; }
`;
