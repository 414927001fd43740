// The CLI's bundle: src/cli and the pool's workers built by esbuild into
// node_modules/.cache/coalesce-cli/, so that `node bin/coalesce.mjs` starts
// without compiling TypeScript. Built on first use and rebuilt whenever any
// source file it was built from changes (their contents are hashed at every
// start, about 5 ms), so the bundle always runs the sources the tests run.
// Returns null where it cannot be built (no esbuild, a read-only install):
// the caller then runs the sources through tsx.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CACHE = join(ROOT, 'node_modules', '.cache', 'coalesce-cli');
/** Points at the current build: { recipe, hash, inputs }; builds live in CACHE/<hash>/. */
const MANIFEST = join(CACHE, 'current.json');
/** Bumped when the way the bundle is built changes. */
const RECIPE = 2;

// Bundled CommonJS packages (seedrandom, @stdlib) call require() for Node's own modules.
const BANNER = "import { createRequire as __coalesceRequire } from 'node:module'; const require = __coalesceRequire(import.meta.url);";

const ENTRIES = {
  cli: { file: 'src/cli/bundle-entry.ts' },
  replication: { file: 'workers/replication.worker.ts', worker: true },
  simulation: { file: 'workers/simulation.worker.ts', worker: true },
};

/** Hash of the contents of every input under `root`, in order: equal only for the same sources. */
export function hashFiles(root, inputs) {
  const h = createHash('sha256');
  for (const rel of inputs) {
    h.update(rel);
    h.update('\0');
    h.update(readFileSync(join(root, rel)));
    h.update('\0');
  }
  return h.digest('hex');
}

const hashInputs = (inputs) => hashFiles(ROOT, inputs);

/** The current build's record (which sources it was built from), or null. */
export function currentManifest() {
  try {
    return JSON.parse(readFileSync(MANIFEST, 'utf8'));
  } catch {
    return null;
  }
}

function outputs(hash) {
  return Object.fromEntries(Object.keys(ENTRIES).map((k) => [k, join(CACHE, hash, `${k}.mjs`)]));
}

/** The bundle's files when the manifest matches the sources, else null. */
export function cachedBundle() {
  try {
    const m = JSON.parse(readFileSync(MANIFEST, 'utf8'));
    if (m.recipe !== RECIPE || m.hash !== hashInputs(m.inputs)) return null;
    const out = outputs(m.hash);
    return Object.values(out).every((f) => existsSync(f)) ? out : null;
  } catch {
    return null;
  }
}

async function build() {
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    return null;
  }
  const tmp = join(CACHE, `build-${process.pid}.tmp`);
  mkdirSync(tmp, { recursive: true });
  const inputs = new Set(['package.json', 'package-lock.json', 'bin/cli-bundle.mjs']);
  try {
    for (const [name, e] of Object.entries(ENTRIES)) {
      const options = {
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node20',
        // The CLI in chunks: a command loads only what it uses (--help no model, run no statistics).
        ...(e.worker ? { outfile: join(tmp, `${name}.mjs`) } : { outdir: tmp, splitting: true, entryNames: name, chunkNames: `${name}-[hash]`, outExtension: { '.js': '.mjs' } }),
        banner: { js: BANNER },
        metafile: true,
        logLevel: 'silent',
        absWorkingDir: ROOT,
      };
      const result = e.worker
        ? await esbuild.build({
            ...options,
            stdin: {
              contents: `import * as mod from './${e.file}';\nimport { exposeOnParentPort } from './workers/node-expose.mjs';\nexposeOnParentPort(mod);\n`,
              resolveDir: ROOT,
              sourcefile: `${name}-bundle-entry.mjs`,
              loader: 'js',
            },
          })
        : await esbuild.build({ ...options, entryPoints: [e.file] });
      for (const input of Object.keys(result.metafile.inputs)) {
        // The generated worker entry (stdin) is not a file. Packages are
        // covered by package-lock.json: hashing them would cost ~500 reads.
        const rel = relative(ROOT, join(ROOT, input));
        if (!input.startsWith('<stdin>') && !rel.startsWith('node_modules') && existsSync(join(ROOT, rel))) inputs.add(rel);
      }
    }
    const list = [...inputs].sort();
    const hash = hashInputs(list);
    // Several processes may build at once (a job array's first tasks after a
    // change): each build goes to its own folder, named by the sources' hash,
    // and is never removed while another process may be running it.
    try {
      renameSync(tmp, join(CACHE, hash));
    } catch {
      rmSync(tmp, { recursive: true, force: true }); // an identical build got there first
    }
    const pointer = `${MANIFEST}.${process.pid}.tmp`;
    writeFileSync(pointer, JSON.stringify({ recipe: RECIPE, hash, inputs: list }));
    renameSync(pointer, MANIFEST);
    pruneOld(hash);
    return cachedBundle();
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    if (process.env.COALESCE_DEBUG) console.error(`coalesce: could not build the CLI bundle, running the sources: ${e?.message ?? e}`);
    return null;
  }
}

/** Builds of older sources, a day after they were made (no process still runs them). */
function pruneOld(keep) {
  try {
    for (const d of readdirSync(CACHE)) {
      const path = join(CACHE, d);
      if (d !== keep && /^[0-9a-f]{64}$/.test(d) && Date.now() - statSync(path).mtimeMs > 86_400_000) rmSync(path, { recursive: true, force: true });
    }
  } catch {
    // best effort
  }
}

/** The bundle's files, building them when the sources changed; null to run the sources instead. */
export async function ensureBundle() {
  if (process.env.COALESCE_NO_BUNDLE) return null;
  const hit = cachedBundle();
  if (hit) return hit;
  try {
    mkdirSync(CACHE, { recursive: true });
  } catch {
    return null;
  }
  return build();
}

export { pathToFileURL };
