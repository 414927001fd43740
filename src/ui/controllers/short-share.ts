// Short share links (issue 17, item 10): a scenario that is one of the
// built-ins with a few changes goes into a link as the built-in's id and
// those changes, found by the editor's diff (editor/scenario-diff.ts) and
// made again by the lab's typed edits (scenario-edits.ts). A scenario that
// is not (another name, other organisations) goes as its whole text. Every
// short entry is checked at once: the built-in with its changes made must be
// the very scenario shared, else the whole text goes instead. Opening a link
// makes the changes again and writes the text, which src/share/link.ts then
// validates like any file.
//
// The lab's own parts (built-ins, typed edits, reading and writing text) are
// handed in, not imported: they are on the first screen, and this module,
// loaded on demand, would otherwise split them into chunks of their own and
// push the first screen over its budget (test/e2e/first-screen.e2e.ts).
import { ACTIONS, actionParams } from '../../scenario/actions.ts';
import type { Action, Scenario } from '../../scenario/types.ts';
import { paramSpec, type ParamPath } from '../../scenario/params.ts';
import type { ExpandPreset, PresetChanges, SharePayload, ShortEntry, ShortPayload } from '../../share/link.ts';
import type { Builtin } from '../builtin-scenarios.ts';
import { diffScenarios, nonDefaultParams } from '../editor/scenario-diff.ts';
import type * as Edits from './scenario-edits.ts';
import type * as Source from './scenario-source.ts';

/** What the lab already holds: its built-ins, the typed edits, and where text is read and written. */
export interface LabParts {
  builtins: readonly Builtin[];
  edits: Pick<typeof Edits, 'paramValue' | 'withAction' | 'withParam' | 'withoutAction'>;
  source: Pick<typeof Source, 'readScenario' | 'writeScenario'>;
}

const cache = new WeakMap<Builtin, Promise<Scenario | undefined>>();

/** A built-in scenario, validated (each read once). */
function builtinScenario(lab: LabParts, b: Builtin): Promise<Scenario | undefined> {
  let p = cache.get(b);
  if (!p) {
    p = Promise.all([b.load(), b.prebuilt()]).then(async ([text, pre]) => {
      const r = await lab.source.readScenario(text, b.file, pre);
      return r.ok ? r.scenario : undefined;
    });
    cache.set(b, p);
  }
  return p;
}

/** The built-in with the changes made: declared parameters set, actions removed, then added; a string says (in a sentence for the status line) what could not be done. */
export function applyChanges(lab: LabParts, base: Scenario, e: PresetChanges): Scenario | string {
  const { withAction, withParam, withoutAction } = lab.edits;
  let s = base;
  for (const a of [...(e.a ?? []), ...(e.d ?? [])]) {
    if (!Object.hasOwn(ACTIONS, a.type)) return `The share link names an action of no known type (${JSON.stringify(String(a.type).slice(0, 40))}).`;
  }
  for (const [path, v] of Object.entries(e.p ?? {})) {
    if (!paramSpec(path) || path === 'seed') return `The share link sets ${path}, which is not a parameter.`;
    s = withParam(s, path as ParamPath, v);
  }
  for (const a of e.d ?? []) {
    const without = withoutAction(s, { ...a, params: a.params ?? {} });
    if (!without) return `The share link removes a ${a.type} action the built-in scenario does not have.`;
    s = without;
  }
  // A short action leaves out params at their defaults: filled in again, as reading a file does.
  for (const a of e.a ?? []) s = withAction(s, { ...a, params: actionParams(a.type, (a.params ?? {}) as Record<string, unknown>) as Action['params'] });
  return s;
}

/** The scenario as a built-in and its changes, the built-in with the fewest; undefined when none gives back exactly this scenario. */
export async function presetChanges(lab: LabParts, s: Scenario, name: string): Promise<PresetChanges | undefined> {
  let best: { b: Builtin; base: Scenario; n: number } | undefined;
  for (const b of lab.builtins) {
    const base = await builtinScenario(lab, b);
    if (!base) continue;
    const changes = diffScenarios(base, s);
    // Only what the typed edits can make again: declared parameters and actions.
    if (changes.some((c) => c.kind === 'value' && (!paramSpec(c.path) || c.path === 'seed'))) continue;
    if (!best || changes.length < best.n) best = { b, base, n: changes.length };
  }
  if (!best) return undefined;
  const e: PresetChanges = { b: best.b.id };
  if (name !== best.base.name) e.n = name;
  for (const c of diffScenarios(best.base, s)) {
    if (c.kind === 'value') (e.p ??= {})[c.path] = lab.edits.paramValue(s, c.path as ParamPath);
    else if (c.sign === '+') (e.a ??= []).push(compact(c.action));
    else (e.d ??= []).push(compact(c.action));
  }
  // Made again, it must be this very scenario (the seed travels apart), actions in the same order.
  const back = applyChanges(lab, best.base, e);
  if (typeof back === 'string' || diffScenarios(back, s).length || actionsKey(back) !== actionsKey(s)) return undefined;
  return e;
}

/** An action as short as it can go: params at their defaults left out (reading the scenario fills them in again). */
function compact(a: Action): Action {
  const params = Object.fromEntries(nonDefaultParams(a));
  const { params: _all, ...rest } = a;
  return { ...rest, ...(Object.keys(params).length ? { params } : {}) } as Action;
}

/** The timeline in order, params with their defaults, keys sorted: what must come back the same. */
function actionsKey(s: Scenario): string {
  const sorted = (_k: string, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v);
  return JSON.stringify(s.strategy.actions.map((a) => ({ ...a, params: actionParams(a.type, (a.params ?? {}) as Record<string, unknown>) })), sorted);
}

/**
 * A link's run (the lab's payload, every scenario as text) with each scenario
 * short where it can be; undefined when a scenario no longer reads (the
 * caller then sends the texts). Each entry is read from the very text the
 * payload carries (the running one as the simulation exported it), so the
 * short form always stands for what the long one would send, even when the
 * link is made while a new file is still arriving.
 */
export async function shortPayload(lab: LabParts, p: SharePayload): Promise<ShortPayload | undefined> {
  const s: ShortEntry[] = [];
  for (const x of p.scenarios) {
    const r = await lab.source.readScenario(x.text, x.name);
    if (!r.ok) return undefined;
    s.push((await presetChanges(lab, r.scenario, x.name)) ?? { n: x.name, t: x.text });
  }
  return { v: 2, s, i: p.index, r: p.seed, w: p.week };
}

/** Opening a link: the built-in with its changes, written as text (validated by the link's decoder like any file). */
export function expander(lab: LabParts): ExpandPreset {
  return async (e) => {
    const b = lab.builtins.find((x) => x.id === e.b);
    const base = b && (await builtinScenario(lab, b));
    if (!b || !base) return { ok: false, message: `The share link names a built-in scenario this Coalesce does not have (${e.b}).` };
    const s = applyChanges(lab, base, e);
    if (typeof s === 'string') return { ok: false, message: s };
    try {
      return { ok: true, name: e.n ?? base.name, text: await lab.source.writeScenario(s) };
    } catch {
      return { ok: false, message: `The share link's changes to ${e.b} could not be written as a scenario.` };
    }
  };
}
