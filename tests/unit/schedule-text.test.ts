import { describe, expect, it } from 'vitest';
import { parseScheduleText } from '../../src/lib/schedule-text';
import { formatScheduleRule } from '../../src/lib/schedule';
import { scheduleRuleSchema } from '../../src/schemas/schedule';

/** The rules as the site would print them, each one checked against the schema the build uses. */
const printed = (days: string, time = '') => {
  const { rules, unmapped } = parseScheduleText(days, time);
  for (const rule of rules) expect(scheduleRuleSchema.safeParse(rule).success, JSON.stringify(rule)).toBe(true);
  return { text: rules.map(formatScheduleRule), unmapped };
};

describe('parseScheduleText', () => {
  it.each([
    ['毎週水曜', '10時〜12時', '毎週水曜 10:00〜12:00'],
    ['毎週水曜日', '10:00-12:00', '毎週水曜 10:00〜12:00'],
    ['水', '１０：００～１２：００', '毎週水曜 10:00〜12:00'],
    ['月・水・金', '9:30〜11:30', '毎週月・水・金曜 09:30〜11:30'],
    ['月水金', '', '毎週月・水・金曜'],
    ['毎週火・金曜', '13時から17時', '毎週火・金曜 13:00〜17:00'],
    ['第2・第4土曜', '13時30分〜15時', '毎月第2・第4土曜 13:30〜15:00'],
    ['毎月第1,3木曜日', '午後1時半〜3時', '毎月第1・第3木曜 13:30〜15:00'],
    ['第2・最終金曜', '10時〜', '毎月第2・最終金曜 10:00〜'],
    ['平日', '9:00〜17:00', '毎週月・火・水・木・金曜 09:00〜17:00'],
    ['土日', '10時～12時', '毎週土・日曜 10:00〜12:00'],
    ['第3日曜', '11時半〜13時', '毎月第3日曜 11:30〜13:00'],
  ])('%s %s → %s', (days, time, text) => {
    expect(printed(days, time)).toEqual({ text: [text], unmapped: [] });
  });

  it('reads days and times from one cell, several rules in it, and keeps a remark as the note', () => {
    expect(printed('毎週水曜 10:00〜12:00（祝日は休み）')).toEqual({ text: ['毎週水曜 10:00〜12:00（祝日は休み）'], unmapped: [] });
    expect(printed('第1・第3水曜 10:00〜11:00／第2土曜 14:00〜15:00')).toEqual({
      text: ['毎月第1・第3水曜 10:00〜11:00', '毎月第2土曜 14:00〜15:00'], unmapped: [],
    });
  });

  it('keeps what it cannot read word for word, as an irregular rule, and reports it', () => {
    expect(printed('毎月15日', '10時〜12時')).toEqual({ text: ['不定期（毎月15日 10時〜12時）'], unmapped: ['毎月15日'] });
    expect(printed('隔週木曜')).toEqual({ text: ['不定期（隔週木曜）'], unmapped: ['隔週木曜'] });
    expect(printed('不定期')).toEqual({ text: ['不定期（不定期）'], unmapped: ['不定期'] });
    expect(printed('毎月水曜')).toEqual({ text: ['不定期（毎月水曜）'], unmapped: ['毎月水曜'] });
  });

  it('reads 不定期 with its remark as an irregular rule', () => {
    expect(printed('不定期（月1回程度）', '10時〜12時')).toEqual({ text: ['不定期（月1回程度 10:00〜12:00）'], unmapped: [] });
  });

  it('puts a time it cannot read into the note, and reports it', () => {
    expect(printed('毎週水曜', '午前中')).toEqual({ text: ['毎週水曜（午前中）'], unmapped: ['午前中'] });
  });

  it('reads times given without days as nothing it can place', () => {
    expect(printed('', '10時〜12時')).toEqual({ text: ['不定期（10時〜12時）'], unmapped: ['10時〜12時'] });
  });

  it('gives no rules for empty cells', () => {
    expect(parseScheduleText('', '')).toEqual({ rules: [], unmapped: [] });
  });
});
