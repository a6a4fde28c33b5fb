import { describe, expect, it } from 'vitest';
import { isHoliday } from '../../src/lib/holidays';
import { type ActivityForCalendar, type NoticeForCalendar, activityCalendar, calendarNotices, noticeSequence, noticeSummary, noticesCalendar } from '../../src/lib/ics';
import { scheduleRuleSchema } from '../../src/schemas/schedule';
import { expandEvent, parseCalendar } from '../support/ical-parse';
import { withTimeZones } from './time-zone';

const site = 'https://fukushi.example.jp';
const noticePath = (slug: string) => `/notices/${slug}/`;
const activityPath = (slug: string) => `/activities/${slug}/`;

const notice = (id: string, data: Partial<NoticeForCalendar['data']>): NoticeForCalendar => ({
  id,
  data: {
    title: '第3回 支え合い推進会議', kind: '開催案内', council: { id: 'kaigi' },
    startsAt: new Date('2026-12-17T14:00:00+09:00'), endsAt: new Date('2026-12-17T16:00:00+09:00'), sessions: [],
    venue: { name: '市役所 第2会議室', address: 'みどり市中央1-1' }, status: 'scheduled', agenda: ['報告', '意見交換'],
    observers: { allowed: true, capacity: 10, howToApply: '電話で' }, publishedAt: new Date('2026-11-20'), ...data,
  },
});

const notices = [
  notice('kaigi-12', { onlineUrl: 'https://example.jp/online' }),
  notice('kaigi-09', { status: 'cancelled', title: '第2回 会議（中止）', statusNote: '台風のため中止', startsAt: new Date('2026-09-08T14:00:00+09:00'), endsAt: new Date('2026-09-08T16:00:00+09:00'), updatedAt: new Date('2026-09-07') }),
  notice('kaigi-01', { status: 'rescheduled', startsAt: new Date('2027-01-21T10:00:00+09:00'), endsAt: new Date('2027-01-21T12:00:00+09:00'), previousStartsAt: new Date('2027-01-14T10:00:00+09:00'), updatedAt: new Date('2026-11-22') }),
  notice('kaigi-02', { status: 'postponed', startsAt: new Date('2027-02-08T19:00:00+09:00'), endsAt: new Date('2027-02-08T20:45:00+09:00') }),
  notice('kenshu', {
    kind: '研修・講座', title: 'くらしのサポーター養成研修', agenda: [],
    startsAt: new Date('2027-01-13T13:30:00+09:00'), endsAt: new Date('2027-01-20T15:30:00+09:00'),
    sessions: [
      { startsAt: new Date('2027-01-13T13:30:00+09:00'), endsAt: new Date('2027-01-13T15:30:00+09:00'), topic: '支え合いとは' },
      { startsAt: new Date('2027-01-20T13:30:00+09:00'), endsAt: new Date('2027-01-20T15:30:00+09:00'), venue: { name: 'サロン', address: '北町2-3' } },
    ],
  }),
  notice('boshu', { kind: 'お知らせ', title: '委員の募集' }),
  // A report kept as its own entry for the December meeting: the announcement already stands for it.
  notice('kaigi-12-report', { kind: '開催報告', status: 'held' }),
];

const build = () => noticesCalendar(notices, { site, noticePath, name: '協議体の会議', councilName: () => 'みどり市支え合い推進会議' });

