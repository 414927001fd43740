// Plain-words indentation errors. The YAML parser reports a misindented line
// in its own terms ("Nested mappings are not allowed in compact mappings"),
// sometimes on the line before. When it fails, this line-by-line check finds
// the first line whose indentation fits none of the open blocks and says so
// at that line, naming the lines it could line up with.

export interface IndentProblem {
  line: number;
  column: number;
  message: string;
}

interface Level {
  indent: number;
  /** The last line seen at this indentation, for the hint. */
  label: string;
  line: number;
}

const spaces = (n: number) => `${n} space${n === 1 ? '' : 's'}`;

/** "size" for `size: 30`, "- type" for `- type: meetup`. */
function labelOf(content: string): string {
  const key = /^(-\s+)?([^:#{}[\]"']+?):(\s|$)/.exec(content);
  if (key) return `${key[1] ? '- ' : ''}${key[2].trim()}`;
  return content.length > 24 ? `${content.slice(0, 24)}…` : content;
}

/** `key:` or `-` with nothing after it: the lines below, deeper, are its block. */
const opensBlock = (content: string) => /(^-|:)\s*(#.*)?$/.test(content);
const startsBlockScalar = (content: string) => /:\s*[|>][-+0-9]*\s*(#.*)?$/.test(content);

/** How many [ or { the line leaves open (a flow collection running on), outside quotes. */
function flowDepth(content: string): number {
  let depth = 0;
  let quote = '';
  for (const ch of content) {
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '#') break;
    else if (ch === '[' || ch === '{') depth++;
    else if (ch === ']' || ch === '}') depth--;
  }
  return depth;
}

function hint(open: Level[], indent: number): string {
  const near = [...open].sort((a, b) => Math.abs(a.indent - indent) - Math.abs(b.indent - indent) || b.indent - a.indent).slice(0, 2);
  return near.map((l) => `"${l.label}" on line ${l.line} (${spaces(l.indent)})`).join(' or ');
}

export function findIndentationProblem(text: string): IndentProblem | null {
  const lines = text.split(/\r?\n/);
  let levels: Level[] = [];
  let prev: { indent: number; content: string; line: number } | null = null;
  let blockScalarAt = -1;
  let flow = 0;
  for (let k = 0; k < lines.length; k++) {
    const line = k + 1;
    const lead = /^[ \t]*/.exec(lines[k])![0];
    const content = lines[k].slice(lead.length).trimEnd();
    if (content === '' || content.startsWith('#') || /^(---|\.\.\.|%)/.test(content)) continue;
    if (blockScalarAt >= 0 && lead.length > blockScalarAt) continue;
    blockScalarAt = -1;
    if (flow > 0) {
      flow = Math.max(0, flow + flowDepth(content));
      continue;
    }
    if (lead.includes('\t')) {
      return { line, column: lead.indexOf('\t') + 1, message: `line ${line} is indented with a tab; YAML indents with spaces only: replace the tab by spaces` };
    }
    const indent = lead.length;
    if (prev && opensBlock(prev.content) && indent > prev.indent) {
      levels.push({ indent, label: labelOf(content), line });
    } else {
      const open = levels;
      levels = levels.filter((l) => l.indent <= indent);
      const top = levels[levels.length - 1];
      if (!top && levels.length === 0 && open.length === 0) levels.push({ indent, label: labelOf(content), line });
      else if (!top || top.indent !== indent) {
        const what = prev && indent > prev.indent
          ? `deeper than "${prev.content.slice(0, 40)}" on line ${prev.line}, which already has a value`
          : 'which lines up with no key above it';
        return { line, column: indent + 1, message: `line ${line} is indented ${spaces(indent)}, ${what}; line "${labelOf(content)}" up with ${hint(open, indent)}` };
      } else {
        top.label = labelOf(content);
        top.line = line;
      }
    }
    // The mapping inside "- key: value" continues at the key's column.
    const item = /^-\s+/.exec(content);
    const inner = item ? content.slice(item[0].length) : content;
    const innerIndent = item ? indent + item[0].length : indent;
    if (item && /:(\s|$)/.test(inner)) levels.push({ indent: innerIndent, label: labelOf(inner), line });
    if (startsBlockScalar(content)) blockScalarAt = indent;
    flow = Math.max(0, flowDepth(content));
    prev = { indent: innerIndent, content: inner, line };
  }
  return null;
}
