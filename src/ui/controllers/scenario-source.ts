// Where scenario text enters and leaves the lab. Text is parsed here, once,
// into the validated Scenario the lab holds (a built-in file comes validated
// at build time, so the first screen needs neither the YAML parser nor the
// validator); it is written out again only for the editor, exports and
// autosave. Parser and writer load on first need.
import type { Prebuilt } from '../../scenario/prebuilt.ts';
import type { Scenario, ScenarioError } from '../../scenario/types.ts';

export type ReadResult = { ok: true; scenario: Scenario } | { ok: false; errors: ScenarioError[] };

/** Text (YAML or JSON) to a validated scenario, or its located errors; `prebuilt` spares the parser for built-in files. */
export async function readScenario(text: string, file: string, prebuilt?: Prebuilt): Promise<ReadResult> {
  if (prebuilt) return { ok: true, scenario: structuredClone(prebuilt.scenario) };
  const { parseScenario } = await import('../../scenario/parse.ts');
  return parseScenario(text, { file });
}

/** The scenario as YAML, as the editor and the exports show it. */
export async function writeScenario(s: Scenario): Promise<string> {
  const { stringifyScenario } = await import('../../scenario/serialize.ts');
  return stringifyScenario(s);
}
