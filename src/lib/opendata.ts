/**
 * Open data: the directory and the meeting notices as files other systems take in (a prefecture's portal, a map
 * app, a 社協's own list). CSV follows the 自治体標準オープンデータセット (公共施設一覧 / イベント一覧) where its
 * columns fit; JSON carries the same records plus the schedule as RRULEs and the next dates, in the spirit of Open
 * Referral HSDS. Only what the pages publish goes out: never consent records.
 */
import { stringify } from 'csv-stringify/sync';
import type { ActivityStatus } from '../schemas/activity';
import type { NoticeStatus } from '../schemas/notice';
import { type ScheduleRule, type Weekday, WEEKDAY_LABELS } from '../schemas/schedule';
import { formatCost } from './cost';
import { isoDate, isoDateTime, formatTime } from './dates';
import { isHoliday } from './holidays';
import { nextOpenings } from './schedule';
import { openHelpWanted } from './queries';
import { activityStatusLabel, noticeStatusLabel } from './status-labels';
import { formatScheduleRule, scheduleRuleToRRule, scheduleWeekdays } from './schedule';
import { urls } from './urls';

interface Ref { id: string }

export interface OpenActivity {
  id: string;
  data: {
    name: string; kana: string; summary: string; category: string; targets: string[]; area: Ref; schoolDistrict?: string;
    venue: { name: string; address: string; lat?: number; lng?: number; access?: string; parking?: string };
    schedule: ScheduleRule[]; cost: { free: boolean; text?: string }; reservation: string; capacity?: number;
    accessibility: string[]; contact: { organization: string; phone?: string; email?: string; url?: string };
    howToJoin: string; firstVisit: { visit: boolean; trial: boolean; accompany: boolean; bring?: string; note?: string };
    helpWanted: { kind: string; what: string; who: string; until?: Date }[];
    status: string; statusNote?: string; verifiedAt: Date;
  };
}

export interface OpenNotice {
  id: string;
  data: {
    title: string; council: Ref; kind: string; startsAt: Date; endsAt: Date; venue: { name: string; address: string };
    onlineUrl?: string; status: string; previousStartsAt?: Date; statusNote?: string; agenda: string[];
    observers: { allowed: boolean; capacity?: number; howToApply?: string };
    contact: { organization: string; phone?: string }; publishedAt: Date;
  };
}

export interface OpenDataContext {
  municipality: string;
  municipalityCode?: string;
  license: { name: string; url: string };
  /** The site's public address, for each record's URL. */
  site: string | URL;
  areaNames: ReadonlyMap<string, string>;
  councilNames: ReadonlyMap<string, string>;
  /** Build time: next dates and open wishes are judged at it. */
  now: Date;
}

/** Several values in one cell, as the standard dataset's common rules write them. */
const MULTI = ';';

/** 「ひなたぼっこ」→「ヒナタボッコ」: the standard wants 名称_カナ in full-width katakana. */
export const toKatakana = (kana: string) => kana.replace(/[ぁ-ゖ]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));

const weekdayLetter = (d: Weekday) => WEEKDAY_LABELS[d].charAt(0);

/** One time for the whole activity only when every dated rule agrees; the full detail is in the note column. */
const commonTime = (rules: readonly ScheduleRule[], key: 'opens' | 'closes') => {
  const times = new Set(rules.filter((r) => r.freq !== 'irregular').map((r) => r[key]));
  return times.size === 1 ? [...times][0] : undefined;
};

const statusLabel = (status: string) => activityStatusLabel(status as ActivityStatus);

/** Active and paused activities; ended ones keep their page but leave the directory and its data. */
const listed = (activities: readonly OpenActivity[]) => activities.filter((a) => a.data.status !== 'ended');

export interface Column<T> {
  name: string;
  meaning: string;
  value: (item: T, ctx: OpenDataContext) => string | number | undefined;
}

