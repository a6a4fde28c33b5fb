import { z } from 'astro/zod';
import { READING_PATTERN } from '../lib/kana';
import { type SchemaContext, contact, date, imageWithAlt, label, prose, redirectFrom, slug, text } from './common';
import { CATEGORIES } from './categories';
import { scheduleSchema } from './schedule';

// In a module of their own, without Zod, so browser islands (search) can use them without bundling Zod.
export { CATEGORIES, CATEGORY_IDS, type Category } from './categories';

export const TARGETS = ['高齢者', '障害のある人', '子ども・子育て世帯', '生活にお困りの人', 'どなたでも'] as const;
export type Target = (typeof TARGETS)[number];
export const TARGET_IDS: Record<Target, string> = {
  '高齢者': 'elderly', '障害のある人': 'disability', '子ども・子育て世帯': 'family', '生活にお困りの人': 'hardship', 'どなたでも': 'anyone',
};

/** What a 相談窓口 is for (/soudan/): the situations people arrive with. 複合 leads to まるごと相談. */
export const SITUATIONS = ['介護・高齢', '障害', '子ども・子育て', '生活・お金', '仕事', '住まい', '複合'] as const;
export type Situation = (typeof SITUATIONS)[number];
export const SITUATION_IDS: Record<Situation, string> = {
  '介護・高齢': 'kaigo', '障害': 'shogai', '子ども・子育て': 'kosodate', '生活・お金': 'seikatsu', '仕事': 'shigoto', '住まい': 'sumai', '複合': 'fukugo',
};

export const ACCESSIBILITY = [
  '車いす可',
  '多目的トイレ',
  '駐車場あり',
  '手話対応',
  '筆談対応',
  '送迎あり',
  'エレベーターあり',
  '段差なし',
] as const;

export const ACTIVITY_STATUSES = ['active', 'paused', 'ended'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];
export const ACTIVITY_STATUS_LABELS: Record<ActivityStatus, string> = { active: '活動中', paused: '休止中', ended: '終了' };

export const HELP_KINDS = ['人手', '物品', '会場', '担い手'] as const;
export type HelpKind = (typeof HELP_KINDS)[number];
export const HELPER_LEVELS = ['どなたでも', 'くらしのサポーター修了', '経験のある人'] as const;
export type HelperLevel = (typeof HELPER_LEVELS)[number];
/** ASCII ids for URLs (`/help-wanted/?kind=hands&level=supporter`), beside the values editors see. */
export const HELP_KIND_IDS = { 人手: 'hands', 物品: 'goods', 会場: 'venue', 担い手: 'bearer' } as const satisfies Record<HelpKind, string>;
export const HELPER_LEVEL_IDS = {
  どなたでも: 'anyone', くらしのサポーター修了: 'supporter', 経験のある人: 'experienced',
} as const satisfies Record<HelperLevel, string>;

export const RESERVATION = ['要', '不要'] as const;

