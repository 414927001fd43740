// A JSON Schema of the scenario file, for editors: with it, VS Code's YAML
// extension (and any editor using yaml-language-server) completes keys, shows
// each value's meaning, range and default on hover, and underlines a typo or
// an out-of-range number while you type. It is generated from the same
// declarations as the validator (params.ts, actions.ts, types.ts), so it
// cannot drift; `npm run docs:scenarios` writes docs/scenario.schema.json and
// a test fails when the committed file differs.
//
// The validator stays the authority: the schema cannot say that shares add up
// to 1, that a week lies within this file's horizon, or that a `when`
// condition parses. Those errors come from `npx coalesce validate` and the
// lab, with file, line and column.

import { ACTIONS, type ActionParamSpec } from './actions.ts';
import { INPUT_LIMITS, ORG_ID_PATTERN } from './limits.ts';
import { LIMITS, PARAMS, type ParamSpec } from './params.ts';
import { PRESETS } from './presets.ts';
import { ACTION_TYPES, PRESET_IDS, SHARE_CHOICES } from './types.ts';
import { paramDoc } from './param-docs.ts';

type Schema = { [key: string]: unknown };

const show = (v: number) => (Number.isInteger(v) ? String(v) : String(+v.toFixed(6)));

function paramSchema(s: ParamSpec): Schema {
  const unit = s.unit ? ` ${s.unit}` : '';
  return {
    type: s.integer ? 'integer' : 'number',
    minimum: s.min,
    maximum: s.max,
    default: s.default,
    description: `${s.label}. ${paramDoc(s).help} ${s.unit === 'week' ? `Range week ${show(s.min)} to week ${show(s.max)}; default week ${show(s.default)}` : `Range ${show(s.min)}–${show(s.max)}${unit}; default ${show(s.default)}`}.`,
  };
}

/** An object of the declared numbers under `prefix` ('' = top level), plus `extra` properties. */
function section(prefix: string, description: string, extra: Record<string, Schema> = {}): Schema {
  const start = prefix ? `${prefix}.` : '';
  const properties: Record<string, Schema> = {};
  for (const s of PARAMS) {
    if (!s.path.startsWith(start)) continue;
    const rest = s.path.slice(start.length);
    if (!rest.includes('.')) properties[rest] = paramSchema(s);
  }
  return { type: 'object', description, additionalProperties: false, properties: { ...properties, ...extra } };
}

function actionParamSchema(p: ActionParamSpec): Schema {
  if (p.choices) return { type: 'string', enum: [...p.choices], ...(p.default !== undefined ? { default: p.default } : {}), description: p.help };
  return {
    type: p.integer ? 'integer' : 'number',
    ...(p.min !== undefined ? { minimum: p.min } : {}),
    ...(p.max !== undefined ? { maximum: p.max } : {}),
    ...(p.default !== undefined ? { default: p.default } : {}),
    description: p.help,
  };
}

const week = (description: string): Schema => ({ type: 'integer', minimum: 1, maximum: LIMITS.horizon, description });

function actionSchema(): Schema {
  return {
    type: 'object',
    description: 'One facilitation action. Give exactly one of at, every or when.',
    required: ['type'],
    additionalProperties: false,
    properties: {
      type: {
        enum: [...ACTION_TYPES],
        description: ACTION_TYPES.map((t) => `${t}: ${ACTIONS[t].help}`).join('\n'),
      },
      params: { type: ['object', 'null'], description: "The action's parameters; each has a default." },
      at: week('Fire once, in this week (within the horizon).'),
      every: week('Fire every this many weeks (with optional from and until).'),
      from: week('First week for every or when.'),
      until: week('Last week for every or when.'),
      when: {
        type: 'string',
        maxLength: INPUT_LIMITS.whenChars,
        description: 'Fire in each week where this condition on last week\'s indicators holds, e.g. "activeFraction < 0.2" (with optional from and until).',
      },
    },
    // Exactly one timing; from/until only with every or when.
    oneOf: [
      { required: ['at'], not: { anyOf: [{ required: ['from'] }, { required: ['until'] }] } },
      { required: ['every'] },
      { required: ['when'] },
    ],
    // Each type's own parameters.
    allOf: ACTION_TYPES.map((t) => ({
      if: { properties: { type: { const: t } }, required: ['type'] },
      then: {
        properties: {
          params: {
            type: ['object', 'null'],
            additionalProperties: false,
            properties: Object.fromEntries(Object.entries(ACTIONS[t].params).map(([k, p]) => [k, actionParamSchema(p)])),
          },
        },
      },
    })),
  };
}

