// The phone page's look: one column, type at 18 px, targets of 56 px, the
// main button at the bottom in thumb reach; dark when the phone is.
import { css } from 'lit';

export const PHONE_CSS = css`
  :host { --ink: #1a1a1a; --ink-3: #444; --bg: #f7f8fa; --panel: #fff; --line: #c9ced6; --accent: #0b5cad; --sel: #e6effa; --warn: #b34700;
    display: block; min-height: 100dvh; font: 18px/1.4 system-ui, -apple-system, 'Segoe UI', sans-serif; color: var(--ink); background: var(--bg); }
  @media (prefers-color-scheme: dark) { :host { --ink: #ececec; --ink-3: #c8c8c8; --bg: #121212; --panel: #1e1e1e; --line: #555; --accent: #7fb8f0; --sel: #1d3550; --warn: #ffb070; } }
  header { display: flex; align-items: center; gap: 8px; padding: 8px 12px; border-bottom: 1px solid var(--line); background: var(--panel); font-size: 15px; }
  .code { flex: 1; color: var(--ink-3); font-variant-numeric: tabular-nums; }
  .code span { white-space: nowrap; }
  .lang button { min-width: 48px; min-height: 44px; font: inherit; font-weight: 700; border: 1px solid var(--line); background: var(--panel); color: var(--ink); }
  .lang button:first-child { border-radius: 8px 0 0 8px; }
  .lang button:last-child { border-radius: 0 8px 8px 0; border-left: 0; }
  .lang button[aria-pressed='true'] { background: var(--ink); color: var(--bg); }
  .status { margin: 0; padding: 0 12px; font-weight: 700; color: var(--warn); }
  .status:empty { display: none; }
  main { max-width: 480px; margin: 0 auto; padding: 12px 16px 120px; }
  h1 { font-size: 24px; line-height: 1.25; margin: 8px 0 14px; overflow-wrap: anywhere; }
  h2 { font-size: 19px; margin: 16px 0 8px; }
  .kicker { margin: 0; font-size: 15px; font-weight: 700; text-transform: uppercase; letter-spacing: 0.05em; color: var(--ink-3); }
  label { display: block; font-weight: 700; margin-top: 14px; }
  input { box-sizing: border-box; width: 100%; min-height: 56px; font: inherit; font-size: 22px; padding: 0 12px; border: 2px solid var(--line); border-radius: 10px; background: var(--panel); color: var(--ink); }
  #code { text-transform: uppercase; letter-spacing: 0.08em; font-variant-numeric: tabular-nums; }
  .hint { font-size: 15px; color: var(--ink-3); margin: 6px 0 0; }
  .options { display: grid; gap: 10px; }
  .options button, .choices button { display: flex; gap: 10px; align-items: center; text-align: left; min-height: 64px; padding: 10px 14px; font: inherit; border: 2px solid var(--line); border-radius: 12px; background: var(--panel); color: var(--ink); cursor: pointer; overflow-wrap: anywhere; }
  :is(.options, .choices) button[aria-checked='true'] { border-color: var(--ink); background: var(--sel); font-weight: 700; box-shadow: inset 0 0 0 2px var(--ink); }
  :is(.options, .choices) button:disabled { opacity: 0.5; cursor: not-allowed; }
  .letter { flex: none; display: inline-grid; place-items: center; width: 32px; height: 32px; border-radius: 6px; background: var(--ink); color: var(--bg); font-weight: 800; }
  .bottom { position: fixed; left: 0; right: 0; bottom: 0; padding: 12px 16px calc(12px + env(safe-area-inset-bottom)); background: var(--panel); border-top: 1px solid var(--line); }
  .bottom > * { max-width: 448px; margin-left: auto; margin-right: auto; }
  .bottom .row { display: flex; gap: 10px; }
  .primary { display: block; width: 100%; min-height: 56px; font: inherit; font-weight: 800; border: 0; border-radius: 12px; background: var(--ink); color: var(--bg); cursor: pointer; }
  .primary:disabled { opacity: 0.45; cursor: not-allowed; }
  .secondary { min-height: 56px; min-width: 30%; font: inherit; font-weight: 700; border: 2px solid var(--line); border-radius: 12px; background: var(--panel); color: var(--ink); }
  :is(button, input):focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
  .bars { list-style: none; padding: 0; margin: 0; display: grid; gap: 12px; }
  .bars li { display: grid; grid-template-columns: 1fr auto; gap: 4px 8px; }
  .bars .label { grid-column: 1 / -1; }
  .bars .bar { height: 18px; background: var(--sel); border-radius: 9px; overflow: hidden; }
  .bars .bar span { display: block; height: 100%; background: var(--ink-3); }
  .bars li.mine .bar span { background: var(--ink); }
  .bars .n { font-variant-numeric: tabular-nums; font-size: 15px; }
  .nick b { overflow-wrap: anywhere; }
  [role='alert'] { color: var(--warn); font-weight: 700; }
  .member { display: flex; gap: 12px; align-items: center; }
  .dot { flex: none; width: 36px; height: 36px; border-radius: 50%; border: 2px solid var(--ink); }
  .meter { height: 14px; background: var(--sel); border-radius: 7px; overflow: hidden; }
  .meter span { display: block; height: 100%; background: var(--ink-3); }
  ul.plain { list-style: none; padding: 0; margin: 0; display: grid; gap: 6px; }
  ul.ties li { display: grid; grid-template-columns: 18px 1fr 80px; gap: 8px; align-items: center; }
  ul.ties .swatch { width: 14px; height: 14px; border-radius: 50%; border: 1px solid var(--ink); }
  .small { font-size: 15px; color: var(--ink-3); }
`;
