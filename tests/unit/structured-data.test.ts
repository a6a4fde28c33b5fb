import { describe, expect, it } from 'vitest';
import { hasReadings } from '../../src/lib/mdx-safety';
import { byCategory } from '../../src/lib/queries';
import { activityJsonLd, articleJsonLd, noticeJsonLd } from '../../src/lib/structured-data';
import { scheduleRuleSchema } from '../../src/schemas/schedule';

describe('structured data', () => {
  it('describes an article', () => {
    expect(articleJsonLd({
      title: '題', description: '説明', publishedAt: new Date('2026-10-01'), tags: ['居場所', '見守り'], authors: ['地域福祉課 編集部'],
      publisher: 'みどり市', url: 'https://example.jp/articles/a/', series: 'このまちの、あの人',
    })).toMatchObject({
      '@type': 'Article', headline: '題', datePublished: '2026-10-01', author: [{ '@type': 'Organization', name: '地域福祉課 編集部' }],
      keywords: '居場所,見守り', isPartOf: { name: 'このまちの、あの人' },
    });
  });

  it('describes a rescheduled meeting in Tokyo time', () => {
    const ld = noticeJsonLd({
      title: '会議', startsAt: new Date('2027-01-21T01:00:00Z'), endsAt: new Date('2027-01-21T03:00:00Z'), status: 'rescheduled',
      previousStartsAt: new Date('2027-01-14T01:00:00Z'), venue: { name: '公民館', address: '北町' }, organizer: '北部地区 支え合い会議',
    });
    expect(ld).toMatchObject({
      startDate: '2027-01-21T10:00:00+09:00', previousStartDate: '2027-01-14T10:00:00+09:00',
      eventStatus: 'https://schema.org/EventRescheduled', eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    });
  });

  it('describes a recurring activity with its schedule and place', () => {
    const ld = activityJsonLd({
      name: 'サロン', summary: '説明', status: 'paused', free: true, targets: ['高齢者'],
      schedule: [scheduleRuleSchema.parse({ freq: 'weekly', weekdays: ['wed'], opens: '10:00', closes: '12:00' })],
      venue: { name: '公民館', address: '本町', lat: 33.3, lng: 130.5 }, contact: { organization: '社協', phone: '0000-00-0000' },
    });
    expect(ld).toMatchObject({
      eventStatus: 'https://schema.org/EventPostponed', isAccessibleForFree: true,
      eventSchedule: [{ repeatFrequency: 'P1W', byDay: ['https://schema.org/Wednesday'], startTime: '10:00:00' }],
      location: { geo: { latitude: 33.3, longitude: 130.5 } }, organizer: { telephone: '0000-00-0000' },
      audience: [{ audienceType: '高齢者' }],
    });
  });
});

describe('page helpers', () => {
  it('groups activities by category in list order, with stable anchors', () => {
    const a = (id: string, category: string) => ({ id, data: { category } });
    expect(byCategory([a('x', 'B'), a('y', 'A'), a('z', 'B')], ['A', 'B', 'C'])).toEqual([
      { category: 'A', anchor: 'category-1', items: [a('y', 'A')] },
      { category: 'B', anchor: 'category-2', items: [a('x', 'B'), a('z', 'B')] },
    ]);
  });

  it('knows when a body gives readings', () => {
    expect(hasReadings('<Ruby base="地域" reading="ちいき" />の話')).toBe(true);
    expect(hasReadings('<ruby>福祉<rt>ふくし</rt></ruby>')).toBe(true);
    expect(hasReadings('ルビなし')).toBe(false);
    expect(hasReadings(undefined)).toBe(false);
  });
});
