import { describe, expect, it } from 'vitest';
import { activityStatusNotice, activityView, welcomeLines } from '../../src/lib/activity-view';

const NOW = new Date('2026-12-03T10:00:00+09:00');

const activity = (data: Record<string, unknown> = {}) => ({
  id: 'salon-hinata',
  data: {
    name: 'サロン ひなた', kana: 'さろん ひなた', summary: 'お茶とおしゃべり', category: 'サロン・茶話会',
    targets: ['高齢者', 'どなたでも'], area: { id: 'kita' }, schoolDistrict: '北小学校',
    venue: { name: '北公民館', address: 'みどり市北町1-1', lat: 33.3192, lng: 130.5083 },
    schedule: [{ freq: 'weekly', weekdays: ['wed'], nth: [], opens: '10:00', closes: '12:00', skipHolidays: false, closedDates: [] }],
    cost: { free: false, text: '1回100円' }, reservation: '不要', accessibility: ['車いす可', '多目的トイレ'],
    status: 'active', firstVisit: { visit: true, trial: false, accompany: true },
    helpWanted: [{ kind: '人手', what: '配膳', who: 'どなたでも' }, { kind: '物品', what: '湯のみ', who: 'どなたでも', until: new Date('2026-01-01') }],
    verifiedAt: new Date('2026-06-01'),
    ...data,
  },
}) as Parameters<typeof activityView>[0];

describe('activityView', () => {
  it('gives the facts of an active activity as text and links', () => {
    const v = activityView(activity(), { now: NOW, areaName: '北部地区' });
    expect(v.running).toBe(true);
    expect(v.status).toBeUndefined();
    expect(v.stale).toBe(false);
    expect(v.schedule).toEqual(['毎週水曜 10:00〜12:00']);
    expect(v.nextDates).toBe(true);
    expect(v.calendarHref).toBe('/activities/salon-hinata/schedule.ics');
    expect(v.cost).toBe('1回100円');
    expect(v.schoolDistrict).toBe('北小学校');
    expect(v.maps.map((m) => m.href)).toEqual([
      'https://maps.gsi.go.jp/#17/33.3192/130.5083/',
      'https://www.openstreetmap.org/?mlat=33.3192&mlon=130.5083#map=17/33.3192/130.5083',
    ]);
    expect(v.targets).toBe('高齢者、どなたでも');
    expect(v.accessibility).toBe('車いす可、多目的トイレ');
    expect(v.area).toEqual({ id: 'kita', name: '北部地区', href: '/areas/kita/' });
    expect(v.welcome).toEqual(['見学できます', '支援者の同行ができます']);
    expect(v.chips).toEqual(['見学できる', '同行できる']);
    expect(v.help.map((h) => h.what)).toEqual(['配膳']);
    expect(v.printHref).toBe('/activities/salon-hinata/print/');
  });

  it('says 無料 once, whatever the editor wrote', () => {
    expect(activityView(activity({ cost: { free: true, text: '無料' } }), { now: NOW }).cost).toBe('無料');
    expect(activityView(activity({ cost: { free: true, text: 'お茶代のみ' } }), { now: NOW }).cost).toBe('無料（お茶代のみ）');
    expect(activityView(activity({ cost: { free: true } }), { now: NOW }).cost).toBe('無料');
  });

  it('gives no map links without coordinates, and no 校区 when none is named', () => {
    const v = activityView(activity({ venue: { name: '北公民館', address: 'みどり市北町1-1' }, schoolDistrict: undefined }), { now: NOW });
    expect(v.maps).toEqual([]);
    expect(v.schoolDistrict).toBeUndefined();
  });

  it('a paused activity says so and has no next dates; its facts still read as current', () => {
    const v = activityView(activity({ status: 'paused', statusNote: '会場の改修のため3月まで休みます' }), { now: NOW });
    expect(v.status).toEqual({ tone: 'warm', title: 'この活動は現在お休みしています。', note: '会場の改修のため3月まで休みます' });
    expect(v.running).toBe(true);
    expect(v.nextDates).toBe(false);
    expect(v.calendarHref).toBeUndefined();
    expect(v.maps).toHaveLength(2);
  });

  it('an ended activity keeps only a trace: no map, no help wanted, no stale warning', () => {
    const v = activityView(activity({ status: 'ended', verifiedAt: new Date('2020-01-01') }), { now: NOW });
    expect(v.status).toEqual({ tone: 'alert', title: 'この活動は終了しました。', note: undefined });
    expect(v.running).toBe(false);
    expect(v.maps).toEqual([]);
    expect(v.help).toEqual([]);
    expect(v.stale).toBe(false);
  });

  it('warns when the activity was last confirmed over a year ago', () => {
    expect(activityView(activity({ verifiedAt: new Date('2025-11-01') }), { now: NOW }).stale).toBe(true);
  });

  it('an irregular activity has no next dates and no calendar', () => {
    const v = activityView(activity({ schedule: [{ freq: 'irregular', weekdays: [], nth: [], note: '月に1回ほど', skipHolidays: false, closedDates: [] }] }), { now: NOW });
    expect(v.nextDates).toBe(false);
    expect(v.calendarHref).toBeUndefined();
  });
});

describe('activityStatusNotice and welcomeLines (also used by the CMS preview)', () => {
  it('says nothing for an active activity or an unknown status', () => {
    expect(activityStatusNotice('active')).toBeUndefined();
    expect(activityStatusNotice(undefined)).toBeUndefined();
    expect(activityStatusNotice('paused', '')).toEqual({ tone: 'warm', title: 'この活動は現在お休みしています。', note: undefined });
  });

  it('lists only the first-visit options that are on', () => {
    expect(welcomeLines({})).toEqual({ sentences: [], chips: [] });
    expect(welcomeLines({ trial: true })).toEqual({ sentences: ['体験できます'], chips: ['体験できる'] });
  });
});
