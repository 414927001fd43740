// One week's events, sorted into what the network view animates and what the
// caption sums up (UX.md §2 "Events").
import { EVENT_CODE, type Snapshot } from '../../model/snapshot.ts';
import { EVENT_TYPES } from '../../scenario/types.ts';
import { msg } from '../i18n.ts';

export interface Pair { a: number; b: number; good: boolean }

export interface WeekEvents {
  week: number;
  session?: { type: string; count: number };
  attendees: number[];
  oneOnOnes: Pair[];
  tricky1on1: Pair[];
  trickyGroup: Pair[];
  insights: Pair[];
  innovations: Pair[];
  woven: number[];
  matched: Pair[];
  facilitatorTalks: number[];
  newcomers: number[];
  dropouts: number[];
  quickWin: boolean;
  vulnerability?: boolean;
}

/** Member indices in events are member ids; map them to snapshot indices. */
export function weekEvents(s: Snapshot): WeekEvents {
  const idx = new Map<number, number>();
  for (let i = 0; i < s.members.id.length; i++) idx.set(s.members.id[i], i);
  const at = (id: number) => idx.get(id) ?? -1;
  const w: WeekEvents = {
    week: s.week, attendees: [], oneOnOnes: [], tricky1on1: [], trickyGroup: [], insights: [], innovations: [],
    woven: [], matched: [], facilitatorTalks: [], newcomers: [], dropouts: [], quickWin: false,
  };
  const e = s.events;
  for (let k = 0; k < e.kind.length; k++) {
    const a = at(e.a[k]);
    const b = e.b[k] >= 0 ? at(e.b[k]) : -1;
    const p = { a, b, good: e.value[k] >= 0.5 };
    switch (e.kind[k]) {
      case EVENT_CODE.session: w.session = { type: EVENT_TYPES[e.a[k]] ?? 'session', count: e.b[k] }; break;
      case EVENT_CODE.attended: w.attendees.push(a); break;
      case EVENT_CODE.oneOnOne: w.oneOnOnes.push(p); break;
      case EVENT_CODE.tricky1on1: w.tricky1on1.push(p); break;
      case EVENT_CODE.trickyGroup: w.trickyGroup.push(p); break;
      case EVENT_CODE.insight: w.insights.push(p); break;
      case EVENT_CODE.innovation: w.innovations.push(p); break;
      case EVENT_CODE.woven: w.woven.push(a); break;
      case EVENT_CODE.matched: w.matched.push(p); break;
      case EVENT_CODE.facilitatorTalk: w.facilitatorTalks.push(a); break;
      case EVENT_CODE.newcomer: w.newcomers.push(a); break;
      case EVENT_CODE.dropout: w.dropouts.push(a); break;
      case EVENT_CODE.quickWin: w.quickWin = true; break;
      case EVENT_CODE.vulnerability: w.vulnerability = p.good; break;
    }
  }
  return w;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function received(list: Pair[]): string {
  const bad = list.filter((p) => !p.good).length;
  if (bad === 0) return msg('well received');
  if (bad === list.length) return msg('badly received');
  return msg(`${bad} badly received`);
}

/** "Wk 14: meetup, 18 came · 27 one-to-ones · 1 group disclosure, well received". */
export function caption(w: WeekEvents): string {
  const parts: string[] = [];
  if (w.session) parts.push(msg(`${msg(w.session.type)}, ${w.session.count} came`));
  if (w.oneOnOnes.length) parts.push(plural(w.oneOnOnes.length, msg('one-to-one'), msg('one-to-ones')));
  if (w.tricky1on1.length) parts.push(`${plural(w.tricky1on1.length, msg('tricky issue shared 1:1'), msg('tricky issues shared 1:1'))}, ${received(w.tricky1on1)}`);
  if (w.trickyGroup.length) parts.push(`${plural(w.trickyGroup.length, msg('group disclosure'), msg('group disclosures'))}, ${received(w.trickyGroup)}`);
  if (w.innovations.length) parts.push(plural(w.innovations.length, msg('innovation'), msg('innovations')));
  if (w.matched.length) parts.push(plural(w.matched.length, msg('match'), msg('matches')));
  if (w.woven.length) parts.push(plural(w.woven.length, msg('item woven'), msg('items woven')));
  if (w.quickWin) parts.push(msg('a quick win'));
  if (w.vulnerability !== undefined) parts.push(msg('the facilitator shared an issue'));
  if (w.newcomers.length) parts.push(plural(w.newcomers.length, msg('newcomer'), msg('newcomers')));
  if (w.dropouts.length) parts.push(plural(w.dropouts.length, msg('left'), msg('left')));
  return `${msg('Wk')} ${w.week}: ${parts.length ? parts.join(' · ') : msg('a quiet week')}`;
}
