// The scenario editor's styles: the editor takes the height; the diff and the
// preview stay compact under and beside it (a 580 px side panel at 1440×900).
import { css, unsafeCSS } from 'lit';
import { EDITED_COLOUR } from './preview-sparks.ts';

export const editorStyles = css`
  :host { display: flex; flex-direction: column; gap: 6px; font: 13px/1.4 system-ui, sans-serif; min-height: 0; }
  /* Kept (hidden) while another side tab is open, so unapplied edits and their undo history stay; display: flex above beats the browser's [hidden] rule. */
  :host([hidden]) { display: none; }
  .cm { border: 1px solid #9aa3ad; border-radius: 6px; overflow: hidden; flex: 1 1 auto; min-height: 240px; }
  .bar, ul, .diff, .preview, .preview-msg { flex: none; }
  .cm .cm-editor { height: 100%; }
  .bar { display: flex; gap: 6px; align-items: center; flex-wrap: wrap; }
  button { min-height: 34px; padding: 0 12px; font: inherit; border: 1px solid #57606c; background: #fff; border-radius: 6px; cursor: pointer; }
  button.primary { background: #1a1a1a; color: #fff; }
  button:disabled { opacity: 0.5; cursor: default; }
  ul.errors { margin: 0; padding-left: 18px; color: #8a3a00; max-height: 120px; overflow: auto; }
  .ok { color: #1f5e3a; }
  .ro { color: #444; font-style: italic; }
  .diff { border: 1px solid #d0d4da; border-radius: 6px; padding: 3px 8px; background: #fafbfc; }
  .diff summary { cursor: pointer; font-weight: 600; min-height: 22px; }
  .diff .count { font-weight: 400; color: #555; }
  .diff ul { margin: 2px 0 2px; padding-left: 4px; list-style: none; max-height: 88px; overflow: auto; }
  .diff li { padding: 1px 0; }
  .diff code { color: #57606c; font-size: 11.5px; }
  .diff .from { color: #57606c; text-decoration: line-through; }
  .diff .add, .diff .del { display: inline-block; width: 1em; font-weight: 700; }
  .diff .add { color: ${unsafeCSS(EDITED_COLOUR)}; }
  .diff .del { color: #C85200; }
  .diff p { margin: 2px 0; color: #444; }
  .diff p.note { color: #8a3a00; }
  .preview { display: flex; flex-direction: column; gap: 2px; }
  .legend { display: flex; gap: 12px; align-items: center; flex-wrap: wrap; font-size: 12px; color: #444; }
  .legend span:first-child { font-weight: 600; color: #1a1a1a; }
  .legend .at { color: #57606c; }
  .sparks { display: flex; gap: 12px; transition: opacity 0.2s; }
  .sparks.stale { opacity: 0.45; }
  /* Captions may wrap (Dutch is longer): the sparklines still line up at the bottom. */
  figure { margin: 0; flex: 1 1 0; min-width: 0; display: flex; flex-direction: column; }
  figcaption { flex: 1; font-size: 11.5px; line-height: 1.2; color: #333; }
  figure svg { display: block; width: 100%; }
  .vals { font-size: 11.5px; color: #57606c; font-variant-numeric: tabular-nums; }
  /* The edited value in the edited line's colour. */
  .vals b { color: ${unsafeCSS(EDITED_COLOUR)}; }
  .preview-msg { margin: 0; color: #444; font-size: 12.5px; }
`;
