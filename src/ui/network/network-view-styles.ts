// The network view's shadow styles: canvas, pinned legend and lens bar, caption, zoom buttons, tooltip.
import { css } from 'lit';

export const networkViewStyles = css`
    :host { display: block; position: relative; background: var(--canvas); overflow: hidden; }
    canvas { display: block; width: 100%; height: 100%; touch-action: none; cursor: grab; }
    canvas:focus-visible { outline: 3px solid var(--focus); outline-offset: -3px; }
    /* Never down over the week caption: a tall key scrolls instead. */
    network-legend { position: absolute; top: 8px; left: 8px; max-height: calc(100% - 52px); overflow: auto; }
    lens-bar { position: absolute; top: 8px; right: 8px; left: 250px; }
    lens-bar[narrow] { left: 96px; }
    .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
    .caption { position: absolute; left: 8px; bottom: 8px; right: 120px; font: 600 13px/1.3 system-ui, sans-serif; color: var(--ink); background: rgba(var(--glass),0.85); padding: 3px 6px; border-radius: 4px; pointer-events: none; }
    .zoom { position: absolute; right: 8px; bottom: 8px; display: flex; gap: 4px; }
    .zoom button { min-width: 32px; min-height: 32px; font: 600 15px system-ui; border: 1px solid var(--control-line); background: var(--control); border-radius: 6px; cursor: pointer; }
    .tip { position: absolute; pointer-events: none; background: var(--tip-bg); color: var(--tip-ink); box-shadow: 0 0 0 1px var(--tip-line); font: 12px/1.4 system-ui, sans-serif; padding: 6px 8px; border-radius: 4px; max-width: 240px; white-space: nowrap; }
    .tip b { font-weight: 700; }
`;
