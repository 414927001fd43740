// Patterns that model v0.3 does not reach, with the figures (docs/PATTERNS.md
// has every population). The tests assert that each gap still fails
// (it.fails), so a model change that closes one makes a test fail until the
// gap is removed from this list. `default: true` when it fails on the default
// population too.

export const KNOWN_GAPS: Record<string, { why: string; default?: boolean }> = {};
