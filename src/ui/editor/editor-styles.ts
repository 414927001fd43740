// The scenario editor's styles: the editor takes the height; the diff and the
// preview stay compact under and beside it (a 580 px side panel at 1440×900).
import { css, unsafeCSS } from 'lit';
import { EDITED_COLOUR } from './preview-sparks.ts';

export const editorStyles = css`
  :host { display: flex; flex-direction: column; gap: 6px; font: 13px/1.4 system-ui, sans-serif; min-height: 0; }
  /* Kept (hidden) while another side tab is open, so unapplied edits and their undo history stay; display: flex above beats the browser's [hidden] rule. */
  :host([hidden]) { display: none; }
  .cm { border: 1px solid var(--control-line); border-radius: 6px; overflow: hidden; flex: 1 1 auto; min-height: 240px; }
  .bar, ul, .diff, .preview, .preview-msg { flex: none; }
  .cm .cm-editor { height: 100%; }
  .bar { display: flex; gap: 6px; align-items: center; flex-wrap: wrap; }
  button { min-height: 34px; padding: 0 12px; font: inherit; border: 1px solid var(--strong-line); background: var(--control); border-radius: 6px; cursor: pointer; }
  button.primary { background: var(--ink); color: var(--on-ink); }
  button:disabled { opacity: 0.5; cursor: default; }
  ul.errors { margin: 0; padding-left: 18px; color: var(--warn-ink); max-height: 120px; overflow: auto; }
  .ok { color: var(--ok-ink); }
  .ro { color: var(--ink-3); font-style: italic; }
  .diff { border: 1px solid var(--line); border-radius: 6px; padding: 3px 8px; background: var(--tint); }
  .diff summary { cursor: pointer; font-weight: 600; min-height: 22px; }
  .diff .count { font-weight: 400; color: var(--ink-4); }
  .diff ul { margin: 2px 0 2px; padding-left: 4px; list-style: none; max-height: 88px; overflow: auto; }
  .diff li { padding: 1px 0; }
  .diff code { color: var(--slate); font-size: 11.5px; }
  .diff .from { color: var(--slate); text-decoration: line-through; }
  .diff .add, .diff .del { display: inline-block; width: 1em; font-weight: 700; }
  .diff .add { color: ${unsafeCSS(EDITED_COLOUR)}; }
  .diff .del { color: var(--warn); }
  .diff p { margin: 2px 0; color: var(--ink-3); }
  .diff p.note { color: var(--warn-ink); }
  .preview { display: flex; flex-direction: column; gap: 2px; }
  .legend { display: flex; gap: 12px; align-items: center; flex-wrap: wrap; font-size: 12px; color: var(--ink-3); }
  .legend span:first-child { font-weight: 600; color: var(--ink); }
  .legend .at { color: var(--slate); }
  .sparks { display: flex; gap: 12px; transition: opacity 0.2s; }
  .sparks.stale { opacity: 0.45; }
  /* Captions may wrap (Dutch is longer): the sparklines still line up at the bottom. */
  figure { margin: 0; flex: 1 1 0; min-width: 0; display: flex; flex-direction: column; }
  figcaption { flex: 1; font-size: 11.5px; line-height: 1.2; color: var(--ink-2); }
  figure svg { display: block; width: 100%; }
  .vals { font-size: 11.5px; color: var(--slate); font-variant-numeric: tabular-nums; }
  /* The edited value in the edited line's colour. */
  .vals b { color: ${unsafeCSS(EDITED_COLOUR)}; }
  .preview-msg { margin: 0; color: var(--ink-3); font-size: 12.5px; }
  /*
   * Dim room: CodeMirror's light theme made dark. The syntax colours come
   * from basicSetup's default highlight style (dark blue keys, dark red
   * strings: unreadable on dark); a highlight style of our own would import
   * @codemirror/language, a second copy of which the dev server would bundle
   * (as it did @codemirror/state). So the text is drawn dark and inverted,
   * hue kept: near-black becomes near-white, #00c a pale blue, #a11 strings
   * a light red, #164 numbers a light green, #940 comments a light orange,
   * each ≥7:1 on the editor's ground (worked out in sRGB).
   */
  :host-context(html[data-theme='dim']) .cm .cm-editor { background: var(--control); }
  :host-context(html[data-theme='dim']) .cm .cm-content { color: #141414; filter: invert(1) hue-rotate(180deg); }
  :host-context(html[data-theme='dim']) .cm .cm-gutters { background: var(--tint); color: var(--ink-4); border-right-color: var(--line); }
  :host-context(html[data-theme='dim']) .cm .cm-activeLineGutter { background: #2e3b47; }
  :host-context(html[data-theme='dim']) .cm .cm-cursor { border-left-color: var(--ink); }
  :host-context(html[data-theme='dim']) .cm .cm-selectionBackground { background: #3b4b5c !important; }
`;
