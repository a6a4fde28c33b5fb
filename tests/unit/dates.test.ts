import { describe, expect, it } from 'vitest';
import {
  daysBetween, formatDate, formatDateBoth, formatDateTimeRange, formatSessionTime, formatShortDateWithWeekday, formatWareki, formatWarekiYear, isoDate,
  isoDateTime,
} from '../../src/lib/dates';

// The test runner sets TZ=America/Los_Angeles: every result below must still be Tokyo time.
describe('dates', () => {
  const meeting = new Date('2026-12-10T14:00:00+09:00');

  it('formats in Asia/Tokyo whatever the machine zone is', () => {
    expect(formatDate(new Date('2026-11-30T16:00:00Z'))).toBe('2026年12月1日');
    expect(isoDate(new Date('2026-11-30T16:00:00Z'))).toBe('2026-12-01');
  });

  it('computes Tokyo wall-clock time by arithmetic exactly as Intl does, and asks Intl before 1951 (summer time)', () => {
    const intl = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
    });
    const viaIntl = (d: Date) => {
      const p = Object.fromEntries(intl.formatToParts(d).map((x) => [x.type, x.value]));
      return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:00+09:00`;
    };
    // Midnight, the year's turn, a leap day and times spread over two centuries (a fixed step, so the test is stable).
    const instants = ['2026-12-31T14:59:59Z', '2026-12-31T15:00:00Z', '2028-02-28T15:00:00Z', '2000-01-01T00:00:00Z', '2099-12-31T23:59:00Z'].map((s) => new Date(s));
    for (let t = Date.UTC(1952, 0, 1); t < Date.UTC(2100, 0, 1); t += 7_919 * 60_000 * 13) instants.push(new Date(t));
    for (const d of instants) expect(isoDateTime(d)).toBe(viaIntl(d));
    // 1950 had summer time in Japan (UTC+10): the arithmetic would be an hour off, so Intl answers.
    const summer1950 = new Date('1950-07-01T03:00:00Z');
    expect(isoDateTime(summer1950)).toBe(viaIntl(summer1950));
  });

  it('writes 和暦, with 元年 for the first year of an era', () => {
    expect(formatWareki(meeting)).toBe('令和8年12月10日');
    expect(formatWareki(new Date('2019-05-01T12:00:00+09:00'))).toBe('令和元年5月1日');
    expect(formatWareki(new Date('2019-04-30T12:00:00+09:00'))).toBe('平成31年4月30日');
    expect(formatWarekiYear(meeting)).toBe('令和8年');
  });

  it('writes both calendars', () => {
    expect(formatDateBoth(meeting)).toBe('2026年（令和8年）12月10日');
  });

  it('formats a meeting time range with the weekday', () => {
    expect(formatDateTimeRange(meeting, new Date('2026-12-10T16:00:00+09:00'))).toBe('2026年12月10日（木）14:00〜16:00');
    expect(formatDateTimeRange(meeting, new Date('2026-12-11T12:00:00+09:00'))).toBe('2026年12月10日（木）14:00〜2026年12月11日（金）12:00');
  });

  it('writes ISO datetimes with the +09:00 offset', () => {
    expect(isoDateTime(new Date('2026-12-10T05:00:00Z'))).toBe('2026-12-10T14:00:00+09:00');
  });

  it('counts whole days', () => {
    expect(daysBetween(new Date('2025-11-01'), new Date('2026-11-02'))).toBe(366);
  });
});

describe('short and session dates', () => {
  it('writes the year only when it differs from the reference', () => {
    expect(formatShortDateWithWeekday(new Date('2026-12-10T10:00:00+09:00'), new Date('2026-12-03T00:00:00+09:00'))).toBe('12月10日（木）');
    expect(formatShortDateWithWeekday(new Date('2027-01-13T10:00:00+09:00'), new Date('2026-12-03T00:00:00+09:00'))).toBe('2027年1月13日（水）');
    // 2026-12-31 23:30 JST is still 2026 in Tokyo although it is 2026-12-31 06:30 in Los Angeles and 14:30 UTC.
    expect(formatShortDateWithWeekday(new Date('2026-12-31T23:30:00+09:00'), new Date('2026-12-03T00:00:00+09:00'))).toBe('12月31日（木）');
  });

  it('writes a session with 和暦 and weekday', () => {
    expect(formatSessionTime(new Date('2027-01-13T13:30:00+09:00'), new Date('2027-01-13T15:30:00+09:00'))).toBe('2027年（令和9年）1月13日（水）13:30〜15:30');
  });
});
