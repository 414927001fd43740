// Warnings about scenarios that are valid but cannot do what they seem to
// say: actions whose cost is above the whole weekly budget never fire (the
// budget is per week and never saved up), so a budget below the cost of an
// event means no launch or meetup is ever held and every run stays in
// 'potential'. Printed by validate (exit 0) and before a run.

import { actionCost } from '../scenario/actions.ts';
import { PRESETS } from '../scenario/presets.ts';
import { EVENT_TYPES, type Action, type Scenario, type ScenarioError } from '../scenario/types.ts';


/** Where `budget:` is written in the file, or line 1 when it is the default. */
function budgetLine(text: string): { line: number; column: number } {
  const lines = text.split('\n');
  const i = lines.findIndex((l) => /\bbudget"?\s*:/.test(l));
  return i < 0 ? { line: 1, column: 1 } : { line: i + 1, column: lines[i].indexOf('budget') + 1 };
}

export function lintScenario(s: Scenario, file: string, text: string): ScenarioError[] {
  const timeline = [...(s.strategy.preset ? PRESETS[s.strategy.preset].actions : []), ...s.strategy.actions];
  const budget = s.facilitator.budget;
  const never = new Map<string, number>();
  for (const a of timeline) {
    const cost = actionCost(s.facilitator, a);
    if (cost > budget + 1e-9) never.set(a.type, Math.max(cost, never.get(a.type) ?? 0));
  }
  if (never.size === 0) return [];
  const where = { file, ...budgetLine(text), path: 'facilitator.budget' };
  const events = timeline.filter((a) => (EVENT_TYPES as readonly string[]).includes(a.type));
  const list = [...never].map(([type, cost]) => `${type} (costs ${cost})`).join(', ');
  const out: ScenarioError[] = [];
  if (events.length > 0 && events.every((a) => never.has(a.type))) {
    out.push({
      ...where,
      message: `the weekly budget ${budget} is below the cost of every event in the strategy (${list}): no launch or meetup can ever be held, so every run stays in 'potential'; raise facilitator.budget to at least ${s.facilitator.eventCost} or lower facilitator.eventCost`,
    });
  } else {
    out.push({ ...where, message: `the weekly budget ${budget} is below the cost of ${list}: these actions can never be paid for and never happen (the budget is per week, not saved up)` });
  }
  return out;
}
