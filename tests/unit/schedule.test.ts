import { describe, expect, it } from 'vitest';
import { formatScheduleRule, scheduleRuleToRRule, scheduleToSchemaOrg, scheduleWeekdays } from '../../src/lib/schedule';
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
