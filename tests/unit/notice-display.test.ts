import { describe, expect, it } from 'vitest';
import { type NoticeFields, isUpcomingNotice, noticeDisplay, noticeStatusNotice } from '../../src/lib/notice-display';

const now = new Date('2026-11-22T12:00:00+09:00');

const notice = (over: Partial<NoticeFields> = {}): NoticeFields => ({
  kind: '開催案内',
  status: 'scheduled',
  startsAt: new Date('2026-12-08T19:00:00+09:00'),
  endsAt: new Date('2026-12-08T20:45:00+09:00'),
  venue: { name: '東部コミュニティセンター' },
  observers: { allowed: true, capacity: 5, howToApply: '前日までに電話で' },
  ...over,
});

describe('a meeting notice (開催案内)', () => {
  it('scheduled: date, venue and 傍聴 while it is still to come', () => {
    const d = noticeDisplay(notice(), now);
    expect(d.badge).toEqual({ label: '開催予定', tone: 'plain' });
    expect(d.when).toEqual({ label: '日時', text: '2026年12月8日（火）19:00〜20:45', struck: false });
    expect(d.venue).toBe('current');
    expect(d.observers).toEqual({ label: '傍聴', text: '傍聴できます（定員 5人）', howToApply: '前日までに電話で' });
    expect(d.upcoming).toBe(true);
  });

  it('scheduled but not open to the public: says so', () => {
    expect(noticeDisplay(notice({ observers: { allowed: false } }), now).observers)
      .toEqual({ label: '傍聴', text: 'この会議は傍聴できません' });
  });

  it('scheduled but already over: no longer 開催予定, no 傍聴 offer, not upcoming', () => {
    const d = noticeDisplay(notice(), new Date('2026-12-09T09:00:00+09:00'));
    expect(d.badge).toEqual({ label: '終了', tone: 'muted' });
    expect(d.observers).toBeUndefined();
    expect(d.upcoming).toBe(false);
  });

  it('postponed: no old date as the meeting date, no old venue, 傍聴 later, still upcoming after the old date', () => {
    const d = noticeDisplay(notice({ status: 'postponed' }), new Date('2026-12-20T09:00:00+09:00'));
    expect(d.badge).toEqual({ label: '延期', tone: 'warm' });
    expect(d.when.text).toBe('未定（延期になりました）');
    expect(d.when.text).not.toContain('12月8日');
    expect(d.previous).toEqual({ label: '当初の予定', text: '2026年12月8日（火）19:00〜20:45　東部コミュニティセンター' });
    expect(d.venue).toBe('undecided');
    expect(d.observers?.text).toBe('新しい日時が決まってから、あらためてご案内します');
    expect(d.observers?.text).not.toContain('傍聴できます');
    expect(d.upcoming).toBe(true);
  });

  it('rescheduled: the new date, the old one only as 変更前の日時', () => {
    const d = noticeDisplay(notice({ status: 'rescheduled', previousStartsAt: new Date('2026-12-01T19:00:00+09:00') }), now);
    expect(d.badge).toEqual({ label: '日程変更', tone: 'warm' });
    expect(d.when.text).toBe('2026年12月8日（火）19:00〜20:45');
    expect(d.previous).toEqual({ label: '変更前の日時', text: '2026年12月1日（火）19:00〜' });
    expect(d.observers?.text).toBe('傍聴できます（定員 5人）');
    expect(d.upcoming).toBe(true);
  });

  it('cancelled: date and venue struck through, no 傍聴, not upcoming', () => {
    const d = noticeDisplay(notice({ status: 'cancelled' }), now);
    expect(d.badge).toEqual({ label: '中止', tone: 'alert' });
    expect(d.when.struck).toBe(true);
    expect(d.venue).toBe('struck');
    expect(d.observers).toBeUndefined();
    expect(d.upcoming).toBe(false);
  });

  it('held: 開催済み, no 傍聴 offer', () => {
    const d = noticeDisplay(notice({ status: 'held' }), now);
    expect(d.badge).toEqual({ label: '開催済み', tone: 'muted' });
    expect(d.observers).toBeUndefined();
    expect(d.upcoming).toBe(false);
  });
});

describe('a report (開催報告)', () => {
  it('shows when it was held, never offers 傍聴 and is never upcoming, whatever its status says', () => {
    for (const status of ['held', 'scheduled']) {
      const d = noticeDisplay(notice({ kind: '開催報告', status }), now);
      expect(d.badge).toEqual({ label: '開催済み', tone: 'muted' });
      expect(d.when.label).toBe('開催日時');
      expect(d.observers).toBeUndefined();
      expect(d.upcoming).toBe(false);
    }
  });
});

describe('an announcement (お知らせ)', () => {
  const recruitment = notice({
    kind: 'お知らせ',
    startsAt: new Date('2026-12-01T08:30:00+09:00'),
    endsAt: new Date('2027-01-15T17:15:00+09:00'),
    observers: { allowed: false },
  });

  it('is not 開催予定 and shows a period over several days as dates', () => {
    const d = noticeDisplay(recruitment, now);
    expect(d.badge).toBeUndefined();
    expect(d.when).toEqual({ label: '期間', text: '2026年12月1日（火）〜2027年1月15日（金）', struck: false });
    expect(d.observers).toBeUndefined();
    expect(d.upcoming).toBe(true);
  });

  it('on one day keeps its times, and offers 参加の申し込み when people may come', () => {
    const forum = notice({
      kind: 'お知らせ', startsAt: new Date('2027-02-20T13:30:00+09:00'), endsAt: new Date('2027-02-20T16:00:00+09:00'),
      observers: { allowed: true, capacity: 150, howToApply: '2月10日までに電話で' },
    });
    const d = noticeDisplay(forum, now);
    expect(d.when).toEqual({ label: '日時', text: '2027年2月20日（土）13:30〜16:00', struck: false });
    expect(d.observers).toEqual({ label: '参加の申し込み', text: '参加できます（定員 150人）', howToApply: '2月10日までに電話で' });
  });

  it('after its period: 終了, not upcoming', () => {
    const d = noticeDisplay(recruitment, new Date('2027-01-16T09:00:00+09:00'));
    expect(d.badge).toEqual({ label: '終了', tone: 'muted' });
    expect(d.upcoming).toBe(false);
  });
});

describe('isUpcomingNotice', () => {
  it('judges in absolute time, whatever the machine zone', () => {
    const n = notice();
    expect(isUpcomingNotice(n, new Date('2026-12-08T11:44:59Z'))).toBe(true);
    expect(isUpcomingNotice(n, new Date('2026-12-08T11:45:00Z'))).toBe(false);
  });
});

describe('noticeStatusNotice (the page and the CMS preview)', () => {
  it('opens a cancelled, postponed or rescheduled notice with one sentence and the editor’s note', () => {
    expect(noticeStatusNotice('cancelled', '台風接近のため')).toEqual({ tone: 'alert', title: 'この会議は中止になりました。', note: '台風接近のため' });
    expect(noticeStatusNotice('postponed')).toEqual({ tone: 'warm', title: 'この会議は延期になりました。新しい日時は決まりしだいお知らせします。', note: undefined });
    expect(noticeStatusNotice('rescheduled', '')?.title).toBe('この会議は日時が変更になりました。');
  });

  it('says nothing for a notice going ahead or held', () => {
    expect(noticeStatusNotice('scheduled', 'メモ')).toBeUndefined();
    expect(noticeStatusNotice('held')).toBeUndefined();
    expect(noticeStatusNotice(undefined)).toBeUndefined();
  });
});
