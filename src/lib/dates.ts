/**
 * Dates as residents read them. Everything is shown in Asia/Tokyo, whatever the build machine's zone.
 */
export const TIME_ZONE = 'Asia/Tokyo';

const ymd = new Intl.DateTimeFormat('ja-JP', { timeZone: TIME_ZONE, year: 'numeric', month: 'long', day: 'numeric' });
const wareki = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
  timeZone: TIME_ZONE, era: 'long', year: 'numeric', month: 'long', day: 'numeric',
});
const warekiYear = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { timeZone: TIME_ZONE, era: 'long', year: 'numeric' });
const weekday = new Intl.DateTimeFormat('ja-JP', { timeZone: TIME_ZONE, weekday: 'short' });
const hm = new Intl.DateTimeFormat('ja-JP', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const parts = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});

/** 2026年11月22日 */
export const formatDate = (date: Date) => ymd.format(date);

/** 令和8年11月22日 (元年 for the first year of an era, as official documents write it). */
export const formatWareki = (date: Date) => wareki.format(date).replace(/^(\D+)1年/, '$1元年');

/** 令和8年 */
export const formatWarekiYear = (date: Date) => warekiYear.format(date).replace(/^(\D+)1年/, '$1元年');

/** 2026年（令和8年）11月22日 — both calendars, for residents who count in either. */
export const formatDateBoth = (date: Date) => {
  const [, y, rest] = /^(\d+年)(.*)$/.exec(formatDate(date)) ?? [];
  return `${y}（${formatWarekiYear(date)}）${rest}`;
};

/** 水 */
export const formatWeekday = (date: Date) => weekday.format(date);

/** 14:00 */
export const formatTime = (date: Date) => hm.format(date);

/** 2026年12月10日（木） */
export const formatDateWithWeekday = (date: Date) => `${formatDate(date)}（${formatWeekday(date)}）`;

/** 2026年12月10日（木）14:00〜16:00, or across days when the meeting does. */
export const formatDateTimeRange = (start: Date, end: Date) => {
  const sameDay = isoDate(start) === isoDate(end);
  return sameDay
    ? `${formatDateWithWeekday(start)}${formatTime(start)}〜${formatTime(end)}`
    : `${formatDateWithWeekday(start)}${formatTime(start)}〜${formatDateWithWeekday(end)}${formatTime(end)}`;
};

/** Japan has kept UTC+9 without daylight saving time since September 1951; before that, ask Intl (it knows). */
const FIXED_OFFSET_SINCE = Date.UTC(1951, 8, 9);
const JST_OFFSET_MS = 9 * 3_600_000;
const pad2 = (n: number) => String(n).padStart(2, '0');

/** The Tokyo wall-clock fields of `date`, as zero-padded strings (arithmetic: Intl's formatToParts is slow per call). */
const tokyoParts = (date: Date) => {
  if (date.getTime() < FIXED_OFFSET_SINCE) {
    const p = Object.fromEntries(parts.formatToParts(date).map((x) => [x.type, x.value]));
    return { year: p.year!, month: p.month!, day: p.day!, hour: p.hour!, minute: p.minute! };
  }
  const t = new Date(date.getTime() + JST_OFFSET_MS);
  return {
    year: String(t.getUTCFullYear()).padStart(4, '0'), month: pad2(t.getUTCMonth() + 1), day: pad2(t.getUTCDate()),
    hour: pad2(t.getUTCHours()), minute: pad2(t.getUTCMinutes()),
  };
};

/** 2026-11-22 (the Tokyo calendar date, for datetime attributes and sitemaps). */
export const isoDate = (date: Date) => {
  const p = tokyoParts(date);
  return `${p.year}-${p.month}-${p.day}`;
};

/** 2026-12-10T14:00:00+09:00 (Japan has no daylight saving time, so the offset is fixed). */
export const isoDateTime = (date: Date) => {
  const p = tokyoParts(date);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:00+09:00`;
};

/** Whole days from `from` to `to` (positive when `to` is later). */
export const daysBetween = (from: Date, to: Date) => Math.floor((to.getTime() - from.getTime()) / 86_400_000);

const monthDay = new Intl.DateTimeFormat('ja-JP', { timeZone: TIME_ZONE, month: 'long', day: 'numeric' });

/** 12月10日（水）, with the year in front only when it is not `reference`'s year (2027年1月13日（水）). */
export const formatShortDateWithWeekday = (date: Date, reference: Date) =>
  `${tokyoParts(date).year === tokyoParts(reference).year ? monthDay.format(date) : formatDate(date)}（${formatWeekday(date)}）`;

/** 2027年（令和9年）1月13日（水）13:30〜15:30 — a course session, in both calendars. */
export const formatSessionTime = (start: Date, end: Date) =>
  `${formatDateBoth(start)}（${formatWeekday(start)}）${formatTime(start)}〜${isoDate(start) === isoDate(end) ? '' : `${formatDateWithWeekday(end)}`}${formatTime(end)}`;
