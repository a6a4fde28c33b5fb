import { describe, expect, it } from 'vitest';
import { isHoliday } from '../../src/lib/holidays';
import { formatScheduleRule, nextOpenings, ruleOccurrences, scheduleRuleToRRule, scheduleToSchemaOrg, scheduleWeekdays } from '../../src/lib/schedule';
import { withTimeZones } from './time-zone';
import { type ScheduleRule, scheduleRuleSchema } from '../../src/schemas/schedule';

const rule = (input: Record<string, unknown>): ScheduleRule => scheduleRuleSchema.parse(input);

describe('formatScheduleRule', () => {
  it('writes weekly rules', () => {
    expect(formatScheduleRule(rule({ freq: 'weekly', weekdays: ['wed'], opens: '10:00', closes: '12:00' }))).toBe('毎週水曜 10:00〜12:00');
    expect(formatScheduleRule(rule({ freq: 'weekly', weekdays: ['fri', 'mon', 'wed'], opens: '9:00'.padStart(5, '0') }))).toBe('毎週月・水・金曜 09:00〜');
  });

  it('writes monthly 第n rules in order, with 最終 last', () => {
    expect(formatScheduleRule(rule({ freq: 'monthly', weekdays: ['sat'], nth: [4, 2], opens: '13:30', closes: '15:00' }))).toBe(
      '毎月第2・第4土曜 13:30〜15:00',
    );
    expect(formatScheduleRule(rule({ freq: 'monthly', weekdays: ['fri'], nth: [-1, 1] }))).toBe('毎月第1・最終金曜');
  });

  it('writes irregular rules with their note', () => {
    expect(formatScheduleRule(rule({ freq: 'irregular', note: '月1回程度' }))).toBe('不定期（月1回程度）');
    expect(formatScheduleRule(rule({ freq: 'weekly', weekdays: ['tue'], note: '祝日は休み' }))).toBe('毎週火曜（祝日は休み）');
  });
});

describe('schedule projections', () => {
  const rules = [
    rule({ freq: 'monthly', weekdays: ['sat'], nth: [2, 4], opens: '13:30', closes: '15:00' }),
    rule({ freq: 'weekly', weekdays: ['wed', 'mon'] }),
    rule({ freq: 'irregular', note: '夏休み' }),
  ];

  it('lists weekday facets in week order', () => {
    expect(scheduleWeekdays(rules)).toEqual(['mon', 'wed', 'sat']);
  });

  it('writes RRULEs', () => {
    expect(scheduleRuleToRRule(rules[0]!)).toBe('FREQ=MONTHLY;BYDAY=+2SA,+4SA');
    expect(scheduleRuleToRRule(rules[1]!)).toBe('FREQ=WEEKLY;BYDAY=MO,WE');
    expect(scheduleRuleToRRule(rule({ freq: 'monthly', weekdays: ['fri'], nth: [-1] }))).toBe('FREQ=MONTHLY;BYDAY=-1FR');
    expect(scheduleRuleToRRule(rules[2]!)).toBeNull();
  });

  it('writes schema.org Schedule objects', () => {
    expect(scheduleToSchemaOrg(rules)[0]).toEqual({
      '@type': 'Schedule', repeatFrequency: 'P1M', byDay: ['https://schema.org/Saturday'], byMonthWeek: [2, 4],
      startTime: '13:30:00', endTime: '15:00:00', scheduleTimezone: 'Asia/Tokyo',
    });
    expect(scheduleToSchemaOrg(rules)).toHaveLength(2);
  });
});

