// The room serves the production build. It is built first when dist/ is
// missing or older than the sources: the sources' contents are hashed and
// compared with the hash recorded at the last build this command made.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const INPUTS = ['src', 'public', 'lessons', 'scenarios', 'workers', 'index.html', 'join.html', 'vite.config.ts', 'package-lock.json'];

function walk(root: string, rel: string, out: string[]): void {
  const p = join(root, rel);
  if (!existsSync(p)) return;
  if (statSync(p).isDirectory()) for (const f of readdirSync(p).sort()) walk(root, join(rel, f), out);
  else out.push(rel);
}

export function sourcesHash(root: string): string {
  const files: string[] = [];
  for (const i of INPUTS) walk(root, i, files);
  const h = createHash('sha256');
  for (const f of files) h.update(relative(root, join(root, f))).update('\0').update(readFileSync(join(root, f))).update('\0');
  return h.digest('hex');
}

const stampFile = (root: string) => join(root, 'node_modules', '.cache', 'coalesce-room', 'build.json');

/** Why dist/ must be built, or null when it is up to date. */
export function staleReason(root: string, dist: string): string | null {
  if (!existsSync(join(dist, 'index.html')) || !existsSync(join(dist, 'join.html'))) return 'dist/ has no build of the app';
  try {
    const stamp = JSON.parse(readFileSync(stampFile(root), 'utf8')) as { hash: string; dist: string };
    if (stamp.dist === dist && stamp.hash === sourcesHash(root)) return null;
  } catch {
    /* no record: built by someone else; build to be sure */
  }
  return 'the sources changed since dist/ was built';
}

/** Build the app into `dist` (vite, as `npm run build`); throws with vite's output when it fails. */
export function buildApp(root: string, dist: string, log: (s: string) => void): void {
  const hash = sourcesHash(root);
  log(`Building the app into ${dist} (about a minute)…\n`);
  const r = spawnSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'error', '--outDir', dist, '--emptyOutDir'], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production' },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`the app could not be built:\n${r.stderr || r.stdout}`);
  mkdirSync(join(root, 'node_modules', '.cache', 'coalesce-room'), { recursive: true });
  writeFileSync(stampFile(root), JSON.stringify({ hash, dist }));
}