describe('notice calendar', () => {
  const { events, timezones, name } = parseCalendar(build());
  const byUid = (uid: string) => events.find((e) => e.uid === uid)!;

  it('has one event per meeting and one per session, with stable UIDs, soonest first', () => {
    expect(name).toBe('協議体の会議');
    expect(timezones).toEqual(['Asia/Tokyo']);
    expect(events.map((e) => e.uid)).toEqual([
      'notice-kaigi-09@fukushi.example.jp', 'notice-kaigi-12@fukushi.example.jp', 'notice-kenshu-1@fukushi.example.jp',
      'notice-kenshu-2@fukushi.example.jp', 'notice-kaigi-01@fukushi.example.jp', 'notice-kaigi-02@fukushi.example.jp',
    ]);
  });

  it('writes Tokyo wall-clock times with TZID=Asia/Tokyo', () => {
    expect(byUid('notice-kaigi-12@fukushi.example.jp')).toMatchObject({
      start: '2026-12-17T14:00:00', tzid: 'Asia/Tokyo', startsAt: '2026-12-17T05:00:00.000Z', endsAt: '2026-12-17T07:00:00.000Z',
      status: 'CONFIRMED', sequence: 0, location: '市役所 第2会議室、みどり市中央1-1', url: 'https://fukushi.example.jp/notices/kaigi-12/',
    });
  });

  it('marks cancelled, postponed and moved meetings', () => {
    expect(byUid('notice-kaigi-09@fukushi.example.jp')).toMatchObject({ status: 'CANCELLED', summary: '第2回 会議（中止）', sequence: 1 });
    expect(byUid('notice-kaigi-02@fukushi.example.jp')).toMatchObject({ status: 'TENTATIVE', summary: '【延期】第3回 支え合い推進会議', sequence: 1 });
    const moved = byUid('notice-kaigi-01@fukushi.example.jp');
    expect(moved).toMatchObject({ status: 'CONFIRMED', summary: '【日程変更】第3回 支え合い推進会議', start: '2027-01-21T10:00:00', sequence: 3 });
    expect(moved.description).toContain('変更前の日時：2027年1月14日（木）10:00〜');
  });

  it('describes agenda, observers and the way back to the notice, escaped so commas and lines survive', () => {
    expect(byUid('notice-kaigi-12@fukushi.example.jp').description).toBe(
      '協議体：みどり市支え合い推進会議\n\n議題：\n1. 報告\n2. 意見交換\n\n傍聴：できます（定員10人）\n傍聴の申し込み：電話で\nオンライン参加：https://example.jp/online\n\nくわしくは：https://fukushi.example.jp/notices/kaigi-12/',
    );
    const tricky = parseCalendar(noticesCalendar([notice('x', { title: 'A, B; C\\D', statusNote: '1行目\n2行目' , status: 'cancelled' })], { site, noticePath, name: 'x' })).events[0]!;
    expect(tricky.summary).toBe('【中止】A, B; C\\D');
    expect(tricky.description).toContain('1行目\n2行目');
  });

  it('gives each session its own time, place and topic', () => {
    expect(byUid('notice-kenshu-1@fukushi.example.jp')).toMatchObject({ summary: 'くらしのサポーター養成研修（第1回）', start: '2027-01-13T13:30:00', location: '市役所 第2会議室、みどり市中央1-1' });
    expect(byUid('notice-kenshu-1@fukushi.example.jp').description).toContain('第1回（全2回）：支え合いとは');
    expect(byUid('notice-kenshu-2@fukushi.example.jp')).toMatchObject({ start: '2027-01-20T13:30:00', location: 'サロン、北町2-3' });
  });

  it('raises SEQUENCE as a notice changes, never lowers it', () => {
    const publishedAt = new Date('2026-11-20');
    expect(noticeSequence({ status: 'scheduled', publishedAt })).toBe(0);
    expect(noticeSequence({ status: 'rescheduled', publishedAt })).toBe(1);
    expect(noticeSequence({ status: 'rescheduled', publishedAt, updatedAt: new Date('2026-11-20') })).toBe(1);
    expect(noticeSequence({ status: 'cancelled', publishedAt, updatedAt: new Date('2026-12-01') })).toBe(12);
    expect(noticeSummary('会議（延期）', 'postponed')).toBe('会議（延期）');
    expect(calendarNotices(notices).map((n) => n.id)).not.toContain('boshu');
  });

  it('is byte for byte the same built in Tokyo, Los Angeles or UTC', () => {
    const [tokyo, la, utc] = withTimeZones(['Asia/Tokyo', 'America/Los_Angeles', 'UTC'], build);
    expect(la).toBe(tokyo);
    expect(utc).toBe(tokyo);
  });
});

const rule = (input: Record<string, unknown>) => scheduleRuleSchema.parse(input);
const activity = (schedule: ReturnType<typeof rule>[], status = 'active'): ActivityForCalendar => ({
  id: 'salon', data: { name: 'ひなたぼっこサロン', status, schedule, venue: { name: '集会所', address: '中央2-1' }, verifiedAt: new Date('2026-10-01') },
});