describe('scheduleRuleSchema', () => {
  const issues = (input: Record<string, unknown>) => scheduleRuleSchema.safeParse(input).error?.issues.map((i) => [i.path.join('.'), i.message]);

  it('requires weekdays, nth for monthly, and a note when irregular', () => {
    expect(issues({ freq: 'weekly' })).toEqual([['weekdays', '曜日を1つ以上選んでください']]);
    expect(issues({ freq: 'monthly', weekdays: ['sat'] })).toEqual([['nth', '毎月のときは「第何」を選んでください（例: 第2）']]);
    expect(issues({ freq: 'irregular' })).toEqual([['note', '不定期のときは補足に開催の目安を書いてください']]);
  });

  it('rejects bad weekdays, times and reversed ranges', () => {
    expect(issues({ freq: 'weekly', weekdays: ['水'] })?.[0]?.[0]).toBe('weekdays.0');
    expect(issues({ freq: 'weekly', weekdays: ['wed'], opens: '25:00' })?.[0]?.[0]).toBe('opens');
    expect(issues({ freq: 'weekly', weekdays: ['wed'], opens: '12:00', closes: '10:00' })).toEqual([['closes', '終了時刻は開始時刻より後にしてください']]);
  });
});

describe('holiday and break fields', () => {
  it('are written into the schedule text', () => {
    expect(formatScheduleRule(rule({ freq: 'weekly', weekdays: ['wed'], opens: '10:00', closes: '12:00', skipHolidays: true, yearEndBreak: { from: '12-28', to: '01-04' } }))).toBe(
      '毎週水曜 10:00〜12:00（祝日と12月28日〜1月4日は休み）',
    );
    expect(formatScheduleRule(rule({ freq: 'monthly', weekdays: ['sat'], nth: [2], validFrom: '2026-11-01', validUntil: '2027-02-28', note: '雨天中止' }))).toBe(
      '毎月第2土曜（2026年11月1日から2027年2月28日まで。雨天中止）',
    );
  });

  it('are checked', () => {
    expect(scheduleRuleSchema.safeParse({ freq: 'weekly', weekdays: ['wed'], yearEndBreak: { from: '12/28', to: '01-04' } }).error?.issues[0]?.path).toEqual(['yearEndBreak', 'from']);
    expect(scheduleRuleSchema.safeParse({ freq: 'weekly', weekdays: ['wed'], validFrom: '2027-03-01', validUntil: '2027-02-01' }).error?.issues[0]?.message).toBe(
      '「この日まで」は「この日から」より後の日にしてください',
    );
  });
});

