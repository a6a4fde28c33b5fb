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
  if (rule.note) text += `（${rule.note}）`;
  return text;
}

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
