import { z } from 'astro/zod';
import { READING_PATTERN } from '../lib/kana';
import { contact, dataId, date, label, text } from './common';

export const areaSchema = () =>
  z.strictObject({
    id: dataId(),
    name: text({ label: '地区名', hint: '例: 南部地区' }),
    kana: label(z.string().regex(READING_PATTERN, { error: 'よみがなはひらがなで入力してください' }), { label: 'よみがな' }),
    schools: label(z.array(z.string().min(1)).default([]), { label: '小学校区', hint: 'この地区に含まれる小学校区' }),
    description: text({ label: '地区の紹介', widget: 'text' }),
    contact: contact()
      .meta({ label: '地区の相談先', hint: 'この地区の生活支援コーディネーターや地区担当（団体・窓口として）' })
      .optional(),
    population: z
      .strictObject({
        total: label(z.number().int().positive().optional(), { label: '人口（人）', hint: '地区の人口。わからなければ空のまま' }),
        aged65: label(z.number().int().nonnegative().optional(), {
          label: '65歳以上人口（人）', hint: '地区の65歳以上の人口。通いの場・サロンの数を高齢者1,000人あたりで示すのに使います',
        }),
        source: text({ label: '出典', hint: '例: みどり市 住民基本台帳（町丁別人口）' }),
        asOf: date({ label: '基準日', hint: '数字がいつ時点のものか（例: 2026-04-01）' }, { notFuture: true }),
      })
      .superRefine((p, ctx) => {
        if (p.total === undefined && p.aged65 === undefined) {
          ctx.addIssue({ code: 'custom', path: ['total'], message: '人口か65歳以上人口のどちらかを入力してください' });
        }
        if (p.total !== undefined && p.aged65 !== undefined && p.aged65 > p.total) {
          ctx.addIssue({ code: 'custom', path: ['aged65'], message: '65歳以上人口が人口より多くなっています' });
        }
      })
      .meta({ label: '人口', hint: '地区ごとの数字のページに使います。出典と基準日も必ず書きます' })
      .optional(),
    order: label(z.number().int().default(100), { label: '表示順', hint: '小さい数ほど先に表示します' }),
  });
