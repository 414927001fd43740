// CLI behaviour that needs neither the model nor scenario files.
import { describe, expect, it } from 'vitest';
import { PRESET_IDS } from '../../src/scenario/types.ts';
import { COMMANDS } from '../../src/cli/main.ts';
import { closest } from '../../src/cli/suggest.ts';
import { STACK, cli, cliInProcess } from './cli-helpers.ts';

describe('coalesce (subprocess)', () => {
  it('prints help and exits 0', () => {
    const r = cli('--help');
    expect(r.code).toBe(0);
    for (const name of ['presets', 'validate', 'run', 'compare']) expect(r.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
    expect(r.stdout).toMatch(/70 +internal error/);
    expect(r.stderr).toBe('');
  });

  it('lists the nine presets (the eight pinned ones and balanced, added in v0.3), one line each: id then description', () => {
    const r = cli('presets');
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(9);
    expect(lines.map((l) => l.split(/\s+/)[0])).toEqual([
      'big-launch', 'steady-rhythm', 'matchmaker', 'weaver', 'vulnerability', 'value-first', 'trust-first', 'bridging', 'balanced',
    ]);
    for (const l of lines) expect(l).toMatch(/^\S+ +\S.{10,}$/);
  });

  it('unknown command: exit 2, one hint, no stack trace', () => {
    const r = cli('rn');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/unknown command 'rn' \(did you mean run\?\)/);
    expect(r.stderr).not.toMatch(STACK);
  });

  it('no arguments: usage on stderr, exit 2', () => {
    const r = cli();
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/Usage: coalesce COMMAND/);
  });
});

describe('coalesce (in-process)', () => {
  it('has --help on every command', async () => {
    for (const name of Object.keys(COMMANDS)) {
      for (const flag of ['--help', '-h']) {
        const r = await cliInProcess(name, flag);
        expect(r.code, `${name} ${flag}`).toBe(0);
        expect(r.stdout).toMatch(new RegExp(`^Usage: coalesce ${name}`));
        expect(r.stdout).toMatch(/Exit codes:/);
      }
    }
    expect((await cliInProcess('help', 'run')).stdout).toMatch(/^Usage: coalesce run FILE/);
  });

  it('pins the documented usage of run and compare', async () => {
    expect((await cliInProcess('run', '--help')).stdout.split('\n')[0]).toBe(
      'Usage: coalesce run FILE [--seed S] [--runs R] [--weeks W] [--set PATH=VALUE]... [--format json|csv|jsonl] [--codebook] [--out PATH] [--meta PATH] [--workers K] [--progress]',
    );
    expect((await cliInProcess('compare', '--help')).stdout.split('\n')[0]).toBe(
      'Usage: coalesce compare FILE FILE... [--runs R] [--seed S] [--week W] [--workers K] [--progress] [--format table|json|csv|jsonl] [--window N] [--unpaired] [--set PATH=VALUE]... [--out PATH] [--meta PATH]',
    );
  });

  const usageErrors: [string, string[], RegExp][] = [
    ['unknown option', ['run', 'x.yaml', '--sed', '3'], /unknown option --sed \(did you mean --seed\?\)/],
    ['missing value', ['run', 'x.yaml', '--seed'], /option --seed needs a value/],
    ['value swallowed by the next flag', ['run', 'x.yaml', '--seed', '--runs', '3'], /--seed needs a value/],
    ['not a number', ['run', 'x.yaml', '--runs', 'abc'], /--runs: expected a whole number from 1 to 10000, found 'abc'/],
    ['zero runs', ['run', 'x.yaml', '--runs', '0'], /--runs: expected a whole number/],
    ['fractional seed', ['run', 'x.yaml', '--seed', '1.5'], /--seed: expected a whole number/],
    ['negative workers', ['run', 'x.yaml', '--workers=-2'], /--workers: expected a whole number/],
    ['bad format', ['run', 'x.yaml', '--format', 'xml'], /--format: expected one of json, csv, jsonl, found 'xml'/],
    ['no file', ['run'], /give a scenario FILE/],
    ['two files', ['run', 'a.yaml', 'b.yaml'], /exactly one FILE/],
    ['--set without =', ['run', 'x.yaml', '--set', 'horizon'], /--set: expected PATH=VALUE, found 'horizon'/],
    ['compare one file', ['compare', 'a.yaml'], /at least two FILEs/],
    ['compare bad week', ['compare', 'a.yaml', 'b.yaml', '--week', 'last'], /--week: expected a whole number/],
    ['compare format', ['compare', 'a.yaml', 'b.yaml', '--format', 'json5'], /--format: expected one of table, json, csv, jsonl/],
    ['validate nothing', ['validate'], /give at least one FILE/],
    ['presets argument', ['presets', 'extra'], /unexpected argument/],
    ['unknown top-level flag', ['--verbose'], /unknown option --verbose/],
  ];
  it.each(usageErrors)('usage error (%s) exits 2 before reading any file', async (_, args, message) => {
    const r = await cliInProcess(...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/Run 'coalesce( \w+)? --help' for usage\./);
    expect(r.stderr).not.toMatch(STACK);
  });

  it('an internal error prints one line asking for a report and exits 70', async () => {
    COMMANDS.boom = {
      summary: 'test only',
      load: async () => ({
        command: { name: 'boom', usage: 'coalesce boom', help: '', run: async () => { throw new TypeError('kaboom\nsecond line'); } },
      }),
    };
    const debug = process.env.COALESCE_DEBUG;
    delete process.env.COALESCE_DEBUG;
    try {
      const r = await cliInProcess('boom');
      expect(r.code).toBe(70);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe('coalesce: internal error: kaboom. Please report this bug with the command you ran.\n');
    } finally {
      delete COMMANDS.boom;
      if (debug !== undefined) process.env.COALESCE_DEBUG = debug;
    }
  });

  it('prints its version', async () => {
    const r = await cliInProcess('--version');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('suggests only close names', () => {
    expect(closest('comapre', ['run', 'compare'])).toBe('compare');
    expect(closest('xyz', ['run', 'compare'])).toBeUndefined();
  });

  it('knows the pinned preset ids, and balanced (v0.3)', () => {
    expect(PRESET_IDS.slice(0, 8)).toEqual(['big-launch', 'steady-rhythm', 'matchmaker', 'weaver', 'vulnerability', 'value-first', 'trust-first', 'bridging']);
    expect(PRESET_IDS).toEqual([...PRESET_IDS.slice(0, 8), 'balanced']);
  });
});
