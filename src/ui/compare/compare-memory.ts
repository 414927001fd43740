// What Compare remembers over a reload (issue 17, item 22), and so over a
// language switch, which reloads: the scenarios in their slots (up to four),
// files dropped on it (their text: scenario files are small), the run count,
// a typed seed, the table's week and baseline, and the Statistics switch.
// Runs themselves are computed again: they are a function of the scenarios
// and the seed.
const KEY = 'coalesce.compare';
/** Files over this size are not kept (a scenario file is a few kB). */
const MAX_FILE = 200_000;

export interface CompareMemory {
  slots: string[];
  files: { name: string; text: string }[];
  runs: number;
  seed?: number;
  week: number;
  baseline: number;
  stats: boolean;
}

export function loadCompareMemory(): CompareMemory | undefined {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return undefined;
    const m = JSON.parse(raw) as Partial<CompareMemory>;
    // Kept by an older or another version, or edited by hand: take only what is well formed.
    if (!Array.isArray(m.slots) || !m.slots.every((s) => typeof s === 'string')) return undefined;
    const files = Array.isArray(m.files) ? m.files.filter((f) => f && typeof f.name === 'string' && typeof f.text === 'string') : [];
    const int = (x: unknown, lo: number, hi: number, dflt: number) => (Number.isInteger(x) && (x as number) >= lo && (x as number) <= hi ? (x as number) : dflt);
    return {
      slots: m.slots.slice(0, 4),
      files,
      runs: int(m.runs, 1, 10_000, 30),
      seed: Number.isInteger(m.seed) ? m.seed : undefined,
      week: int(m.week, 0, 100_000, 26),
      baseline: int(m.baseline, 0, 3, 0),
      stats: m.stats === true,
    };
  } catch {
    return undefined;
  }
}

export function saveCompareMemory(m: CompareMemory): void {
  try {
    localStorage.setItem(KEY, JSON.stringify({ ...m, files: m.files.filter((f) => f.text.length <= MAX_FILE) }));
  } catch {
    /* no storage (private mode, full): Compare works, only forgets on a reload */
  }
}