export const ACTIVITY_COLUMNS: Column<OpenActivity>[] = [
  { name: '全国地方公共団体コード', meaning: '発行する自治体のコード（6桁）', value: (_, c) => c.municipalityCode },
  { name: 'ID', meaning: '活動のURL名。変わりません', value: (a) => a.id },
  { name: '地方公共団体名', meaning: '発行する自治体', value: (_, c) => c.municipality },
  { name: '名称', meaning: '活動の名前', value: (a) => a.data.name },
  { name: '名称_カナ', meaning: '名前の読み（全角カタカナ）', value: (a) => toKatakana(a.data.kana) },
  { name: '種別', meaning: '活動の分類（サロン・茶話会、通いの場・体操など10種類）', value: (a) => a.data.category },
  { name: '対象', meaning: 'どんな人向けか（複数は ; 区切り）', value: (a) => a.data.targets.join(MULTI) },
  { name: '地区', meaning: '活動のある地区', value: (a, c) => c.areaNames.get(a.data.area.id) ?? a.data.area.id },
  { name: '小学校区', meaning: '小学校区（地区全体・市全体の活動は空欄）', value: (a) => a.data.schoolDistrict },
  { name: '会場名', meaning: '開かれる場所の名前', value: (a) => a.data.venue.name },
  { name: '住所', meaning: '会場の住所', value: (a) => a.data.venue.address },
  { name: '緯度', meaning: '会場の緯度（世界測地系、10進数）', value: (a) => a.data.venue.lat },
  { name: '経度', meaning: '会場の経度（世界測地系、10進数）', value: (a) => a.data.venue.lng },
  { name: '団体名', meaning: '問い合わせ先の団体・窓口', value: (a) => a.data.contact.organization },
  { name: '電話番号', meaning: '問い合わせ先の電話番号（サイトに載せているもの）', value: (a) => a.data.contact.phone },
  { name: 'メールアドレス', meaning: '問い合わせ先のメールアドレス（サイトに載せているもの）', value: (a) => a.data.contact.email },
  {
    name: '利用可能曜日', meaning: '開かれる曜日（月〜日、複数は ; 区切り。不定期の活動は空欄）',
    value: (a) => scheduleWeekdays(a.data.schedule).map(weekdayLetter).join(MULTI),
  },
  { name: '開始時間', meaning: '開始時刻（HH:MM）。曜日によって違うときは空欄で、特記事項に書きます', value: (a) => commonTime(a.data.schedule, 'opens') },
  { name: '終了時間', meaning: '終了時刻（HH:MM）。曜日によって違うときは空欄', value: (a) => commonTime(a.data.schedule, 'closes') },
  {
    name: '利用可能日時特記事項', meaning: 'サイトと同じ書き方の開催日時（例: 毎月第2・第4土曜 13:30〜15:00）と休止の案内',
    value: (a) =>
      [...a.data.schedule.map(formatScheduleRule), ...(a.data.status === 'paused' ? [`休止中${a.data.statusNote ? `：${a.data.statusNote}` : ''}`] : [])].join(MULTI),
  },
  { name: '説明', meaning: '活動の紹介文', value: (a) => a.data.summary },
  { name: '料金', meaning: '費用の説明（無料のときは「無料」、補足があれば「無料（…）」）', value: (a) => formatCost(a.data.cost) },
  { name: '予約', meaning: '予約が要るか（要／不要）', value: (a) => a.data.reservation },
  { name: 'バリアフリー情報', meaning: '車いす可・多目的トイレなど（複数は ; 区切り）', value: (a) => a.data.accessibility.join(MULTI) },
  { name: '状態', meaning: '活動中／休止中', value: (a) => statusLabel(a.data.status) },
  { name: 'URL', meaning: 'このサイトの活動のページ', value: (a, c) => new URL(urls.activity(a.id), c.site).href },
  { name: '最終確認日', meaning: '内容を団体に確認した日（YYYY-MM-DD）', value: (a) => isoDate(a.data.verifiedAt) },
];

const statusOfNotice = (status: string) => noticeStatusLabel(status as NoticeStatus);

