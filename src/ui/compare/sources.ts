// Where a compared scenario comes from: a built-in file (scenarios/*.yaml),
// a file the user opened, or the scenario being edited in the lab. Texts are
// parsed here with the same parser as the CLI, so the runs are the CLI's.
import { parseScenario } from '../../scenario/index.ts';
import type { Scenario, ScenarioError } from '../../scenario/types.ts';
import { BUILTINS, builtinLabel } from '../builtin-scenarios.ts';
import { msg } from '../i18n.ts';

export interface Source {
  id: string;
  /** What the picker shows. */
  label: string;
  /** File name for messages and exports (scenarios/x.yaml for built-ins, as the CLI sees them). */
  file: string;
  load: () => Promise<string>;
}

export interface LabScenario { text: string; file: string; name: string }

import { BEFORE_ID, LAB_ID } from './slot-ids.ts';
export { BEFORE_ID, LAB_ID };

export function builtinSources(): Source[] {
  return BUILTINS.map((b) => ({ id: b.id, label: builtinLabel(b), file: b.file, load: b.load }));
}

export function labSource(lab: LabScenario): Source {
  return { id: LAB_ID, label: msg(`In the lab: ${lab.name ? msg(lab.name) : lab.file}`), file: lab.file || 'lab.yaml', load: async () => lab.text };
}

/** `lab.name` says what changed since ("Steady rhythm, before Meetup at week 15"); the scenario is renamed so, so that its panel and rows say it too. */
export function beforeSource(lab: LabScenario): Source {
  return {
    id: BEFORE_ID,
    label: msg(`Grey line: ${msg(lab.name)}`),
    file: lab.file || 'lab-before.yaml',
    load: async () => {
      const { parseDocument } = await import('yaml');
      const doc = parseDocument(lab.text);
      if (doc.errors.length) return lab.text;
      doc.set('name', lab.name);
      return String(doc);
    },
  };
}

export function fileSource(name: string, text: string): Source {
  return { id: `file:${name}`, label: msg(`File: ${name}`), file: name, load: async () => text };
}

export type Resolved = { ok: true; text: string; scenario: Scenario } | { ok: false; errors: ScenarioError[] };

export async function resolve(src: Source): Promise<Resolved> {
  const text = await src.load();
  const parsed = parseScenario(text, { file: src.file });
  return parsed.ok ? { ok: true, text, scenario: parsed.scenario } : { ok: false, errors: parsed.errors };
}
