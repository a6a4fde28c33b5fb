import { describe, expect, it } from 'vitest';
import { noticeWhen } from '../../src/lib/notice-time';

describe('noticeWhen', () => {
  const startsAt = new Date('2027-01-13T13:30:00+09:00');
  const endsAt = new Date('2027-02-10T15:30:00+09:00');

  it('gives a meeting its time and a course the span of its sessions', () => {
    expect(noticeWhen({ startsAt, endsAt: new Date('2027-01-13T15:30:00+09:00'), sessions: [] })).toBe('2027年1月13日（水）13:30〜15:30');
    expect(noticeWhen({
      startsAt, endsAt,
      sessions: [{ startsAt, endsAt: new Date('2027-01-13T15:30:00+09:00') }, { startsAt: new Date('2027-02-10T13:30:00+09:00'), endsAt }],
    })).toBe('全2回（2027年1月13日（水）〜2027年2月10日（水））');
  });
});
