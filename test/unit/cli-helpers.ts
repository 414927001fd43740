// Runs the CLI as a subprocess (the real bin, exit codes, streams) or
// in-process through main() (faster, same code path after argv).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.ts';
import { memoryIO } from '../../src/cli/io.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const FIX = 'test/fixtures/cli';

export interface CliOutput {
  code: number;
  stdout: string;
  stderr: string;
}

export function cli(...args: string[]): CliOutput {
  return cliWithEnv({}, ...args);
}

export function cliWithEnv(env: Record<string, string>, ...args: string[]): CliOutput {
  const r = spawnSync(process.execPath, ['bin/coalesce.mjs', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, COALESCE_DEBUG: '', ...env },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export async function cliInProcess(...args: string[]): Promise<CliOutput> {
  const io = memoryIO();
  const code = await main(args, io);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
}

/** A stack trace has lines like "    at foo (file:1:2)". */
export const STACK = /^\s+at .+:\d+/m;
