// YAML (or JSON) text to a source-located Tree. Every YAML problem becomes a
// located ScenarioError; nothing here throws for any input string.

import {
  Composer, Document, LineCounter, Parser, isAlias, isMap, isScalar, isSeq,
  type Node as YamlNode,
} from 'yaml';
import { fmt } from './errors.ts';
import { findIndentationProblem } from './indentation.ts';
import { INPUT_LIMITS } from './limits.ts';
import { prescan } from './prescan.ts';
import type { Loc, MapEntry, Tree } from './tree.ts';
import type { ScenarioError } from './types.ts';

export interface TextTree {
  /** undefined when the text holds no document (empty, only comments). */
  tree?: Tree;
  errors: ScenarioError[];
  warnings: ScenarioError[];
}

export type Locate = (offset: number) => Loc;

const YAML_OPTIONS = {
  // Duplicate keys are found by treeFromYaml: the yaml package's own check is
  // quadratic in the number of keys (20,000 keys took 5 s).
  uniqueKeys: false,
  prettyErrors: false,
  // Core schema of YAML 1.2: no merge keys, no timestamps, no custom types.
  version: '1.2',
  schema: 'core',
} as const;

export function parseYamlText(text: string, locate: Locate): TextTree {
  const errors: ScenarioError[] = [];
  const warnings: ScenarioError[] = [];
  const problem = prescan(text);
  if (problem) {
    errors.push({ ...locate(problem.offset), path: '', message: `refused: ${problem.message}` });
    return { errors, warnings };
  }
  const parser = new Parser();
  const composer = new Composer(YAML_OPTIONS);
  let doc: Document.Parsed | undefined;
  for (const d of composer.compose(parser.parse(text), true, text.length)) {
    if (!doc) doc = d;
    else {
      errors.push({ ...locate(d.range[0]), path: '', message: 'the text holds more than one YAML document ("---"); a scenario file holds exactly one' });
      break;
    }
  }
  if (!doc) return { errors, warnings };
  const indent = doc.errors.length > 0 ? findIndentationProblem(text) : null;
  // Said in plain words when the parser's first complaint is about that line or the one above it.
  if (indent && Math.abs(indent.line - locate(doc.errors[0].pos[0]).line) <= 1) {
    errors.push({ file: locate(0).file, line: indent.line, column: indent.column, path: '', message: `indentation: ${indent.message}` });
  } else {
    for (const e of doc.errors) errors.push({ ...locate(e.pos[0]), path: '', message: `YAML syntax: ${firstLine(e.message)}` });
  }
  for (const w of doc.warnings) warnings.push({ ...locate(w.pos[0]), path: '', message: `YAML: ${firstLine(w.message)}` });
  if (errors.length > 0 || doc.contents === null) return { errors, warnings };
  const conv = new Converter(locate, errors);
  const tree = conv.node(doc.contents as YamlNode);
  return { tree, errors, warnings };
}

/** Offsets to 1-based line and column of `file`. */
export function textLocator(text: string, file: string): Locate {
  const lc = new LineCounter();
  // LineCounter learns line starts from the parser; feed it directly.
  lc.addNewLine(0);
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lc.addNewLine(i + 1);
  return (offset) => {
    const { line, col } = lc.linePos(offset);
    return { file, line, column: col };
  };
}

function firstLine(s: string): string {
  const i = s.indexOf('\n');
  return (i === -1 ? s : s.slice(0, i)).replace(/[:\s]+$/, '');
}

class LimitHit extends Error {
  constructor(message: string, readonly loc: Loc, readonly path: string) {
    super(message);
  }
}

class Converter {
  private nodes = 0;
  private aliases = 0;
  /** Anchors seen so far in document order; yaml's Alias.resolve rescans the whole document per alias. */
  private anchors = new Map<string, YamlNode>();
  constructor(
    private locate: Locate,
    private errors: ScenarioError[],
  ) {}

  node(n: YamlNode): Tree {
    try {
      return this.convert(n, 0, 0, '');
    } catch (e) {
      if (!(e instanceof LimitHit)) throw e;
      this.errors.push({ ...e.loc, path: e.path, message: `refused: ${e.message}` });
      return { kind: 'scalar', loc: e.loc, value: null };
    }
  }

  /** `via`: inside an alias expansion, everything is located at the alias. */
  private convert(n: YamlNode | null | undefined, depth: number, fallback: number, path: string, via?: Loc): Tree {
    const start = n?.range?.[0] ?? fallback;
    const loc = via ?? this.locate(start);
    if (++this.nodes > INPUT_LIMITS.maxNodes) throw new LimitHit(`more than ${fmt(INPUT_LIMITS.maxNodes)} values (after expanding aliases)`, loc, path);
    if (depth > INPUT_LIMITS.maxDepth) throw new LimitHit(`nested more than ${INPUT_LIMITS.maxDepth} levels deep`, loc, path);
    if (!n) return { kind: 'scalar', loc, value: null };
    if (isAlias(n)) {
      if (++this.aliases > INPUT_LIMITS.maxAliases) throw new LimitHit(`more than ${INPUT_LIMITS.maxAliases} aliases (*name)`, loc, path);
      const target = this.anchors.get(n.source);
      if (!target) {
        this.errors.push({ ...loc, path, message: `YAML: unknown alias *${n.source}` });
        return { kind: 'scalar', loc, value: null };
      }
      return this.convert(target, depth + 1, start, path, loc);
    }
    const anchor = (n as { anchor?: string }).anchor;
    if (anchor) this.anchors.set(anchor, n);
    if (isMap(n)) {
      const entries: MapEntry[] = [];
      const seen = new Set<string>();
      for (const pair of n.items) {
        const k = pair.key as YamlNode | null;
        const keyStart = k?.range?.[0] ?? start;
        const keyLoc = via ?? this.locate(keyStart);
        if (k && !isScalar(k)) {
          this.errors.push({ ...keyLoc, path, message: 'a key must be a plain name, found a list or mapping used as a key' });
          continue;
        }
        const raw = k ? k.value : null;
        const key = raw === null || raw === undefined ? '' : String(raw);
        if (seen.has(key)) {
          this.errors.push({ ...keyLoc, path: join(path, key), message: `duplicate key ${JSON.stringify(key.slice(0, 40))}: each key may appear once in a mapping` });
          continue;
        }
        seen.add(key);
        const value = this.convert(pair.value as YamlNode | null, depth + 1, k?.range?.[2] ?? keyStart, join(path, key), via);
        entries.push({ key, keyLoc, value });
      }
      return { kind: 'map', loc, entries };
    }
    if (isSeq(n)) {
      const items = n.items.map((it, i) => this.convert(it as YamlNode | null, depth + 1, start, `${path}[${i}]`, via));
      return { kind: 'seq', loc, items };
    }
    if (isScalar(n)) return { kind: 'scalar', loc, value: n.value };
    return { kind: 'scalar', loc, value: null };
  }
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}
