import { z } from 'astro/zod';
import { label } from './common';

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

export const scheduleRuleSchema = z
  .strictObject({
    freq: label(z.enum(FREQUENCIES, { error: '頻度は weekly / monthly / irregular のどれかです' }), {
      label: '頻度', widget: 'select', options: FREQUENCY_LABELS,
    }),
    weekdays: label(z.array(z.enum(WEEKDAYS, { error: '曜日は mon〜sun で入力してください' })).default([]), {
      label: '曜日', widget: 'select', multiple: true, options: WEEKDAY_LABELS,
    }),
    nth: label(z.array(z.union(NTH_VALUES.map((n) => z.literal(n)), { error: '第何週かは 1〜5 か -1（最終）です' })).default([]), {
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
    note: label(z.string().optional(), { label: '補足', hint: '例: 祝日はお休み、8月は休み' }),
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
  });

export type ScheduleRule = z.output<typeof scheduleRuleSchema>;

export const scheduleSchema = () =>
  label(z.array(scheduleRuleSchema).default([]), { label: '開催日時', hint: '決まった曜日ごとに1行ずつ追加します' });

