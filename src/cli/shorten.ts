// `run --weeks W` shorter than the file's horizon: actions that start after
// week W are dropped with a note on stderr instead of refusing the file, so
// a quick look at the first weeks of any scenario just works.

import { validateScenarioObject } from '../scenario/index.ts';
import type { Action, Scenario } from '../scenario/types.ts';
import { InputError } from './errors.ts';
import type { CliIO } from './io.ts';
import { loadScenarioFile, printWarnings, type Override } from './load.ts';

function describeAction(a: Action, i: number): string {
  const when = a.at !== undefined ? `at week ${a.at}` : `from week ${a.from}`;
  return `strategy.actions[${i}] (${a.type} ${when})`;
}

export function loadForWeeks(io: CliIO, command: string, file: string, sets: Override[], weeks: number): { file: string; scenario: Scenario } {
  const direct = loadScenarioFile(file, [...sets, { path: 'horizon', value: String(weeks) }]);
  if (direct.ok) {
    printWarnings(io, direct.warnings);
    return { file, scenario: direct.scenario };
  }
  const full = loadScenarioFile(file, sets);
  if (!full.ok || weeks >= full.scenario.horizon) throw new InputError(direct.lines);
  const dropped: string[] = [];
  const kept: Action[] = [];
  full.scenario.strategy.actions.forEach((a, i) => {
    const start = a.at ?? a.from;
    if (start !== undefined && start > weeks) {
      dropped.push(describeAction(a, i));
      return;
    }
    const c: Action = { ...a, params: { ...a.params } };
    // Past the horizon they change nothing; clamped, the result still validates.
    if (c.until !== undefined) c.until = Math.min(c.until, weeks);
    if (c.every !== undefined) c.every = Math.min(c.every, weeks);
    kept.push(c);
  });
  const shortened = validateScenarioObject({ ...full.scenario, horizon: weeks, strategy: { ...full.scenario.strategy, actions: kept } }, file);
  if (!shortened.ok || dropped.length === 0) throw new InputError(direct.lines);
  printWarnings(io, full.warnings);
  io.err(`${command}: --weeks ${weeks} drops ${dropped.length === 1 ? 'an action that starts' : `${dropped.length} actions that start`} after week ${weeks}: ${dropped.join(', ')}\n`);
  return { file, scenario: shortened.scenario };
}
