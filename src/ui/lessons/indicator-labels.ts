// Words for the indicators a lesson reveals (the names are MODEL.md §4.3's).
import type { LessonIndicator } from '../../lessons/types.ts';
import { msg } from '../i18n.ts';

const LABELS: Partial<Record<LessonIndicator, string>> = {
  activeFraction: 'Share of members active in the week',
  meanEnergy: 'Mean energy',
  dropouts: 'Members who left (cumulative)',
  meanTrust: 'Mean trust between members',
  sponsorValue: 'Value the sponsor sees (cumulative)',
  memberValue: 'Value members perceive',
  trickySharedGroup: 'Tricky issues shared in the group (cumulative)',
  trickyShared1on1: 'Tricky issues shared 1:1 (cumulative)',
  groupSafety: 'Group safety',
  weavingRatio: 'Share of 1:1 insights brought into the group',
  innovations: 'Public innovations (cumulative)',
  oneOnOnes: '1:1 conversations in the week',
  insights: 'Private insights from conversations (cumulative)',
  crossOrgTieShare: 'Share of ties across organisations',
  reachedMaturing: 'Share of runs that reached maturing',
};

const PCT = new Set<LessonIndicator>(['activeFraction', 'meanEnergy', 'weavingRatio', 'crossOrgTieShare', 'reachedMaturing', 'giantComponentShare', 'sponsorSupport']);

/** 0 or 1 per run: their mean is a share of runs, and a 5–95% band over zeros and ones says nothing. */
const SHARE_OF_RUNS = new Set<LessonIndicator>(['reachedMaturing']);

export function isShareOfRuns(i: LessonIndicator): boolean {
  return SHARE_OF_RUNS.has(i);
}

export function indicatorLabel(i: LessonIndicator): string {
  return msg(LABELS[i] ?? i);
}

export function isPct(i: LessonIndicator): boolean {
  return PCT.has(i);
}

export function formatValue(v: number, i: LessonIndicator): string {
  if (!Number.isFinite(v)) return '–';
  if (isPct(i)) return `${Math.round(v * 100)}%`;
  return Math.abs(v) >= 10 ? v.toFixed(0) : v.toFixed(2);
}
