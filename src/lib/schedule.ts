/**
 * One schedule model, several projections: Japanese text, weekday facets, RRULE and schema.org Schedule.
 */
import * as rruleModule from 'rrule';
import { type ScheduleRule, type Weekday, WEEKDAYS, WEEKDAY_LABELS } from '../schemas/schedule';

// rrule gives Node a UMD file (its exports arrive as `default`) and bundlers an ES module (named exports only).
const { RRule } = (rruleModule as typeof rruleModule & { default?: typeof rruleModule }).default ?? rruleModule;

const nthLabel = (n: number) => (n === -1 ? '最終' : `第${n}`);

const sortedWeekdays = (days: readonly Weekday[]) => [...days].sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b));

/** 月・水・金曜 */
const weekdayText = (days: readonly Weekday[]) =>
  sortedWeekdays(days).map((d) => WEEKDAY_LABELS[d].replace('曜', '')).join('・') + '曜';

const timeText = (rule: Pick<ScheduleRule, 'opens' | 'closes'>) =>
  rule.opens && rule.closes ? `${rule.opens}〜${rule.closes}` : rule.opens ? `${rule.opens}〜` : '';

/** 毎週水曜 10:00〜12:00 / 毎月第2・第4土曜 13:30〜15:00 / 不定期（月1回程度） */
export function formatScheduleRule(rule: ScheduleRule): string {
  const time = timeText(rule);
  let text: string;
  if (rule.freq === 'weekly') text = `毎週${weekdayText(rule.weekdays)}`;
  else if (rule.freq === 'monthly') {
    const nth = [...rule.nth].sort((a, b) => (a === -1 ? 9 : a) - (b === -1 ? 9 : b)).map(nthLabel).join('・');
    text = `毎月${nth}${weekdayText(rule.weekdays)}`;
  } else text = '不定期';
  if (time) text += ` ${time}`;
  const notes = [periodText(rule), closedText(rule), rule.note].filter(Boolean);
  if (notes.length) text += `（${notes.join('。')}）`;
  return text;
}

