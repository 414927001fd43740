// Limits on scenario *text*, checked before and while parsing so that any
// input (pasted text, a dropped file, a share link) is handled in bounded time
// and memory. The limits on *values* (population, horizon, ...) are LIMITS in
// params.ts.

export const INPUT_LIMITS = {
  /**
   * Characters of scenario text. 1,000 actions take ~70 kB; parsing 256 KiB of
   * the worst YAML we found (40,000 keys or one 120,000-item list) takes ~0.6 s.
   */
  maxChars: 256 * 1024,
  /** Nesting of lists and mappings; a real scenario needs 5. */
  maxDepth: 64,
  /** Indentation in columns; deeper indentation means absurd nesting. */
  maxIndent: 200,
  /** YAML nodes after expanding aliases (bounds "billion laughs"). */
  maxNodes: 100_000,
  /** Alias uses (`*name`) in one file. */
  maxAliases: 100,
  /** Problems reported before the rest are summarised in one line. */
  maxErrors: 50,
  nameChars: 200,
  descriptionChars: 10_000,
  sourceNotesChars: 10_000,
  modelVersionChars: 50,
  whenChars: 200,
} as const;

/** Organisation ids: short, printable, safe to show and to use as a CSV cell. */
export const ORG_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9 _.-]{0,39}$/;