function organisationsSchema(): Schema {
  return {
    type: 'array',
    description: 'The organisations members come from, with their shares of the members (the shares add up to 1).',
    minItems: 1,
    maxItems: LIMITS.organisations,
    items: {
      type: 'object',
      required: ['id', 'share'],
      additionalProperties: false,
      properties: {
        id: { type: 'string', pattern: ORG_ID_PATTERN.source, description: 'A unique name for the organisation, e.g. hospital: 1 to 40 letters, digits, spaces, "_", "." or "-".' },
        share: { type: 'number', exclusiveMinimum: 0, maximum: 1, description: 'Share of the members, above 0 and at most 1.' },
        expertiseCentroid: {
          type: 'array',
          items: { type: 'number', minimum: 0, maximum: 1 },
          minItems: LIMITS.topics,
          maxItems: LIMITS.topics,
          description: `Expertise centre per topic (${LIMITS.topics} numbers in 0–1); drawn at random when absent.`,
        },
      },
    },
  };
}

const text = (maxLength: number, description: string): Schema => ({ type: 'string', maxLength, description });

/** The scenario file's JSON Schema (draft-07, as yaml-language-server reads it). */
export function scenarioJsonSchema(): Schema {
  const root = section('', '');
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://coalesce.invalid/scenario.schema.json',
    title: 'Coalesce scenario',
    description: 'A Coalesce scenario file (schemaVersion 1). Everything but schemaVersion is optional and takes its default. Reference: docs/SCENARIOS.md.',
    type: 'object',
    required: ['schemaVersion'],
    additionalProperties: false,
    properties: {
      schemaVersion: { const: 1, description: 'Version of the scenario format; 1.' },
      name: text(INPUT_LIMITS.nameChars, 'A short name, shown in the lab and in comparisons.'),
      description: text(INPUT_LIMITS.descriptionChars, 'What this scenario is about.'),
      sourceNotes: text(INPUT_LIMITS.sourceNotesChars, 'Where its values come from.'),
      modelVersion: { type: ['string', 'number'], description: 'Accepted for compatibility; not used.' },
      tickUnit: { const: 'week', description: 'Accepted for compatibility; the only tick unit is a week.' },
      outputs: { description: 'Accepted but ignored: every indicator is always reported.' },
      ...(root.properties as Record<string, Schema>),
      population: section('population', 'Who the members are.', { organisations: organisationsSchema() }),
      initialNetwork: section('initialNetwork', 'Ties that exist before week 1.'),
      parameters: section('parameters', 'The model\'s constants (docs/MODEL.md §7).'),
      facilitator: section('facilitator', "The facilitator's budget and the costs of its actions."),
      sponsor: section('sponsor', "The sponsor's expectations and review."),
      strategy: {
        type: 'object',
        additionalProperties: false,
        description: 'A preset timeline of facilitation actions, and actions of your own added to it.',
        properties: {
          preset: { enum: [...PRESET_IDS], description: PRESET_IDS.map((id) => `${id}: ${PRESETS[id].description}`).join('\n') },
          actions: { type: 'array', maxItems: LIMITS.actions, items: actionSchema(), description: "Actions added to the preset's timeline." },
        },
      },
      decisions: {
        type: 'array',
        maxItems: LIMITS.decisions,
        description: "Participants' decisions in a participatory run (workshop room): each replaces the model's own draw for one member in one week.",
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['week', 'member'],
          properties: {
            week: { type: 'integer', minimum: 1, maximum: LIMITS.horizon, description: 'The week it acts in.' },
            member: { type: 'integer', minimum: 0, maximum: LIMITS.memberIds, description: 'The id of the member played.' },
            attend: { type: 'boolean', description: "Come to this week's sessions or stay away." },
            talkTo: { type: ['integer', 'null'], minimum: 0, maximum: LIMITS.memberIds, description: 'The member sought out for a 1:1 this week; null: nobody.' },
            share: { enum: [...SHARE_CHOICES], description: 'Share the next tricky issue 1:1 (with talkTo), in the group, or not at all.' },
          },
        },
      },
    },
  };
}

/** The schema as the committed file holds it. */
export function renderScenarioJsonSchema(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
