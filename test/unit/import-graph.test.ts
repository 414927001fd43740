// Dependencies point one way (issue 16; docs/ARCHITECTURE.md): every import
// in src/ and workers/ read as text, each file put in its folder's layer.
// An import into a higher layer fails, and so does a cycle between folders
// or between files. A few lines over the import graph, no tool needed.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/** Lower layers never import higher ones. Folders in one layer may import each other only without a cycle. */
export const LAYERS: Record<string, number> = {
  scenario: 0,
  model: 1,
  stats: 2,
  shared: 3, pool: 3, lessons: 3, persist: 3, share: 3, cli: 3, offline: 3, room: 3, 'room-server': 3,
  ui: 4,
  participant: 4,
  workers: 4,
  main: 5,
};

/** Known imports against the rule, each with its reason: none since the indicator names moved below the model. */
const ALLOWED = new Set<string>([]);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|mts|mjs)$/.test(f) && !f.endsWith('.d.ts') ? [p] : [];
  });
}

/** A worker started by URL: not an import, but the bundle follows it, and it makes cycles all the same. */
const WORKER_URL = /new URL\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*,\s*import\.meta\.url\s*\)/g;

const IMPORT = /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[^'"]*?\sfrom\s+)?['"](\.{1,2}\/[^'"]+)['"]|import\(\s*(?:\/\*[^*]*\*\/\s*)?['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

/** Every relative import (static, re-export or dynamic) or, with `workerUrls`, worker started by URL, as repo-relative paths. */
export function importGraph(workerUrls = false): [string, string][] {
  const out: [string, string][] = [];
  for (const f of [...files(join(ROOT, 'src')), ...files(join(ROOT, 'workers'))]) {
    const text = readFileSync(f, 'utf8').replace(/^\s*\/\/.*$/gm, '');
    for (const m of text.matchAll(workerUrls ? WORKER_URL : IMPORT)) {
      const to = resolve(dirname(f), (m[1] ?? m[2]).replace(/\?.*$/, ''));
      out.push([relative(ROOT, f), relative(ROOT, to)]);
    }
  }
  return out;
}

export function folderOf(path: string): string {
  const [top, second] = path.split('/');
  if (top === 'workers') return 'workers';
  return second.endsWith('.ts') ? second.replace(/\.ts$/, '') : second;
}

/** Strongly connected groups of more than one node (Tarjan). */
export function cycles(edges: [string, string][]): string[][] {
  const next = new Map<string, string[]>();
  for (const [a, b] of edges) {
    if (!next.has(a)) next.set(a, []);
    if (!next.has(b)) next.set(b, []);
    next.get(a)!.push(b);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  let i = 0;
  const visit = (v: string): void => {
    index.set(v, i);
    low.set(v, i++);
    stack.push(v);
    on.add(v);
    for (const w of next.get(v)!) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1) out.push(group.sort());
    }
  };
  for (const v of next.keys()) if (!index.has(v)) visit(v);
  return out;
}

describe('the import graph', () => {
  const graph = importGraph();

  it('reads the imports (the check can fail)', () => {
    expect(graph.length).toBeGreaterThan(300);
    expect(graph).toContainEqual(['src/main.ts', 'src/ui/app-shell.ts']);
    expect(cycles([['a', 'b'], ['b', 'c'], ['c', 'a'], ['c', 'd']])).toEqual([['a', 'b', 'c']]);
  });

  it('puts every folder in a layer', () => {
    const unknown = [...new Set(graph.flat().map(folderOf))].filter((f) => !(f in LAYERS));
    expect(unknown).toEqual([]);
  });

  it('has no import pointing up a layer', () => {
    const up = graph
      .filter(([a, b]) => LAYERS[folderOf(a)] < LAYERS[folderOf(b)])
      .map(([a, b]) => `${a} -> ${b}`)
      .filter((e) => !ALLOWED.has(e));
    expect(up).toEqual([]);
  });

  it('has no cycle between folders (the allowed exceptions aside)', () => {
    const folders = graph
      .filter(([a, b]) => !ALLOWED.has(`${a} -> ${b}`))
      .map(([a, b]): [string, string] => [folderOf(a), folderOf(b)])
      .filter(([a, b]) => a !== b);
    expect(cycles(folders)).toEqual([]);
  });

  it('has nothing import the command line: it is a program, its shared parts live lower down', () => {
    expect(graph.filter(([a, b]) => folderOf(b) === 'cli' && folderOf(a) !== 'cli').map(([a, b]) => `${a} -> ${b}`)).toEqual([]);
  });

  it('has only the command line load the room server: it is Node-only, the browser shares src/room with it', () => {
    expect(graph.filter(([a, b]) => folderOf(b) === 'room-server' && !['room-server', 'cli'].includes(folderOf(a))).map(([a, b]) => `${a} -> ${b}`)).toEqual([]);
    expect(graph.filter(([a, b]) => folderOf(a) === 'room' && folderOf(b) !== 'room').map(([a, b]) => `${a} -> ${b}`)).toEqual([]);
  });

  it('has no cycle between files, workers started by URL included: contract types live in files of their own', () => {
    const urls = importGraph(true);
    expect(urls).toContainEqual(['src/ui/network/layout-transfer.ts', 'workers/layout.worker.ts']);
    expect(cycles([...graph, ...urls].filter(([a, b]) => !ALLOWED.has(`${a} -> ${b}`)))).toEqual([]);
  });
});