export const NOTICE_COLUMNS: Column<OpenNotice>[] = [
  { name: '全国地方公共団体コード', meaning: '発行する自治体のコード（6桁）', value: (_, c) => c.municipalityCode },
  { name: 'ID', meaning: 'お知らせのURL名。変わりません', value: (n) => n.id },
  { name: '地方公共団体名', meaning: '発行する自治体', value: (_, c) => c.municipality },
  { name: 'イベント名', meaning: 'お知らせの題名', value: (n) => n.data.title },
  { name: '種類', meaning: '開催案内・開催報告・お知らせなど', value: (n) => n.data.kind },
  { name: '開始日', meaning: '開始日（YYYY-MM-DD、日本時間）', value: (n) => isoDate(n.data.startsAt) },
  { name: '終了日', meaning: '終了日（YYYY-MM-DD、日本時間）', value: (n) => isoDate(n.data.endsAt) },
  { name: '開始時間', meaning: '開始時刻（HH:MM、日本時間）', value: (n) => formatTime(n.data.startsAt) },
  { name: '終了時間', meaning: '終了時刻（HH:MM、日本時間）', value: (n) => formatTime(n.data.endsAt) },
  { name: '状態', meaning: '開催予定・開催済み・中止・延期・日程変更', value: (n) => statusOfNotice(n.data.status) },
  {
    name: '開始日時特記事項', meaning: '日程変更の前の日時、中止・延期の理由',
    value: (n) =>
      [n.data.previousStartsAt ? `変更前：${isoDateTime(n.data.previousStartsAt)}` : '', n.data.statusNote ?? ''].filter(Boolean).join(MULTI),
  },
  { name: '説明', meaning: '議題（複数は ; 区切り）', value: (n) => n.data.agenda.join(MULTI) },
  { name: '主催者', meaning: '協議体の名前', value: (n, c) => c.councilNames.get(n.data.council.id) ?? n.data.council.id },
  { name: '場所名称', meaning: '会場の名前', value: (n) => n.data.venue.name },
  { name: '住所', meaning: '会場の住所', value: (n) => n.data.venue.address },
  { name: 'オンライン参加URL', meaning: 'オンラインで参加できるときのURL', value: (n) => n.data.onlineUrl },
  { name: '傍聴', meaning: '傍聴できるか（可／不可）', value: (n) => (n.data.observers.allowed ? '可' : '不可') },
  { name: '定員', meaning: '傍聴の定員（人）', value: (n) => n.data.observers.capacity },
  { name: '申込方法', meaning: '傍聴の申し込み方法', value: (n) => n.data.observers.howToApply },
  { name: '連絡先名称', meaning: '問い合わせ先の団体・窓口', value: (n) => n.data.contact.organization },
  { name: '連絡先電話番号', meaning: '問い合わせ先の電話番号', value: (n) => n.data.contact.phone },
  { name: 'URL', meaning: 'このサイトのお知らせのページ', value: (n, c) => new URL(urls.notice(n.id), c.site).href },
  { name: '掲載日', meaning: 'お知らせを載せた日（YYYY-MM-DD）', value: (n) => isoDate(n.data.publishedAt) },
];

/**
 * CSV for Excel: UTF-8 with a BOM (or Excel in Japan reads it as Shift_JIS), CRLF line ends, and every cell that
 * starts with = + - @ prefixed with ' so a name like 「=HYPERLINK(…)」 stays text instead of running as a formula.
 */
export const excelCsv = (rows: readonly (readonly (string | number | undefined)[])[]) =>
  stringify(rows.map((row) => row.map((v) => v ?? '')), { bom: true, record_delimiter: 'windows', escape_formulas: true });

const toCsv = <T>(columns: readonly Column<T>[], items: readonly T[], ctx: OpenDataContext) =>
  excelCsv([columns.map((c) => c.name), ...items.map((item) => columns.map((c) => c.value(item, ctx)))]);

export const activitiesCsv = (activities: readonly OpenActivity[], ctx: OpenDataContext) => toCsv(ACTIVITY_COLUMNS, listed(activities), ctx);

/** Every notice, soonest meeting last (the order of the council pages' history). */
export const noticesCsv = (notices: readonly OpenNotice[], ctx: OpenDataContext) =>
  toCsv(NOTICE_COLUMNS, [...notices].sort((a, b) => a.data.startsAt.getTime() - b.data.startsAt.getTime()), ctx);

/** The next dates published for an activity: none while it is paused. The one place open data takes them from. */
/** The next three openings, holidays and breaks left out (the same dates the activity page shows). */
const nextMeetings = (a: OpenActivity, now: Date) =>
  a.data.status === 'active'
    ? nextOpenings(a.data.schedule, now, isHoliday, { limit: 3 }).map((o) => ({ date: o.day, ...(o.opens ? { opens: o.opens } : {}), ...(o.closes ? { closes: o.closes } : {}) }))
    : [];