describe('next openings (Asia/Tokyo, 祝日 from @holiday-jp/holiday_jp)', () => {
  const days = (os: { day: string }[]) => os.map((o) => o.day);

  it('finds 第2・第4土曜, leaving out holidays, the new-year break and closed days', () => {
    const salon = rule({
      freq: 'monthly', weekdays: ['sat'], nth: [2, 4], opens: '13:30', closes: '15:00',
      skipHolidays: true, yearEndBreak: { from: '12-28', to: '01-04' }, closedDates: ['2027-01-09'],
    });
    // 2027-01-09 is closed; the 2nd Saturday of January is otherwise the first after the break.
    expect(days(nextOpenings([salon], new Date('2026-12-13T00:00:00+09:00'), isHoliday, { limit: 5 }))).toEqual([
      '2026-12-26', '2027-01-23', '2027-02-13', '2027-02-27', '2027-03-13',
    ]);
    expect(ruleOccurrences(salon, '2026-12-20', '2027-01-31', isHoliday).map((o) => [o.day, o.skipped ?? ''])).toEqual([
      ['2026-12-26', ''], ['2027-01-09', 'closed'], ['2027-01-23', ''],
    ]);
    const monday = rule({ freq: 'weekly', weekdays: ['mon'], skipHolidays: true, yearEndBreak: { from: '12-28', to: '01-04' } });
    expect(ruleOccurrences(monday, '2026-12-21', '2027-01-18', isHoliday).map((o) => [o.day, o.skipped ?? ''])).toEqual([
      ['2026-12-21', ''], ['2026-12-28', 'yearEnd'], ['2027-01-04', 'yearEnd'], ['2027-01-11', 'holiday'], ['2027-01-18', ''],
    ]);
  });

  it('skips 祝日 and 振替休日 on a weekly rule', () => {
    const monday = rule({ freq: 'weekly', weekdays: ['mon'], opens: '10:00', closes: '11:00', skipHolidays: true });
    // 2027-01-11 成人の日; 2027-02-22 Mon is a normal day; 2026-11-23 (勤労感謝の日) is a Monday.
    expect(days(nextOpenings([monday], new Date('2027-01-04T12:00:00+09:00'), isHoliday, { limit: 3 }))).toEqual(['2027-01-18', '2027-01-25', '2027-02-01']);
    expect(ruleOccurrences(monday, '2026-11-23', '2026-11-23', isHoliday)[0]?.skipped).toBe('holiday');
    expect(isHoliday('2026-09-22')).toBe(true); // 国民の休日 between 敬老の日 and 秋分の日
  });

  it('takes 最終 (-1) as the last such weekday of the month', () => {
    const lastFri = rule({ freq: 'monthly', weekdays: ['fri'], nth: [-1] });
    expect(days(nextOpenings([lastFri], new Date('2027-01-01T00:00:00+09:00'), isHoliday, { limit: 3 }))).toEqual(['2027-01-29', '2027-02-26', '2027-03-26']);
  });

  it('keeps to validFrom/validUntil', () => {
    const winter = rule({ freq: 'weekly', weekdays: ['sat'], validFrom: '2027-01-01', validUntil: '2027-01-20' });
    expect(days(nextOpenings([winter], new Date('2026-12-01T00:00:00+09:00'), isHoliday))).toEqual(['2027-01-02', '2027-01-09', '2027-01-16']);
  });

  it('treats a day as upcoming until it closes, in Tokyo time', () => {
    const wed = rule({ freq: 'weekly', weekdays: ['wed'], opens: '10:00', closes: '12:00' });
    // 2026-12-16 11:59 JST is still during the Wednesday meeting; 12:00 JST it has ended.
    expect(nextOpenings([wed], new Date('2026-12-16T02:59:00Z'), isHoliday, { limit: 1 })[0]?.day).toBe('2026-12-16');
    expect(nextOpenings([wed], new Date('2026-12-16T03:00:00Z'), isHoliday, { limit: 1 })[0]?.day).toBe('2026-12-23');
    expect(nextOpenings([wed], new Date('2026-12-16T03:00:00Z'), isHoliday, { limit: 1 })[0]?.start.toISOString()).toBe('2026-12-23T01:00:00.000Z');
  });

  it('gives nothing for irregular rules, and merges several rules in time order', () => {
    expect(nextOpenings([rule({ freq: 'irregular', note: '月1回' })], new Date('2027-01-01T00:00:00+09:00'), isHoliday)).toEqual([]);
    const two = [rule({ freq: 'weekly', weekdays: ['thu'], opens: '14:00' }), rule({ freq: 'weekly', weekdays: ['tue'], opens: '09:00' })];
    expect(days(nextOpenings(two, new Date('2027-02-01T00:00:00+09:00'), isHoliday, { limit: 3 }))).toEqual(['2027-02-02', '2027-02-04', '2027-02-09']);
  });

  it('gives the same days and moments whatever the machine time zone', () => {
    const salon = rule({ freq: 'monthly', weekdays: ['sat'], nth: [2, 4], opens: '13:30', closes: '15:00', skipHolidays: true, yearEndBreak: { from: '12-28', to: '01-04' } });
    const run = () => nextOpenings([salon], new Date('2026-12-31T23:30:00+09:00'), isHoliday, { limit: 8 }).map((o) => `${o.day} ${o.start.toISOString()}`);
    const results = withTimeZones(['Asia/Tokyo', 'America/Los_Angeles', 'Pacific/Kiritimati'], run);
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
    expect(results[0]![0]).toBe('2027-01-09 2027-01-09T04:30:00.000Z');
  });
});