const monthDayText = (md: string) => `${Number(md.slice(0, 2))}月${Number(md.slice(3))}日`;
const dayText = (d: Date) => `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;

/** 2026年11月1日から2027年2月28日まで */
const periodText = (rule: ScheduleRule) =>
  `${rule.validFrom ? `${dayText(rule.validFrom)}から` : ''}${rule.validUntil ? `${dayText(rule.validUntil)}まで` : ''}`;

/** 祝日と12月28日〜1月4日は休み */
const closedText = (rule: ScheduleRule) => {
  const closed = [
    rule.skipHolidays && '祝日',
    rule.yearEndBreak && `${monthDayText(rule.yearEndBreak.from)}〜${monthDayText(rule.yearEndBreak.to)}`,
  ].filter(Boolean);
  return closed.length ? `${closed.join('と')}は休み` : '';
};

export const formatSchedule = (rules: readonly ScheduleRule[]) => rules.map(formatScheduleRule);

/** The weekdays an activity meets on, for filtering by 曜日 (irregular rules add none). */
export const scheduleWeekdays = (rules: readonly ScheduleRule[]): Weekday[] =>
  sortedWeekdays([...new Set(rules.filter((r) => r.freq !== 'irregular').flatMap((r) => r.weekdays))]);

const RRULE_DAYS = { mon: RRule.MO, tue: RRule.TU, wed: RRule.WE, thu: RRule.TH, fri: RRule.FR, sat: RRule.SA, sun: RRule.SU };

/** RRULE as iCalendar and Open Referral HSDS write it (e.g. `FREQ=MONTHLY;BYDAY=+2SA,+4SA`); null when irregular. */
export function scheduleRuleToRRule(rule: ScheduleRule): string | null {
  if (rule.freq === 'irregular') return null;
  const days = sortedWeekdays(rule.weekdays).map((d) => RRULE_DAYS[d]);
  const byweekday = rule.freq === 'monthly' ? rule.nth.flatMap((n) => days.map((d) => d.nth(n))) : days;
  return new RRule({ freq: rule.freq === 'weekly' ? RRule.WEEKLY : RRule.MONTHLY, byweekday }).toString().replace(/^RRULE:/, '');
}

const SCHEMA_DAYS: Record<Weekday, string> = {
  mon: 'https://schema.org/Monday', tue: 'https://schema.org/Tuesday', wed: 'https://schema.org/Wednesday',
  thu: 'https://schema.org/Thursday', fri: 'https://schema.org/Friday', sat: 'https://schema.org/Saturday',
  sun: 'https://schema.org/Sunday',
};

/** schema.org `Schedule` objects (one per weekday rule; irregular rules have no structured form). */
export function scheduleToSchemaOrg(rules: readonly ScheduleRule[]) {
  return rules
    .filter((r) => r.freq !== 'irregular')
    .map((r) => ({
      '@type': 'Schedule',
      repeatFrequency: r.freq === 'weekly' ? 'P1W' : 'P1M',
      byDay: sortedWeekdays(r.weekdays).map((d) => SCHEMA_DAYS[d]),
      ...(r.freq === 'monthly' ? { byMonthWeek: [...r.nth] } : {}),
      ...(r.opens ? { startTime: `${r.opens}:00` } : {}),
      ...(r.closes ? { endTime: `${r.closes}:00` } : {}),
      scheduleTimezone: 'Asia/Tokyo',
    }));
}

/*
 * Dates of a rule. Days are Tokyo calendar days written 'YYYY-MM-DD' and computed with UTC arithmetic, and moments are
 * built with an explicit +09:00 (Japan has had no daylight saving time since 1951), so the build machine's TZ never
 * enters: the same content gives the same dates in Tokyo, Los Angeles or a CI runner on UTC.
 */
const DAY_MS = 86_400_000;
const TOKYO_OFFSET_MS = 9 * 3_600_000;
const JS_WEEKDAYS: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** The Tokyo calendar day of a moment: 2026-12-10. */
export const tokyoDay = (moment: Date) => new Date(moment.getTime() + TOKYO_OFFSET_MS).toISOString().slice(0, 10);

/** A date field (YAML `2026-12-10`, read as UTC midnight) as the day it names. */
const dayOfDateField = (date: Date) => date.toISOString().slice(0, 10);

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY_MS;
const dayFromNumber = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);

/** The moment a Tokyo wall-clock time happens: ('2026-12-10', '10:00') → 2026-12-10T01:00:00Z. */
export const tokyoMoment = (day: string, time = '00:00') => new Date(`${day}T${time}:00+09:00`);

/** Does the rule's pattern (ignoring holidays and breaks) fall on this day? Mirrors RRULE BYDAY semantics. */
function matchesPattern(rule: ScheduleRule, day: string): boolean {
  const n = dayNumber(day);
  const date = new Date(n * DAY_MS);
  if (!rule.weekdays.includes(JS_WEEKDAYS[date.getUTCDay()]!)) return false;
  if (rule.freq === 'weekly') return true;
  if (rule.freq !== 'monthly') return false;
  const dom = date.getUTCDate();
  const daysInMonth = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  return rule.nth.some((nth) => (nth === -1 ? dom + 7 > daysInMonth : Math.ceil(dom / 7) === nth));
}

const inYearEndBreak = (day: string, brk: { from: string; to: string }) => {
  const md = day.slice(5);
  // A break such as 12-28〜01-04 wraps around the new year; one such as 08-13〜08-16 does not.
  return brk.from <= brk.to ? md >= brk.from && md <= brk.to : md >= brk.from || md <= brk.to;
};

export type SkipReason = 'holiday' | 'yearEnd' | 'closed';

/** Why the rule does not open on a day its pattern falls on, or undefined when it opens. */
export function skipReason(rule: ScheduleRule, day: string, isHoliday: (day: string) => boolean): SkipReason | undefined {
  if (rule.closedDates.some((d) => dayOfDateField(d) === day)) return 'closed';
  if (rule.yearEndBreak && inYearEndBreak(day, rule.yearEndBreak)) return 'yearEnd';
  if (rule.skipHolidays && isHoliday(day)) return 'holiday';
  return undefined;
}

export interface Occurrence {
  day: string;
  /** Opening moment; for a rule without times, the start of the day. */
  start: Date;
  /** Closing moment; without `closes`, the end of the day. */
  end: Date;
  /** The rule's times as written (10:00); without `opens` the calendar makes it an all-day event. */
  opens?: string;
  closes?: string;
  skipped?: SkipReason;
}

/** The rule's first and last valid days, as Tokyo days (undefined when open-ended). */
export const ruleValidity = (rule: ScheduleRule) => ({
  from: rule.validFrom && dayOfDateField(rule.validFrom),
  until: rule.validUntil && dayOfDateField(rule.validUntil),
});

/**
 * Every day from `fromDay` to `untilDay` (inclusive) the rule's pattern falls on within its validity, each with the
 * reason it is skipped, if any: the skipped ones are the calendar's EXDATEs.
 */
export function ruleOccurrences(rule: ScheduleRule, fromDay: string, untilDay: string, isHoliday: (day: string) => boolean): Occurrence[] {
  if (rule.freq === 'irregular') return [];
  const validity = ruleValidity(rule);
  const first = Math.max(dayNumber(fromDay), validity.from ? dayNumber(validity.from) : -Infinity);
  const last = Math.min(dayNumber(untilDay), validity.until ? dayNumber(validity.until) : Infinity);
  const out: Occurrence[] = [];
  for (let n = first; n <= last; n++) {
    const day = dayFromNumber(n);
    if (!matchesPattern(rule, day)) continue;
    const start = tokyoMoment(day, rule.opens ?? '00:00');
    const end = rule.closes ? tokyoMoment(day, rule.closes) : tokyoMoment(dayFromNumber(n + 1));
    const skipped = skipReason(rule, day, isHoliday);
    out.push({ day, start, end, opens: rule.opens, closes: rule.closes, ...(skipped ? { skipped } : {}) });
  }
  return out;
}

/** The day `days` after a Tokyo day. */
export const addDays = (day: string, days: number) => dayFromNumber(dayNumber(day) + days);

/**
 * The next opening dates of all the rules together, soonest first: days that have not ended at `now`, holidays,
 * breaks and closed days left out. Looks `horizonDays` ahead.
 */
export function nextOpenings(
  rules: readonly ScheduleRule[], now: Date, isHoliday: (day: string) => boolean, { limit = 10, horizonDays = 120 } = {},
): Occurrence[] {
  let byRules = upcomingCache.get(isHoliday);
  if (!byRules) upcomingCache.set(isHoliday, (byRules = new WeakMap()));
  let byMoment = byRules.get(rules);
  if (!byMoment) byRules.set(rules, (byMoment = new Map()));
  const key = `${now.getTime()} ${horizonDays}`;
  let upcoming = byMoment.get(key);
  if (!upcoming) {
    const today = tokyoDay(now);
    const until = addDays(today, horizonDays);
    upcoming = rules
      .flatMap((rule) => ruleOccurrences(rule, today, until, isHoliday))
      .filter((o) => !o.skipped && o.end.getTime() > now.getTime())
      .sort((a, b) => a.start.getTime() - b.start.getTime() || a.end.getTime() - b.end.getTime());
    byMoment.set(key, upcoming);
  }
  return upcoming.slice(0, limit);
}

/**
 * Upcoming days already worked out, by holiday calendar, schedule and moment: a build asks for the same activity's
 * dates on its page, its handout, the directory, the open data and its calendar (entries' schedules are shared
 * objects, so a changed schedule is a new key). Occurrences are never changed by their readers.
 */
const upcomingCache = new WeakMap<(day: string) => boolean, WeakMap<readonly ScheduleRule[], Map<string, Occurrence[]>>>();

/** Does the activity meet on a pattern a calendar can repeat (at least one weekly or monthly rule)? */
export const hasRegularSchedule = (rules: readonly ScheduleRule[]) => rules.some((r) => r.freq !== 'irregular');