describe('activity calendar', () => {
  const now = new Date('2026-12-03T08:00:00+09:00');
  const schedule = [
    rule({ freq: 'monthly', weekdays: ['sat'], nth: [2, 4], opens: '13:30', closes: '15:00', yearEndBreak: { from: '12-28', to: '01-04' }, closedDates: ['2027-01-09'] }),
    rule({ freq: 'weekly', weekdays: ['mon'], opens: '10:00', closes: '12:00', skipHolidays: true, validUntil: '2027-03-31' }),
    rule({ freq: 'monthly', weekdays: ['fri'], nth: [-1], skipHolidays: true }),
    rule({ freq: 'irregular', note: '夏休み' }),
  ];
  const build = () => activityCalendar(activity(schedule), { site, activityPath, now, isHoliday, name: 'ひなたぼっこサロン' });

  it('writes each regular rule as a recurring event with RRULE (第n / 最終) and EXDATEs', () => {
    const { events } = parseCalendar(build());
    expect(events.map((e) => [e.uid, e.rrule, e.start, e.tzid])).toEqual([
      ['activity-salon-1@fukushi.example.jp', 'FREQ=MONTHLY;BYDAY=+2SA,+4SA', '2026-12-12T13:30:00', 'Asia/Tokyo'],
      ['activity-salon-2@fukushi.example.jp', 'FREQ=WEEKLY;BYDAY=MO;UNTIL=20270331T145959Z', '2026-12-07T10:00:00', 'Asia/Tokyo'],
      ['activity-salon-3@fukushi.example.jp', 'FREQ=MONTHLY;BYDAY=-1FR', '2026-12-25', null],
    ]);
    expect(events[0]!.exdates).toEqual(['2027-01-09T13:30:00']);
    // 成人の日, and the 振替休日 for 春分の日 (Sunday 21 March 2027).
    expect(events[1]!.exdates).toEqual(['2027-01-11T10:00:00', '2027-03-22T10:00:00']);
    expect(events[0]!.endsAt).toBe('2026-12-12T06:00:00.000Z');
  });

  it('expands (as a calendar app would) to the dates the page lists', () => {
    const text = build();
    expect(expandEvent(text, 'activity-salon-1@fukushi.example.jp', 4)).toEqual([
      '2026-12-12T13:30:00', '2026-12-26T13:30:00', '2027-01-23T13:30:00', '2027-02-13T13:30:00',
    ]);
    expect(expandEvent(text, 'activity-salon-2@fukushi.example.jp', 40).at(-1)).toBe('2027-03-29T10:00:00');
  });

  it('has no events for irregular schedules or paused activities', () => {
    const only = parseCalendar(activityCalendar(activity([rule({ freq: 'irregular', note: '月1回' })]), { site, activityPath, now, isHoliday, name: 'x' }));
    expect(only.events).toEqual([]);
    expect(parseCalendar(activityCalendar(activity(schedule, 'paused'), { site, activityPath, now, isHoliday, name: 'x' })).events).toEqual([]);
  });

  it('is byte for byte the same built in Tokyo, Los Angeles or UTC', () => {
    const [tokyo, la, utc] = withTimeZones(['Asia/Tokyo', 'America/Los_Angeles', 'UTC'], build);
    expect(la).toBe(tokyo);
    expect(utc).toBe(tokyo);
  });
});

describe('event names', () => {
  it('drop the announcement wording and keep one status word', () => {
    expect(noticeSummary('第3回 推進会議を開催します', 'scheduled')).toBe('第3回 推進会議');
    expect(noticeSummary('第1回 推進会議 開催報告', 'held')).toBe('第1回 推進会議');
    expect(noticeSummary('第3回 推進会議を開催します', 'cancelled')).toBe('【中止】第3回 推進会議');
    expect(noticeSummary('第4回 会議（日程を変更しました）', 'rescheduled')).toBe('第4回 会議（日程を変更しました）');
  });
});

describe('hostile text', () => {
  it('cannot end the event or start another one', () => {
    const text = noticesCalendar([notice('x', { title: '会議\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil', venue: { name: '会場;\nSTATUS:CANCELLED', address: '住所' } })], { site, noticePath, name: 'x' });
    const { events } = parseCalendar(text);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ uid: 'notice-x@fukushi.example.jp', status: 'CONFIRMED', summary: '会議\nEND:VEVENT\nBEGIN:VEVENT\nUID:evil' });
    expect(text.split('\r\n').filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
  });
});
