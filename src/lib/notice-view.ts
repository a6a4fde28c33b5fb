/**
 * What a notice's page shows, decided once from the entry: the display rules of ./notice-display, the council and
 * activities it refers to, the status note, the one-line summary and the participation fact.
 */
import { t } from '../i18n/ja';
import { SESSION_KINDS, type NoticeKind } from '../schemas/notice';
import { type NoticeFields, noticeDisplay, noticeStatusNotice } from './notice-display';
import { type Ref, resolveRefs } from './queries';

interface NoticeLike {
  data: NoticeFields & {
    kind: string;
    statusNote?: string;
    council: Ref;
    activities: readonly Ref[];
    venue: { name: string; address: string };
    observers: { capacity?: number; howToApply?: string };
  };
}
interface CouncilLike { id: string; data: { area?: Ref } }

export function noticeView<C extends CouncilLike, A>(
  notice: NoticeLike,
  { councils, activities, now }: { councils: ReadonlyMap<string, C>; activities: ReadonlyMap<string, A>; now: Date },
) {
  const { data } = notice;
  const shown = noticeDisplay(data, now);
  const council = councils.get(data.council.id);
  const sessions = SESSION_KINDS.includes(data.kind as NoticeKind);
  return {
    shown,
    council,
    activities: resolveRefs(data.activities, activities),
    /** The note above a notice that did not go ahead as announced (StatusCallout's props). */
    callout: noticeStatusNotice(data.status, data.statusNote),
    /** 「開催案内：12月8日（火）19:00〜20:45 東部コミュニティセンター」: the page's description and search summary. */
    summary: shown.venue === 'current'
      ? t('notice.summaryAt', { kind: data.kind, when: shown.when.text, venue: data.venue.name })
      : t('notice.summaryLine', { kind: data.kind, when: shown.when.text }),
    /** The areas search filters the notice under: its council's district, if any. */
    areas: council?.data.area ? [council.data.area.id] : [],
    /** Courses and events: 参加の申し込み (capacity and how to apply) when either is given. */
    participation: sessions && (data.observers.capacity || data.observers.howToApply)
      ? { capacity: data.observers.capacity ? t('notice.capacityOf', { count: data.observers.capacity }) : undefined, howToApply: data.observers.howToApply }
      : undefined,
    /** Meetings and announcements: the 傍聴 / 申し込み fact of the display rules. */
    observers: sessions ? undefined : shown.observers,
    isReport: data.kind === '開催報告',
  };
}
