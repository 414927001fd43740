// Public API of the scenario module.
export * from './types.ts';
export { PARAMS, PARAM_GROUPS, LIMITS, paramSpec, defaultsUnder, type ParamSpec, type ParamGroup } from './params.ts';
export { PRESETS, type Preset } from './presets.ts';
export { ACTIONS, actionParams, type ActionSpec, type ActionParamSpec } from './actions.ts';
export { parseCondition, holds, CONDITION_OPS, type Condition, type ConditionOp } from './condition.ts';
export { defaultScenario } from './defaults.ts';
export { parseScenario, type ParseOptions } from './parse.ts';
export { validateScenarioObject } from './validate.ts';
export { stringifyScenario, type StringifyOptions } from './serialize.ts';
export { formatError } from './errors.ts';
export { INPUT_LIMITS, ORG_ID_PATTERN } from './limits.ts';
export { CURRENT_SCHEMA_VERSION, MIGRATIONS, type Migration } from './migrate.ts';
export { OVERRIDE_FILE } from './overrides.ts';
