// The room's answers as CSV: one row per question and option, with counts
// and shares. No names and no one's single answer: only distributions.
import { csvField } from '../../shared/csv.ts';
import type { RoomText } from '../../room/protocol.ts';
import type { TrainerView } from '../../room/views.ts';

const en = (t: RoomText) => (typeof t === 'string' ? t : t.en);

export interface RoundCounts {
  id: string;
  kind: string;
  lesson?: string;
  question: RoomText;
  options?: { id: string; text: RoomText }[];
  counts: Record<string, number>;
  answered: number;
  closedAt?: string;
}

export const ROOM_CSV_HEADER = ['round', 'kind', 'lesson', 'question', 'option', 'option_text', 'count', 'share', 'answered', 'closed_at'];

export function roomRows(rounds: RoundCounts[]): string[][] {
  const rows: string[][] = [];
  for (const r of rounds) {
    for (const [opt, n] of Object.entries(r.counts)) {
      const text = r.options?.find((o) => o.id === opt)?.text;
      rows.push([r.id, r.kind, r.lesson ?? '', en(r.question), opt, text ? en(text) : '', String(n), r.answered ? (n / r.answered).toFixed(4) : '', String(r.answered), r.closedAt ?? '']);
    }
  }
  return rows;
}

/** Every closed round, and the open one, of this room. */
export function roomAnswersCsv(v: TrainerView): string {
  const rounds: RoundCounts[] = [...v.history];
  if (v.round?.open) rounds.push(v.round);
  return [ROOM_CSV_HEADER, ...roomRows(rounds)].map((r) => r.map(csvField).join(',')).join('\n') + '\n';
}
