// The validator: a source-located tree in, a complete Scenario (every value
// filled from its declaration) or located errors out. The Scenario is built
// from fresh objects and only ever receives keys declared in params.ts,
// actions.ts or the lists below, never a key taken from the input.

import { defaultScenario } from './defaults.ts';
import { Checker } from './errors.ts';
import { migrate, readSchemaVersion } from './migrate.ts';
import { treeFromValue, TreeLimitError } from './from-value.ts';
import { describe, entry, type MapTree, type Tree } from './tree.ts';
import type { ParseResult, PresetId, Scenario } from './types.ts';
import { TEXT_RULES, fields, text } from './validate-fields.ts';
import { PARAM_SECTIONS, checkParams, childSpecs } from './validate-params.ts';
import { checkOrganisations } from './validate-population.ts';
import { checkDecisions } from './validate-decisions.ts';
import { STRATEGY_KEYS, checkActions, checkPreset } from './validate-strategy.ts';

const TEXT_KEYS = ['name', 'description', 'sourceNotes'] as const;
/** Accepted for compatibility with MODEL.md §6 but not used by the model. */
const IGNORED_KEYS = ['modelVersion', 'tickUnit', 'outputs'] as const;
const STRUCTURE_KEYS: Readonly<Record<string, readonly string[]>> = { population: ['organisations'], strategy: STRATEGY_KEYS };

export const ROOT_KEYS: readonly string[] = [
  'schemaVersion',
  ...TEXT_KEYS,
  ...IGNORED_KEYS,
  ...childSpecs('').keys(),
  ...PARAM_SECTIONS,
  ...Object.keys(STRUCTURE_KEYS).filter((k) => !PARAM_SECTIONS.includes(k)),
  'decisions',
];

export function sectionKeys(section: string): readonly string[] {
  return [...childSpecs(section).keys(), ...(STRUCTURE_KEYS[section] ?? [])];
}

/** Validates a tree whose schemaVersion has been checked and migrated to current. */
export function validateTree(c: Checker, root: Tree): Scenario | undefined {
  if (root.kind !== 'map') {
    c.error(root.loc, '', `expected a scenario: a mapping of keys such as "schemaVersion: 1", found ${describe(root)}`);
    return undefined;
  }
  const got = fields(c, root, '', ROOT_KEYS);
  if (!got) return undefined;

  const strategyE = got.get('strategy');
  const strategy = strategyE ? fields(c, strategyE.value, 'strategy', STRATEGY_KEYS) : undefined;
  const presetE = strategy?.get('preset');
  let preset: PresetId | undefined = strategyE ? undefined : defaultScenario().strategy.preset;
  if (presetE) preset = checkPreset(c, presetE.value, 'strategy.preset');

  const s: Scenario = defaultScenario(preset);
  s.name = preset ?? 'custom';
  s.strategy = preset ? { preset, actions: [] } : { actions: [] };

  for (const k of TEXT_KEYS) {
    const e = got.get(k);
    const v = e && text(c, e.value, k, TEXT_RULES[k]);
    if (v !== undefined) s[k] = v;
  }
  checkIgnored(c, got);

  checkParams(c, got, '', (name, v) => {
    if (name === 'seed' || name === 'replicates' || name === 'horizon') s[name] = v;
  });
  for (const section of new Set([...PARAM_SECTIONS, 'population'])) {
    const e = got.get(section);
    if (!e) continue;
    const sec = fields(c, e.value, section, sectionKeys(section));
    if (!sec) continue;
    const target = sectionTarget(s, section);
    checkParams(c, sec, section, (name, v) => {
      target[name] = v;
    });
    if (section === 'population') {
      const orgs = sec.get('organisations');
      const list = orgs && checkOrganisations(c, orgs.value, 'population.organisations');
      if (list) s.population.organisations = list;
    }
  }

  const actionsE = strategy?.get('actions');
  if (actionsE) {
    const actions = checkActions(c, actionsE.value, 'strategy.actions', s.horizon);
    if (actions) s.strategy.actions = actions;
  }
  const decisionsE = got.get('decisions');
  if (decisionsE) {
    const decisions = checkDecisions(c, decisionsE.value, 'decisions', s.horizon);
    if (decisions) s.decisions = decisions;
  }
  return c.errors.length === 0 ? s : undefined;
}

/** The object of the scenario that holds a section's numbers. */
function sectionTarget(s: Scenario, section: string): Record<string, number> {
  switch (section) {
    case 'population':
      return s.population as unknown as Record<string, number>;
    case 'initialNetwork':
      return s.initialNetwork as unknown as Record<string, number>;
    case 'parameters':
      return s.parameters;
    case 'facilitator':
      return s.facilitator;
    case 'sponsor':
      return s.sponsor;
    default:
      throw new Error(`params.ts declares a section "${section}" that Scenario does not have`);
  }
}

function checkIgnored(c: Checker, got: Map<string, { value: Tree; keyLoc: Tree['loc'] }>): void {
  const mv = got.get('modelVersion');
  if (mv && !(mv.value.kind === 'scalar' && typeof mv.value.value === 'number' && Number.isFinite(mv.value.value))) {
    text(c, mv.value, 'modelVersion', TEXT_RULES.modelVersion);
  }
  const tu = got.get('tickUnit');
  if (tu && !(tu.value.kind === 'scalar' && tu.value.value === 'week')) {
    c.error(tu.value.loc, 'tickUnit', `expected "week" (the only tick unit), found ${describe(tu.value)}`);
  }
  const out = got.get('outputs');
  if (out) c.warn(out.keyLoc, 'outputs', 'accepted but ignored: every indicator is always reported');
}

/** Validates an already-parsed value (a share link's JSON, the UI's state). */
export function validateScenarioObject(obj: unknown, file = '<object>'): ParseResult {
  const c = new Checker();
  let tree: Tree;
  try {
    tree = treeFromValue(obj, file);
  } catch (e) {
    const why = e instanceof TreeLimitError ? e.message : 'it could not be read';
    c.error({ file, line: 1, column: 1 }, '', `refused: the scenario object is ${why}`);
    return { ok: false, errors: c.finalErrors() };
  }
  return finish(c, tree);
}

/**
 * Shared tail of parseScenario and validateScenarioObject: schemaVersion,
 * migrations, validation. A missing schemaVersion is reported and the rest is
 * still checked as the current version, so one run lists every problem.
 */
export function finish(c: Checker, tree: Tree): ParseResult {
  let root: Tree = tree;
  if (root.kind === 'map') {
    const hasVersion = entry(root, 'schemaVersion') !== undefined;
    const version = readSchemaVersion(c, root);
    if (version !== undefined) root = migrate(root, version);
    else if (hasVersion) return { ok: false, errors: c.finalErrors() };
  }
  const s = validateTree(c, root);
  if (!s || c.errors.length > 0) return { ok: false, errors: c.finalErrors() };
  return { ok: true, scenario: s, warnings: c.warnings };
}
