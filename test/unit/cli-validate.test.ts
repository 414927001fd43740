// validate and the input errors of run: FILE:LINE:COL lines, exit 1.
import { describe, expect, it } from 'vitest';
import { FIX, STACK, cli, cliInProcess } from './cli-helpers.ts';

const LOCATED = /^(.+?):(\d+):(\d+): (.+)$/;

function problems(stderr: string) {
  return stderr
    .trimEnd()
    .split('\n')
    .map((l) => {
      const m = LOCATED.exec(l);
      expect(m, `not FILE:LINE:COL: ${l}`).not.toBeNull();
      return { file: m![1], line: Number(m![2]), column: Number(m![3]), message: m![4] };
    });
}

describe('coalesce validate', () => {
  it('accepts a valid file: exit 0, an ok line on stdout', async () => {
    const r = await cliInProcess('validate', `${FIX}/small.yaml`, `${FIX}/small-matchmaker.yaml`);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(new RegExp(`^${FIX}/small.yaml: ok`, 'm'));
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(2);
  });

  // [fixture, line of the problem, what the message must name]
  const bad: [string, number, RegExp][] = [
    ['bad-unknown-key.yaml', 3, /populaton/],
    ['bad-type.yaml', 3, /horizon/],
    ['bad-range.yaml', 3, /population\.size/],
  ];
  it.each(bad)('%s: exit 1, located at line %i', async (name, line, what) => {
    const r = await cliInProcess('validate', `${FIX}/${name}`);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const ps = problems(r.stderr);
    expect(ps).toHaveLength(1);
    expect(ps[0]).toMatchObject({ file: `${FIX}/${name}`, line });
    expect(ps[0].column).toBeGreaterThanOrEqual(1);
    expect(ps[0].message).toMatch(what);
  });

  it('suggests the key meant', async () => {
    const r = await cliInProcess('validate', `${FIX}/bad-unknown-key.yaml`);
    expect(r.stderr).toMatch(/population/);
  });

  it('reports malformed YAML with its place and no stack trace (subprocess)', () => {
    const r = cli('validate', `${FIX}/bad-yaml.yaml`);
    expect(r.code).toBe(1);
    const ps = problems(r.stderr);
    expect(ps.length).toBeGreaterThanOrEqual(1);
    expect(ps[0].file).toBe(`${FIX}/bad-yaml.yaml`);
    expect(ps[0].line).toBeGreaterThanOrEqual(3);
    expect(r.stderr).not.toMatch(STACK);
  });

  it('reports every problem of a file, one line each', async () => {
    const r = await cliInProcess('validate', `${FIX}/bad-two-problems.yaml`);
    expect(r.code).toBe(1);
    const ps = problems(r.stderr);
    expect(ps.map((p) => p.line).sort()).toEqual([2, 4]);
    expect(ps.find((p) => p.line === 4)!.message).toMatch(/big-launch/);
  });

  it('checks every file: ok lines for the good, errors for the bad, exit 1', async () => {
    const r = await cliInProcess('validate', `${FIX}/small.yaml`, `${FIX}/bad-type.yaml`, `${FIX}/missing.yaml`);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/small.yaml: ok/);
    const ps = problems(r.stderr);
    expect(ps.map((p) => p.file)).toEqual([`${FIX}/bad-type.yaml`, `${FIX}/missing.yaml`]);
    expect(ps[1].message).toBe('cannot read file: no such file');
  });
});

describe('coalesce run: invalid input exits 1 before running', () => {
  it.each([
    [['--set', 'population.size=lots'], /population\.size/],
    [['--set', 'population.size=1000000'], /population\.size/],
    [['--set', 'populaton.size=20'], /populaton/],
    [['--weeks', '9999'], /horizon/],
  ])('%j', async (flags, what) => {
    const r = await cliInProcess('run', `${FIX}/small.yaml`, ...(flags as string[]));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(what);
    expect(r.stderr).not.toMatch(STACK);
  });

  it('a bad file', async () => {
    const r = await cliInProcess('run', `${FIX}/bad-range.yaml`);
    expect(r.code).toBe(1);
    expect(problems(r.stderr)[0].line).toBe(3);
  });

  it('compare lists the problems of every file', async () => {
    const r = await cliInProcess('compare', `${FIX}/bad-type.yaml`, `${FIX}/small.yaml`, `${FIX}/bad-range.yaml`);
    expect(r.code).toBe(1);
    expect(problems(r.stderr).map((p) => p.file)).toEqual([`${FIX}/bad-type.yaml`, `${FIX}/bad-range.yaml`]);
  });
});
