import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  ACTIVITY_COLUMNS, NOTICE_COLUMNS, type OpenActivity, type OpenDataContext, type OpenNotice, activitiesCsv, activitiesJson,
  noticesCsv, toKatakana,
} from '../../src/lib/opendata';

const ctx: OpenDataContext = {
  municipality: 'テスト市',
  municipalityCode: '409999',
  license: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.ja' },
  site: 'https://example.jp',
  areaNames: new Map([['kita', '北部地区']]),
  councilNames: new Map([['kita-kaigi', '北部地区 支え合い会議']]),
  // Wednesday 2 December 2026, 09:00 in Tokyo
  now: new Date('2026-12-02T09:00:00+09:00'),
};

const activity = (id: string, data: Partial<OpenActivity['data']> = {}): OpenActivity => ({
  id,
  data: {
    name: 'サロン ひなた', kana: 'さろん ひなた', summary: '毎週水曜のサロンです。', category: 'サロン・茶話会',
    targets: ['高齢者', 'どなたでも'], area: { id: 'kita' }, schoolDistrict: '北小学校',
    venue: { name: '北町公民館', address: 'テスト市北町1-1', lat: 33.3, lng: 130.5 },
    schedule: [{ freq: 'weekly', weekdays: ['wed'], nth: [], skipHolidays: false, closedDates: [], opens: '10:00', closes: '12:00' }],
    cost: { free: false, text: '1回100円' }, reservation: '不要', accessibility: ['車いす可', '段差なし'],
    contact: { organization: 'テスト市社会福祉協議会', phone: '0000-11-2222' },
    howToJoin: '直接お越しください。', firstVisit: { visit: true, trial: false, accompany: true },
    helpWanted: [
      { kind: '人手', what: 'お茶出し', who: 'どなたでも', until: new Date('2026-11-30') },
      { kind: '物品', what: '毛糸', who: 'どなたでも' },
    ],
    status: 'active', verifiedAt: new Date('2026-04-01'),
    ...data,
  },
});

const FORMULAS = ['=HYPERLINK("https://evil.example","クリック")', '+81 体操', '-1の会', '@SUM(A1)'];

const activities = [
  activity('salon-hinata'),
  activity('monthly', {
    name: FORMULAS[0]!, kana: 'いこーる',
    schedule: [
      { freq: 'monthly', weekdays: ['sat'], nth: [2, 4], skipHolidays: false, closedDates: [], opens: '13:30', closes: '15:00' },
      { freq: 'weekly', weekdays: ['mon'], nth: [], skipHolidays: false, closedDates: [], opens: '10:00', closes: '11:00' },
    ],
    cost: { free: true }, status: 'paused', statusNote: '会場の改修のため休み',
  }),
  ...FORMULAS.slice(1).map((name, i) => activity(`formula-${i}`, { name, kana: 'ふぉーむら' })),
  activity('gone', { status: 'ended' }),
];

/** The CSV as Excel sees it: BOM stripped, one object per row keyed by header. */
const readCsv = (csv: string) => parse(csv, { bom: true, columns: true }) as Record<string, string>[];

describe('activities.csv', () => {
  const csv = activitiesCsv(activities, ctx);
  const rows = readCsv(csv);

  it('starts with a UTF-8 BOM and ends lines with CRLF, so Excel in Japan opens it as UTF-8', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split('\r\n')[0]).toBe(`\uFEFF${ACTIVITY_COLUMNS.map((c) => c.name).join(',')}`);
  });

  it('has one row per active or paused activity, none for ended ones', () => {
    expect(rows.map((r) => r.ID)).toEqual(['salon-hinata', 'monthly', 'formula-0', 'formula-1', 'formula-2']);
  });

  it('gives the standard columns their values', () => {
    expect(rows[0]).toEqual({
      全国地方公共団体コード: '409999', ID: 'salon-hinata', 地方公共団体名: 'テスト市', 名称: 'サロン ひなた', 名称_カナ: 'サロン ヒナタ',
      種別: 'サロン・茶話会', 対象: '高齢者;どなたでも', 地区: '北部地区', 小学校区: '北小学校', 会場名: '北町公民館',
      住所: 'テスト市北町1-1', 緯度: '33.3', 経度: '130.5', 団体名: 'テスト市社会福祉協議会', 電話番号: '0000-11-2222',
      メールアドレス: '', 利用可能曜日: '水', 開始時間: '10:00', 終了時間: '12:00', 利用可能日時特記事項: '毎週水曜 10:00〜12:00',
      説明: '毎週水曜のサロンです。', 料金: '1回100円', 予約: '不要', バリアフリー情報: '車いす可;段差なし', 状態: '活動中',
      URL: 'https://example.jp/activities/salon-hinata/', 最終確認日: '2026-04-01',
    });
  });

  it('leaves the common time empty when rules differ, and says so in the note with the pause', () => {
    expect(rows[1]).toMatchObject({
      利用可能曜日: '月;土', 開始時間: '', 終了時間: '', 料金: '無料', 状態: '休止中',
      利用可能日時特記事項: '毎月第2・第4土曜 13:30〜15:00;毎週月曜 10:00〜11:00;休止中：会場の改修のため休み',
    });
  });

  it('keeps a name that starts with = + - @ as text: Excel sees a leading quote, not a formula', () => {
    expect(rows.slice(1).map((r) => r.名称)).toEqual(FORMULAS.map((f) => `'${f}`));
    expect(csv).not.toMatch(/(^|,)"?[=+\-@]/m);
  });

  it('publishes nothing private: no consent record, no column beyond the documented ones', () => {
    const withConsent = { ...activity('x'), data: { ...activity('x').data, consent: { recorded: true, date: new Date('2026-01-05') } } };
    const text = activitiesCsv([withConsent], ctx);
    expect(text).not.toContain('2026-01-05');
    expect(Object.keys(readCsv(text)[0]!)).toEqual(ACTIVITY_COLUMNS.map((c) => c.name));
  });
});

