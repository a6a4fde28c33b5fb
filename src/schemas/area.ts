import { z } from 'astro/zod';
import { READING_PATTERN } from '../lib/kana';
import { contact, dataId, label, text } from './common';

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
    order: label(z.number().int().default(100), { label: '表示順', hint: '小さい数ほど先に表示します' }),
  });
