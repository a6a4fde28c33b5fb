/**
 * iCalendar (RFC 5545) for notices and activities, written with ical-generator.
 *
 * Times go out as Tokyo wall-clock times with TZID=Asia/Tokyo and a VTIMEZONE. ical-generator reads the local
 * fields of a plain Date (the build machine's zone), so every moment is handed over as a TZDate fixed to Tokyo.
 * Output depends only on the content and on `now` (which days of the coming year are left out), never on the
 * machine's TZ, so builds in Tokyo and in Los Angeles give the same bytes.
 */
import { TZDate } from '@date-fns/tz';
import ical, { ICalCalendarMethod, type ICalEventData, ICalEventStatus } from 'ical-generator';
import { t } from '../i18n/ja';
import type { NoticeStatus } from '../schemas/notice';
import type { ScheduleRule } from '../schemas/schedule';
import { TIME_ZONE, formatDateWithWeekday, formatTime } from './dates';
import { addDays, formatScheduleRule, ruleOccurrences, ruleValidity, scheduleRuleToRRule, tokyoDay } from './schedule';
import { noticeStatusLabel } from './status-labels';

/**
 * Japan has kept UTC+9 without daylight saving time since 1951, so one STANDARD block describes Asia/Tokyo for
 * every date a calendar here can hold. Written out rather than generated from a time-zone database package.
 */
