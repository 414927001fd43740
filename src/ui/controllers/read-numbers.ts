// Numbers by dotted path from scenario YAML as stringifyScenario writes it
// (block mappings, one `key: value` per line). Keeps the `yaml` package out
// of the first screen: the lab only needs to read values, and the worker
// has already validated the text. Anything it cannot read falls back to
// the declared default (params.ts).
export function readNumbers(text: string): Map<string, number> {
  const out = new Map<string, number>();
  const stack: { indent: number; key: string }[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\s+#.*$/, '');
    const m = /^(\s*)([A-Za-z_][\w]*):(?:\s+(.*))?$/.exec(line);
    if (!m) continue;
    const indent = m[1].length;
    while (stack.length && stack[stack.length - 1].indent >= indent) stack.pop();
    const path = [...stack.map((s) => s.key), m[2]].join('.');
    const value = m[3]?.trim();
    if (!value) stack.push({ indent, key: m[2] });
    else if (/^-?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(value)) out.set(path, Number(value));
  }
  return out;
}
