/**
 * The next meeting dates of an activity's schedule rules, in Asia/Tokyo. Open data is the only caller; when the
 * schedule module gains holiday-aware next dates, `nextMeetings` in ./opendata is the one line to switch.
 */
import * as rruleModule from 'rrule';
import type { ScheduleRule } from '../schemas/schedule';
import { scheduleRuleToRRule } from './schedule';

const { RRule } = (rruleModule as typeof rruleModule & { default?: typeof rruleModule }).default ?? rruleModule;

/** Japan keeps no daylight saving time, so Tokyo wall-clock time is UTC + 9 hours all year. */
const TOKYO_OFFSET_MS = 9 * 3_600_000;

export interface Meeting {
  /** 2026-12-09 (Tokyo calendar date) */
  date: string;
  opens?: string;
  closes?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Up to `count` meetings from `now` on, soonest first. A meeting that is still going on counts; irregular rules
 * have no dates. rrule works on "floating" wall-clock times, so Tokyo times are expressed as UTC fields throughout.
 */
export function nextDates(rules: readonly ScheduleRule[], now: Date, count = 3): Meeting[] {
  const wallNow = new Date(now.getTime() + TOKYO_OFFSET_MS);
  const today = Date.UTC(wallNow.getUTCFullYear(), wallNow.getUTCMonth(), wallNow.getUTCDate());
  const meetings: { at: number; meeting: Meeting }[] = [];
  for (const rule of rules) {
    const rrule = scheduleRuleToRRule(rule);
    if (!rrule) continue;
    const minutes = (hm: string | undefined) => (hm ? Number(hm.slice(0, 2)) * 60 + Number(hm.slice(3)) : undefined);
    const opens = minutes(rule.opens) ?? 0;
    const ends = minutes(rule.closes) ?? minutes(rule.opens) ?? 24 * 60 - 1;
    const dates = new RRule({ ...RRule.parseString(rrule), dtstart: new Date(today), count: count + 1 }).all();
    for (const day of dates) {
      if (day.getTime() + ends * 60_000 <= wallNow.getTime()) continue;
      const date = `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
      meetings.push({
        at: day.getTime() + opens * 60_000,
        meeting: { date, ...(rule.opens ? { opens: rule.opens } : {}), ...(rule.closes ? { closes: rule.closes } : {}) },
      });
    }
  }
  return meetings
    .sort((a, b) => a.at - b.at)
    .slice(0, count)
    .map((m) => m.meeting);
}