export const VTIMEZONE_TOKYO = [
  'BEGIN:VTIMEZONE',
  'TZID:Asia/Tokyo',
  'X-LIC-LOCATION:Asia/Tokyo',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0900',
  'TZOFFSETTO:+0900',
  'TZNAME:JST',
  'DTSTART:19700101T000000',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

const tokyo = (moment: Date) => new TZDate(moment.getTime(), TIME_ZONE);

/** Subscribed calendars look for changes this often (Apple Calendar and Outlook honour it). */
const REFRESH_SECONDS = 6 * 3600;

export interface CalendarOptions {
  /** The site's public address (Astro's `site`), for URLs and UIDs. */
  site: URL | string;
  name: string;
  description?: string;
}

function calendar({ site, name, description }: CalendarOptions, events: ICalEventData[]) {
  const cal = ical({
    name,
    description,
    prodId: { company: new URL(site).host, product: 'chiiki-fukushi', language: 'JA' },
    method: ICalCalendarMethod.PUBLISH,
    // No calendar-wide zone: ical-generator would then write DTSTAMP, CREATED and LAST-MODIFIED as local times,
    // where RFC 5545 wants UTC. Each event carries TZID=Asia/Tokyo instead, and the generator adds the VTIMEZONE.
    timezone: { name: null, generator: (tz) => (tz === TIME_ZONE ? VTIMEZONE_TOKYO : null) },
    ttl: REFRESH_SECONDS,
  });
  for (const event of events) cal.createEvent({ ...event, timezone: TIME_ZONE });
  return cal.toString();
}

/* ------------------------------------------------------------------------------------------------------------ */
/* Notices                                                                                                      */

interface Venue { name: string; address: string }
export interface NoticeForCalendar {
  id: string;
  data: {
    title: string;
    kind: string;
    council: { id: string };
    startsAt: Date;
    endsAt: Date;
    sessions: { startsAt: Date; endsAt: Date; venue?: Venue; topic?: string }[];
    venue: Venue;
    onlineUrl?: string;
    status: NoticeStatus;
    previousStartsAt?: Date;
    statusNote?: string;
    agenda: string[];
    observers: { allowed: boolean; capacity?: number; howToApply?: string };
    publishedAt: Date;
    updatedAt?: Date;
  };
}

/** Meetings, courses and events have a time; an お知らせ (e.g. a call for members) is not put in calendars. */
export const hasCalendar = (notice: NoticeForCalendar) => notice.data.kind !== 'お知らせ';

/** The notices that get their own calendar file (/notices/<slug>/event.ics). */
export const noticesWithCalendar = <T extends NoticeForCalendar>(notices: readonly T[]) => notices.filter(hasCalendar);

/**
 * The notices a calendar lists: everything with a time, soonest first. A 開催報告 written as its own entry for a
 * meeting whose 開催案内 is also published would show the meeting twice, so the announcement stands for both.
 */
export function calendarNotices<T extends NoticeForCalendar>(notices: readonly T[]): T[] {
  const announced = new Set(
    notices.filter((n) => n.data.kind === '開催案内').map((n) => `${n.data.council.id} ${n.data.startsAt.getTime()}`),
  );
  return notices
    .filter(hasCalendar)
    .filter((n) => n.data.kind !== '開催報告' || !announced.has(`${n.data.council.id} ${n.data.startsAt.getTime()}`))
    .sort((a, b) => a.data.startsAt.getTime() - b.data.startsAt.getTime() || a.id.localeCompare(b.id));
}

/**
 * SEQUENCE without stored state: 0 as first published; 1 once the status says the meeting changed; and, when the
 * editor records 更新日 (updatedAt, asked for in the CMS whenever time, place or status change), the days from
 * 掲載日 to 更新日 plus one. Each of these only grows as a notice is edited, so a calendar that imported the event
 * takes the newer version. (Two changes on the same day share a number; subscribed calendars still refresh.)
 */
export function noticeSequence({ status, publishedAt, updatedAt }: Pick<NoticeForCalendar['data'], 'status' | 'publishedAt' | 'updatedAt'>) {
  const changed = status === 'cancelled' || status === 'postponed' || status === 'rescheduled' ? 1 : 0;
  const days = updatedAt ? Math.round((updatedAt.getTime() - publishedAt.getTime()) / 86_400_000) + 1 : 0;
  return Math.max(changed, days);
}

const STATUS: Record<NoticeStatus, ICalEventStatus> = {
  scheduled: ICalEventStatus.CONFIRMED,
  held: ICalEventStatus.CONFIRMED,
  rescheduled: ICalEventStatus.CONFIRMED,
  // A postponed meeting keeps its old time in calendars until a new one is set, marked as not certain.
  postponed: ICalEventStatus.TENTATIVE,
  cancelled: ICalEventStatus.CANCELLED,
};

/** 【中止】 / 【延期】 / 【日程変更】 before the title, unless the title already says so. */
const STATUS_WORD: Partial<Record<NoticeStatus, RegExp>> = {
  cancelled: /中止/,
  postponed: /延期/,
  rescheduled: /日程.{0,2}変更/,
};

/**
 * The event's name in a calendar: the notice title without the announcement's wording (「…を開催します」,
 * 「… 開催報告」), with the status word in front unless the title already says it.
 */
export function noticeSummary(title: string, status: NoticeStatus) {
  const name = title.replace(/(を開催します|\s*開催報告)$/, '');
  const said = STATUS_WORD[status];
  return said && !said.test(name) ? t('ics.statusPrefix', { status: noticeStatusLabel(status), title: name }) : name;
}

const place = (venue: Venue) => t('ics.place', { name: venue.name, address: venue.address });

function noticeDescription(notice: NoticeForCalendar, url: string, councilName: string | undefined, session?: { index: number; topic?: string }) {
  const { data } = notice;
  const lines: string[] = [];
  if (data.status !== 'scheduled' && data.status !== 'held') {
    lines.push(t(data.kind === '開催案内' ? 'ics.statusMeeting' : 'ics.statusOther', { status: noticeStatusLabel(data.status) }));
  }
  if (data.statusNote) lines.push(data.statusNote);
  if (data.previousStartsAt) lines.push(t('ics.previous', { date: formatDateWithWeekday(data.previousStartsAt), time: formatTime(data.previousStartsAt) }));
  if (session) {
    const which = { n: session.index, count: data.sessions.length };
    lines.push(session.topic ? t('ics.sessionTopic', { ...which, topic: session.topic }) : t('ics.session', which));
  }
  if (councilName) lines.push(t('ics.council', { council: councilName }));
  if (data.agenda.length) {
    lines.push('', t(data.kind === '開催案内' || data.kind === '開催報告' ? 'ics.agenda' : 'ics.contents'), ...data.agenda.map((a, i) => `${i + 1}. ${a}`));
  }
  // A cancelled meeting has nothing left to apply for.
  const open = data.status !== 'cancelled';
  if (open && data.kind === '開催案内') {
    const { allowed, capacity, howToApply } = data.observers;
    lines.push('', !allowed ? t('ics.observersNo') : capacity ? t('ics.observersCapacity', { count: capacity }) : t('ics.observersYes'));
    if (allowed && howToApply) lines.push(t('ics.observersApply', { text: howToApply }));
  } else if (open && data.kind !== '開催報告' && data.observers.howToApply) {
    lines.push('', t('ics.apply', { text: data.observers.howToApply }));
  }
  if (data.onlineUrl) lines.push(t('ics.online', { url: data.onlineUrl }));
  lines.push('', t('ics.more', { url }));
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

export interface NoticeCalendarContext {
  site: URL | string;
  /** Where the notice's page is (urls.notice). */
  noticePath: (slug: string) => string;
  councilName?: (id: string) => string | undefined;
}

/** One event per notice, or one per session (各回) for courses and events: same UIDs whatever is edited later. */
export function noticeEvents(notice: NoticeForCalendar, ctx: NoticeCalendarContext): ICalEventData[] {
  const { data } = notice;
  const host = new URL(ctx.site).host;
  const url = new URL(ctx.noticePath(notice.id), ctx.site).href;
  const councilName = ctx.councilName?.(data.council.id);
  const common = {
    sequence: noticeSequence(data),
    stamp: data.updatedAt ?? data.publishedAt,
    lastModified: data.updatedAt ?? data.publishedAt,
    created: data.publishedAt,
    status: STATUS[data.status],
    url,
  };
  const summary = noticeSummary(data.title, data.status);
  if (data.sessions.length === 0) {
    return [{
      ...common,
      id: `notice-${notice.id}@${host}`,
      start: tokyo(data.startsAt),
      end: tokyo(data.endsAt),
      summary,
      location: place(data.venue),
      description: noticeDescription(notice, url, councilName),
    }];
  }
  return data.sessions.map((session, i) => ({
    ...common,
    id: `notice-${notice.id}-${i + 1}@${host}`,
    start: tokyo(session.startsAt),
    end: tokyo(session.endsAt),
    summary: t('ics.sessionSummary', { summary, n: i + 1 }),
    location: place(session.venue ?? data.venue),
    description: noticeDescription(notice, url, councilName, { index: i + 1, topic: session.topic }),
  }));
}

export const noticesCalendar = (notices: readonly NoticeForCalendar[], ctx: NoticeCalendarContext & CalendarOptions) =>
  calendar(
    ctx,
    calendarNotices(notices)
      .flatMap((n) => noticeEvents(n, ctx))
      .sort((a, b) => (a.start as Date).getTime() - (b.start as Date).getTime()),
  );

/* ------------------------------------------------------------------------------------------------------------ */
/* Activities                                                                                                   */

export interface ActivityForCalendar {
  id: string;
  data: { name: string; status: string; schedule: ScheduleRule[]; venue: Venue; verifiedAt: Date };
}

/** How far ahead holidays and closed days are left out; the daily rebuild moves the window on. */
export const EXDATE_HORIZON_DAYS = 366;

const compactDay = (day: string) => day.replaceAll('-', '');
const compactLocal = (day: string, time: string) => `${compactDay(day)}T${time.replace(':', '')}00`;
const compactUtc = (moment: Date) => moment.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/**
 * RRULE and EXDATE lines for one rule, from the first day its pattern falls on at or after `today`. UNTIL follows
 * the rule's last valid day (in UTC, as RFC 5545 asks when DTSTART has a TZID; a DATE for all-day rules).
 */
function repeatingLines(rule: ScheduleRule, skipped: string[]) {
  const { until } = ruleValidity(rule);
  let rrule = `RRULE:${scheduleRuleToRRule(rule)}`;
  if (until) rrule += `;UNTIL=${rule.opens ? compactUtc(new Date(`${until}T23:59:59+09:00`)) : compactDay(until)}`;
  if (skipped.length === 0) return rrule;
  const exdate = rule.opens
    ? `EXDATE;TZID=${TIME_ZONE}:${skipped.map((d) => compactLocal(d, rule.opens!)).join(',')}`
    : `EXDATE;VALUE=DATE:${skipped.map(compactDay).join(',')}`;
  return `${rrule}\n${exdate}`;
}

/**
 * One recurring event per weekly or monthly rule, holidays and closed days of the coming year as EXDATEs.
 * Irregular rules, and paused or ended activities, give none.
 */
export function activityEvents(
  activity: ActivityForCalendar,
  ctx: { site: URL | string; activityPath: (slug: string) => string; now: Date; isHoliday: (day: string) => boolean },
): ICalEventData[] {
  if (activity.data.status !== 'active') return [];
  const host = new URL(ctx.site).host;
  const url = new URL(ctx.activityPath(activity.id), ctx.site).href;
  const today = tokyoDay(ctx.now);
  const horizon = addDays(today, EXDATE_HORIZON_DAYS);
  return activity.data.schedule.flatMap((rule, i) => {
    const occurrences = ruleOccurrences(rule, today, horizon, ctx.isHoliday);
    const first = occurrences[0];
    if (!first) return [];
    const skipped = occurrences.filter((o) => o.skipped).map((o) => o.day);
    return [{
      id: `activity-${activity.id}-${i + 1}@${host}`,
      stamp: activity.data.verifiedAt,
      lastModified: activity.data.verifiedAt,
      ...(rule.opens
        ? { start: tokyo(first.start), ...(rule.closes ? { end: tokyo(first.end) } : {}) }
        : { start: tokyo(first.start), end: tokyo(first.end), allDay: true }),
      repeating: repeatingLines(rule, skipped),
      summary: activity.data.name,
      location: place(activity.data.venue),
      url,
      description: [
        formatScheduleRule(rule),
        ...(rule.skipHolidays || rule.yearEndBreak || rule.closedDates.length ? [t('ics.daysOffLeftOut')] : []),
        '',
        t('ics.more', { url }),
      ].join('\n'),
    }];
  });
}

export const activityCalendar = (activity: ActivityForCalendar, ctx: Parameters<typeof activityEvents>[1] & CalendarOptions) =>
  calendar(ctx, activityEvents(activity, ctx));