export const activitySchema = <I extends z.ZodType, R extends z.ZodType>({ image, reference }: SchemaContext<I, R>) =>
  z
    .strictObject({
      slug: slug(),
      name: text({ label: '活動名' }),
      kana: label(z.string().regex(READING_PATTERN, { error: 'よみがなはひらがなで入力してください' }), {
        label: 'よみがな', hint: '五十音順に並べるために使います（ひらがな）',
      }),
      summary: text({ label: '紹介文', widget: 'text', hint: 'どんな活動か、2〜3行で' }),
      easySummary: label(z.string().optional(), {
        label: 'やさしい日本語の要約', widget: 'text', hint: '短い文で、むずかしい言葉を使わずに書きます（相談窓口には必ず入れます）',
      }),
      category: label(z.enum(CATEGORIES), { label: '分類', widget: 'select' }),
      targets: label(z.array(z.enum(TARGETS)).min(1, { error: '対象を1つ以上選んでください' }), {
        label: '対象', widget: 'select', multiple: true,
      }),
      area: label(reference('areas'), { label: '地区' }),
      schoolDistrict: label(z.string().trim().min(1).optional(), {
        label: '小学校区', hint: '地区の小学校区のどれか（content/areas/ の schools）。地区全体・市全体の活動は空のまま',
      }),
      situations: label(z.array(z.enum(SITUATIONS)).default([]), {
        label: '相談できること（相談窓口のとき）', widget: 'select', multiple: true,
        hint: '分類が「相談窓口」のときに選びます。「複合」は、いくつも重なった困りごとをまとめて受ける窓口です',
      }),
      afterHours: label(z.string().optional(), {
        label: '夜間・休日の連絡先（相談窓口のとき）', widget: 'text', hint: '例: 夜間・休日は 0000-00-0000（市役所 代表）へ',
      }),
      venue: z
        .strictObject({
          name: text({ label: '会場名' }),
          address: text({ label: '住所' }),
          lat: label(z.number().min(-90).max(90).optional(), { label: '緯度' }),
          lng: label(z.number().min(-180).max(180).optional(), { label: '経度' }),
          access: label(z.string().optional(), { label: '交通', hint: '例: みどりバス「中央公民館前」から徒歩3分' }),
          parking: label(z.string().optional(), { label: '駐車場', hint: '例: 10台（無料）' }),
        })
        .meta({ label: '会場' }),
      schedule: scheduleSchema(),
      cost: z
        .strictObject({
          free: label(z.boolean(), { label: '無料' }),
          text: label(z.string().optional(), { label: '費用の説明', hint: '例: 1回100円（お茶代）' }),
        })
        .superRefine((cost, ctx) => {
          if (!cost.free && !cost.text) {
            ctx.addIssue({ code: 'custom', path: ['text'], message: '有料のときは金額を書いてください' });
          }
        })
        .meta({ label: '費用' }),
      reservation: label(z.enum(RESERVATION), { label: '予約', widget: 'select' }),
      capacity: label(z.number().int().positive().optional(), { label: '定員（人）' }),
      accessibility: label(z.array(z.enum(ACCESSIBILITY)).default([]), {
        label: 'バリアフリー・配慮', widget: 'select', multiple: true,
      }),
      contact: contact()
        .extend({
          personal: label(z.boolean().default(false), {
            label: '個人の連絡先',
            hint: '団体の番号がなく、世話役など個人の電話番号・メールアドレスを載せるときはオンにします（ご本人の掲載承諾を得てから）',
          }),
        })
        .meta({ label: '問い合わせ先' }),
      howToJoin: text({ label: '参加のしかた', widget: 'text' }),
      firstVisit: z
        .strictObject({
          visit: label(z.boolean().default(false), { label: '見学できる' }),
          trial: label(z.boolean().default(false), { label: '体験できる' }),
          accompany: label(z.boolean().default(false), { label: '支援者の同行できる', hint: 'コーディネーターなどが一緒に行ってもよい' }),
          bring: label(z.string().optional(), { label: '持ち物' }),
          note: prose({ label: 'はじめての方へひとこと', widget: 'text' }),
        })
        .prefault({})
        .meta({ label: 'はじめての方へ' }),
      helpWanted: label(
        z
          .array(
            z.strictObject({
              kind: label(z.enum(HELP_KINDS), { label: '種類', widget: 'select' }),
              what: text({ label: '内容', hint: '例: 配膳と片付け（月1回、2時間ほど）' }),
              who: label(z.enum(HELPER_LEVELS), { label: 'どんな人に', widget: 'select' }),
              until: date({ label: '募集の期限' }).optional(),
            }),
          )
          .default([]),
        { label: 'お手伝い募集', hint: 'この活動が求めていること（人手・物品・会場・担い手）' },
      ),
      status: label(z.enum(ACTIVITY_STATUSES), {
        label: '状態', widget: 'select', options: ACTIVITY_STATUS_LABELS,
      }),
      statusNote: prose({ label: '状態の補足', hint: '例: 会場の改修のため、2027年3月まで休止' }),
      verifiedAt: date({ label: '最終確認日', hint: '活動の内容を団体に確認した日（年に1回は確認します）' }, { notFuture: true }),
      consent: z
        .strictObject(
          {
            recorded: label(z.literal(true, { error: '掲載承諾がない活動は掲載できません' }), {
              label: '掲載承諾を得ている', widget: 'boolean',
            }),
            date: date({ label: '承諾日' }, { notFuture: true }),
          },
          { error: '掲載承諾を記録してください（「掲載承諾を得ている」をオンにして、承諾日を入れます）' },
        )
        .meta({ label: '掲載承諾' }),
      images: label(z.array(imageWithAlt(image)).default([]), { label: '写真' }),
      redirectFrom: redirectFrom(),
    })
    .superRefine((activity, ctx) => {
      if (activity.category === '相談窓口' && activity.situations.length === 0) {
        ctx.addIssue({ code: 'custom', path: ['situations'], message: '相談窓口のときは「相談できること」を1つ以上選んでください' });
      }
      if (activity.category !== '相談窓口' && activity.situations.length > 0) {
        ctx.addIssue({ code: 'custom', path: ['situations'], message: '「相談できること」は分類が相談窓口のときだけ選びます' });
      }
    });
