import { z } from 'astro/zod';
import { type SchemaContext, contact, date, dateTime, documentFile, label, prose, redirectFrom, slug, text, url } from './common';

export const NOTICE_KINDS = ['開催案内', '開催報告', 'お知らせ', '研修・講座', 'イベント'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];
/** Kinds that may list their sessions (各回); a course must. */
export const SESSION_KINDS: readonly NoticeKind[] = ['研修・講座', 'イベント'];

const venueSchema = (meta: { label: string }) =>
  z.strictObject({ name: text({ label: '会場名' }), address: text({ label: '住所' }) }).meta(meta);

export const NOTICE_STATUSES = ['scheduled', 'held', 'cancelled', 'postponed', 'rescheduled'] as const;
export type NoticeStatus = (typeof NOTICE_STATUSES)[number];
export const NOTICE_STATUS_LABELS: Record<NoticeStatus, string> = {
  scheduled: '開催予定',
  held: '開催済み',
  cancelled: '中止',
  postponed: '延期',
  rescheduled: '日程変更',
};

export const noticeSchema = <R extends z.ZodType>({ reference, file = documentFile }: Pick<SchemaContext<z.ZodType, R>, 'reference' | 'file'>) =>
  z
    .strictObject({
      slug: slug(),
      title: text({ label: 'タイトル' }),
      council: label(reference('councils'), { label: '協議体' }),
      kind: label(z.enum(NOTICE_KINDS), {
        label: '種類', widget: 'select',
      }),
      startsAt: dateTime({ label: '開始日時', hint: '日本時間で入力します。研修・講座とイベントで各回があるときは、初回の開始日時' }),
      endsAt: dateTime({ label: '終了日時', hint: '開始日時より後の日本時間。各回があるときは、最終回の終了日時' }),
      sessions: label(
        z
          .array(
            z.strictObject({
              startsAt: dateTime({ label: 'この回の開始日時', hint: '日本時間（例: 2027-01-13T13:30:00+09:00）' }),
              endsAt: dateTime({ label: 'この回の終了日時', hint: '開始日時より後の日本時間' }),
              venue: venueSchema({ label: 'この回の会場（ほかの回と違うときだけ）' }).optional(),
              topic: label(z.string().trim().min(1).optional(), { label: 'この回の内容', hint: '例: 高齢の方とのコミュニケーション' }),
            }),
          )
          .default([]),
        { label: '各回の日程', hint: '研修・講座とイベントで、何回かに分けて開くときに1回ずつ追加します（カレンダーにも1回ずつ載ります）' },
      ),
      venue: venueSchema({ label: '会場' }),
      onlineUrl: url({ label: 'オンライン参加のURL' }).optional(),
      status: label(z.enum(NOTICE_STATUSES), {
        label: '状態', widget: 'select', options: NOTICE_STATUS_LABELS,
      }),
      previousStartsAt: dateTime({ label: '変更前の開始日時', hint: '日程変更のときに、もとの日時を入れます' }).optional(),
      statusNote: prose({ label: '状態の補足', hint: '例: 台風接近のため中止します' }),
      agenda: label(z.array(z.string().trim().min(1)).default([]), { label: '議題' }),
      observers: z
        .strictObject({
          allowed: label(z.boolean(), { label: '傍聴できる' }),
          capacity: label(z.number().int().positive().optional(), { label: '傍聴の定員（人）' }),
          howToApply: prose({ label: '傍聴の申し込み方法', widget: 'text' }),
        })
        .meta({ label: '傍聴' }),
      documents: label(
        z
          .array(
            z.strictObject({
              title: text({ label: '資料名' }),
              file: label(file(), { label: 'ファイル', widget: 'file', hint: 'PDF などの資料。お知らせと同じフォルダーに保存されます' }),
            }),
          )
          .default([]),
        { label: '資料' },
      ),
      activities: label(z.array(reference('activities')).default([]), {
        label: '関係する活動', hint: 'この会議で話し合った、または生まれた活動',
      }),
      contact: contact(),
      publishedAt: date({ label: '掲載日' }),
      updatedAt: date({
        label: '更新日',
        hint: '日時・会場・状態（中止・延期・日程変更）を変えたときに、その日付を入れます。カレンダーに登録した人にも変更が届きます',
      }).optional(),
      easySummary: prose({ label: 'やさしい日本語の要約', widget: 'text' }),
      redirectFrom: redirectFrom(),
    })
    .superRefine((notice, ctx) => {
      if (notice.endsAt.getTime() <= notice.startsAt.getTime()) {
        ctx.addIssue({ code: 'custom', path: ['endsAt'], message: '終了日時は開始日時より後にしてください' });
      }
      if (notice.status === 'rescheduled' && !notice.previousStartsAt) {
        ctx.addIssue({ code: 'custom', path: ['previousStartsAt'], message: '日程変更のときは変更前の開始日時を入れてください' });
      }
      if (notice.sessions.length > 0 && !SESSION_KINDS.includes(notice.kind)) {
        ctx.addIssue({ code: 'custom', path: ['sessions'], message: '各回の日程は、種類が「研修・講座」か「イベント」のときだけ入れます' });
      }
      if (notice.kind === '研修・講座' && notice.sessions.length === 0) {
        ctx.addIssue({ code: 'custom', path: ['sessions'], message: '研修・講座では、各回の日程を1回以上入れてください' });
      }
      notice.sessions.forEach((session, i) => {
        if (session.endsAt.getTime() <= session.startsAt.getTime()) {
          ctx.addIssue({ code: 'custom', path: ['sessions', i, 'endsAt'], message: `第${i + 1}回の終了日時は開始日時より後にしてください` });
        } else if (session.startsAt.getTime() < notice.startsAt.getTime() || session.endsAt.getTime() > notice.endsAt.getTime()) {
          ctx.addIssue({
            code: 'custom', path: ['sessions', i, 'startsAt'],
            message: `第${i + 1}回の日時は、全体の開始日時（初回）から終了日時（最終回）までの間にしてください`,
          });
        }
      });
      if (notice.updatedAt && notice.updatedAt.getTime() < notice.publishedAt.getTime()) {
        ctx.addIssue({ code: 'custom', path: ['updatedAt'], message: '更新日は掲載日と同じか後の日にしてください' });
      }
      if (notice.observers.allowed && !notice.observers.howToApply && notice.kind === '開催案内') {
        ctx.addIssue({ code: 'custom', path: ['observers', 'howToApply'], message: '傍聴できるときは申し込み方法を書いてください' });
      }
    });
