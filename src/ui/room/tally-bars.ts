// The look of a room's tally: one row per option, its bar and its count
// (the Room panel, the lesson's Predict and Reveal steps).
import { css } from 'lit';

export const TallyBars = css`
  ul.tally { list-style: none; padding: 0; margin: 4px 0 8px; display: grid; gap: 6px; }
  ul.tally li { display: grid; grid-template-columns: minmax(8em, 40%) minmax(0, 1fr) 3em; gap: 8px; align-items: center; }
  ul.tally .label { overflow-wrap: anywhere; }
  ul.tally .bar { height: 1em; background: var(--tint); border-radius: 4px; overflow: hidden; }
  ul.tally .bar > span { display: block; height: 100%; background: var(--ink-3); }
  ul.tally li.mine .bar > span { background: var(--ink); }
  ul.tally .n { font-variant-numeric: tabular-nums; font-weight: 700; text-align: right; }
`;
