import { z } from 'astro/zod';
import { date, label } from './common';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const WEEKDAY_LABELS: Record<Weekday, string> = {
  mon: '月曜', tue: '火曜', wed: '水曜', thu: '木曜', fri: '金曜', sat: '土曜', sun: '日曜',
};

export const FREQUENCIES = ['weekly', 'monthly', 'irregular'] as const;
export const FREQUENCY_LABELS: Record<(typeof FREQUENCIES)[number], string> = {
  weekly: '毎週', monthly: '毎月（第n曜日）', irregular: '不定期',
};

/** 第1..第5, and -1 for 最終 (the last one in the month). */
export const NTH_VALUES = [1, 2, 3, 4, 5, -1] as const;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
/** 12-28: a day of the year, for breaks that come back every year. */
const MONTH_DAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const monthDay = (meta: { label: string; hint: string }) =>
  label(
    z.string({ error: `${meta.label}を 12-28 のように「月-日」で入力してください` })
      .regex(MONTH_DAY, { error: `${meta.label}は 12-28 のように「月-日」で入力してください` }),
    meta,
  );

export const scheduleRuleSchema = z
  .strictObject({
    freq: label(z.enum(FREQUENCIES), {
      label: '頻度', widget: 'select', options: FREQUENCY_LABELS,
    }),
    weekdays: label(z.array(z.enum(WEEKDAYS)).default([]), {
      label: '曜日', widget: 'select', multiple: true, options: WEEKDAY_LABELS,
    }),
    nth: label(z.array(z.union(NTH_VALUES.map((n) => z.literal(n)))).default([]), {
      label: '第何（毎月のとき）', widget: 'select', multiple: true,
      options: { 1: '第1', 2: '第2', 3: '第3', 4: '第4', 5: '第5', [-1]: '最終' },
      hint: '毎月のときだけ選びます。例: 第2と第4',
    }),
    opens: label(z.string().regex(TIME, { error: '開始時刻は 10:00 のように半角数字の24時間制で入力してください' }).optional(), {
      label: '開始時刻', hint: '24時間制（例: 10:00）',
    }),
    closes: label(z.string().regex(TIME, { error: '終了時刻は 12:00 のように半角数字の24時間制で入力してください' }).optional(), {
      label: '終了時刻', hint: '24時間制（例: 12:00）',
    }),
    note: label(z.string().optional(), { label: '補足', hint: '例: 8月は休み（祝日・年末年始・休みの日は下の項目で選びます）' }),
    skipHolidays: label(z.boolean().default(false), {
      label: '祝日は休み', hint: '祝日（振替休日を含む）に当たる日は開きません。次の開催日とカレンダーから除かれます',
    }),
    yearEndBreak: label(
      z.strictObject({
        from: monthDay({ label: '休みの始まり', hint: '例: 12-28（12月28日）' }),
        to: monthDay({ label: '休みの終わり', hint: '例: 01-04（1月4日）' }),
      }).optional(),
      { label: '年末年始の休み', hint: '毎年この期間は開きません' },
    ),
    closedDates: label(z.array(date({ label: '休みの日' })).default([]), {
      label: '休みの日', hint: '決まった曜日でも開かない日を 2027-01-09 のように1日ずつ追加します',
    }),
    validFrom: date({ label: 'この日から', hint: '季節の開催など、期間が決まっているときの最初の日（例: 2026-11-01）' }).optional(),
    validUntil: date({ label: 'この日まで', hint: '期間が決まっているときの最後の日（例: 2027-02-28）' }).optional(),
  })
  .superRefine((rule, ctx) => {
    if (rule.freq !== 'irregular' && rule.weekdays.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['weekdays'], message: '曜日を1つ以上選んでください' });
    }
    if (rule.freq === 'monthly' && rule.nth.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['nth'], message: '毎月のときは「第何」を選んでください（例: 第2）' });
    }
    if (rule.freq === 'irregular' && !rule.note) {
      ctx.addIssue({ code: 'custom', path: ['note'], message: '不定期のときは補足に開催の目安を書いてください' });
    }
    if (rule.opens && rule.closes && rule.closes <= rule.opens) {
      ctx.addIssue({ code: 'custom', path: ['closes'], message: '終了時刻は開始時刻より後にしてください' });
    }
    if (rule.validFrom && rule.validUntil && rule.validUntil.getTime() < rule.validFrom.getTime()) {
      ctx.addIssue({ code: 'custom', path: ['validUntil'], message: '「この日まで」は「この日から」より後の日にしてください' });
    }
  });

export type ScheduleRule = z.output<typeof scheduleRuleSchema>;

export const scheduleSchema = () =>
  label(z.array(scheduleRuleSchema).default([]), { label: '開催日時', hint: '決まった曜日ごとに1行ずつ追加します' });

