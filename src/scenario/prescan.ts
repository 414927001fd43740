// A cheap lexical pass that refuses absurd nesting *before* the YAML composer
// sees it. The composer recurses once per level; near the stack limit V8 can
// die with an uncatchable "RegExpCompiler Allocation failed" (seen with
// 10,000 nested "[" in Node 20), and deep flow nesting takes seconds. The
// lexer is iterative and we stop it at the first offending token.

import { CST, Lexer } from 'yaml';
import { INPUT_LIMITS } from './limits.ts';

export interface PrescanProblem {
  offset: number;
  message: string;
}

// Lexer control tokens that do not occupy a column in the source.
const MARKERS = new Set(['doc-mode', 'flow-error-end', 'scalar']);

export function prescan(text: string): PrescanProblem | undefined {
  let offset = 0;
  let column = 0;
  let flowDepth = 0;
  let lineStart = true;
  let blockHeader = false;
  let inBlockScalar = false;
  for (const tok of new Lexer().lex(text)) {
    const type = CST.tokenType(tok);
    if (type && MARKERS.has(type)) continue;
    const start = offset;
    const startColumn = column;
    offset += tok.length;
    const nl = tok.lastIndexOf('\n');
    column = nl === -1 ? column + tok.length : tok.length - nl - 1;

    if (inBlockScalar) {
      // The content of a literal/folded block scalar: text, not structure.
      inBlockScalar = false;
      lineStart = tok.endsWith('\n');
      continue;
    }
    if (type === 'block-scalar-header') blockHeader = true;
    if (type === 'newline') {
      lineStart = true;
      if (blockHeader) inBlockScalar = true;
      blockHeader = false;
      continue;
    }
    if (type === 'flow-seq-start' || type === 'flow-map-start') {
      if (++flowDepth > INPUT_LIMITS.maxDepth) {
        return { offset: start, message: `lists and mappings are nested more than ${INPUT_LIMITS.maxDepth} levels deep` };
      }
    } else if (type === 'flow-seq-end' || type === 'flow-map-end') {
      flowDepth = Math.max(0, flowDepth - 1);
    }
    if (type === 'space' || type === 'comment') continue;
    // Block nesting needs a larger column at every level, so bounding the
    // column of line starts and of "-"/"?" indicators bounds the depth.
    const structural = lineStart || type === 'seq-item-ind' || type === 'explicit-key-ind';
    if (flowDepth === 0 && structural && startColumn > INPUT_LIMITS.maxIndent) {
      return { offset: start, message: `indented more than ${INPUT_LIMITS.maxIndent} columns; the scenario is nested too deeply` };
    }
    lineStart = false;
  }
  return undefined;
}