describe('activities.json', () => {
  const json = JSON.parse(JSON.stringify(activitiesJson(activities, ctx)));

  it('carries the licence and the time it was made', () => {
    expect(json).toMatchObject({ generatedAt: '2026-12-02T09:00:00+09:00', timeZone: 'Asia/Tokyo', license: ctx.license, publisher: 'テスト市' });
  });

  it('has the same records as the CSV', () => {
    const rows = readCsv(activitiesCsv(activities, ctx));
    expect(json.activities.map((a: { id: string }) => a.id)).toEqual(rows.map((r) => r.ID));
    expect(json.activities[0]).toMatchObject({
      name: rows[0]!.名称, description: rows[0]!.説明, assuredDate: rows[0]!.最終確認日, url: rows[0]!.URL,
      area: { id: 'kita', name: '北部地区' }, schoolDistrict: '北小学校', status: 'active',
      location: { name: '北町公民館', address: 'テスト市北町1-1', latitude: 33.3, longitude: 130.5 },
      contact: { organization: 'テスト市社会福祉協議会', phone: '0000-11-2222', email: null },
    });
    // JSON is not read by Excel: the name stays exactly as written.
    expect(json.activities[1].name).toBe(FORMULAS[0]);
  });

  it('gives each schedule rule as text and RRULE, and the next dates in Tokyo', () => {
    expect(json.activities[0].schedules).toEqual([
      { text: '毎週水曜 10:00〜12:00', freq: 'weekly', rrule: 'FREQ=WEEKLY;BYDAY=WE', weekdays: ['wed'], nth: [], opens: '10:00', closes: '12:00', note: null },
    ]);
    expect(json.activities[0].nextDates).toEqual([
      { date: '2026-12-02', opens: '10:00', closes: '12:00' },
      { date: '2026-12-09', opens: '10:00', closes: '12:00' },
      { date: '2026-12-16', opens: '10:00', closes: '12:00' },
    ]);
    expect(json.activities[1].schedules[0].rrule).toBe('FREQ=MONTHLY;BYDAY=+2SA,+4SA');
  });

  it('lists no next dates while an activity is paused', () => {
    expect(json.activities[1].nextDates).toEqual([]);
  });

  it('shows only wishes still open, and never a consent record', () => {
    expect(json.activities[0].helpWanted).toEqual([{ kind: '物品', what: '毛糸', who: 'どなたでも', until: null }]);
    expect(JSON.stringify(json)).not.toContain('consent');
  });
});

describe('notices.csv', () => {
  const notice = (id: string, data: Partial<OpenNotice['data']> = {}): OpenNotice => ({
    id,
    data: {
      title: '北部地区 支え合い会議（第3回）', council: { id: 'kita-kaigi' }, kind: '開催案内',
      startsAt: new Date('2026-12-10T14:00:00+09:00'), endsAt: new Date('2026-12-10T16:00:00+09:00'),
      venue: { name: '北町公民館', address: 'テスト市北町1-1' }, status: 'scheduled', agenda: ['地域の困りごと', '次回の予定'],
      observers: { allowed: true, capacity: 5, howToApply: '前日までに電話で' }, contact: { organization: 'テスト市社協', phone: '0000-11-2222' },
      publishedAt: new Date('2026-11-20'),
      ...data,
    },
  });
  const rows = readCsv(
    noticesCsv(
      [
        notice('later'),
        notice('moved', {
          title: '@会議', status: 'rescheduled', startsAt: new Date('2026-10-01T05:00:00Z'), endsAt: new Date('2026-10-01T07:00:00Z'),
          previousStartsAt: new Date('2026-09-24T14:00:00+09:00'), statusNote: '台風のため', observers: { allowed: false },
        }),
      ],
      ctx,
    ),
  );

  it('is in the イベント一覧 shape, oldest meeting first, times in Tokyo whatever the machine’s zone', () => {
    expect(Object.keys(rows[0]!)).toEqual(NOTICE_COLUMNS.map((c) => c.name));
    expect(rows.map((r) => r.ID)).toEqual(['moved', 'later']);
    expect(rows[1]).toMatchObject({
      イベント名: '北部地区 支え合い会議（第3回）', 種類: '開催案内', 開始日: '2026-12-10', 終了日: '2026-12-10', 開始時間: '14:00',
      終了時間: '16:00', 状態: '開催予定', 説明: '地域の困りごと;次回の予定', 主催者: '北部地区 支え合い会議', 傍聴: '可', 定員: '5',
      URL: 'https://example.jp/notices/later/', 掲載日: '2026-11-20',
    });
    expect(rows[0]).toMatchObject({
      イベント名: "'@会議", 開始時間: '14:00', 状態: '日程変更', 開始日時特記事項: '変更前：2026-09-24T14:00:00+09:00;台風のため', 傍聴: '不可',
    });
  });
});

describe('toKatakana', () => {
  it('turns hiragana into katakana and leaves the rest', () => {
    expect(toKatakana('さろん ひなたぼっこ・ゔ 2')).toBe('サロン ヒナタボッコ・ヴ 2');
  });
});
