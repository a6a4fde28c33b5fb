/** When a notice happens, in one line: the meeting's time, or for a course the span of its sessions. */
import { t } from '../i18n/ja';
import { formatDateTimeRange, formatDateWithWeekday } from './dates';

interface NoticeTimes { startsAt: Date; endsAt: Date; sessions: { startsAt: Date; endsAt: Date }[] }

/** 2026年12月17日（木）14:00〜16:00 / 全5回（2027年1月13日（水）〜2027年2月10日（水）） */
export const noticeWhen = ({ startsAt, endsAt, sessions }: NoticeTimes) =>
  sessions.length > 1
    ? t('notice.sessionsRange', {
      count: sessions.length,
      first: formatDateWithWeekday(sessions[0]!.startsAt),
      last: formatDateWithWeekday(sessions.at(-1)!.startsAt),
    })
    : formatDateTimeRange(sessions[0]?.startsAt ?? startsAt, sessions[0]?.endsAt ?? endsAt);