/** One activity as JSON: the CSV's record, structured, with schedules as RRULEs and the next dates. */
export function activityRecord(a: OpenActivity, ctx: OpenDataContext) {
  const d = a.data;
  return {
    id: a.id,
    url: new URL(urls.activity(a.id), ctx.site).href,
    name: d.name,
    kana: d.kana,
    category: d.category,
    targets: d.targets,
    description: d.summary,
    area: { id: d.area.id, name: ctx.areaNames.get(d.area.id) ?? d.area.id },
    schoolDistrict: d.schoolDistrict ?? null,
    status: d.status,
    statusNote: d.statusNote ?? null,
    assuredDate: isoDate(d.verifiedAt),
    location: {
      name: d.venue.name, address: d.venue.address, latitude: d.venue.lat ?? null, longitude: d.venue.lng ?? null,
      access: d.venue.access ?? null, parking: d.venue.parking ?? null,
    },
    contact: { organization: d.contact.organization, phone: d.contact.phone ?? null, email: d.contact.email ?? null, url: d.contact.url ?? null },
    cost: { free: d.cost.free, text: d.cost.text ?? null },
    reservation: d.reservation,
    capacity: d.capacity ?? null,
    accessibility: d.accessibility,
    howToJoin: d.howToJoin,
    firstVisit: d.firstVisit,
    helpWanted: openHelpWanted(d.helpWanted, ctx.now).map((h) => ({ kind: h.kind, what: h.what, who: h.who, until: h.until ? isoDate(h.until) : null })),
    schedules: d.schedule.map((r) => ({
      text: formatScheduleRule(r), freq: r.freq, rrule: scheduleRuleToRRule(r), weekdays: r.weekdays, nth: r.nth,
      opens: r.opens ?? null, closes: r.closes ?? null, note: r.note ?? null,
    })),
    nextDates: nextMeetings(a, ctx.now),
  };
}

export function activitiesJson(activities: readonly OpenActivity[], ctx: OpenDataContext) {
  return {
    generatedAt: isoDateTime(ctx.now),
    timeZone: 'Asia/Tokyo',
    publisher: ctx.municipality,
    license: ctx.license,
    activities: listed(activities).map((a) => activityRecord(a, ctx)),
  };
}

/** What each JSON field means, for the /opendata/ page. */
export const ACTIVITY_JSON_FIELDS: { name: string; meaning: string }[] = [
  { name: 'generatedAt', meaning: 'データを作った日時（日本時間）' },
  { name: 'license', meaning: 'ライセンスの名前とURL' },
  { name: 'activities[].id・url', meaning: 'URL名（変わりません）と活動のページ' },
  { name: 'name・kana・category・targets・description', meaning: '名前・読み（ひらがな）・分類・対象・紹介文' },
  { name: 'area・schoolDistrict', meaning: '地区（id と名前）と小学校区' },
  { name: 'status・statusNote', meaning: 'active（活動中）か paused（休止中）と、その補足' },
  { name: 'assuredDate', meaning: '内容を団体に確認した日（最終確認日）' },
  { name: 'location', meaning: '会場の名前・住所・緯度（latitude）・経度（longitude）・交通・駐車場' },
  { name: 'contact', meaning: '問い合わせ先（団体名・電話・メール・URL）' },
  { name: 'cost・reservation・capacity・accessibility', meaning: '費用・予約・定員・バリアフリー' },
  { name: 'howToJoin・firstVisit', meaning: '参加のしかた、見学・体験・支援者の同行ができるか' },
  { name: 'helpWanted', meaning: '募集中のお手伝い（種類・内容・どんな人に・期限）' },
  { name: 'schedules', meaning: '開催日時の決まり：サイトと同じ書き方（text）と iCalendar の RRULE（rrule）、曜日・第何・開始・終了の時刻' },
  { name: 'nextDates', meaning: 'データを作った時点からの次の開催日（最大3回、休止中は空）。日付と時刻は日本時間' },
];
