/**
 * What an activity's page, its print handout, its card and the CMS preview show, decided once: the pages and
 * components only choose where to put it. Pure (no content queries), so every piece is unit-tested.
 */
import { t } from '../i18n/ja';
import type { ScheduleRule } from '../schemas/schedule';
import { formatCost } from './cost';
import { type MapLink, mapLinks } from './map-links';
import { isStale, openHelpWanted } from './queries';
import { formatSchedule, hasRegularSchedule } from './schedule';
import { urls } from './urls';

export interface ActivityViewInput {
  id: string;
  data: {
    name: string; summary: string; category: string; targets: string[]; area: { id: string }; schoolDistrict?: string;
    venue: { name: string; address: string; lat?: number; lng?: number; access?: string; parking?: string };
    schedule: ScheduleRule[]; cost: { free: boolean; text?: string }; reservation: string; capacity?: number;
    accessibility: string[]; afterHours?: string; status: string; statusNote?: string; easySummary?: string;
    firstVisit: { visit: boolean; trial: boolean; accompany: boolean; bring?: string; note?: string };
    helpWanted: { kind: string; what: string; who: string; until?: Date }[];
    verifiedAt: Date; kana: string;
  };
}

export interface ActivityViewContext {
  now: Date;
  /** The activity's area name, looked up once by the page (not once per card). */
  areaName?: string;
}

export type CalloutTone = 'plain' | 'warm' | 'alert';

/** The paused / ended notice (StatusCallout): what the page, the handout and the CMS preview say. */
export interface StatusNotice {
  tone: CalloutTone;
  title: string;
  note?: string;
}

/** 休止中 and 終了 say so in a sentence; an active activity has no notice. */
export function activityStatusNotice(status: string | undefined, statusNote?: string): StatusNotice | undefined {
  if (status === 'ended') return { tone: 'alert', title: t('activity.ended'), note: statusNote || undefined };
  if (status === 'paused') return { tone: 'warm', title: t('activity.paused'), note: statusNote || undefined };
  return undefined;
}

/** はじめての方へ: the sentences for the page and handout, and the short chips for a card. */
export function welcomeLines(firstVisit: { visit?: boolean; trial?: boolean; accompany?: boolean }) {
  const on = [
    [firstVisit.visit, 'activity.visit', 'activity.visitChip'],
    [firstVisit.trial, 'activity.trial', 'activity.trialChip'],
    [firstVisit.accompany, 'activity.accompany', 'activity.accompanyChip'],
  ] as const;
  return {
    sentences: on.filter(([yes]) => yes).map(([, long]) => t(long)),
    chips: on.filter(([yes]) => yes).map(([, , short]) => t(short)),
  };
}

export function activityView<A extends ActivityViewInput>(activity: A, ctx: ActivityViewContext) {
  const { data } = activity;
  const running = data.status !== 'ended';
  const active = data.status === 'active';
  const welcome = welcomeLines(data.firstVisit);
  return {
    id: activity.id,
    href: urls.activity(activity.id),
    printHref: urls.activityPrint(activity.id),
    /** Paused and active activities still run: their facts read as current. An ended one keeps only a trace. */
    running,
    active,
    status: activityStatusNotice(data.status, data.statusNote),
    /** 最終確認日 over a year ago: a warning, except on an ended activity (nothing to join). */
    stale: running && isStale(activity, ctx.now),
    easySummary: data.easySummary,
    free: data.cost.free,
    cost: formatCost(data.cost, t('activity.free')),
    schedule: formatSchedule(data.schedule),
    /** The rules themselves, for the next dates (worked out at build). */
    rules: data.schedule,
    /** Next dates are worked out only for an active activity that meets on weekly or monthly rules. */
    nextDates: active && hasRegularSchedule(data.schedule),
    calendarHref: active && hasRegularSchedule(data.schedule) ? urls.activityCalendar(activity.id) : undefined,
    venue: data.venue,
    schoolDistrict: data.schoolDistrict,
    /** No map for an ended activity: nobody should go there. */
    maps: running ? mapLinks(data.venue) : ([] as MapLink[]),
    reservation: data.reservation,
    capacity: data.capacity ? `${data.capacity}${t('people')}` : undefined,
    targets: data.targets.join('、'),
    accessibility: data.accessibility.length > 0 ? data.accessibility.join('、') : undefined,
    afterHours: data.afterHours,
    area: { id: data.area.id, name: ctx.areaName, href: urls.area(data.area.id) },
    welcome: welcome.sentences,
    chips: welcome.chips,
    help: running ? openHelpWanted(data.helpWanted, ctx.now) : [],
  };
}

export type ActivityView = ReturnType<typeof activityView>;
