/**
 * What a notice shows, by kind × status, decided once for every page that lists or shows notices.
 *
 * - A meeting (開催案内, and any kind not named below):
 *   - scheduled: its date, venue and 傍聴 (offered or not); upcoming until it ends, then 終了 without 傍聴.
 *   - rescheduled: the new date; the old one only struck through in a note (変更前の日時).
 *   - postponed: date and venue 未定; the old date only struck through in a note (当初の予定); 傍聴 once the new date
 *     is set; upcoming while pending, however long ago the old date was.
 *   - cancelled: date and venue struck through, no 傍聴, not upcoming.
 *   - held: its date and venue, no 傍聴, not upcoming.
 * - A report (開催報告): 開催日時 and venue, never 傍聴, never upcoming (cancelled: struck through).
 * - An announcement (お知らせ, e.g. recruiting members): never 開催予定; a period over several days is shown as dates
 *   (期間), not as a meeting running for weeks; 参加の申し込み if people may come; upcoming until its end.
 */
import { t } from '../i18n/ja';
import type { NoticeStatus } from '../schemas/notice';
import { formatDateTimeRange, formatDateWithWeekday, formatTime, isoDate } from './dates';
import { noticeWhen } from './notice-time';
import { noticeStatusLabel } from './status-labels';

export interface NoticeFields {
  kind: string;
  status: string;
  startsAt: Date;
  endsAt: Date;
  previousStartsAt?: Date;
  venue: { name: string };
  observers: { allowed: boolean; capacity?: number; howToApply?: string };
  /** A course's or event's sessions: its time is then the span of them (全5回（…〜…）). */
  sessions?: { startsAt: Date; endsAt: Date }[];
}

export type NoticeTone = 'plain' | 'muted' | 'alert' | 'warm';

export interface NoticeDisplay {
  /** The status badge; none when the kind badge says enough (a current お知らせ). */
  badge?: { label: string; tone: NoticeTone };
  /** The 日時 fact. */
  when: { label: string; text: string; struck: boolean };
  /** The date (and place) a postponed or rescheduled notice had before: shown struck through, never as its date. */
  previous?: { label: string; text: string };
  /** Whether the venue is shown as where it takes place, struck through (cancelled), or as 未定 (postponed). */
  venue: 'current' | 'struck' | 'undecided';
  /** The 傍聴 / 申し込み fact, or none when there is nothing to offer (reports, past and cancelled meetings). */
  observers?: { label: string; text: string; howToApply?: string };
  /** Listed among upcoming notices. */
  upcoming: boolean;
}

const REPORT = '開催報告';
const ANNOUNCEMENT = 'お知らせ';

const TONES: Record<NoticeStatus, NoticeTone> = { scheduled: 'plain', held: 'muted', cancelled: 'alert', postponed: 'warm', rescheduled: 'warm' };

/** The words the status badge uses everywhere a notice is shown. */
const badge = (status: string) => {
  const known = (status in TONES ? status : 'scheduled') as NoticeStatus;
  return { label: noticeStatusLabel(known), tone: TONES[known] };
};
const ended = { label: t('noticeDisplay.ended'), tone: 'muted' as const };

/** A period over several days reads as dates (受付期間 12月1日〜1月15日); one day keeps its times. */
const period = (start: Date, end: Date) =>
  isoDate(start) === isoDate(end)
    ? { label: t('notice.when'), text: formatDateTimeRange(start, end) }
    : { label: t('noticeDisplay.period'), text: `${formatDateWithWeekday(start)}〜${formatDateWithWeekday(end)}` };

const observersOffer = (observers: NoticeFields['observers'], label: string, allowedText: string) => ({
  label,
  text: observers.capacity ? t('notice.withCapacity', { text: allowedText, count: observers.capacity }) : allowedText,
  howToApply: observers.howToApply,
});

/**
 * The sentence a cancelled, postponed or rescheduled notice opens with (the page's StatusCallout and the CMS
 * preview); none for a notice that is going ahead or has been held.
 */
export function noticeStatusNotice(status: string | undefined, statusNote?: string): { tone: NoticeTone; title: string; note?: string } | undefined {
  const note = statusNote || undefined;
  if (status === 'cancelled') return { tone: 'alert', title: t('notice.cancelled'), note };
  if (status === 'postponed') return { tone: 'warm', title: t('notice.postponed'), note };
  if (status === 'rescheduled') return { tone: 'warm', title: t('notice.rescheduled'), note };
  return undefined;
}

/** Is the notice still to come (or still pending) at `now`? */
export function isUpcomingNotice(notice: Pick<NoticeFields, 'kind' | 'status' | 'endsAt'>, now: Date) {
  if (notice.kind === REPORT || notice.status === 'cancelled' || notice.status === 'held') return false;
  // A postponed meeting has no date yet: it stays listed until the editor sets the new one.
  if (notice.status === 'postponed') return true;
  return notice.endsAt.getTime() > now.getTime();
}

export function noticeDisplay(notice: NoticeFields, now: Date): NoticeDisplay {
  const { kind, status, startsAt, endsAt, observers } = notice;
  const upcoming = isUpcomingNotice(notice, now);
  const range = noticeWhen({ startsAt, endsAt, sessions: notice.sessions ?? [] });
  const at = { label: t('notice.when'), text: range, struck: false };

  if (status === 'cancelled') {
    return { badge: badge(status), when: { ...at, struck: true }, venue: 'struck', upcoming };
  }

  if (kind === REPORT) {
    return { badge: badge('held'), when: { ...at, label: t('noticeDisplay.heldAt') }, venue: 'current', upcoming };
  }

  if (status === 'postponed') {
    return {
      badge: badge(status),
      when: { label: at.label, text: t('noticeDisplay.undecided'), struck: false },
      previous: { label: t('noticeDisplay.original'), text: `${range}　${notice.venue.name}` },
      venue: 'undecided',
      observers: kind === ANNOUNCEMENT || !observers.allowed ? undefined : {
        label: t('notice.observers'), text: t('noticeDisplay.observersLater'), howToApply: observers.howToApply,
      },
      upcoming,
    };
  }

  const previous = status === 'rescheduled' && notice.previousStartsAt
    ? { label: t('notice.previous'), text: `${formatDateWithWeekday(notice.previousStartsAt)}${formatTime(notice.previousStartsAt)}〜` }
    : undefined;

  if (kind === ANNOUNCEMENT) {
    return {
      badge: status === 'held' || !upcoming ? ended : status === 'rescheduled' ? badge(status) : undefined,
      when: { ...period(startsAt, endsAt), struck: false },
      previous,
      venue: 'current',
      observers: upcoming && observers.allowed
        ? observersOffer(observers, t('noticeDisplay.apply'), t('noticeDisplay.applyAllowed'))
        : undefined,
      upcoming,
    };
  }

  // A meeting (開催案内, or a kind added later): 傍聴 is offered only while it is still to come.
  return {
    badge: status === 'held' ? badge('held') : upcoming ? badge(status) : ended,
    when: at,
    previous,
    venue: 'current',
    observers: !upcoming
      ? undefined
      : observers.allowed
        ? observersOffer(observers, t('notice.observers'), t('notice.observersAllowed'))
        : { label: t('notice.observers'), text: t('notice.observersNotAllowed') },
    upcoming,
  };
}
