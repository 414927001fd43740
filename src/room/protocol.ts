// The workshop room's wire protocol (issue 19): every message a phone or the
// trainer's browser may send, as a valibot schema, shared by the server
// (src/room-server), the trainer's Room panel, the participant page, the
// tests and the bench. The server checks each message's size, then its
// schema, then whether it is in turn; a refusal names its reason.
//
// Why valibot: the participant page must stay under 100 kB gzip, and
// valibot's schemas are tree-shaken functions (about 1–2 kB for these),
// where zod v4 ships a larger core and ajv compiles with new Function, which
// the page's CSP forbids.
import * as v from 'valibot';

export const LIMITS = {
  /** Participants per room (the issue's default). */
  participants: 300,
  /** A participant's message, as JSON. */
  participantBytes: 2_048,
  /** A trainer's message (a participatory run carries its scenario's text). */
  trainerBytes: 256 * 1024,
  nickname: 24,
  options: 8,
  optionText: 240,
  question: 600,
  /** Token bucket per connection: steady rate per second and burst. */
  rate: { participant: [4, 12], trainer: [20, 60] },
  /** A connection refused this many times in a row is dropped. */
  refusalsBeforeDrop: 200,
} as const;

/** Room codes: 10 characters from 31 (no 0/O, 1/I/L): 49 bits, shown as XXXX-XXXX-XX. */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 10;
const CODE_RE = new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`);
/** A secret or a token: 32 random bytes, base64url. */
const SECRET_RE = /^[A-Za-z0-9_-]{43}$/;

/** What a person typed or scanned, as a code: upper case, without dashes and spaces; null if it cannot be one. */
export function normaliseCode(input: string): string | null {
  const c = input.toUpperCase().replace(/[\s-]/g, '');
  return CODE_RE.test(c) ? c : null;
}

export function formatCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}

export const LANG = v.picklist(['en', 'nl']);
export type RoomLang = v.InferOutput<typeof LANG>;

const code = v.pipe(v.string(), v.maxLength(20), v.transform(normaliseCode), v.string('not a room code'));
const secret = v.pipe(v.string(), v.regex(SECRET_RE, 'not a token'));
const seq = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(Number.MAX_SAFE_INTEGER));
const id = v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,40}$/i, 'not an id'));
/** A text in both languages, or one text for both. */
const text = (max: number) => v.union([v.pipe(v.string(), v.minLength(1), v.maxLength(max)), v.strictObject({ en: v.pipe(v.string(), v.minLength(1), v.maxLength(max)), nl: v.pipe(v.string(), v.maxLength(max)) })]);
export type RoomText = string | { en: string; nl: string };

/** Nickname: trimmed, control characters removed, at most 24 characters; it is only ever rendered as text. */
const nickname = v.pipe(
  v.string(),
  v.maxLength(200),
  v.transform((s) => [...s.replace(/[\p{Cc}\p{Cf}]/gu, '').trim()].slice(0, LIMITS.nickname).join('')),
);

export const SHARE = ['none', 'oneOnOne', 'group'] as const;
export type Share = (typeof SHARE)[number];

/** Messages, by event name. `seq` grows by one per message of a sender: a repeat is a replay. */
export const PARTICIPANT = {
  join: v.strictObject({ code, token: v.optional(secret), nickname: v.optional(nickname) }),
  answer: v.strictObject({ round: id, choice: id, seq }),
  decide: v.strictObject({
    week: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000)),
    attend: v.boolean(),
    talkTo: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000))),
    share: v.picklist(SHARE),
    seq,
  }),
} as const;

const option = v.strictObject({ id, text: text(LIMITS.optionText), scenario: v.optional(v.pipe(v.string(), v.maxLength(8))) });

export const TRAINER = {
  create: v.strictObject({ lang: LANG }),
  resume: v.strictObject({ code, secret }),
  lang: v.strictObject({ lang: LANG, seq }),
  /** Open a round of answers: a lesson's Predict step or a quick vote. */
  poll: v.strictObject({
    kind: v.picklist(['lesson', 'quick']),
    lesson: v.optional(id),
    question: text(LIMITS.question),
    options: v.pipe(v.array(option), v.minLength(2), v.maxLength(LIMITS.options)),
    seq,
  }),
  /** Stop taking answers, and show the distribution on the phones. */
  reveal: v.strictObject({ round: id, seq }),
  /** Start a participatory run of a scenario (its YAML or JSON text). */
  runStart: v.strictObject({
    scenario: v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.trainerBytes - 1024)),
    name: v.pipe(v.string(), v.maxLength(120)),
    seed: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(2 ** 32 - 1)),
    timer: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(600)),
    seq,
  }),
  /** Close the week's decisions and run it (undecided members are played by the model). */
  runWeek: v.strictObject({ week: v.pipe(v.number(), v.integer(), v.minValue(0)), seq }),
  runTimer: v.strictObject({ timer: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(600)), seq }),
  runEnd: v.strictObject({ seq }),
  /** The run's scenario with every decision so far (asked for, not broadcast: it grows with every decision). */
  runExport: v.strictObject({ seq }),
  close: v.strictObject({ seq }),
} as const;

export type ParticipantEvent = keyof typeof PARTICIPANT;
export type TrainerEvent = keyof typeof TRAINER;
export type ParticipantMessage<E extends ParticipantEvent> = v.InferOutput<(typeof PARTICIPANT)[E]>;
export type TrainerMessage<E extends TrainerEvent> = v.InferOutput<(typeof TRAINER)[E]>;
export type Decision = Omit<ParticipantMessage<'decide'>, 'seq'>;

/** Trainer events travel as `trainer:<name>`. */
export const trainerEvent = (e: TrainerEvent) => `trainer:${e}` as const;

export const REASONS = {
  tooLarge: 'too-large',
  malformed: 'malformed',
  unknown: 'unknown-message',
  rate: 'rate-limited',
  noRoom: 'no-such-room',
  full: 'room-full',
  notJoined: 'not-joined',
  notTrainer: 'not-the-trainer',
  replayed: 'replayed',
  outOfTurn: 'out-of-turn',
  closed: 'room-closed',
  badScenario: 'bad-scenario',
  internal: 'internal-error',
} as const;
export type Reason = (typeof REASONS)[keyof typeof REASONS];

export type Ack<T = object> = ({ ok: true } & T) | { ok: false; reason: Reason; detail?: string };

/** Validate a message against its schema: the parsed value, or a short reason naming the first problem. */
export function parseMessage<S extends v.GenericSchema>(schema: S, input: unknown): { ok: true; value: v.InferOutput<S> } | { ok: false; detail: string } {
  const r = v.safeParse(schema, input);
  if (r.success) return { ok: true, value: r.output };
  const issue = r.issues[0];
  const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
  return { ok: false, detail: `${path ? `${path}: ` : ''}${issue.message}`.slice(0, 200) };
}
